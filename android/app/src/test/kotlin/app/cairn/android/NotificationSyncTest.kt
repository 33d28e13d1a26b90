package app.cairn.android

import android.app.Notification
import app.cairn.android.key.AtomicFile
import app.cairn.android.key.SealedFile
import app.cairn.android.notify.AlarmPlan
import app.cairn.android.notify.AlarmRequest
import app.cairn.android.notify.AlarmScheduler
import app.cairn.android.notify.AlarmTiming
import app.cairn.android.notify.Channels
import app.cairn.android.notify.PlanCodec
import app.cairn.android.notify.PlanStore
import app.cairn.android.notify.Rearm
import app.cairn.android.notify.RearmSource
import app.cairn.android.notify.RequestCodes
import app.cairn.android.notify.SealedPlanStore
import app.cairn.android.notify.Visibility
import app.cairn.core.NotificationKind
import app.cairn.core.PlannedNotification
import org.junit.jupiter.api.Assertions.assertEquals
import org.junit.jupiter.api.Assertions.assertFalse
import org.junit.jupiter.api.Assertions.assertNull
import org.junit.jupiter.api.Assertions.assertTrue
import org.junit.jupiter.api.Test
import org.junit.jupiter.api.io.TempDir
import java.io.File
import java.time.Instant
import java.time.LocalDateTime

/** The alarm service, faked: what is pending now, and every call made. */
class FakeScheduler : AlarmScheduler {
    val pending = linkedMapOf<String, AlarmRequest>()
    val scheduled = mutableListOf<String>()
    val cancelled = mutableListOf<Pair<String, Int>>()

    override fun schedule(request: AlarmRequest) {
        pending[request.id] = request
        scheduled += request.id
    }

    override fun cancel(
        id: String,
        requestCode: Int,
    ) {
        cancelled += id to requestCode
        pending.remove(id)
    }

    /** A reboot or a force-stop: every alarm is gone. */
    fun clear() = pending.clear()
}

class MemoryPlanStore(
    initial: List<PlannedNotification> = emptyList(),
) : PlanStore {
    var plan: List<PlannedNotification> = initial
    var saves = 0

    override fun load(): List<PlannedNotification> = plan

    override fun save(plan: List<PlannedNotification>) {
        this.plan = plan
        saves++
    }
}

fun planned(
    id: String,
    kind: NotificationKind = NotificationKind.MILESTONE,
    at: String = "2026-03-01T09:00:00Z",
    privateText: String = "private $id",
) = PlannedNotification(
    id = id,
    kind = kind,
    firesAt = Instant.parse(at),
    localTime = LocalDateTime.parse("2026-03-01T09:00"),
    timeZone = "Europe/Dublin",
    publicText = "Cairn",
    privateText = privateText,
)

class NotificationSyncTest {
    private fun plan(
        scheduler: FakeScheduler = FakeScheduler(),
        store: PlanStore = MemoryPlanStore(),
        exact: Boolean = true,
    ) = AlarmPlan(scheduler, store) { exact }

    @Test
    fun `applies the core's reconciliation and remembers the whole plan`() {
        val scheduler = FakeScheduler()
        val store = MemoryPlanStore(listOf(planned("m:a"), planned("m:b"), planned("r:old")))
        val alarms = plan(scheduler, store)
        assertEquals(listOf("m:a", "m:b", "r:old"), alarms.ids())
        val change =
            alarms.apply(
                cancel = listOf("r:old"),
                schedule = listOf(planned("r:new", NotificationKind.CHECK_IN_REMINDER), planned("d:1", NotificationKind.MEDICATION_DOSE)),
            )
        // Remembered at once, before the alarm service is touched...
        assertEquals(listOf("m:a", "m:b", "r:new", "d:1"), alarms.ids())
        assertTrue(scheduler.scheduled.isEmpty())
        // ...carried out by commit.
        alarms.commit(change)
        assertEquals(listOf("r:old" to RequestCodes.forId("r:old")), scheduler.cancelled)
        assertEquals(listOf("r:new", "d:1"), scheduler.scheduled)
        assertEquals(listOf("m:a", "m:b", "r:new", "d:1"), store.plan.map { it.id })
    }

    @Test
    fun `maps each planned notification to one alarm request carrying its texts`() {
        val request = AlarmPlan.toRequest(planned("m:30", at = "2026-03-01T09:00:00Z"), exactAllowed = true)
        assertEquals("m:30", request.id)
        assertEquals(RequestCodes.forId("m:30"), request.requestCode)
        assertEquals(Instant.parse("2026-03-01T09:00:00Z").toEpochMilli(), request.triggerAtMillis)
        assertEquals(Channels.MILESTONES, request.channelId)
        assertEquals("Cairn", request.publicText)
        assertEquals("private m:30", request.privateText)
    }

    @Test
    fun `exact alarms for medication doses only, and only where the phone allows them`() {
        assertEquals(AlarmTiming.EXACT, AlarmPlan.timing(NotificationKind.MEDICATION_DOSE, exactAllowed = true))
        assertEquals(AlarmTiming.WINDOW, AlarmPlan.timing(NotificationKind.MEDICATION_DOSE, exactAllowed = false))
        for (kind in listOf(NotificationKind.MILESTONE, NotificationKind.CHECK_IN_REMINDER)) {
            assertEquals(AlarmTiming.INEXACT, AlarmPlan.timing(kind, exactAllowed = true))
            assertEquals(AlarmTiming.INEXACT, AlarmPlan.timing(kind, exactAllowed = false))
        }
        for (allowed in listOf(true, false)) {
            val scheduler = FakeScheduler()
            val alarms = plan(scheduler, exact = allowed)
            alarms.commit(alarms.apply(emptyList(), listOf(planned("dose", NotificationKind.MEDICATION_DOSE), planned("milestone"))))
            assertEquals(if (allowed) AlarmTiming.EXACT else AlarmTiming.WINDOW, scheduler.pending.getValue("dose").timing)
            assertEquals(AlarmTiming.INEXACT, scheduler.pending.getValue("milestone").timing)
        }
    }

