package app.cairn.android.notify

import android.content.BroadcastReceiver
import android.content.Context
import android.content.Intent
import app.cairn.android.CairnApplication

/**
 * An alarm went off: post its notification with the texts the plan carried (computed while the
 * phone was unlocked; the store is never opened here), then forget the alarm. The next time the
 * app opens, the session plans again from the core.
 */
class AlarmReceiver : BroadcastReceiver() {
    override fun onReceive(
        context: Context,
        intent: Intent,
    ) {
        if (intent.action != AndroidAlarmScheduler.ACTION_POST) return
        val id = intent.getStringExtra(EXTRA_ID) ?: return
        Poster.post(
            context,
            id,
            intent.getStringExtra(EXTRA_CHANNEL) ?: Channels.REMINDERS,
            intent.getStringExtra(EXTRA_PUBLIC) ?: "",
            intent.getStringExtra(EXTRA_PRIVATE) ?: "",
        )
        val app = context.applicationContext as CairnApplication
        val done = goAsync()
        app.background.execute {
            try {
                app.alarms.fired(id)
            } finally {
                done.finish()
            }
        }
    }

    companion object {
        const val EXTRA_ID = "app.cairn.android.extra.ID"
        const val EXTRA_CHANNEL = "app.cairn.android.extra.CHANNEL"
        const val EXTRA_PUBLIC = "app.cairn.android.extra.PUBLIC"
        const val EXTRA_PRIVATE = "app.cairn.android.extra.PRIVATE"
    }
}
