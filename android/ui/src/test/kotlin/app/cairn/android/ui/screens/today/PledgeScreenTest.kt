// The daily pledge on the screens, over the lived-in store (pledges on the five days before
// today): Today offers the one tap while today has none and shows the streak beside clean time
// once made; the check-in asks how the pledge went only on a day that has one, never offers
// "kept" beside a use, and hands the answer to the core; the morning reminder is off until the
// person turns it on in Settings. English, Spanish and the largest font.
package app.cairn.android.ui.screens.today

import androidx.compose.ui.test.SkikoComposeUiTest
import androidx.compose.ui.test.hasClickAction
import androidx.compose.ui.test.hasText
import androidx.compose.ui.test.onNodeWithText
import androidx.compose.ui.test.performClick
import androidx.compose.ui.test.performScrollTo
import app.cairn.android.ui.screens.start.openSettings
import app.cairn.android.ui.screens.start.tap
import app.cairn.android.ui.testing.AppUnderTest
import app.cairn.android.ui.testing.FakePhone
import app.cairn.android.ui.testing.ScreenVariant
import app.cairn.android.ui.testing.assertAccessible
import app.cairn.android.ui.testing.core
import app.cairn.android.ui.testing.runApp
import app.cairn.android.ui.testing.said
import app.cairn.android.ui.testing.seeded
import app.cairn.android.ui.testing.writeAppScreenshots
import app.cairn.core.NotificationKind
import org.junit.Assert.assertEquals
import org.junit.Assert.assertFalse
import org.junit.Assert.assertNull
import org.junit.Assert.assertTrue
import org.junit.Test
import java.time.LocalDate
import java.time.LocalTime

class PledgeScreenTest {
    @Test
    fun todayOffersThePledgeThenShowsItsStreakBesideCleanTime() = runApp { app ->
        onNodeWithText("5 days in a row with a pledge, until yesterday.").performScrollTo().assertExists()
        onNode(hasText("Just for today") and hasClickAction()).performScrollTo().performClick()
        waitForIdle()
        val streak = app.core { it.pledgeStreak(app.phone.clock.now()) }
        assertTrue(streak.pledgedToday)
        assertEquals(6u, streak.currentDays)
        onNodeWithText("Pledged for today. 6 days in a row with a pledge.").performScrollTo().assertExists()
        onNode(hasText("Just for today") and hasClickAction()).assertDoesNotExist()
    }

    @Test
    fun aSpanishPhonePledgesInSpanish() = runApp(variant = ScreenVariant.Spanish) {
        onNodeWithText("5 días seguidos con compromiso, hasta ayer.").performScrollTo().assertExists()
        onNode(hasText("Solo por hoy") and hasClickAction()).performScrollTo().performClick()
        waitForIdle()
        onNodeWithText("Compromiso hecho para hoy. 6 días seguidos con compromiso.").performScrollTo().assertExists()
    }

    @Test
    fun aDayWithoutAPledgeIsNotAskedAboutOne() = runApp {
        openCheckIn()
        onNodeWithText("Did you keep today's pledge?").assertDoesNotExist()
    }

    @Test
    fun theCheckInAsksHowTodaysPledgeWentAndTheCoreKeepsTheAnswer() = runApp(seed = ::pledgedToday) { app ->
        openCheckIn()
        onNodeWithText("Did you keep today's pledge?").performScrollTo().assertExists()
        tap("Yes")
        onNodeWithText("Pledge kept. One day at a time.").assertExists()
        save()
        assertEquals(true, app.core { it.checkins() }.first { it.date == today(app) }.pledgeKept)
        assertEquals(true, app.core { it.pledges(app.phone.clock.now()) }.days.first().kept)
    }

    @Test
    fun aUseTakesBackKeptAndOffersOnlyNoOrSkip() = runApp(seed = ::pledgedToday) { app ->
        openCheckIn()
        tap("Yes")
        onNodeWithText(said("check_in_used_today")).performScrollTo().performClick()
        onNodeWithText("Record it").performClick()
        waitForIdle()
        onNode(hasText("Yes") and hasClickAction()).assertDoesNotExist()
        onNodeWithText("A day with a use is still a day you showed up", substring = true).performScrollTo().assertExists()
        tap("No")
        save()
        // The safety card, then back: the use and the honest answer are both in the core.
        val saved = app.core { it.checkins() }.first { it.date == today(app) }
        assertTrue(saved.used)
        assertEquals(false, saved.pledgeKept)
    }

    @Test
    fun skippingLeavesThePledgeUnanswered() = runApp(seed = ::pledgedToday) { app ->
        openCheckIn()
        tap("No")
        tap("Skip")
        save()
        assertNull(app.core { it.checkins() }.first { it.date == today(app) }.pledgeKept)
    }

    @Test
    fun theMorningReminderIsOffUntilTurnedOn() = runApp { app ->
        assertNull(app.core { it.settings() }.notifications.pledgeReminderTime)
        assertFalse(app.phone.notifications.scheduled.values.any { it.kind == NotificationKind.PLEDGE_REMINDER })
        openSettings()
        tap("Morning pledge reminder")
        assertEquals(LocalTime.of(8, 0), app.core { it.settings() }.notifications.pledgeReminderTime)
        onNodeWithText("Remind me to pledge at", substring = true).performScrollTo().assertExists()
        assertTrue(app.phone.notifications.scheduled.values.any { it.kind == NotificationKind.PLEDGE_REMINDER })
        tap("Morning pledge reminder")
        assertNull(app.core { it.settings() }.notifications.pledgeReminderTime)
    }

    @Test
    fun accessibleAtTheLargestFont() = runApp(variant = ScreenVariant.Large, seed = ::pledgedToday) {
        assertAccessible()
        openCheckIn()
        assertAccessible()
    }

    @Test
    fun notPledgedAccessibleAtTheLargestFont() = runApp(variant = ScreenVariant.Large) { assertAccessible() }

    @Test
    fun screenshots() {
        // "today" (the not pledged one) is TodayScreenTest's.
        writeAppScreenshots("today-pledged", seed = ::pledgedToday) {}
        writeAppScreenshots("check-in-pledge", seed = ::pledgedToday) {
            openCheckIn()
            onNode(hasText(said("pledge_kept_skip")) and hasClickAction()).performScrollTo()
        }
    }
}

/** The lived-in store with today's pledge made too. */
private fun pledgedToday(phone: FakePhone) {
    seeded(phone)
    phone.store.openWithPlatformKey(phone.clock.zone().id).use { it.pledge(null, phone.clock.now()) }
}

private fun SkikoComposeUiTest.openCheckIn() {
    onNode(hasText(said("nav_check_in")) and hasClickAction()).performClick()
    waitForIdle()
}

private fun SkikoComposeUiTest.save() {
    onNode(hasText(said("check_in_save")) and hasClickAction()).performScrollTo().performClick()
    waitForIdle()
}

private fun today(app: AppUnderTest): LocalDate = LocalDate.ofInstant(app.phone.clock.now(), app.phone.clock.zone())
