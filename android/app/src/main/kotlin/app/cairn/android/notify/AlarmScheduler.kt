package app.cairn.android.notify

/** One alarm that will post one planned notification. */
data class AlarmRequest(
    val id: String,
    val requestCode: Int,
    val triggerAtMillis: Long,
    val exact: Boolean,
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

/**
 * The ids the shell has scheduled. AlarmManager cannot list pending alarms, so the shell keeps
 * this set itself and hands it to the core's reconciliation as "what the OS has pending".
 */
interface ScheduledIdStore {
    fun load(): Set<String>

    fun save(ids: Set<String>)
}
