package app.cairn.android

import app.cairn.android.notify.RequestCodes
import org.junit.jupiter.api.Assertions.assertEquals
import org.junit.jupiter.api.Assertions.assertNotEquals
import org.junit.jupiter.api.Assertions.assertTrue
import org.junit.jupiter.api.Test

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
}
