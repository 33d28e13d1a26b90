package app.cairn.core

import java.time.Instant
import org.junit.jupiter.api.Assertions.assertEquals
import org.junit.jupiter.api.Assertions.assertNull
import org.junit.jupiter.api.Assertions.assertTrue
import org.junit.jupiter.api.Test
import org.junit.jupiter.api.assertThrows

/** Check-ins, the safety card, the circle and notifications through the Kotlin bindings. */
class CareTest {
    private fun usStore(path: String): CairnCompanion {
        val companion = CairnCompanion.openWithKeyStore(path, FixedKeyStore(ByteArray(32) { 5 }), "America/Chicago")
        companion.updateSettings(SettingsChange(region = "US"))
        companion.startJourney(Fixtures.journey("2026-11-01"), Fixtures.NOW)
        return companion
    }

    private fun checkIn(date: String, mood: UByte, craving: UByte, used: Boolean = false) =
        CheckIn(date, mood, craving, used, MedicationTaken.TAKEN, listOf("stress", "the old park"), listOf("meeting"), null)

    @Test
    fun `a check-in that says used returns the safety card with the sponsor`() {
        val path = Fixtures.storePath()
        usStore(path).use { companion ->
            companion.addContact(NewContact("Dana", "(555) 010-2000", ContactRole.SPONSOR, true, null), true)
            val quiet = companion.checkIn(checkIn("2026-11-20", 4u, 2u), UseKind.LAPSE, false, Fixtures.NOW)
            assertNull(quiet.safetyCard)
            assertEquals(listOf("stress", "the old park"), companion.checkins().single().triggers, "own words round-trip")

            val used = companion.checkIn(checkIn("2026-11-22", 2u, 9u, used = true), UseKind.RELAPSE, false, Fixtures.NOW)
            val card = requireNotNull(used.safetyCard) { "21 clean days before a use: the card" }
            assertEquals(21u, card.cleanDaysBefore)
            assertTrue(card.lines.any { it.contains("naloxone", ignoreCase = true) })
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
        }
        cleanUp(path)
    }

    @Test
    fun `the chain puts the primary sponsor first and a tap counts in the check-in`() {
        val path = Fixtures.storePath()
        usStore(path).use { companion ->
            companion.addContact(NewContact("Sam", "+1 555 010 3000", ContactRole.FRIEND, false, null), false)
            val dana = companion.addContact(NewContact("Dana", "555-010-2000", ContactRole.SPONSOR, true, "evenings"), true)
            val chain = companion.reachOutChain()
            assertEquals("Dana", chain.entries.first().name)
            assertEquals("sponsor", chain.entries.first().role)
            assertEquals("sms:5550102000", chain.entries.first().smsUri)
            assertNull(chain.entries.first { it.name == "Sam" }.smsUri)
            assertEquals("tel:911", chain.entries.last().telUri)
            assertEquals(companion.reachOutAction().telUri, "tel:5550102000")

            assertEquals("called_sponsor", companion.logReachOut(0u, Channel.CALL, Fixtures.NOW))
            companion.checkIn(checkIn("2026-11-22", 3u, 6u), UseKind.LAPSE, false, Fixtures.NOW)
            assertTrue("called_sponsor" in companion.checkins().single().helped)

            val bad = assertThrows<CairnException.InvalidInput> {
                companion.addContact(NewContact("X", "1-800-FLOWERS", ContactRole.FRIEND, false, null), false)
            }
            assertEquals("phone", bad.field)
            companion.removeContact(dana)
            assertEquals("Sam", companion.reachOutChain().entries.first().name)
            assertTrue(companion.crisisLines().any { it.telUri == "tel:988" && it.source.isNotBlank() })
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
            assertEquals(3u, insights.checkinStreakDays)
            assertTrue(insights.signals.map { it.kind }.containsAll(listOf("high_craving", "mood_falling")))
            assertTrue(insights.signals.all { it.reason.isNotBlank() })
            assertEquals("stress", insights.topTriggers.first().tag)
            assertTrue(insights.reachOut != null)

            companion.editPreventionPlan("warning_signs", PlanChange.Add("skipping meetings"))
            val plan = companion.editPreventionPlan("warning_signs", PlanChange.Replace(0u, "skipping two meetings"))
            assertEquals(listOf("skipping two meetings"), plan.warningSigns)
            assertThrows<CairnException.InvalidInput> { companion.editPreventionPlan("moods", PlanChange.Add("x")) }
        }
        cleanUp(path)
    }

    @Test
    fun `the notification plan reconciles to nothing against itself`() {
        val path = Fixtures.storePath()
        usStore(path).use { companion ->
            val morning = Instant.parse("2026-11-22T13:00:00Z")
            companion.updateSettings(
                SettingsChange(reminderTime = "21:00", discreet = false, medications = listOf(Medication("methadone", listOf("08:00")))),
            )
            val plan = companion.notificationPlan(morning)
            assertTrue(plan.size in 1..60)
            assertTrue(plan.zipWithNext().all { (a, b) -> !a.firesAt.isAfter(b.firesAt) })
            assertTrue(plan.all { it.publicText == "Cairn: a moment for you" })
            assertTrue(plan.any { it.kind == NotificationKind.MEDICATION_DOSE && it.privateText.contains("methadone") })
            val ids = plan.map { it.id }
            val same = companion.reconcileNotifications(ids, morning)
            assertTrue(same.cancel.isEmpty() && same.schedule.isEmpty())

            companion.checkIn(checkIn("2026-11-22", 4u, 1u), UseKind.LAPSE, false, morning)
            val diff = companion.reconcileNotifications(ids, morning)
            assertEquals(1, diff.cancel.size, "today's reminder goes")

            val settings = companion.updateSettings(SettingsChange(reminderTime = "off"))
            assertNull(settings.reminderTime)
            assertEquals("US", settings.region)
            assertThrows<CairnException.InvalidInput> { companion.updateSettings(SettingsChange(milestoneTime = "25:00")) }
        }
        cleanUp(path)
    }
}
