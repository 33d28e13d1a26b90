// Progress over the lived-in store: milestones in the chosen set and a personal one added,
// the history with its streaks and uses, insights with their reach-out call, and every tab
// accessible at the largest font.
package app.cairn.android.ui.screens.progress

import androidx.compose.ui.test.SkikoComposeUiTest
import androidx.compose.ui.test.hasClickAction
import androidx.compose.ui.test.hasText
import androidx.compose.ui.test.onNodeWithText
import androidx.compose.ui.test.performClick
import androidx.compose.ui.test.performScrollTo
import androidx.compose.ui.test.performTextInput
import app.cairn.android.ui.testing.ScreenVariant
import app.cairn.android.ui.testing.assertAccessible
import app.cairn.android.ui.testing.core
import app.cairn.android.ui.testing.runApp
import app.cairn.android.ui.testing.said
import app.cairn.android.ui.testing.writeAppScreenshots
import app.cairn.core.PersonalMilestone
import org.junit.Assert.assertEquals
import org.junit.Assert.assertTrue
import org.junit.Test

class ProgressScreenTest {
    @Test
    fun milestonesOfTheChosenSetAndAPersonalOne() = runApp { app ->
        openProgress()
        onNodeWithText("30 days").assertExists()
        onNodeWithText("Your own").performScrollTo().performClick()
        onNodeWithText("100 days").performScrollTo().assertExists()
        onNodeWithText("A number of days").performScrollTo().performClick()
        onNode(hasText("Number of clean days") and hasClickAction()).performScrollTo().performTextInput("200")
        onNode(hasText("Add milestone") and hasClickAction()).performScrollTo().performClick()
        waitForIdle()
        val personal = app.core { it.journeys().first().personalMilestones }
        assertTrue(personal.toString(), PersonalMilestone.Days(200u) in personal)
        onNodeWithText("200 days").performScrollTo().assertExists()
    }

    @Test
    fun historyShowsEveryStreakAndUse() = runApp {
        openProgress()
        tab("History")
        onNodeWithText("42 days clean").assertExists()
        onNodeWithText("Ended by a relapse").performScrollTo().assertExists()
        onNodeWithText("Ended by a lapse").performScrollTo().assertExists()
        onNodeWithText("Ran into the old crowd at the station").performScrollTo().assertExists()
        onNodeWithText("Changes, kept so nothing is lost").performScrollTo().assertExists()
    }

    @Test
    fun spanishTotalsAgreeWithTheirNumbers() = runApp(variant = ScreenVariant.Spanish) {
        openProgress()
        tab("Historial")
        onNodeWithText("42 días limpios").assertExists()
        // One plural for "N days clean since", so "limpios" follows the number.
        onNodeWithText("días limpios desde el 1 de marzo de 2025", substring = true).performScrollTo().assertExists()
        onNodeWithText("Terminó con una recaída").performScrollTo().assertExists()
    }

    @Test
    fun insightsOfferTheSponsorsCall() = runApp { app ->
        openProgress()
        tab("Insights")
        onNodeWithText("A good moment to reach out").assertExists()
        onNodeWithText("Call Jordan").performScrollTo().performClick()
        waitForIdle()
        assertEquals(listOf("tel:5550104477"), app.phone.dialer.opened)
        onNodeWithText("What triggered you most").performScrollTo().assertExists()
    }

    @Test
    fun milestonesAccessibleAtTheLargestFont() = runApp(variant = ScreenVariant.Large) {
        openProgress()
        assertAccessible()
    }

    @Test
    fun historyAccessibleAtTheLargestFont() = runApp(variant = ScreenVariant.Large) {
        openProgress()
        tab("History")
        assertAccessible()
    }

    @Test
    fun insightsAccessibleAtTheLargestFont() = runApp(variant = ScreenVariant.Large) {
        openProgress()
        tab("Insights")
        assertAccessible()
    }

    @Test
    fun screenshots() {
        writeAppScreenshots("progress-milestones") { openProgress() }
        writeAppScreenshots("progress-history") {
            openProgress()
            tab(said("progress_tab_history"))
        }
        writeAppScreenshots("progress-insights") {
            openProgress()
            tab(said("progress_tab_insights"))
        }
    }
}

fun SkikoComposeUiTest.openProgress() {
    onNode(hasText(said("nav_progress")) and hasClickAction()).performClick()
    waitForIdle()
}

fun SkikoComposeUiTest.tab(name: String) {
    onNode(hasText(name) and hasClickAction()).performClick()
    waitForIdle()
}
