package app.cairn.core

import app.cairn.ffi.crisisLinesForRegion
import org.junit.jupiter.api.Assertions.assertEquals
import org.junit.jupiter.api.Assertions.assertNull
import org.junit.jupiter.api.Assertions.assertTrue
import org.junit.jupiter.api.Test
import org.junit.jupiter.api.assertThrows

/** Contacts, the reach-out chain and the crisis lines through the Kotlin bindings. */
class CircleTest {
    @Test
    fun `the chain puts the primary sponsor first and a tap counts in the check-in`() {
        val path = Fixtures.storePath()
        usStore(path).use { companion ->
            companion.addContact(NewContact("Sam", "+1 555 010 3000", ContactRole.FRIEND, false, null), false)
            val dana = companion.addContact(NewContact("Dana", "555-010-2000", ContactRole.SPONSOR, true, "evenings"), true)
            val chain = companion.reachOutChain()
            assertEquals("Dana", chain.entries.first().who)
            assertEquals(ChainRole.Contact(ContactRole.SPONSOR), chain.entries.first().role)
            assertEquals(dana, chain.entries.first().contact)
            assertEquals("sms:5550102000", chain.entries.first().smsUri)
            assertNull(chain.entries.first { it.who == "Sam" }.smsUri)
            assertEquals(ChainRole.Line(LineKind.EMERGENCY), chain.entries.last().role)
            assertEquals("tel:911", chain.entries.last().telUri)
            assertEquals(companion.reachOutAction().telUri, "tel:5550102000")

            assertEquals(HelpfulAction.CalledSponsor, companion.logReachOut(0u, Channel.CALL, Fixtures.NOW))
            companion.checkIn(checkIn("2026-11-22", 3u, 6u), UseKind.LAPSE, false, Fixtures.NOW)
            assertTrue(HelpfulAction.CalledSponsor in companion.checkins().single().helped)

            val bad = assertThrows<CairnException.InvalidInput> {
                companion.addContact(NewContact("X", "1-800-FLOWERS", ContactRole.FRIEND, false, null), false)
            }
            assertEquals("phone", bad.field)
            val view = companion.contacts().single { it.id == dana }
            assertEquals("5550102000", view.contact.phone)
            assertTrue(view.contact.primary)
            companion.removeContact(dana)
            assertEquals("Sam", companion.reachOutChain().entries.first().who)
            val lines = companion.crisisLines()
            assertTrue(lines.any { it.telUri == "tel:988" && it.purpose == Purpose.CRISIS && it.source.isNotBlank() })
            assertEquals(lines, crisisLinesForRegion("US", "en-US"), "the same lines without a store")
        }
        cleanUp(path)
    }

    @Test
    fun `crisis lines need no store and fall back to 112`() {
        assertEquals(listOf("tel:112"), crisisLinesForRegion(null, "en").map { it.telUri })
        assertEquals(listOf("tel:112"), crisisLinesForRegion("not a region", "").map { it.telUri })
        assertTrue(crisisLinesForRegion("gb", "en-GB").any { it.telUri == "tel:999" })
    }
}
