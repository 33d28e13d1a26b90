package app.cairn.android.notify

import app.cairn.core.PlannedNotification
import java.time.Instant

/** Where a re-arm took its plan from. */
enum class RearmSource { CORE, REMEMBERED }

object Rearm {
    /**
     * Schedules every alarm again, never trusting that the remembered ones still exist (a reboot
     * or a force-stop clears them all): from [fresh] (the core's plan, through the store) when it
     * gives one, otherwise from the plan remembered while the phone was last unlocked.
     */
    fun run(
        plan: AlarmPlan,
        now: Instant,
        fresh: () -> List<PlannedNotification>?,
    ): RearmSource {
        val planned =
            try {
                fresh()
            } catch (_: Exception) {
                // The key needs an unlocked phone (or the store is damaged): what was remembered.
                null
            }
        val change = if (planned != null) plan.rearm(planned) else plan.rearmRemembered(now)
        plan.commit(change)
        return if (planned != null) RearmSource.CORE else RearmSource.REMEMBERED
    }
}
