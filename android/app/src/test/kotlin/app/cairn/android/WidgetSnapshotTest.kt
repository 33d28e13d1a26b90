package app.cairn.android

import app.cairn.android.key.AtomicFile
import app.cairn.android.key.SealedFile
import app.cairn.android.widget.SnapshotCodec
import app.cairn.android.widget.WidgetSnapshot
import app.cairn.android.widget.WidgetSnapshotFile
import org.junit.jupiter.api.Assertions.assertEquals
import org.junit.jupiter.api.Assertions.assertFalse
import org.junit.jupiter.api.Assertions.assertNull
import org.junit.jupiter.api.Assertions.assertTrue
import org.junit.jupiter.api.Test
import org.junit.jupiter.api.io.TempDir
import java.io.File
import java.time.Instant
import java.time.LocalDate

class WidgetSnapshotTest {
    private val open =
        WidgetSnapshot(
            discreet = false,
            days = 41,
            today = LocalDate.parse("2026-03-01"),
            zone = "America/Chicago",
            callLabel = "Sam",
            telUri = "tel:+1-312-555-0100",
        )

    @Test
    fun `the count grows one a calendar day after it was taken, never shrinks`() {
        assertEquals(41, open.daysOn(LocalDate.parse("2026-03-01")))
        assertEquals(43, open.daysOn(LocalDate.parse("2026-03-03")))
        assertEquals(41, open.daysOn(LocalDate.parse("2026-02-27")), "a clock set back shows the count taken")
        assertNull(WidgetSnapshot.NEUTRAL.daysOn(LocalDate.parse("2026-03-03")))
    }

    @Test
    fun `today is taken in the zone the count was made in`() {
        // 03:30 UTC on 2 March is still 1 March in Chicago.
        assertEquals(LocalDate.parse("2026-03-01"), open.todayNow(Instant.parse("2026-03-02T03:30:00Z")))
    }

    @Test
    fun `with no snapshot the widget is neutral`(
        @TempDir dir: File,
    ) {
        val file = WidgetSnapshotFile(SealedFile(AtomicFile(File(dir, "widget.bin"), RecordingDurability()), SoftwareCipher()))
        val neutral = file.load()
        assertTrue(neutral.discreet)
        assertNull(neutral.days)
        assertNull(neutral.telUri)
    }

    @Test
    fun `the snapshot round-trips, sealed, and a deleted one is neutral again`(
        @TempDir dir: File,
    ) {
        assertEquals(open, SnapshotCodec.decode(SnapshotCodec.encode(open)))
        assertEquals(WidgetSnapshot.NEUTRAL, SnapshotCodec.decode(SnapshotCodec.encode(WidgetSnapshot.NEUTRAL)))
        val path = File(dir, "widget.bin")
        val file = WidgetSnapshotFile(SealedFile(AtomicFile(path, RecordingDurability()), SoftwareCipher()))
        file.save(open)
        assertEquals(open, file.load())
        assertFalse(String(path.readBytes(), Charsets.ISO_8859_1).contains("555"))
        file.delete()
        assertEquals(WidgetSnapshot.NEUTRAL, file.load())
    }
}
