package app.cairn.android.platform

import android.content.Context
import android.os.Build
import app.cairn.android.notify.AlarmsOnPhone
import app.cairn.android.notify.AndroidAlarmScheduler
import app.cairn.android.notify.Poster
import app.cairn.android.ui.platform.Notifications
import app.cairn.core.PlannedNotification

/**
 * Notifications on the phone: the `POST_NOTIFICATIONS` permission on Android 13+ (asked once,
 * through the Activity; the answer is honoured, never asked again), whether exact alarms are
 * allowed, and the alarms behind the core's plan ([AlarmsOnPhone]).
 */
class AndroidNotifications(
    private val context: Context,
    private val bridge: ActivityBridge,
    private val askedFlag: Flag,
    private val scheduler: AndroidAlarmScheduler,
    private val alarms: AlarmsOnPhone,
) : Notifications {
    override val allowed: Boolean get() = Poster.canPost(context)

    override val asked: Boolean get() = askedFlag.value

    override val exactAlarmsAllowed: Boolean get() = scheduler.exactAllowed()

    override fun requestPermission(onResult: (Boolean) -> Unit) {
        val allowedNow = allowed
        // Before Android 13 there is no prompt; once asked, the answer stands (the person can
        // still change it in the system settings).
        if (Build.VERSION.SDK_INT < 33 || allowedNow || askedFlag.value) {
            askedFlag.value = true
            onResult(allowedNow)
            return
        }
        val prompted = bridge.requestPermission(Poster.POST_NOTIFICATIONS) { granted -> onResult(granted && allowed) }
        if (prompted) askedFlag.value = true else onResult(false)
    }

    override fun scheduledIds(): List<String> = alarms.ids()

    override fun apply(
        cancel: List<String>,
        schedule: List<PlannedNotification>,
    ) = alarms.apply(cancel, schedule)
}
