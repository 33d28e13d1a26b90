package app.cairn.android.notify

import app.cairn.core.PlannedNotification
import app.cairn.core.Reconciliation

/**
 * Hands the core's notification plan to the OS scheduler. The core decides what should be
 * pending (`reconcileNotifications(pending, now)`); this only turns its answer into alarm
 * cancellations and requests and remembers which ids are scheduled.
 */
class NotificationSync(
    private val scheduler: AlarmScheduler,
    private val store: ScheduledIdStore,
    private val exactAllowed: () -> Boolean,
) {
    /** What one reconciliation did. */
    data class Outcome(
        val cancelled: List<String>,
        val scheduled: List<AlarmRequest>,
        val pendingAfter: Set<String>,
    )

    /**
     * Asks [reconcile] (the core, given the pending ids sorted) what to change, applies it and
     * saves the new pending set.
     */
    fun sync(reconcile: (List<String>) -> Reconciliation): Outcome {
        val pending = store.load()
        val reconciliation = reconcile(pending.sorted())
        val after = pending.toMutableSet()
        for (id in reconciliation.cancel) {
            scheduler.cancel(id, RequestCodes.forId(id))
            after.remove(id)
        }
        val exact = exactAllowed()
        val requests = reconciliation.schedule.map { toRequest(it, exact) }
        for (request in requests) {
            scheduler.schedule(request)
            after.add(request.id)
        }
        store.save(after)
        return Outcome(reconciliation.cancel, requests, after)
    }

    /** A notification was posted: its alarm is gone, so it is no longer pending. */
    fun fired(id: String) {
        val pending = store.load()
        if (id in pending) store.save(pending - id)
    }

    /** Cancels every alarm the shell scheduled (used when everything is deleted). */
    fun cancelAll() {
        for (id in store.load()) scheduler.cancel(id, RequestCodes.forId(id))
        store.save(emptySet())
    }

    companion object {
        fun toRequest(
            planned: PlannedNotification,
            exact: Boolean,
        ): AlarmRequest =
            AlarmRequest(
                id = planned.id,
                requestCode = RequestCodes.forId(planned.id),
                triggerAtMillis = planned.firesAt.toEpochMilli(),
                exact = exact,
                channelId = Channels.forKind(planned.kind),
                publicText = planned.publicText,
                privateText = planned.privateText,
            )
    }
}
