package app.cairn.android

import app.cairn.android.notify.FileScheduledIdStore
import app.cairn.android.notify.RequestCodes
import org.junit.jupiter.api.Assertions.assertEquals
import org.junit.jupiter.api.Assertions.assertNotEquals
import org.junit.jupiter.api.Assertions.assertTrue
import org.junit.jupiter.api.Test
import org.junit.jupiter.api.io.TempDir
import java.io.File

class RequestCodesTest {
    @Test
    fun `request codes are FNV-1a, non-negative and stable`() {
        // FNV-1a 32 of "" is 0x811C9DC5 and of "a" is 0xE40C292C; the top bit is cleared.
        assertEquals(0x011C9DC5, RequestCodes.forId(""))
        assertEquals(0x640C292C, RequestCodes.forId("a"))
        assertEquals(RequestCodes.forId("milestone:j1:30d"), RequestCodes.forId("milestone:j1:30d"))
    }

    @Test
    fun `different ids get different codes and stay non-negative`() {
        val ids = (0 until 2000).map { "reminder:2026-01-01+$it" } + (0 until 60).map { "dose:méthadone:$it" }
        val codes = ids.map { RequestCodes.forId(it) }
        assertTrue(codes.all { it >= 0 })
        assertEquals(ids.size, codes.toSet().size)
        assertNotEquals(RequestCodes.forId("a"), RequestCodes.forId("b"))
    }

    @Test
    fun `the data URI names the id, escaped`() {
        assertEquals("cairn-notification:m%3A30", RequestCodes.dataUri("m:30"))
        assertNotEquals(RequestCodes.dataUri("a b"), RequestCodes.dataUri("a+b"))
    }

    @Test
    fun `the scheduled id file round-trips and starts empty`(
        @TempDir dir: File,
    ) {
        val store = FileScheduledIdStore(File(dir, "sub/scheduled.txt"))
        assertEquals(emptySet<String>(), store.load())
        store.save(setOf("b", "a", "c"))
        assertEquals(setOf("a", "b", "c"), FileScheduledIdStore(File(dir, "sub/scheduled.txt")).load())
        assertEquals("a\nb\nc\n", File(dir, "sub/scheduled.txt").readText())
        store.save(emptySet())
        assertEquals(emptySet<String>(), store.load())
        assertTrue(!File(dir, "sub/scheduled.txt.tmp").exists())
    }
}
