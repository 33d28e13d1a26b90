// The check-in over the lived-in store: what is saved is what the core then holds, a second
// check-in the same day updates the first, and saying "used" after 42 clean days brings the
// core's safety card, whose sponsor button dials Jordan.
package app.cairn.android.ui.screens.checkin

import androidx.compose.ui.semantics.SemanticsActions
import androidx.compose.ui.test.SkikoComposeUiTest
import androidx.compose.ui.test.hasClickAction
import androidx.compose.ui.test.hasContentDescription
import androidx.compose.ui.test.hasText
import androidx.compose.ui.test.onNodeWithText
import androidx.compose.ui.test.performClick
import androidx.compose.ui.test.performScrollTo
import androidx.compose.ui.test.performSemanticsAction
import androidx.compose.ui.test.performTextInput
import app.cairn.android.ui.testing.AppUnderTest
import app.cairn.android.ui.testing.ScreenVariant
import app.cairn.android.ui.testing.assertAccessible
import app.cairn.android.ui.testing.core
import app.cairn.android.ui.testing.runApp
import app.cairn.android.ui.testing.said
import app.cairn.android.ui.testing.writeAppScreenshots
import app.cairn.core.CheckIn
import app.cairn.core.Trigger
import app.cairn.core.UseKind
import org.junit.Assert.assertEquals
import org.junit.Assert.assertFalse
import org.junit.Assert.assertTrue
import org.junit.Test
import java.time.LocalDate

class CheckInScreenTest {
    @Test
    fun savesMoodCravingAndATrigger() = runApp { app ->
        openCheckIn()
        slide("Mood", 4f)
        slide("Craving", 8f)
        onNodeWithText("Stress").performScrollTo().performClick()
        ownTrigger("My ex called")
        save()
        val saved = checkins(app).first()
        assertEquals(today(app), saved.date)
        assertEquals(4, saved.mood.toInt())
        assertEquals(8, saved.craving.toInt())
        assertEquals(listOf(Trigger.Stress, Trigger.Own("My ex called")), saved.triggers)
        assertFalse(saved.used)
        onNodeWithText("42 days clean").assertExists()
    }

    @Test
    fun theCoresProblemShowsBesideItsFieldAndNothingTypedIsLost() = runApp { app ->
        openCheckIn()
        ownTrigger("x".repeat(41))
        onNode(hasText("Anything you want to remember") and hasClickAction()).performScrollTo().performTextInput("Long day")
        save()
        onNodeWithText("A trigger or helpful action is too long, or there are too many.").performScrollTo().assertExists()
        onNodeWithText("Long day").performScrollTo().assertExists()
        onNodeWithText("x".repeat(41)).performScrollTo().assertExists()
        assertTrue(checkins(app).none { it.date == today(app) })
    }

    @Test
    fun aUseAfterCleanDaysShowsTheSafetyCard() = runApp { app ->
        openCheckIn()
        onNodeWithText("I used today").performScrollTo().performClick()
        onNodeWithText("A relapse").performClick()
        onNodeWithText("Record it").performClick()
        save()
        onNodeWithText("Call Jordan").performScrollTo().performClick()
        waitForIdle()
        assertEquals(listOf("tel:5550104477"), app.phone.dialer.opened)
        val uses = app.core { it.history(null, app.phone.clock.now()) }.uses
        assertEquals(UseKind.RELAPSE, uses.first().event.kind)
        assertEquals(today(app), uses.first().event.date)
        onNodeWithText("I've read this").performScrollTo().performClick()
        waitForIdle()
        onNodeWithText("Clean time").assertExists()
    }

    @Test
    fun aSecondCheckInTheSameDayUpdatesIt() = runApp { app ->
        openCheckIn()
        slide("Craving", 2f)
        save()
        // The thank-you snackbar sits over the bottom of the screen until it times out.
        mainClock.advanceTimeBy(10_000)
        openCheckIn()
        onNodeWithText("You checked in today already. Saving updates it.").assertExists()
        slide("Craving", 6f)
        onNodeWithText("6 of 10, moderate").assertExists()
        onNode(hasText("Update check-in") and hasClickAction()).performScrollTo().performClick()
        waitForIdle()
        val todays = checkins(app).filter { it.date == today(app) }
        assertEquals(1, todays.size)
        assertEquals(6, todays.single().craving.toInt())
    }

    @Test
    fun accessibleAtTheLargestFont() = runApp(variant = ScreenVariant.Large) {
        openCheckIn()
        assertAccessible()
    }

    @Test
    fun confirmAndSafetyCardAccessibleAtTheLargestFont() = runApp(variant = ScreenVariant.Large) {
        openCheckIn()
        onNodeWithText("I used today").performScrollTo().performClick()
        assertAccessible()
        onNodeWithText("Record it").performClick()
        save()
        assertAccessible()
    }

    @Test
    fun screenshots() {
        writeAppScreenshots("check-in") { openCheckIn() }
        writeAppScreenshots("check-in-used-confirm") {
            openCheckIn()
            onNodeWithText(said("check_in_used_today")).performScrollTo().performClick()
        }
        writeAppScreenshots("safety-card") {
            openCheckIn()
            onNodeWithText(said("check_in_used_today")).performScrollTo().performClick()
            onNodeWithText(said("check_in_used_confirm")).performClick()
            save()
        }
    }
}

private fun SkikoComposeUiTest.openCheckIn() {
    onNode(hasText(said("nav_check_in")) and hasClickAction()).performClick()
    waitForIdle()
}

private fun SkikoComposeUiTest.slide(label: String, to: Float) {
    onNode(hasContentDescription(label)).performScrollTo().performSemanticsAction(SemanticsActions.SetProgress) { it(to) }
}

private fun SkikoComposeUiTest.ownTrigger(words: String) {
    onNode(hasText("Something else, in your words") and hasClickAction()).performScrollTo().performTextInput(words)
    onAllNodes(hasContentDescription("Add"))[0].performClick()
}

private fun SkikoComposeUiTest.save() {
    onNode(hasText(said("check_in_save")) and hasClickAction()).performScrollTo().performClick()
    waitForIdle()
}

private fun today(app: AppUnderTest): LocalDate = LocalDate.ofInstant(app.phone.clock.now(), app.phone.clock.zone())

private fun checkins(app: AppUnderTest): List<CheckIn> = app.core { it.checkins() }
