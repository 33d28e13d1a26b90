package app.cairn.android

import app.cairn.android.notify.AlarmRequest
import app.cairn.android.notify.AlarmScheduler
import app.cairn.android.notify.Channels
import app.cairn.android.notify.NotificationSync
import app.cairn.android.notify.RequestCodes
import app.cairn.android.notify.ScheduledIdStore
import app.cairn.core.NotificationKind
import app.cairn.core.PlannedNotification
import app.cairn.core.Reconciliation
import org.junit.jupiter.api.Assertions.assertEquals
import org.junit.jupiter.api.Assertions.assertFalse
import org.junit.jupiter.api.Assertions.assertTrue
import org.junit.jupiter.api.Test
import java.time.Instant

class FakeScheduler : AlarmScheduler {
    val scheduled = linkedMapOf<String, AlarmRequest>()
    val cancelled = mutableListOf<Pair<String, Int>>()

    override fun schedule(request: AlarmRequest) {
        scheduled[request.id] = request
    }

    override fun cancel(
        id: String,
        requestCode: Int,
    ) {
        cancelled += id to requestCode
        scheduled.remove(id)
    }
}

class MemoryIdStore(
    initial: Set<String> = emptySet(),
) : ScheduledIdStore {
    var ids: Set<String> = initial
    var saves = 0

    override fun load(): Set<String> = ids

    override fun save(ids: Set<String>) {
        this.ids = ids
        saves++
    }
}

fun planned(
    id: String,
    kind: NotificationKind = NotificationKind.MILESTONE,
    at: String = "2026-03-01T09:00:00Z",
) = PlannedNotification(
    id = id,
    kind = kind,
    firesAt = Instant.parse(at),
    localTime = "09:00",
    timeZone = "Europe/Dublin",
    publicText = "Cairn",
    privateText = "private $id",
)

class NotificationSyncTest {
    @Test
    fun `hands the sorted pending ids to the core and applies its answer`() {
        val scheduler = FakeScheduler()
        val store = MemoryIdStore(setOf("m:b", "m:a", "r:old"))
        var asked: List<String>? = null
        val outcome =
            NotificationSync(scheduler, store) { false }.sync { pending ->
                asked = pending
                Reconciliation(
                    cancel = listOf("r:old"),
                    schedule = listOf(planned("r:new", NotificationKind.CHECK_IN_REMINDER), planned("d:1", NotificationKind.MEDICATION_DOSE)),
                )
            }
        assertEquals(listOf("m:a", "m:b", "r:old"), asked)
        assertEquals(listOf("r:old" to RequestCodes.forId("r:old")), scheduler.cancelled)
        assertEquals(listOf("r:new", "d:1"), scheduler.scheduled.keys.toList())
        assertEquals(setOf("m:a", "m:b", "r:new", "d:1"), store.ids)
        assertEquals(store.ids, outcome.pendingAfter)
        assertEquals(listOf("r:old"), outcome.cancelled)
    }

    @Test
    fun `maps each planned notification to one alarm request`() {
        val request = NotificationSync.toRequest(planned("m:30", at = "2026-03-01T09:00:00Z"), exact = true)
        assertEquals("m:30", request.id)
        assertEquals(RequestCodes.forId("m:30"), request.requestCode)
        assertEquals(Instant.parse("2026-03-01T09:00:00Z").toEpochMilli(), request.triggerAtMillis)
        assertTrue(request.exact)
        assertEquals(Channels.MILESTONES, request.channelId)
        assertEquals("Cairn", request.publicText)
        assertEquals("private m:30", request.privateText)
    }

    @Test
    fun `uses exact alarms only when they are allowed`() {
        for (allowed in listOf(true, false)) {
            val scheduler = FakeScheduler()
            NotificationSync(scheduler, MemoryIdStore()) { allowed }
                .sync { Reconciliation(emptyList(), listOf(planned("x"))) }
            assertEquals(allowed, scheduler.scheduled.getValue("x").exact)
        }
    }

    @Test
    fun `an empty reconciliation changes nothing but still saves`() {
        val scheduler = FakeScheduler()
        val store = MemoryIdStore(setOf("a"))
        NotificationSync(scheduler, store) { true }.sync { Reconciliation(emptyList(), emptyList()) }
        assertTrue(scheduler.cancelled.isEmpty())
        assertTrue(scheduler.scheduled.isEmpty())
        assertEquals(setOf("a"), store.ids)
    }

    @Test
    fun `a fired notification is no longer pending`() {
        val store = MemoryIdStore(setOf("a", "b"))
        val sync = NotificationSync(FakeScheduler(), store) { true }
        sync.fired("a")
        assertEquals(setOf("b"), store.ids)
        val saves = store.saves
        sync.fired("unknown")
        assertEquals(saves, store.saves)
    }

    @Test
    fun `cancel all cancels every remembered id and forgets them`() {
        val scheduler = FakeScheduler()
        val store = MemoryIdStore(setOf("a", "b"))
        NotificationSync(scheduler, store) { true }.cancelAll()
        assertEquals(setOf("a", "b"), scheduler.cancelled.map { it.first }.toSet())
        assertTrue(store.ids.isEmpty())
    }

    @Test
    fun `every notification kind has its own channel`() {
        val channels = NotificationKind.entries.map { Channels.forKind(it) }
        assertEquals(channels.size, channels.toSet().size)
        assertEquals(Channels.all.toSet(), channels.toSet())
        assertFalse(Channels.all.any { it.isBlank() })
    }
}
