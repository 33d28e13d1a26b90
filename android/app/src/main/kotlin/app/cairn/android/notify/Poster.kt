package app.cairn.android.notify

import android.app.Notification
import android.app.NotificationChannel
import android.app.NotificationManager
import android.content.Context
import android.content.pm.PackageManager
import android.os.Build
import app.cairn.android.R
import app.cairn.android.openAppIntent

/** Which lock-screen visibility a notification gets. */
object Visibility {
    /**
     * `VISIBILITY_SECRET` whenever the text says more than the neutral public text (discreet
     * mode off): nothing of it on the lock screen. Otherwise `VISIBILITY_PRIVATE`, with the
     * neutral public version shown there.
     */
    fun of(
        publicText: String,
        privateText: String,
    ): Int = if (privateText == publicText) Notification.VISIBILITY_PRIVATE else Notification.VISIBILITY_SECRET
}

/** Channels, and posting one planned notification. */
object Poster {
    fun createChannels(context: Context) {
        val manager = context.getSystemService(NotificationManager::class.java) ?: return
        val channels =
            listOf(
                Triple(Channels.MILESTONES, R.string.channel_milestones, R.string.channel_milestones_description),
                Triple(Channels.REMINDERS, R.string.channel_reminders, R.string.channel_reminders_description),
                Triple(Channels.MEDICATION, R.string.channel_medication, R.string.channel_medication_description),
                Triple(Channels.PLEDGE, R.string.channel_pledge, R.string.channel_pledge_description),
            )
        for ((id, name, description) in channels) {
            val channel = NotificationChannel(id, context.getString(name), NotificationManager.IMPORTANCE_DEFAULT)
            channel.description = context.getString(description)
            channel.lockscreenVisibility = Notification.VISIBILITY_PRIVATE
            manager.createNotificationChannel(channel)
        }
    }

    /** Whether notifications may be posted: the permission (13+) and the person's switch. */
    fun canPost(context: Context): Boolean {
        val manager = context.getSystemService(NotificationManager::class.java) ?: return false
        val granted =
            Build.VERSION.SDK_INT < 33 ||
                context.checkSelfPermission(POST_NOTIFICATIONS) == PackageManager.PERMISSION_GRANTED
        return granted && manager.areNotificationsEnabled()
    }

    /** Posts the core's texts as the plan computed them while the phone was unlocked. */
    fun post(
        context: Context,
        id: String,
        channelId: String,
        publicText: String,
        privateText: String,
    ) {
        if (!canPost(context)) return
        val open = openAppIntent(context)
        val title = context.getString(R.string.app_name)
        val visibility = Visibility.of(publicText, privateText)
        val builder =
            Notification
                .Builder(context, channelId)
                .setSmallIcon(R.drawable.ic_notification)
                .setContentTitle(title)
                .setContentText(privateText)
                .setStyle(Notification.BigTextStyle().bigText(privateText))
                .setVisibility(visibility)
                .setContentIntent(open)
                .setAutoCancel(true)
        if (visibility == Notification.VISIBILITY_PRIVATE) {
            builder.setPublicVersion(
                Notification
                    .Builder(context, channelId)
                    .setSmallIcon(R.drawable.ic_notification)
                    .setContentTitle(title)
                    .setContentText(publicText)
                    .build(),
            )
        }
        context.getSystemService(NotificationManager::class.java)?.notify(RequestCodes.forId(id), builder.build())
    }

    fun cancelAll(context: Context) {
        context.getSystemService(NotificationManager::class.java)?.cancelAll()
    }

    const val POST_NOTIFICATIONS = "android.permission.POST_NOTIFICATIONS"
}