    @Test
    fun `the lock screen gets nothing of a text that is not neutral`() {
        // Discreet mode off: the private text says more than the public one.
        assertEquals(Notification.VISIBILITY_SECRET, Visibility.of("Cairn", "30 days clean today"))
        // Discreet mode on (the default): both neutral, and the neutral public version shows.
        assertEquals(Notification.VISIBILITY_PRIVATE, Visibility.of("Cairn", "Cairn"))
    }

    @Test
    fun `on open the whole plan is armed again, whatever the remembered ids claim`() {
        val scheduler = FakeScheduler()
        val store = MemoryPlanStore()
        val alarms = plan(scheduler, store)
        alarms.commit(alarms.apply(emptyList(), listOf(planned("a"), planned("b"), planned("gone"))))
        scheduler.clear() // a force-stop: the ids are remembered, the alarms are not there
        scheduler.scheduled.clear()

        alarms.commit(alarms.rearm(listOf(planned("a"), planned("b"), planned("c"))))
        assertEquals(listOf("a", "b", "c"), scheduler.scheduled, "every planned alarm is scheduled again")
        assertEquals(listOf("gone"), scheduler.cancelled.map { it.first }, "ids no longer planned are cancelled")
        assertEquals(setOf("a", "b", "c"), scheduler.pending.keys)
        assertEquals(listOf("a", "b", "c"), store.plan.map { it.id })
    }

    @Test
    fun `after a reboot the core's plan is used when the store opens`() {
        val scheduler = FakeScheduler()
        val alarms = plan(scheduler, MemoryPlanStore(listOf(planned("old"))))
        val source = Rearm.run(alarms, Instant.parse("2026-02-01T00:00:00Z")) { listOf(planned("fresh")) }
        assertEquals(RearmSource.CORE, source)
        assertEquals(setOf("fresh"), scheduler.pending.keys)
        assertEquals(listOf("fresh"), alarms.ids())
    }

    @Test
    fun `after a reboot with the phone locked the remembered plan is armed again, past ones dropped`() {
        val scheduler = FakeScheduler()
        val store =
            MemoryPlanStore(
                listOf(
                    planned("past", at = "2026-01-01T09:00:00Z"),
                    planned("dose", NotificationKind.MEDICATION_DOSE, at = "2026-03-01T08:00:00Z"),
                    planned("milestone", at = "2026-03-02T09:00:00Z"),
                ),
            )
        val alarms = plan(scheduler, store, exact = false)
        val source =
            Rearm.run(alarms, Instant.parse("2026-02-01T00:00:00Z")) {
                throw IllegalStateException("key unavailable: the phone is locked")
            }
        assertEquals(RearmSource.REMEMBERED, source)
        assertEquals(listOf("dose", "milestone"), scheduler.scheduled)
        assertEquals(AlarmTiming.WINDOW, scheduler.pending.getValue("dose").timing)
        assertEquals("private dose", scheduler.pending.getValue("dose").privateText)
        assertEquals(listOf("dose", "milestone"), store.plan.map { it.id })
    }

    @Test
    fun `without a store a re-arm cancels everything`() {
        val scheduler = FakeScheduler()
        val alarms = plan(scheduler, MemoryPlanStore(listOf(planned("a"))))
        Rearm.run(alarms, Instant.parse("2026-02-01T00:00:00Z")) { emptyList() }
        assertEquals(listOf("a"), scheduler.cancelled.map { it.first })
        assertTrue(alarms.ids().isEmpty())
    }

    @Test
    fun `a fired notification is no longer scheduled, an unknown one changes nothing`() {
        val store = MemoryPlanStore(listOf(planned("a"), planned("b")))
        val alarms = plan(store = store)
        alarms.fired("a")?.let(alarms::commit)
        assertEquals(listOf("b"), store.plan.map { it.id })
        val saves = store.saves
        assertNull(alarms.fired("unknown"))
        assertEquals(saves, store.saves)
    }

    @Test
    fun `the remembered plan round-trips through a sealed file and is not readable there`(
        @TempDir dir: File,
    ) {
        val plan =
            listOf(
                planned("m:30", privateText = "30 days clean today"),
                planned("d:méthadone", NotificationKind.MEDICATION_DOSE, at = "2026-03-01T08:00:00.5Z", privateText = "Méthadone 60 mg"),
            )
        assertEquals(plan, PlanCodec.decode(PlanCodec.encode(plan)))
        val file = File(dir, "plan.bin")
        val store = SealedPlanStore(SealedFile(AtomicFile(file, RecordingDurability()), SoftwareCipher()))
        assertEquals(emptyList<PlannedNotification>(), store.load())
        store.save(plan)
        assertEquals(plan, store.load())
        assertFalse(String(file.readBytes(), Charsets.ISO_8859_1).contains("clean"))
        file.writeBytes(file.readBytes().copyOf(20))
        assertEquals(emptyList<PlannedNotification>(), store.load(), "a damaged file is an empty plan, not a crash")
        store.save(plan)
        store.save(emptyList())
        assertFalse(file.exists(), "nothing to remember is no file")
    }

    @Test
    fun `every notification kind has its own channel`() {
        val channels = NotificationKind.entries.map { Channels.forKind(it) }
        assertEquals(channels.size, channels.toSet().size)
        assertEquals(Channels.all.toSet(), channels.toSet())
        assertFalse(Channels.all.any { it.isBlank() })
    }
}
