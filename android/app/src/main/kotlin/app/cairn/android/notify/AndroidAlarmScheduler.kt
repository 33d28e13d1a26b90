package app.cairn.android.notify

import android.app.AlarmManager
import android.app.PendingIntent
import android.content.Context
import android.content.Intent
import android.net.Uri
import android.os.Build

/**
 * [AlarmScheduler] on `AlarmManager`: `setAndAllowWhileIdle`, or the exact variant only when
 * exact alarms are allowed (always before Android 12; on 12+ when the person grants them).
 * Each alarm's PendingIntent is keyed by the core's id: request code and data URI.
 */
class AndroidAlarmScheduler(
    private val context: Context,
) : AlarmScheduler {
    private val alarms: AlarmManager = checkNotNull(context.getSystemService(AlarmManager::class.java))

    fun exactAllowed(): Boolean = if (Build.VERSION.SDK_INT >= 31) alarms.canScheduleExactAlarms() else true

    override fun schedule(request: AlarmRequest) {
        val intent =
            intentFor(context, request.id)
                .putExtra(AlarmReceiver.EXTRA_CHANNEL, request.channelId)
                .putExtra(AlarmReceiver.EXTRA_PUBLIC, request.publicText)
                .putExtra(AlarmReceiver.EXTRA_PRIVATE, request.privateText)
        val pending =
            PendingIntent.getBroadcast(
                context,
                request.requestCode,
                intent,
                PendingIntent.FLAG_UPDATE_CURRENT or PendingIntent.FLAG_IMMUTABLE,
            )
        if (request.exact && exactAllowed()) {
            alarms.setExactAndAllowWhileIdle(AlarmManager.RTC_WAKEUP, request.triggerAtMillis, pending)
        } else {
            alarms.setAndAllowWhileIdle(AlarmManager.RTC_WAKEUP, request.triggerAtMillis, pending)
        }
    }

    override fun cancel(
        id: String,
        requestCode: Int,
    ) {
        val pending =
            PendingIntent.getBroadcast(
                context,
                requestCode,
                intentFor(context, id),
                PendingIntent.FLAG_NO_CREATE or PendingIntent.FLAG_IMMUTABLE,
            )
        if (pending != null) {
            alarms.cancel(pending)
            pending.cancel()
        }
    }

    companion object {
        const val ACTION_POST = "app.cairn.android.action.POST_NOTIFICATION"

        /** The intent that names one planned notification; extras do not take part in matching. */
        fun intentFor(
            context: Context,
            id: String,
        ): Intent =
            Intent(context, AlarmReceiver::class.java)
                .setAction(ACTION_POST)
                .setData(Uri.parse(RequestCodes.dataUri(id)))
                .putExtra(AlarmReceiver.EXTRA_ID, id)
    }
}
