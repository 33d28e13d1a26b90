// The person's reasons to stay clean on the screens, over the lived-in store (two reasons): Help
// shows them right under the first call and leads to the reasons screen, which adds and removes
// them through the core (a refused reason keeps its text and says why; a full list says so);
// the safety card after a use and the reach-out signals on Today and in Progress show them too,
// and the safety card keeps them across a rotation.
package app.cairn.android.ui.screens.help

import androidx.compose.runtime.saveable.SaverScope
import androidx.compose.ui.test.SkikoComposeUiTest
import androidx.compose.ui.test.assert
import androidx.compose.ui.test.hasClickAction
import androidx.compose.ui.test.hasSetTextAction
import androidx.compose.ui.test.hasText
import androidx.compose.ui.test.onNodeWithContentDescription
import androidx.compose.ui.test.onNodeWithText
import androidx.compose.ui.test.performClick
import androidx.compose.ui.test.performScrollTo
import androidx.compose.ui.test.performTextInput
import app.cairn.android.ui.navigation.Route
import app.cairn.android.ui.navigation.Top
import app.cairn.android.ui.screens.checkin.safetyCardSaver
import app.cairn.android.ui.screens.start.tap
import app.cairn.android.ui.testing.ScreenVariant
import app.cairn.android.ui.testing.assertAccessible
import app.cairn.android.ui.testing.core
import app.cairn.android.ui.testing.runApp
import app.cairn.android.ui.testing.said
import app.cairn.android.ui.testing.writeAppScreenshots
import app.cairn.core.CallAction
import app.cairn.core.SafetyAction
import app.cairn.core.SafetyActionKind
import app.cairn.core.SafetyCard
import app.cairn.core.SafetyCardLine
import app.cairn.core.SafetyTopic
import org.junit.Assert.assertEquals
import org.junit.Test

class ReasonsScreenTest {
    private val reasons = listOf("Sunday mornings with my daughter", "Being someone my friends can count on")

    private fun SkikoComposeUiTest.field() = onNode(hasSetTextAction() and hasText("A reason to stay clean"))

    private fun SkikoComposeUiTest.add(reason: String) {
        field().performScrollTo().performTextInput(reason)
        tap("Add this reason")
    }

    @Test
    fun helpShowsTheReasonsUnderTheFirstCallAndLeadsToTheirScreen() = runApp { app ->
        openHelp()
        onNodeWithText("Your reasons to stay clean").performScrollTo().assertExists()
        reasons.forEach { onNodeWithText(it).performScrollTo().assertExists() }
        tap("Change your reasons")
        assertEquals(Route.Reasons, app.navigator?.current)
        onNodeWithText("Your reasons").assertExists()
    }

    @Test
    fun anEmptyListIsAnInvitationOnHelp() = runApp(seed = { phone ->
        phone.store.openWithPlatformKey(phone.clock.zone().id).close()
    }) { app ->
        openHelp()
        tap("Write your reasons")
        onNodeWithText("No reasons written yet.").assertExists()
        add("My health")
        assertEquals(listOf("My health"), app.core { it.reasons() })
    }

    @Test
    fun addsAndRemovesThroughTheCore() = runApp { app ->
        openFromHelp(app, Route.Reasons)
        add("  Waking up clear-headed  ")
        assertEquals(reasons + "Waking up clear-headed", app.core { it.reasons() })
        field().assert(hasText("Waking up clear-headed").not())
        onNodeWithContentDescription("Remove: ${reasons[0]}").performScrollTo().performClick()
        waitForIdle()
        onNodeWithText("Remove this reason?").assertExists()
        onNode(hasText("Remove") and hasClickAction()).performClick()
        waitForIdle()
        assertEquals(listOf(reasons[1], "Waking up clear-headed"), app.core { it.reasons() })
        onNodeWithText(reasons[0]).assertDoesNotExist()
    }

    @Test
    fun aRefusedReasonKeepsItsTextAndSaysWhy() = runApp { app ->
        openFromHelp(app, Route.Reasons)
        add("sunday mornings with my daughter")
        field()
            .assert(hasText("That item is empty, too long, or already in this list."))
            .assert(hasText("sunday mornings with my daughter"))
        assertEquals(reasons, app.core { it.reasons() })
    }

    @Test
    fun aFullListSaysSo() = runApp(seed = { phone ->
        phone.store.openWithPlatformKey(phone.clock.zone().id).use { c -> (1..12).forEach { c.addReason("Reason $it") } }
    }) { app ->
        openFromHelp(app, Route.Reasons)
        add("One more")
        onNodeWithText("This list is full. Remove one to add another.").performScrollTo().assertExists()
        assertEquals(12, app.core { it.reasons() }.size)
    }

    @Test
    fun theSafetyCardShowsTheReasons() = runApp { app ->
        useToday()
        onNodeWithText("Your reasons to stay clean").performScrollTo().assertExists()
        reasons.forEach { onNodeWithText(it).performScrollTo().assertExists() }
    }

    @Test
    fun theSafetyCardKeepsTheReasonsAcrossARotation() {
        val card = SafetyCard(
            42u,
            "Your tolerance is lower now",
            listOf(SafetyCardLine(SafetyTopic.TOLERANCE, "Start low")),
            listOf(SafetyAction(SafetyActionKind.SPONSOR, CallAction("Jordan", "tel:5550104477", "sms:5550104477"))),
            reasons,
        )
        val saved = with(safetyCardSaver) { SaverScope { true }.save(card) }
        assertEquals(card, safetyCardSaver.restore(requireNotNull(saved)))
    }

    @Test
    fun theReachOutSignalsBringTheReasons() = runApp { app ->
        // The seed's last two check-ins had strong cravings: Today and Progress both suggest reaching out.
        onNodeWithText("A good moment to reach out").performScrollTo().assertExists()
        onNodeWithText(reasons[1]).performScrollTo().assertExists()
        runOnIdle { requireNotNull(app.navigator).top(Top.Progress) }
        waitForIdle()
        tap(said("progress_tab_insights"))
        onNodeWithText(reasons[0]).performScrollTo().assertExists()
    }

    @Test
    fun accessibleAtTheLargestFont() = runApp(variant = ScreenVariant.Large) { app ->
        openHelp()
        assertAccessible()
        openFromHelp(app, Route.Reasons)
        assertAccessible()
        useToday()
        assertAccessible()
    }

    @Test
    fun screenshots() {
        writeAppScreenshots("reasons") { app -> openFromHelp(app, Route.Reasons) }
        // The safety card's top is CheckInScreenTest's "safety-card"; this is its end, with the reasons.
        writeAppScreenshots("safety-card-reasons") {
            useToday()
            onNodeWithText(said("check_in_safety_done")).performScrollTo()
        }
    }
}

/** Says "used" in today's check-in, as a lapse, and saves: the safety card comes up. */
private fun SkikoComposeUiTest.useToday() {
    onNode(hasText(said("nav_check_in")) and hasClickAction()).performClick()
    waitForIdle()
    onNodeWithText(said("check_in_used_today")).performScrollTo().performClick()
    onNodeWithText(said("check_in_used_confirm")).performClick()
    onNode(hasText(said("check_in_save")) and hasClickAction()).performScrollTo().performClick()
    waitForIdle()
}
