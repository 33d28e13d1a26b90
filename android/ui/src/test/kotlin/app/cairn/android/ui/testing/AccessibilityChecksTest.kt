// Proves each accessibility check fails on the mistake it exists for, names the node, and lets
// the Material components we rely on pass; a check that never fails would guard nothing.
package app.cairn.android.ui.testing

import androidx.compose.foundation.clickable
import androidx.compose.foundation.layout.Box
import androidx.compose.foundation.layout.Column
import androidx.compose.foundation.layout.fillMaxWidth
import androidx.compose.foundation.layout.height
import androidx.compose.foundation.layout.size
import androidx.compose.foundation.layout.width
import androidx.compose.foundation.lazy.LazyColumn
import androidx.compose.material.icons.Icons
import androidx.compose.material.icons.filled.Call
import androidx.compose.material3.Checkbox
import androidx.compose.material3.Icon
import androidx.compose.material3.IconButton
import androidx.compose.material3.Text
import androidx.compose.runtime.Composable
import androidx.compose.ui.Modifier
import androidx.compose.ui.platform.testTag
import androidx.compose.ui.semantics.contentDescription
import androidx.compose.ui.semantics.semantics
import androidx.compose.ui.test.SemanticsNodeInteractionsProvider
import androidx.compose.ui.text.style.TextAlign
import androidx.compose.ui.text.style.TextOverflow
import androidx.compose.ui.unit.dp
import org.junit.Assert.assertTrue
import org.junit.Test

class AccessibilityChecksTest {
    @Test
    fun iconButtonWithoutDescriptionIsUnlabelled() {
        val message = failureOf({
            IconButton(onClick = {}, modifier = Modifier.testTag("bare")) {
                Icon(Icons.Filled.Call, contentDescription = null)
            }
        }) { assertClickablesLabelled() }
        assertContains(message, "clickable without a label", "tag \"bare\"")
    }

    @Test
    fun materialControlsPassLabelAndTouchTargetChecks() {
        runOnPhone(content = {
            Column {
                IconButton(onClick = {}) { Icon(Icons.Filled.Call, contentDescription = "Call") }
                // 20 dp drawn, 48 dp reserved by minimumInteractiveComponentSize.
                Checkbox(
                    checked = true,
                    onCheckedChange = {},
                    modifier = Modifier.semantics { contentDescription = "Took medication" },
                )
            }
        }) {
            assertClickablesLabelled()
            assertTouchTargets()
        }
    }

    @Test
    fun smallClickableIsReported() {
        val message = failureOf({
            // In a Box: the phone window's Surface would stretch a direct child to the screen.
            Box { Box(Modifier.size(24.dp).clickable {}.semantics { contentDescription = "Tiny" }) }
        }) { assertTouchTargets() }
        assertContains(message, "touch target smaller than 48 x 48 dp", "description \"Tiny\"", "24 x 24 dp")
    }

    @Test
    fun missingHeadingIsReported() {
        val message = failureOf({ Text("No title here") }) { assertHasHeading() }
        assertContains(message, "no node is marked heading()")
    }

    @Test
    fun ellipsizedAndClippedTextIsReported() {
        val message = failureOf({
            Column {
                Text("Called my sponsor after the meeting", maxLines = 1,
                    overflow = TextOverflow.Ellipsis, modifier = Modifier.width(120.dp))
                Text("Cut at one line without an ellipsis", maxLines = 1, modifier = Modifier.width(120.dp))
                Text("Two lines\nin a box for one", modifier = Modifier.height(16.dp))
            }
        }) { assertNoTextCutOff() }
        assertContains(
            message,
            "3 x text cut off",
            "text \"Called my sponsor after the meeting\"",
            "text \"Cut at one line without an ellipsis\"",
            "text \"Two lines\nin a box for one\"",
        )
    }

    @Test
    fun textThatFitsIsNotReported() {
        runOnPhone(content = {
            Column {
                Text("Short")
                Text("Centred across the width", textAlign = TextAlign.Center, modifier = Modifier.fillMaxWidth())
                Text("A sentence long enough to wrap onto a second line on a phone held upright, as body text does.")
            }
        }) { assertNoTextCutOff() }
    }

    @Test
    fun textCutOffBelowTheFoldOfALazyListIsFound() {
        val message = failureOf({
            LazyColumn {
                items(60) { index ->
                    if (index == 50) {
                        Text("Item fifty does not fit", maxLines = 1,
                            overflow = TextOverflow.Ellipsis, modifier = Modifier.width(80.dp))
                    } else {
                        Text("Item $index", modifier = Modifier.height(48.dp))
                    }
                }
            }
        }) { assertNoTextCutOff() }
        assertContains(message, "1 x text cut off", "text \"Item fifty does not fit\"")
    }

    private fun failureOf(
        content: @Composable () -> Unit,
        check: SemanticsNodeInteractionsProvider.() -> Unit,
    ): String {
        var message: String? = null
        runOnPhone(content = content) {
            try {
                check()
            } catch (e: AssertionError) {
                message = e.message.orEmpty()
            }
        }
        return message ?: throw AssertionError("the check passed but should have failed")
    }

    private fun assertContains(message: String, vararg parts: String) = parts.forEach {
        assertTrue("expected \"$it\" in:\n$message", it in message)
    }
}
