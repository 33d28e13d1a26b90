// What the help-area tests share: getting to a screen the way a person would, and finding a
// contact's id in the store.
package app.cairn.android.ui.screens.help

import androidx.compose.ui.test.SkikoComposeUiTest
import androidx.compose.ui.test.hasClickAction
import androidx.compose.ui.test.hasText
import androidx.compose.ui.test.performClick
import app.cairn.android.ui.navigation.Route
import app.cairn.android.ui.testing.AppUnderTest
import app.cairn.android.ui.testing.core
import app.cairn.android.ui.testing.said

/** Taps Help in the bottom bar. */
fun SkikoComposeUiTest.openHelp() {
    onNode(hasText(said("nav_help")) and hasClickAction()).performClick()
    waitForIdle()
}

/** Opens [route] on top of Help, as its buttons do. */
fun SkikoComposeUiTest.openFromHelp(app: AppUnderTest, route: Route) {
    openHelp()
    runOnIdle { requireNotNull(app.navigator).go(route) }
    waitForIdle()
}

/** The id of the contact called [name]. */
fun AppUnderTest.contactId(name: String): String = core { c -> c.contacts().first { it.contact.name == name }.id }
