// Settings over the lived-in store: each change lands in the core's settings (reminder,
// day counting, a medication, the time zone, the region), the core's refusals show beside what
// caused them, a passphrase and the app lock can be set, notifications are asked for only on a
// tap, and the screen passes the checks at the largest font.
package app.cairn.android.ui.screens.settings

import androidx.compose.ui.test.assertIsNotEnabled
import androidx.compose.ui.test.onAllNodesWithText
import androidx.compose.ui.test.onNodeWithText
import androidx.compose.ui.test.performClick
import androidx.compose.ui.test.performScrollTo
import androidx.compose.ui.test.performTextInput
import app.cairn.android.ui.screens.start.button
import app.cairn.android.ui.screens.start.openSettings
import app.cairn.android.ui.screens.start.tap
import app.cairn.android.ui.testing.FakePhone
import app.cairn.android.ui.testing.ScreenVariant
import app.cairn.android.ui.testing.assertAccessible
import app.cairn.android.ui.testing.core
import app.cairn.android.ui.testing.runApp
import app.cairn.android.ui.testing.writeAppScreenshots
import app.cairn.core.DayCounting
import app.cairn.core.Language
import app.cairn.core.Medication
import org.junit.Assert.assertEquals
import org.junit.Assert.assertFalse
import org.junit.Assert.assertNull
import org.junit.Assert.assertTrue
import org.junit.Test
import java.time.LocalTime

class SettingsScreenTest {
    @Test
    fun reminderDayCountingAndAMedicationLandInTheCore() = runApp { app ->
        openSettings()
        assertEquals(LocalTime.of(20, 0), app.core { it.settings() }.notifications.reminderTime)
        tap("Daily check-in reminder")
        assertNull(app.core { it.settings() }.notifications.reminderTime)

        tap("Clean date is day 1")
        assertEquals(DayCounting.CLEAN_DATE_IS_DAY_ONE, app.core { it.settings() }.dayCounting)

        tap("Add a medication")
        tap("Save")
        onNodeWithText("A medication needs a name and 1 to 8 dose times.").assertExists()
        onNodeWithText("Name").performTextInput("methadone")
        tap("Add a dose time")
        tap("Save")
        val added = Medication("methadone", listOf(LocalTime.of(8, 0), LocalTime.of(12, 0)))
        assertEquals(
            listOf(Medication("buprenorphine", listOf(LocalTime.of(8, 0))), added),
            app.core { it.settings() }.notifications.medications,
        )
        tap("Remove buprenorphine")
        assertEquals(listOf(added), app.core { it.settings() }.notifications.medications)
    }

    @Test
    fun theTimeZoneIsPickedBySearch() = runApp { app ->
        openSettings()
        tap("Choose a time zone")
        onNodeWithText("Search by city or zone").performTextInput("Dublin")
        onNodeWithText("Europe/Dublin").performClick()
        waitForIdle()
        assertEquals("Europe/Dublin", app.core { it.settings() }.timeZone)
        assertFalse(app.core { it.settings() }.timeZoneFollowsDevice)
        onNodeWithText("Kept on this zone wherever the phone is.").assertExists()
        tap("Follow this phone's zone again: America/Chicago (Central Time)")
        assertEquals("America/Chicago", app.core { it.settings() }.timeZone)
        assertTrue(app.core { it.settings() }.timeZoneFollowsDevice)
    }

    @Test
    fun theLanguageFollowsThePhoneUntilOneIsPicked() = runApp { app ->
        openSettings()
        assertTrue(app.core { it.settings() }.languageFollowsDevice)
        tap("Español")
        assertEquals(Language.SPANISH, app.core { it.settings() }.language)
        assertFalse(app.core { it.settings() }.languageFollowsDevice)
        // The core's own words now come in Spanish, whatever the phone's language.
        assertEquals("Cairn: un momento para ti", app.core { it.notificationPlan(java.time.Instant.parse("2026-11-22T17:30:00Z")) }.first().publicText)
        tap("This phone's language")
        assertEquals(Language.ENGLISH, app.core { it.settings() }.language)
        assertTrue(app.core { it.settings() }.languageFollowsDevice)
    }

    @Test
    fun theRegionIsChosenOrTypedAndABadCodeIsRefused() = runApp { app ->
        openSettings()
        tap("Canada")
        assertEquals("CA", app.core { it.settings() }.region)
        tap("Another country")
        onNodeWithText("Two-letter country code, such as NZ").performScrollTo().performTextInput("XX")
        tap("Use this country")
        onNodeWithText("That is not a two-letter country code.").assertExists()
        assertEquals("CA", app.core { it.settings() }.region)
    }

    @Test
    fun aPassphraseIsSetTypedTwice() = runApp { app ->
        openSettings()
        assertFalse(app.core { it.hasPassphrase() })
        onNodeWithText("New passphrase").performScrollTo().performTextInput("river stones 42")
        onAllNodesWithText("The same passphrase again")[0].performScrollTo().performTextInput("river stones 4")
        onNodeWithText("The two passphrases are not the same.").assertExists()
        button("Set passphrase").assertIsNotEnabled()
        onAllNodesWithText("The same passphrase again")[0].performTextInput("2")
        tap("Set passphrase")
        assertTrue(app.core { it.hasPassphrase() })
        assertTrue(app.phone.store.passphraseSet)
    }

    @Test
    fun notificationsAreAskedForOnlyOnATap() = runApp { app ->
        openSettings()
        assertFalse(app.phone.notifications.asked)
        tap("Allow notifications")
        assertTrue(app.phone.notifications.asked)
        onNodeWithText("This phone lets Cairn send notifications.").performScrollTo()
    }

    @Test
    fun lateDoseRemindersAreExplained() = runApp(phone = FakePhone().apply {
        notifications.allowed = true
        notifications.exactAlarmsAllowed = false
    }) {
        openSettings()
        onNodeWithText("Dose reminders may arrive a few minutes late", substring = true).performScrollTo()
    }

    @Test
    fun theAppLockSwitchTurnsTheLockOn() = runApp { app ->
        openSettings()
        tap("App lock")
        assertTrue(app.phone.appLock.enabled)
    }

    @Test
    fun accessibleAtTheLargestFont() = runApp(variant = ScreenVariant.Large) {
        openSettings()
        assertAccessible()
    }

    @Test
    fun screenshots() {
        writeAppScreenshots("settings") { openSettings() }
    }
}
