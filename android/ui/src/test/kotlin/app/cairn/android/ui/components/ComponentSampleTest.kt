// Clicks through the sample screen on a phone-sized window, holds it to the accessibility rules
// at normal and largest font size, and writes its PNGs for review.
package app.cairn.android.ui.components

import androidx.compose.ui.semantics.SemanticsActions
import androidx.compose.ui.test.assert
import androidx.compose.ui.test.assertIsNotSelected
import androidx.compose.ui.test.assertIsSelected
import androidx.compose.ui.test.hasStateDescription
import androidx.compose.ui.test.onNodeWithContentDescription
import androidx.compose.ui.test.onNodeWithText
import androidx.compose.ui.test.performClick
import androidx.compose.ui.test.performScrollTo
import androidx.compose.ui.test.performSemanticsAction
import app.cairn.android.ui.testing.Phone
import app.cairn.android.ui.testing.assertAccessible
import app.cairn.android.ui.testing.runOnPhone
import app.cairn.android.ui.testing.writeScreenshots
import org.junit.Assert.assertEquals
import org.junit.Test
import javax.imageio.ImageIO

class ComponentSampleTest {
    @Test
    fun callButtonCallsOnce() {
        var calls = 0
        runOnPhone(content = { ComponentSampleScreen(onCallSponsor = { calls++ }) }) {
            onNodeWithText("Call Sam").performScrollTo().performClick()
            waitForIdle()
        }
        assertEquals(1, calls)
    }

    @Test
    fun chipsToggleTheirTag() {
        runOnPhone(content = { ComponentSampleScreen(onCallSponsor = {}) }) {
            onNodeWithText("Meeting").assertIsSelected()
            onNodeWithText("Rest").assertIsNotSelected().performScrollTo().performClick()
            onNodeWithText("Rest").assertIsSelected()
            onNodeWithText("Meeting").performClick()
            onNodeWithText("Meeting").assertIsNotSelected()
        }
    }

    @Test
    fun sliderAnnouncesItsValueInWords() {
        runOnPhone(content = { ComponentSampleScreen(onCallSponsor = {}) }) {
            val craving = onNodeWithContentDescription("Craving")
            craving.assert(hasStateDescription("3 of 10"))
            craving.performSemanticsAction(SemanticsActions.SetProgress) { it(7f) }
            craving.assert(hasStateDescription("7 of 10"))
            onNodeWithContentDescription("Mood").assert(hasStateDescription("Good"))
        }
    }

    @Test
    fun accessibleAtNormalFontSize() {
        runOnPhone(content = { ComponentSampleScreen(onCallSponsor = {}) }) { assertAccessible() }
    }

    @Test
    fun accessibleAtLargestFontSize() {
        runOnPhone(fontScale = 2f, content = { ComponentSampleScreen(onCallSponsor = {}) }) {
            assertAccessible()
        }
    }

    @Test
    fun screenshots() {
        val files = writeScreenshots("components") { ComponentSampleScreen(onCallSponsor = {}) }
        val tags = files.map { it.name.substringAfterLast('-').removeSuffix(".png") }
        assertEquals(listOf("light", "dark", "large"), tags)
        files.forEach { file ->
            val image = ImageIO.read(file)
            assertEquals("$file width", Phone.widthPx, image.width)
            assertEquals("$file height", Phone.heightPx, image.height)
        }
    }
}
