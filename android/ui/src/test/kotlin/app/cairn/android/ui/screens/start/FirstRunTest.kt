// First run over a phone with no store: the welcome creates the store (with a passphrase if one
// is given, refusing a short one without creating anything), the journey step hands the clean
// date to the core and keeps what was typed on an error, the notification step records the
// answer, and a new phone can start from a backup instead. Each step passes the accessibility
// checks at the largest font, and is photographed.
package app.cairn.android.ui.screens.start

import androidx.compose.ui.test.SkikoComposeUiTest
import androidx.compose.ui.test.onNodeWithText
import androidx.compose.ui.test.performScrollTo
import androidx.compose.ui.test.performTextClearance
import androidx.compose.ui.test.performTextInput
import app.cairn.android.ui.testing.ScreenVariant
import app.cairn.android.ui.testing.assertAccessible
import app.cairn.android.ui.testing.core
import app.cairn.android.ui.testing.runApp
import app.cairn.android.ui.testing.said
import app.cairn.android.ui.testing.writeAppScreenshots
import org.junit.Assert.assertEquals
import org.junit.Assert.assertFalse
import org.junit.Assert.assertTrue
import org.junit.Test
import java.time.LocalDate
import java.time.LocalTime

class FirstRunTest {
    @Test
    fun aPassphraseAndACleanDateLeadToTodaysCount() = runApp(seed = null) { app ->
        onNodeWithText("Welcome to Cairn").assertExists()
        onNodeWithText("Passphrase (optional)").performScrollTo().performTextInput("river stones 42")
        onNodeWithText("The same passphrase again").performScrollTo().performTextInput("river stones 42")
        tap("Set passphrase and continue")
        assertTrue(app.core { it.hasPassphrase() })
        assertTrue(app.phone.store.passphraseSet)

        pickCleanDate("Thursday, November 12, 2026")
        tap("I know the time too")
        tap("Start counting")
        val journey = app.core { it.journeys() }.single()
        assertEquals(LocalDate.of(2026, 11, 12), journey.cleanDate)
        // The picker starts at the hour of now (11:30 in Chicago).
        assertEquals(LocalTime.of(11, 0), journey.cleanTime)

        tap("Not now")
        onNodeWithText("10 days clean").assertExists()
    }

    @Test
    fun aShortPassphraseIsRefusedAndNothingIsCreated() = runApp(seed = null) { app ->
        onNodeWithText("Passphrase (optional)").performScrollTo().performTextInput("short")
        onNodeWithText("The same passphrase again").performScrollTo().performTextInput("short")
        tap("Set passphrase and continue")
        onNodeWithText("A passphrase needs at least 8 characters.").assertExists()
        onNodeWithText("Welcome to Cairn").assertExists()
        assertFalse(app.phone.store.exists())
    }

    @Test
    fun theJourneyStepShowsTheCoresErrorAndKeepsTheDate() = runApp(seed = null) { app ->
        tap("Continue")
        pickCleanDate("Sunday, November 1, 2026")
        onNodeWithText("Recovering from").performScrollTo().performTextClearance()
        tap("Start counting")
        onNodeWithText("What you are recovering from needs 1 to 60 characters.").assertExists()
        onNodeWithText("November 1, 2026", substring = true).assertExists()
        assertTrue(app.core { it.journeys() }.isEmpty())

        onNodeWithText("Recovering from").performScrollTo().performTextInput("heroin")
        tap("Start counting")
        assertEquals("heroin", app.core { it.journeys() }.single().substance)
    }

    @Test
    fun allowingNotificationsIsRecorded() = runApp(seed = null) { app ->
        toNotificationStep()
        tap("Allow notifications")
        assertTrue(app.phone.notifications.asked)
        assertTrue(app.phone.notifications.allowed)
        onNodeWithText("0 days clean").assertExists()
    }

    @Test
    fun notNowIsHonouredWithoutAsking() = runApp(seed = null) { app ->
        toNotificationStep()
        tap("Not now")
        assertFalse(app.phone.notifications.asked)
        onNodeWithText("0 days clean").assertExists()
    }

    @Test
    fun aNewPhoneStartsFromABackup() {
        val (phone, code) = newPhoneWithBackup()
        runApp(phone = phone, seed = null) { app ->
            restoreBackup(code)
            tap("Not now")
            onNodeWithText("42 days clean").assertExists()
            assertEquals(LocalDate.of(2025, 3, 1), app.core { it.journeys() }.single().cleanDate)
        }
    }

    @Test
    fun everyStepIsAccessibleAtTheLargestFont() = runApp(seed = null, variant = ScreenVariant.Large) {
        assertAccessible()
        tap("Continue")
        assertAccessible()
        tap("Start counting")
        assertAccessible()
    }

    @Test
    fun screenshots() {
        writeAppScreenshots("first-run", seed = null) {}
        writeAppScreenshots("first-run-journey", seed = null) { tap(said("start_continue_without")) }
        writeAppScreenshots("first-run-notifications", seed = null) { toNotificationStep() }
    }
}

/** Past the welcome without a passphrase and the journey step as it opens, to the notification question. */
private fun SkikoComposeUiTest.toNotificationStep() {
    tap(said("start_continue_without"))
    tap(said("start_journey_start"))
}
