// The prevention plan over a lived-in store: the six sections with the person's items, and
// adding, changing and removing an item, each read back from the core; an item the core refuses
// keeps its text and says why beside the field.
package app.cairn.android.ui.screens.help

import androidx.compose.ui.test.SkikoComposeUiTest
import androidx.compose.ui.test.assert
import androidx.compose.ui.test.hasSetTextAction
import androidx.compose.ui.test.hasText
import androidx.compose.ui.test.onNodeWithContentDescription
import androidx.compose.ui.test.onNodeWithText
import androidx.compose.ui.test.performClick
import androidx.compose.ui.test.performScrollTo
import androidx.compose.ui.test.performTextInput
import androidx.compose.ui.test.performTextReplacement
import app.cairn.android.ui.navigation.Route
import app.cairn.android.ui.testing.ScreenVariant
import app.cairn.android.ui.testing.assertAccessible
import app.cairn.android.ui.testing.core
import app.cairn.android.ui.testing.runApp
import app.cairn.android.ui.testing.writeAppScreenshots
import org.junit.Assert.assertEquals
import org.junit.Test

class PreventionPlanScreenTest {
    private fun SkikoComposeUiTest.field(label: String) = onNode(hasSetTextAction() and hasText(label))

    /** Types [item] into the safe places' field and adds it. */
    private fun SkikoComposeUiTest.addPlace(item: String) {
        field("Add a place").performScrollTo().performTextInput(item)
        onNodeWithContentDescription("Add a place").performScrollTo().performClick()
        waitForIdle()
    }

    @Test
    fun showsEverySectionWithItsItems() = runApp { app ->
        openFromHelp(app, Route.PreventionPlan)
        listOf(
            "Warning signs" to "Not sleeping",
            "Triggers to avoid" to "The station after dark",
            "Coping steps" to "Call Jordan before deciding anything",
            "Reasons to stay clean" to "Sunday mornings with my daughter",
            "People to call" to "Jordan, then Alex",
            "Safe places" to "The library on Fifth",
        ).forEach { (section, item) ->
            onNodeWithText(section).performScrollTo().assertExists()
            onNodeWithText(item).performScrollTo().assertExists()
        }
    }

    @Test
    fun addChangeAndRemoveItems() = runApp { app ->
        openFromHelp(app, Route.PreventionPlan)
        addPlace("My sister's kitchen")
        assertEquals(listOf("The library on Fifth", "My sister's kitchen"), app.core { it.preventionPlan().safePlaces })
        field("Add a place").assert(hasText("My sister's kitchen").not())

        onNodeWithContentDescription("Change: Not sleeping").performScrollTo().performClick()
        waitForIdle()
        field("Warning signs").performTextReplacement("Sleeping badly")
        onNodeWithText("Save").performClick()
        waitForIdle()
        assertEquals(listOf("Skipping meetings", "Sleeping badly"), app.core { it.preventionPlan().warningSigns })

        onNodeWithContentDescription("Remove: Skipping meetings").performScrollTo().performClick()
        waitForIdle()
        onNodeWithText("Remove this item?").assertExists()
        onNodeWithText("Remove").performClick()
        waitForIdle()
        assertEquals(listOf("Sleeping badly"), app.core { it.preventionPlan().warningSigns })
        onNodeWithText("Skipping meetings").assertDoesNotExist()
    }

    @Test
    fun aRefusedItemKeepsItsTextAndSaysWhy() = runApp { app ->
        openFromHelp(app, Route.PreventionPlan)
        addPlace("The library on Fifth")
        field("Add a place")
            .assert(hasText("That item is empty, too long, or already in this list."))
            .assert(hasText("The library on Fifth"))
        assertEquals(listOf("The library on Fifth"), app.core { it.preventionPlan().safePlaces })
    }

    @Test
    fun accessibleAtTheLargestFont() = runApp(variant = ScreenVariant.Large) { app ->
        openFromHelp(app, Route.PreventionPlan)
        assertAccessible()
    }

    @Test
    fun screenshots() {
        writeAppScreenshots("prevention-plan") { app -> openFromHelp(app, Route.PreventionPlan) }
    }
}
