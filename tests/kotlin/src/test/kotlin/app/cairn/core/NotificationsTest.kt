package app.cairn.core

import java.time.Instant
import java.time.LocalDateTime
import org.junit.jupiter.api.Assertions.assertEquals
import org.junit.jupiter.api.Assertions.assertNull
import org.junit.jupiter.api.Assertions.assertTrue
import org.junit.jupiter.api.Test

/** The notification plan and its reconciliation through the Kotlin bindings. */
class NotificationsTest {
    @Test
    fun `the notification plan reconciles to nothing against itself`() {
        val path = Fixtures.storePath()
        usStore(path).use { companion ->
            val morning = Instant.parse("2026-11-22T13:00:00Z")
            companion.updateSettings(
                SettingsChange(
                    reminder = ReminderChange.At(time("21:00")),
                    discreet = false,
                    medications = listOf(Medication("methadone", listOf(time("08:00")))),
                ),
            )
            val plan = companion.notificationPlan(morning)
            assertTrue(plan.size in 1..60)
            assertTrue(plan.zipWithNext().all { (a, b) -> !a.firesAt.isAfter(b.firesAt) })
            assertTrue(plan.all { it.publicText == "Cairn: a moment for you" })
            assertTrue(plan.any { it.kind == NotificationKind.MEDICATION_DOSE && it.privateText.contains("methadone") })
            val reminder = plan.first { it.kind == NotificationKind.CHECK_IN_REMINDER }
            assertEquals(LocalDateTime.parse("2026-11-22T21:00"), reminder.localTime)
            val ids = plan.map { it.id }
            val same = companion.reconcileNotifications(ids, morning)
            assertTrue(same.cancel.isEmpty() && same.schedule.isEmpty())

            companion.checkIn(checkIn("2026-11-22", 4u, 1u), UseKind.LAPSE, false, morning)
            val diff = companion.reconcileNotifications(ids, morning)
            assertEquals(1, diff.cancel.size, "today's reminder goes")

            val settings = companion.updateSettings(SettingsChange(reminder = ReminderChange.Off))
            assertNull(settings.notifications.reminderTime)
            assertEquals("US", settings.region)
        }
        cleanUp(path)
    }
}
