package app.cairn.core

import org.junit.jupiter.api.Assertions.assertEquals
import org.junit.jupiter.api.Assertions.assertNull
import org.junit.jupiter.api.Assertions.assertTrue
import org.junit.jupiter.api.Test
import org.junit.jupiter.api.assertThrows

/** Check-ins, the safety card, insights and the prevention plan through the Kotlin bindings. */
class CheckinsTest {
    @Test
    fun `a check-in that says used returns the safety card with the sponsor`() {
        val path = Fixtures.storePath()
        usStore(path).use { companion ->
            companion.addContact(NewContact("Dana", "(555) 010-2000", ContactRole.SPONSOR, true, null), true)
            val quiet = companion.checkIn(checkIn("2026-11-20", 4u, 2u), UseKind.LAPSE, false, Fixtures.NOW)
            assertNull(quiet.safetyCard)
            assertEquals(
                listOf(Trigger.Stress, Trigger.Own("the old park")),
                companion.checkins().single().triggers,
                "fixed and own triggers round-trip",
            )

            val used = companion.checkIn(checkIn("2026-11-22", 2u, 9u, used = true), UseKind.RELAPSE, false, Fixtures.NOW)
            val card = requireNotNull(used.safetyCard) { "21 clean days before a use: the card" }
            assertEquals(21u, card.cleanDaysBefore)
            assertTrue(card.lines.any { it.topic == SafetyTopic.NALOXONE && it.text.contains("naloxone", ignoreCase = true) })
            assertEquals(SafetyActionKind.SPONSOR, card.actions.first().kind)
            assertEquals("tel:5550102000", card.actions.first().call.telUri)
            assertTrue(card.actions.any { it.call.telUri == "tel:18004843731" })
            assertEquals(UseKind.RELAPSE, companion.history(null, Fixtures.NOW).uses.single().event.kind)

            val duplicate = assertThrows<CairnException.AlreadyExists> {
                companion.checkIn(checkIn("2026-11-22", 3u, 3u), UseKind.LAPSE, false, Fixtures.NOW)
            }
            assertTrue(duplicate.what.contains("check-in"))
            val mood = assertThrows<CairnException.InvalidInput> {
                companion.checkIn(checkIn("2026-11-21", 6u, 3u), UseKind.LAPSE, false, Fixtures.NOW)
            }
            assertEquals("mood", mood.field)
            val disguised = companion.checkIn(
                checkIn("2026-11-19", 3u, 3u).copy(triggers = listOf(Trigger.Own("  Stressed "))),
                UseKind.LAPSE, false, Fixtures.NOW,
            )
            assertEquals(day("2026-11-19"), disguised.date)
            assertEquals(listOf(Trigger.Stress), companion.checkins().last().triggers, "own words naming a fixed one")
        }
        cleanUp(path)
    }

    @Test
    fun `insights and the prevention plan`() {
        val path = Fixtures.storePath()
        usStore(path).use { companion ->
            for ((date, mood, craving) in listOf(Triple("2026-11-20", 4, 8), Triple("2026-11-21", 3, 5), Triple("2026-11-22", 2, 9))) {
                companion.checkIn(checkIn(date, mood.toUByte(), craving.toUByte()), UseKind.LAPSE, false, Fixtures.NOW)
            }
            val insights = companion.insights(Fixtures.NOW)
            assertEquals(3u, insights.checkinStreak.currentDays)
            assertTrue(insights.signals.map { it.kind }.containsAll(listOf(SignalKind.HIGH_CRAVING, SignalKind.MOOD_FALLING)))
            assertTrue(insights.signals.all { it.reason.isNotBlank() })
            assertEquals(Trigger.Stress, insights.topTags.triggers.first().tag)
            assertEquals(3u, insights.topTags.triggers.first().count)
            assertTrue(insights.reachOut != null)

            companion.editPreventionPlan(PlanSection.WARNING_SIGNS, PlanChange.Add("skipping meetings"))
            val plan = companion.editPreventionPlan(PlanSection.WARNING_SIGNS, PlanChange.Replace(0u, "skipping two meetings"))
            assertEquals(listOf("skipping two meetings"), plan.warningSigns)
            val index = assertThrows<CairnException.InvalidInput> {
                companion.editPreventionPlan(PlanSection.SAFE_PLACES, PlanChange.Remove(4u))
            }
            assertEquals("index", index.field)
        }
        cleanUp(path)
    }
}
