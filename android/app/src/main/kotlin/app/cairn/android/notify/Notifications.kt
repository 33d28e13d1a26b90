package app.cairn.android.notify

import android.app.Notification
import android.app.NotificationChannel
import android.app.NotificationManager
import android.app.PendingIntent
import android.content.Context
import android.content.Intent
import android.content.pm.PackageManager
import android.os.Build
import app.cairn.android.MainActivity
import app.cairn.android.R

/** Channels, and posting one planned notification with a neutral lock-screen version. */
object Notifications {
    fun createChannels(context: Context) {
        val manager = context.getSystemService(NotificationManager::class.java) ?: return
        val channels =
            listOf(
                Triple(Channels.MILESTONES, R.string.channel_milestones, R.string.channel_milestones_description),
                Triple(Channels.REMINDERS, R.string.channel_reminders, R.string.channel_reminders_description),
                Triple(Channels.MEDICATION, R.string.channel_medication, R.string.channel_medication_description),
            )
        for ((id, name, description) in channels) {
            val channel = NotificationChannel(id, context.getString(name), NotificationManager.IMPORTANCE_DEFAULT)
            channel.description = context.getString(description)
            channel.lockscreenVisibility = Notification.VISIBILITY_PRIVATE
            manager.createNotificationChannel(channel)
        }
    }

    fun canPost(context: Context): Boolean =
        Build.VERSION.SDK_INT < 33 ||
            context.checkSelfPermission(POST_NOTIFICATIONS) == PackageManager.PERMISSION_GRANTED

    /** Posts the core's private text, with the core's public text as the lock-screen version. */
    fun post(
        context: Context,
        id: String,
        channelId: String,
        publicText: String,
        privateText: String,
    ) {
        if (!canPost(context)) return
        val open =
            PendingIntent.getActivity(
                context,
                0,
                Intent(context, MainActivity::class.java).addFlags(Intent.FLAG_ACTIVITY_NEW_TASK),
                PendingIntent.FLAG_UPDATE_CURRENT or PendingIntent.FLAG_IMMUTABLE,
            )
        val title = context.getString(R.string.app_name)
        val publicVersion =
            Notification
                .Builder(context, channelId)
                .setSmallIcon(R.drawable.ic_notification)
                .setContentTitle(title)
                .setContentText(publicText)
                .build()
        val notification =
            Notification
                .Builder(context, channelId)
                .setSmallIcon(R.drawable.ic_notification)
                .setContentTitle(title)
                .setContentText(privateText)
                .setStyle(Notification.BigTextStyle().bigText(privateText))
                .setVisibility(Notification.VISIBILITY_PRIVATE)
                .setPublicVersion(publicVersion)
                .setContentIntent(open)
                .setAutoCancel(true)
                .build()
        context.getSystemService(NotificationManager::class.java)?.notify(RequestCodes.forId(id), notification)
    }

    fun cancelAll(context: Context) {
        context.getSystemService(NotificationManager::class.java)?.cancelAll()
    }

    const val POST_NOTIFICATIONS = "android.permission.POST_NOTIFICATIONS"
}
