package app.cairn.android.notify

import android.content.Context
import app.cairn.android.platform.AndroidStoreAccess
import app.cairn.android.ui.platform.Clock
import app.cairn.android.ui.session.tellDevice
import app.cairn.android.widget.CleanDaysWidget
import app.cairn.android.widget.WidgetSnapshot
import app.cairn.android.widget.WidgetSnapshotFile
import app.cairn.core.PlannedNotification
import java.util.concurrent.Executor

/**
 * The alarms and the widget, kept in step with the core. The session hands its plan here (in
 * full on every open, as a diff after every write); the alarm service and the disk are then
 * updated on the background thread, and, while the store is open, the widget's snapshot is
 * taken too: what the widget and the alarms show while the phone is locked is always what was
 * computed while it was unlocked.
 */
class AlarmsOnPhone(
    private val context: Context,
    private val plan: AlarmPlan,
    private val background: Executor,
    private val store: AndroidStoreAccess,
    private val snapshots: WidgetSnapshotFile,
    private val clock: Clock,
) {
    fun ids(): List<String> = plan.ids()

    /** Any thread: remembered at once, carried out on the background thread in call order. */
    fun apply(
        cancel: List<String>,
        schedule: List<PlannedNotification>,
    ) {
        synchronized(plan) {
            val change = plan.apply(cancel, schedule)
            background.execute {
                plan.commit(change)
                snapshotFromOpenStore()
            }
        }
    }

    /** Background thread: a notification was posted, its alarm is spent. */
    fun fired(id: String) {
        plan.fired(id)?.let(plan::commit)
    }

    /**
     * Background thread (boot and clock changes): every alarm again, from the core's plan when
     * the store opens with the platform key (the session's companion when the app is open, else
     * one opened and closed here), from the remembered plan when it does not (phone locked).
     */
    fun rearm(): RearmSource {
        val now = clock.now()
        return Rearm.run(plan, now) {
            if (!store.exists()) {
                emptyList()
            } else {
                val live = store.live()
                if (live != null) {
                    planAndSnapshot(live, now)
                } else {
                    store.openTransient(clock.zone().id).use { planAndSnapshot(it, now) }
                }
            }
        }
    }

    /** After everything was deleted: no snapshot, a neutral widget, no notification on show. */
    fun forget() {
        snapshots.delete()
        Poster.cancelAll(context)
        CleanDaysWidget.refresh(context, WidgetSnapshot.NEUTRAL)
    }

    private fun planAndSnapshot(
        companion: app.cairn.ffi.CairnCompanion,
        now: java.time.Instant,
    ): List<PlannedNotification> {
        // A receiver for a new zone or language gets here first: tell the core before planning.
        companion.tellDevice(clock)
        val planned = companion.notificationPlan(now)
        saveSnapshot { WidgetSnapshot.from(companion, now) }
        return planned
    }

    private fun snapshotFromOpenStore() {
        val open = store.live() ?: return
        saveSnapshot { WidgetSnapshot.from(open, clock.now()) }
    }

    private fun saveSnapshot(take: () -> WidgetSnapshot) {
        try {
            val snapshot = take()
            snapshots.save(snapshot)
            CleanDaysWidget.refresh(context, snapshot)
        } catch (_: Exception) {
            // The store closed meanwhile, or the disk is full: the widget keeps its last face.
        }
    }
}
