package app.cairn.android.notify

import app.cairn.core.NotificationKind
import app.cairn.core.PlannedNotification
import java.time.Instant

/** Where the scheduled notifications are remembered between runs (a sealed file on a device). */
interface PlanStore {
    fun load(): List<PlannedNotification>

    fun save(plan: List<PlannedNotification>)
}

/**
 * The alarms behind the core's notification plan. AlarmManager cannot list what is pending, so
 * this remembers every notification it scheduled, whole (id, time, texts): the ids are what the
 * core reconciles against, and the whole plan is what a reboot re-arms from when the store
 * cannot be opened because the phone is locked.
 *
 * Two steps, so the caller's thread never waits on the alarm service or the disk: [apply]
 * updates what is remembered at once (the next [ids] already sees it) and returns a [Change];
 * [commit] then talks to the alarm service and saves, on the background thread, in order.
 */
class AlarmPlan(
    private val scheduler: AlarmScheduler,
    private val store: PlanStore,
    private val exactAllowed: () -> Boolean,
) {
    private var scheduled: LinkedHashMap<String, PlannedNotification>? = null

    /** What one [apply] asks the alarm service to do, and the plan to save afterwards. */
    class Change(
        val cancel: List<String>,
        val schedule: List<PlannedNotification>,
        val saved: List<PlannedNotification>,
    )

    /** The ids of everything scheduled. */
    @Synchronized
    fun ids(): List<String> = map().keys.toList()

    /** Everything scheduled, soonest first. */
    @Synchronized
    fun all(): List<PlannedNotification> = map().values.sortedBy { it.firesAt }

    /** Forgets [cancel], remembers [schedule] (replacing same ids); [commit] does the rest. */
    @Synchronized
    fun apply(
        cancel: List<String>,
        schedule: List<PlannedNotification>,
    ): Change {
        val map = map()
        cancel.forEach(map::remove)
        schedule.forEach { map[it.id] = it }
        // Scheduling an id again replaces its alarm (same PendingIntent): no cancel needed.
        val rescheduled = schedule.mapTo(HashSet()) { it.id }
        return Change(cancel.distinct().filter { it !in rescheduled }, schedule, map.values.toList())
    }

    /**
     * The whole [plan] again, cancelling everything remembered first: after a force-stop, an
     * update or a reboot the alarms are gone whatever the remembered ids say.
     */
    @Synchronized
    fun rearm(plan: List<PlannedNotification>): Change = apply(ids(), plan)

    /**
     * The remembered plan scheduled again, without the store (after a reboot, phone locked):
     * what is still to come keeps its alarm; what passed while the phone was off is dropped.
     */
    @Synchronized
    fun rearmRemembered(now: Instant): Change {
        val remembered = map().values.toList()
        val (past, future) = remembered.partition { !it.firesAt.isAfter(now) }
        return apply(past.map { it.id }, future)
    }

    /** A notification was posted: its alarm is gone, so it is no longer scheduled. */
    @Synchronized
    fun fired(id: String): Change? = if (id in map()) apply(listOf(id), emptyList()) else null

    /** Cancels and schedules alarms as [change] says, then saves the plan. Background thread. */
    fun commit(change: Change) {
        for (id in change.cancel) scheduler.cancel(id, RequestCodes.forId(id))
        val exact = exactAllowed()
        for (planned in change.schedule) scheduler.schedule(toRequest(planned, exact))
        store.save(change.saved)
    }

    private fun map(): LinkedHashMap<String, PlannedNotification> =
        scheduled ?: LinkedHashMap<String, PlannedNotification>().also { map ->
            store.load().forEach { map[it.id] = it }
            scheduled = map
        }

    companion object {
        /** Exact alarms for medication doses only, and only where the phone allows them. */
        fun timing(
            kind: NotificationKind,
            exactAllowed: Boolean,
        ): AlarmTiming =
            when {
                kind != NotificationKind.MEDICATION_DOSE -> AlarmTiming.INEXACT
                exactAllowed -> AlarmTiming.EXACT
                else -> AlarmTiming.WINDOW
            }

        fun toRequest(
            planned: PlannedNotification,
            exactAllowed: Boolean,
        ): AlarmRequest =
            AlarmRequest(
                id = planned.id,
                requestCode = RequestCodes.forId(planned.id),
                triggerAtMillis = planned.firesAt.toEpochMilli(),
                timing = timing(planned.kind, exactAllowed),
                channelId = Channels.forKind(planned.kind),
                publicText = planned.publicText,
                privateText = planned.privateText,
            )
    }
}
