package app.cairn.android.notify

import android.content.BroadcastReceiver
import android.content.Context
import android.content.Intent
import app.cairn.android.CairnApp

/** An alarm went off: post its notification, then plan the next ones. */
class AlarmReceiver : BroadcastReceiver() {
    override fun onReceive(
        context: Context,
        intent: Intent,
    ) {
        val id = intent.getStringExtra(EXTRA_ID) ?: return
        Notifications.post(
            context,
            id,
            intent.getStringExtra(EXTRA_CHANNEL) ?: Channels.REMINDERS,
            intent.getStringExtra(EXTRA_PUBLIC) ?: "",
            intent.getStringExtra(EXTRA_PRIVATE) ?: "",
        )
        val app = context.applicationContext as CairnApp
        val done = goAsync()
        app.runner.background {
            try {
                app.notificationSync().fired(id)
                app.resync()
            } catch (_: Exception) {
                // The store may be locked or gone; the next launch reconciles again.
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
