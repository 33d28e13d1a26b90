package app.cairn.core

import org.junit.jupiter.api.Assertions.assertEquals
import org.junit.jupiter.api.Assertions.assertNull
import org.junit.jupiter.api.Assertions.assertTrue
import org.junit.jupiter.api.Test
import org.junit.jupiter.api.assertThrows
import java.nio.file.Path

/** Importing Quitter and Sobriety exports through the Kotlin bindings, by path as Settings will. */
class ImportFromTest {
    private fun fixture(name: String): String =
        Path.of(System.getProperty("cairn.import.fixtures"), name).toString()

    @Test
    fun `a Quitter export adds its journeys, relapses and journal once`() {
        val path = Fixtures.storePath()
        usStore(path).use { companion ->
            val report = companion.importFrom(ImportSource.QUITTER, fixture("quitter-several.json"), Fixtures.NOW)
            assertEquals("America/Chicago", report.timeZone)
            assertTrue(report.zoneAssumed)
            assertEquals(listOf(4u, 4u, 2u), listOf(report.journeysAdded, report.usesAdded, report.journalEntriesAdded))
            val opioids = report.journeys[1]
            assertEquals("Opioids", opioids.substance)
            assertEquals(ImportOutcome.ADDED, opioids.outcome)
            assertEquals(day("2024-01-24"), opioids.firstCleanDate)
            assertEquals(day("2024-03-11"), opioids.cleanDate)
            assertEquals(listOf(44u, 1u), opioids.pastStreakDays)
            assertEquals(listOf(45u, 3u, 1u), opioids.sourceLengths)
            assertTrue(opioids.rebuiltDates)
            assertTrue(report.notices.contains(ImportNotice.DatesRebuilt(1u)))
            assertTrue(report.notices.contains(ImportNotice.ZoneUsed("America/Chicago", true)))
            // The journey started by hand stays first; the imported ones follow in the file's order.
            val journeys = companion.journeys()
            assertEquals(listOf("Booze", "Opioids", "Kratom tea", "Energy drinks"), journeys.drop(1).map { it.substance })
            val status = companion.status(opioids.journeyId, Fixtures.NOW)
            assertEquals(day("2024-03-11"), status.streak.currentStart)
            assertTrue(companion.history(opioids.journeyId, Fixtures.NOW).uses.all { it.event.kind == UseKind.RELAPSE })

            val again = companion.importFrom(ImportSource.QUITTER, fixture("quitter-several.json"), Fixtures.NOW)
            assertEquals(listOf(0u, 0u, 0u), listOf(again.journeysAdded, again.usesAdded, again.journalEntriesAdded))
            assertEquals(10u, again.alreadyImported)
            assertEquals(5, companion.journeys().size)
        }
        cleanUp(path)
    }

    @Test
    fun `a Sobriety export keeps its savings, leaves a planned substance for later and refuses the wrong file`() {
        val path = Fixtures.storePath()
        usStore(path).use { companion ->
            val report = companion.importFrom(ImportSource.SOBRIETY, fixture("sobriety-several.json"), Fixtures.NOW)
            assertEquals(3u, report.journeysAdded)
            val heroin = report.journeys[0]
            assertEquals(day("2024-02-01"), heroin.cleanDate)
            assertEquals(MoneyAmount("22.50", "USD"), heroin.costPerDay)
            assertEquals(2.5, heroin.hoursPerDay)
            val gambling = report.journeys[2]
            assertEquals(ImportOutcome.NOT_YET_STARTED, gambling.outcome)
            assertEquals(ImportedState.PLANNED, gambling.state)
            assertNull(gambling.journeyId)
            assertTrue(report.notices.contains(ImportNotice.StoppedInOtherApp(1u)))

            val wrong = assertThrows<CairnException.InvalidInput> {
                companion.importFrom(ImportSource.SOBRIETY, fixture("quitter-several.json"), Fixtures.NOW)
            }
            assertEquals("file", wrong.field)
            assertEquals("a Quitter export, not Sobriety", wrong.reason)
            assertThrows<CairnException.Io> {
                companion.importFrom(ImportSource.QUITTER, fixture("no-such-file.json"), Fixtures.NOW)
            }
            assertEquals(4, companion.journeys().size)
        }
        cleanUp(path)
    }
}
