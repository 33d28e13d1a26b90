package app.cairn.core

import org.junit.jupiter.api.Assertions.assertEquals
import org.junit.jupiter.api.Assertions.assertTrue
import org.junit.jupiter.api.Test
import org.junit.jupiter.api.assertThrows

/** The person's journal and their reasons to stay clean through the Kotlin bindings. */
class JournalEntriesTest {
    @Test
    fun `entries are listed newest first, searched without accents and kept in the audit when changed`() {
        val path = Fixtures.storePath()
        usStore(path).use { companion ->
            val older = companion.addJournalEntry(JournalEntry(day("2026-11-20"), null, "Mañana llamo al padrino"), Fixtures.NOW)
            val newer = companion.addJournalEntry(JournalEntry(day("2026-11-22"), time("05:30"), "Meeting\r\nat noon  "), Fixtures.NOW)
            val listed = companion.journalEntries()
            assertEquals(listOf(newer, older), listed.map { it.id })
            assertEquals("Meeting\nat noon", listed.first().entry.text)
            assertEquals(time("05:30"), listed.first().entry.time)
            assertEquals(listOf(older), companion.searchJournal("MANANA").map { it.id })
            assertTrue(companion.searchJournal("sponsor").isEmpty())

            companion.editJournalEntry(older, JournalEntry(day("2026-11-20"), null, "Llamé al padrino"), Fixtures.NOW)
            companion.deleteJournalEntry(newer, Fixtures.NOW)
            assertEquals(listOf("Llamé al padrino"), companion.journalEntries().map { it.entry.text })
            val audit = companion.journalEntryAudit()
            assertEquals(setOf(AuditChange.EDITED, AuditChange.DELETED), audit.map { it.change }.toSet())
            assertTrue(audit.any { it.entryId == newer && it.previous.text == "Meeting\nat noon" })

            val future = assertThrows<CairnException.InvalidInput> {
                companion.addJournalEntry(JournalEntry(day("2026-11-23"), null, "x"), Fixtures.NOW)
            }
            assertEquals("date", future.field)
            val blank = assertThrows<CairnException.InvalidInput> { companion.searchJournal(" ") }
            assertEquals("query", blank.field)
            assertThrows<CairnException.NotFound> { companion.deleteJournalEntry(newer, Fixtures.NOW) }
        }
        cleanUp(path)
    }

    @Test
    fun `reasons are kept in order and come back on the safety card, the chain and the insights`() {
        val path = Fixtures.storePath()
        usStore(path).use { companion ->
            companion.addReason("My daughter")
            assertEquals(listOf("My daughter", "Music"), companion.addReason("Music"))
            assertEquals(listOf("My daughter", "Music"), companion.reasons())
            assertEquals(listOf("My daughter", "Music"), companion.reachOutChain().reasons)
            val card = companion.recordUse(null, Fixtures.lapse("2026-11-21"), Fixtures.NOW).safetyCard
            assertEquals(listOf("My daughter", "Music"), card!!.reasons)
            // The first days of the new streak are a reason to reach out: the reasons come with it.
            val insights = companion.insights(Fixtures.NOW)
            assertTrue(insights.signals.isNotEmpty())
            assertEquals(listOf("My daughter", "Music"), insights.reasons)
            assertEquals(listOf("Music"), companion.removeReason(0u))
            val repeated = assertThrows<CairnException.InvalidInput> { companion.addReason("MUSIC") }
            assertEquals("item", repeated.field)
        }
        cleanUp(path)
    }
}
