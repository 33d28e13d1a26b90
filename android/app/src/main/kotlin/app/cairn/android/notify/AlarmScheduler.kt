package app.cairn.android.notify

/** How strictly an alarm keeps its time. */
enum class AlarmTiming {
    /** At the minute, even in Doze (`setExactAndAllowWhileIdle`): medication doses, when allowed. */
    EXACT,

    /** Within a short window after the time (`setWindow`): doses when exact alarms are not allowed. */
    WINDOW,

    /** When the system finds convenient, even in Doze (`setAndAllowWhileIdle`): the rest. */
    INEXACT,
}

/** One alarm that will post one planned notification. */
data class AlarmRequest(
    val id: String,
    val requestCode: Int,
    val triggerAtMillis: Long,
    val timing: AlarmTiming,
    val channelId: String,
    val publicText: String,
    val privateText: String,
)

/** The OS alarm service as the shell uses it; `AndroidAlarmScheduler` on a device, a fake in tests. */
interface AlarmScheduler {
    fun schedule(request: AlarmRequest)

    fun cancel(
        id: String,
        requestCode: Int,
    )
}
