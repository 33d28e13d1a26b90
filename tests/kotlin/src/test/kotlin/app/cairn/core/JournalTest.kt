package app.cairn.core

import app.cairn.ffi.CairnCompanion
import java.time.Instant
import org.junit.jupiter.api.Assertions.assertEquals
import org.junit.jupiter.api.Assertions.assertTrue
import org.junit.jupiter.api.Test
import org.junit.jupiter.api.assertThrows

/** The recovery journal through the Kotlin bindings: every field crosses both ways. */
class JournalTest {
    @Test
    fun `a back-dated lapse changes the streak and the history`() {
        val path = Fixtures.storePath()
        CairnCompanion.openWithPassphrase(path, "long enough", "America/New_York").use { companion ->
            val journeyId = companion.startJourney(Fixtures.journey("2026-01-01"), Fixtures.NOW)
            val before = companion.status(journeyId, Fixtures.NOW)
            assertEquals(325u, before.streak.currentDays)
            assertEquals(Stage.MAINTAINED_ABSTINENCE, before.stage.stage)

            val lapse = UseEvent(day("2026-10-01"), time("23:15"), UseKind.RELAPSE, "after the funeral", listOf("loneliness", "pain"))
            val recorded = companion.recordUse(journeyId, lapse, Fixtures.NOW)
            assertEquals(273u, recorded.cleanDaysBefore)

            val after = companion.status(null, Fixtures.NOW)
            assertEquals(day("2026-10-02"), after.streak.currentStart)
            assertEquals(51u, after.streak.currentDays)
            assertEquals(273u, after.streak.longestDays)
            assertEquals(2u, after.streak.attempts)
            assertEquals(324u, after.streak.totalCleanDays)
            assertEquals(Stage.ABSTINENCE, after.stage.stage)
            assertEquals(Stage.MAINTAINED_ABSTINENCE, after.stage.nextStage)
            assertTrue(after.streak.share365.share in 0.0..1.0)
            assertEquals("America/New_York", after.timeZone)

            val history = companion.history(null, Fixtures.NOW)
            assertEquals(lapse, history.uses.single().event, "every field round-trips")
            assertEquals(recorded.id, history.uses.single().id)
            assertEquals(PastStreak(day("2026-01-01"), day("2026-10-01"), 273u, UseKind.RELAPSE), history.pastStreaks.single())

            companion.editUse(recorded.id, Fixtures.lapse("2026-10-03"), Instant.parse("2026-11-22T13:00:00Z"))
            companion.deleteUse(recorded.id, Instant.parse("2026-11-22T14:00:00Z"))
            val audited = companion.history(null, Fixtures.NOW)
            assertTrue(audited.uses.isEmpty())
            assertEquals(listOf(AuditChange.DELETED, AuditChange.EDITED), audited.audit.map { it.change })
            assertEquals(lapse, audited.audit.last().previous)
            assertEquals(Instant.parse("2026-11-22T14:00:00Z"), audited.audit.first().at)
        }
        cleanUp(path)
    }

