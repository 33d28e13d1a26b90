package app.cairn.android.notify

import android.app.AlarmManager
import android.app.PendingIntent
import android.content.Context
import android.content.Intent
import android.net.Uri
import android.os.Build

/**
 * [AlarmScheduler] on `AlarmManager`. Each alarm's PendingIntent is keyed by the core's id
 * (request code and data URI) and carries the texts to post, so the receiver never needs the
 * store. Exact alarms only as [AlarmPlan.timing] decides (medication doses, when allowed).
 */
class AndroidAlarmScheduler(
    private val context: Context,
) : AlarmScheduler {
    private val alarms: AlarmManager = checkNotNull(context.getSystemService(AlarmManager::class.java))

    /** Always before Android 12; on 12+ when the person allows it in the system settings. */
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
        val at = request.triggerAtMillis
        when (request.timing) {
            AlarmTiming.EXACT ->
                try {
                    alarms.setExactAndAllowWhileIdle(AlarmManager.RTC_WAKEUP, at, pending)
                } catch (_: SecurityException) {
                    // The permission was taken back since it was checked: the window instead.
                    alarms.setWindow(AlarmManager.RTC_WAKEUP, at, DOSE_WINDOW_MILLIS, pending)
                }
            AlarmTiming.WINDOW -> alarms.setWindow(AlarmManager.RTC_WAKEUP, at, DOSE_WINDOW_MILLIS, pending)
            AlarmTiming.INEXACT -> alarms.setAndAllowWhileIdle(AlarmManager.RTC_WAKEUP, at, pending)
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

        /** A dose without exact alarms rings within this window after its time. */
        const val DOSE_WINDOW_MILLIS = 10 * 60 * 1000L

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
