package app.cairn.android.notify

import android.content.BroadcastReceiver
import android.content.Context
import android.content.Intent
import app.cairn.android.CairnApplication

/**
 * Boot, time-zone change, clock change, language change, app update, exact-alarm permission
 * change: the alarms are gone, fire at the wrong local time or speak the old language. Re-arms everything ([AlarmsOnPhone.rearm]): from
 * the core's plan when the store opens, else (the phone is locked again, so the key is
 * unavailable) from the plan remembered while it was unlocked; the next open plans again.
 */
class RescheduleReceiver : BroadcastReceiver() {
    override fun onReceive(
        context: Context,
        intent: Intent,
    ) {
        if (intent.action !in ACTIONS) return
        val app = context.applicationContext as CairnApplication
        val done = goAsync()
        app.background.execute {
            try {
                app.alarms.rearm()
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
                Intent.ACTION_LOCALE_CHANGED,
                Intent.ACTION_MY_PACKAGE_REPLACED,
                "android.app.action.SCHEDULE_EXACT_ALARM_PERMISSION_STATE_CHANGED",
            )
    }
}