    @Test
    fun `a cost and hours per day cross both ways and bad money is InvalidInput`() {
        val path = Fixtures.storePath()
        CairnCompanion.openWithPassphrase(path, "long enough", "America/New_York").use { companion ->
            companion.updateSettings(SettingsChange(region = "US"))
            val journey = Fixtures.journey("2026-09-01").copy(
                costPerDay = CostPerDay(amount = "20", currency = null),
                hoursPerDay = 2.5,
            )
            val journeyId = companion.startJourney(journey, Fixtures.NOW)
            companion.recordUse(journeyId, Fixtures.lapse("2026-10-10"), Fixtures.NOW)
            // 82 days from 1 September to 22 November, less the lapse day: 81 clean days.
            val status = companion.status(journeyId, Fixtures.NOW)
            assertEquals(81u, status.streak.totalCleanDays)
            assertEquals(MoneyAmount(amount = "1620.00", currency = "USD"), status.moneySaved)
            assertEquals("1,620.00 USD", status.moneySavedText)
            assertEquals(202.5, status.hoursSaved)
            assertEquals("202.5 hours", status.hoursSavedText)
            assertEquals(MoneyAmount("20.00", "USD"), status.journey.costPerDay)
            assertEquals(2.5, status.journey.hoursPerDay)

            companion.setJourneySavings(null, JourneySavings(CostPerDay("1.255", "KWD"), null))
            val dinars = companion.status(null, Fixtures.NOW)
            assertEquals(MoneyAmount("101.655", "KWD"), dinars.moneySaved)
            assertEquals(null, dinars.hoursSaved)

            val badCurrency = assertThrows<CairnException.InvalidInput> {
                companion.setJourneySavings(null, JourneySavings(CostPerDay("20", "XYZ"), 1.0))
            }
            assertEquals("currency", badCurrency.field)
            assertTrue("XYZ" !in badCurrency.message.orEmpty())
            val tooPrecise = assertThrows<CairnException.InvalidInput> {
                companion.setJourneySavings(null, JourneySavings(CostPerDay("20.123", "USD"), null))
            }
            assertEquals("cost_per_day", tooPrecise.field)
            val badHours = assertThrows<CairnException.InvalidInput> {
                companion.setJourneySavings(null, JourneySavings(null, 25.0))
            }
            assertEquals("hours_per_day", badHours.field)
            assertEquals(MoneyAmount("1.255", "KWD"), companion.journeys().single().costPerDay, "nothing changed")

            companion.setJourneySavings(null, JourneySavings(null, null))
            assertEquals(null, companion.status(null, Fixtures.NOW).moneySaved)
        }
        cleanUp(path)
    }

    @Test
    fun `milestones, personal milestones and hours in the first days`() {
        val path = Fixtures.storePath()
        CairnCompanion.openWithPassphrase(path, "long enough", "UTC").use { companion ->
            val start = Instant.parse("2026-11-20T22:00:00Z")
            companion.startJourney(NewJourney("alcohol", day("2026-11-20"), time("21:30")), start)
            val status = companion.status(null, Fixtures.NOW)
            val elapsed = requireNotNull(status.streak.elapsed) { "hours are shown in the first days" }
            assertEquals(38u to 30u, elapsed.hours to elapsed.minutes)
            assertEquals("alcohol", status.journey.substance)
            assertEquals(time("21:30"), status.journey.cleanTime)

            val early = companion.milestones(null, MilestoneSet.EARLY, Fixtures.NOW)
            assertEquals(listOf("1 day", "2 days", "3 days", "7 days", "14 days", "21 days"), early.map { it.label })
            assertTrue(early.first().reached)

            companion.addPersonalMilestone(null, PersonalMilestone.Days(100u))
            companion.addPersonalMilestone(null, PersonalMilestone.Date(day("2027-01-01")))
            val personal = companion.milestones(null, MilestoneSet.PERSONAL, Fixtures.NOW)
            assertEquals(listOf(day("2027-01-01"), day("2027-02-28")), personal.map { it.date })
            assertEquals(
                listOf(PersonalMilestone.Days(100u), PersonalMilestone.Date(day("2027-01-01"))),
                companion.journeys().single().personalMilestones,
            )
            assertThrows<CairnException.InvalidInput> { companion.addPersonalMilestone(null, PersonalMilestone.Days(0u)) }

            assertEquals(listOf("1 day"), companion.takeNewMilestones(null, Fixtures.NOW).map { it.label })
            val later = Instant.parse("2026-12-21T12:00:00Z")
            assertEquals(listOf("30 days"), companion.takeNewMilestones(null, later).map { it.label })
            assertTrue(companion.takeNewMilestones(null, later).isEmpty(), "reported once")
        }
        cleanUp(path)
    }
}
