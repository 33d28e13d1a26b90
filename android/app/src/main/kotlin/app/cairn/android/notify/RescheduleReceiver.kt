package app.cairn.android.notify

import android.content.BroadcastReceiver
import android.content.Context
import android.content.Intent
import app.cairn.android.CairnApp

/**
 * Boot, time-zone change, clock change, app update, exact-alarm permission change: alarms
 * were dropped or now fire at the wrong local time, so ask the core again and reconcile.
 */
class RescheduleReceiver : BroadcastReceiver() {
    override fun onReceive(
        context: Context,
        intent: Intent,
    ) {
        if (intent.action !in ACTIONS) return
        val app = context.applicationContext as CairnApp
        val done = goAsync()
        app.runner.background {
            try {
                if (intent.action == Intent.ACTION_BOOT_COMPLETED) {
                    // After a reboot no alarm is pending any more, whatever the file says.
                    app.notificationSync().cancelAll()
                }
                app.resync()
            } catch (_: Exception) {
                // The store may not open (no journey yet, key unavailable); launch retries.
            } finally {
                done.finish()
            }
        }
    }

    private companion object {
        val ACTIONS =
            setOf(
                Intent.ACTION_BOOT_COMPLETED,
                Intent.ACTION_TIMEZONE_CHANGED,
                Intent.ACTION_TIME_CHANGED,
                Intent.ACTION_MY_PACKAGE_REPLACED,
                "android.app.action.SCHEDULE_EXACT_ALARM_PERMISSION_STATE_CHANGED",
            )
    }
}
