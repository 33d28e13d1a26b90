package app.cairn.core

import org.junit.jupiter.api.Assertions.assertEquals
import org.junit.jupiter.api.Assertions.assertFalse
import org.junit.jupiter.api.Assertions.assertNull
import org.junit.jupiter.api.Assertions.assertTrue
import org.junit.jupiter.api.Test
import org.junit.jupiter.api.assertThrows

/** The daily pledge ("Just for today") through the Kotlin bindings: one tap, its streak, the
 *  evening answer in the check-in and the morning reminder. NOW is 06:00 on the 22nd in Chicago. */
class PledgeTest {
    @Test
    fun `one tap a day, back-dated days, and a second tap that changes nothing`() {
        val path = Fixtures.storePath()
        usStore(path).use { companion ->
            assertEquals(0u, companion.status(null, Fixtures.NOW).pledge.currentDays)
            val first = companion.pledge(null, Fixtures.NOW)
            assertEquals(day("2026-11-22"), first.date, "null is today where the person is")
            assertFalse(first.alreadyPledged)
            assertEquals(Fixtures.NOW, first.pledgedAt)
            assertEquals(1u, first.streak.currentDays)

            val again = companion.pledge(day("2026-11-22"), Fixtures.NOW.plusSeconds(3_600))
            assertTrue(again.alreadyPledged, "a second tap is not an error")
            assertEquals(Fixtures.NOW, again.pledgedAt, "the first pledge's time is kept")

            val back = companion.pledge(day("2026-11-21"), Fixtures.NOW)
            assertEquals(2u, back.streak.currentDays)
            val status = companion.status(null, Fixtures.NOW)
            assertTrue(status.pledge.pledgedToday)
            assertEquals(2u, status.pledge.currentDays)
            assertEquals(day("2026-11-22"), status.pledge.lastPledge)

            val future = assertThrows<CairnException.InvalidInput> {
                companion.pledge(day("2026-11-23"), Fixtures.NOW)
            }
            assertEquals("date", future.field)
            assertEquals(2, companion.pledges(Fixtures.NOW).days.size)
        }
        cleanUp(path)
    }

    @Test
    fun `the evening check-in answers the day's pledge`() {
        val path = Fixtures.storePath()
        usStore(path).use { companion ->
            companion.pledge(null, Fixtures.NOW)
            val noPledge = assertThrows<CairnException.InvalidInput> {
                companion.checkIn(checkIn("2026-11-21", 3u, 2u).copy(pledgeKept = true), UseKind.LAPSE, false, Fixtures.NOW)
            }
            assertEquals("pledge_kept", noPledge.field)
            val contradiction = assertThrows<CairnException.InvalidInput> {
                companion.checkIn(checkIn("2026-11-22", 3u, 2u, used = true).copy(pledgeKept = true), UseKind.LAPSE, false, Fixtures.NOW)
            }
            assertEquals("pledge_kept", contradiction.field)

            // A check-in built without the answer (as the screens did before) still works.
            companion.checkIn(checkIn("2026-11-21", 3u, 2u), UseKind.LAPSE, false, Fixtures.NOW)
            assertNull(companion.checkins().single().pledgeKept)
            companion.checkIn(checkIn("2026-11-22", 4u, 1u).copy(pledgeKept = true), UseKind.LAPSE, false, Fixtures.NOW)
            val pledges = companion.pledges(Fixtures.NOW)
            assertEquals(listOf(day("2026-11-22") to true), pledges.days.map { it.date to it.kept })
            assertEquals(true, companion.checkins().first().pledgeKept)
        }
        cleanUp(path)
    }

    @Test
    fun `the morning reminder is chosen in settings and skips a pledged morning`() {
        val path = Fixtures.storePath()
        usStore(path).use { companion ->
            fun mornings() =
                companion.notificationPlan(Fixtures.NOW)
                    .filter { it.kind == NotificationKind.PLEDGE_REMINDER }
                    .map { it.localTime.toLocalDate() }
            assertNull(companion.settings().notifications.pledgeReminderTime, "off until chosen")
            assertTrue(mornings().isEmpty())
            val settings = companion.updateSettings(SettingsChange(pledgeReminder = ReminderChange.At(time("07:30"))))
            assertEquals(time("07:30"), settings.notifications.pledgeReminderTime)
            assertEquals(day("2026-11-22"), mornings().first())
            val reminder = companion.notificationPlan(Fixtures.NOW).first { it.kind == NotificationKind.PLEDGE_REMINDER }
            assertEquals(reminder.publicText, reminder.privateText, "discreet by default")

            companion.pledge(null, Fixtures.NOW)
            assertEquals(day("2026-11-23"), mornings().first())
            companion.updateSettings(SettingsChange(pledgeReminder = ReminderChange.Off))
            assertTrue(mornings().isEmpty())
        }
        cleanUp(path)
    }
}
