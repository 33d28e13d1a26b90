// Steps the start and settings tests share: reading back what the core holds, finding a button
// by its words, picking a clean date, and exporting a backup through Settings.
package app.cairn.android.ui.screens.start

import androidx.compose.ui.semantics.SemanticsProperties
import androidx.compose.ui.test.SemanticsNodeInteraction
import androidx.compose.ui.test.SkikoComposeUiTest
import androidx.compose.ui.test.hasAnyAncestor
import androidx.compose.ui.test.hasClickAction
import androidx.compose.ui.test.hasScrollAction
import androidx.compose.ui.test.hasText
import androidx.compose.ui.test.onNodeWithTag
import androidx.compose.ui.test.onNodeWithText
import androidx.compose.ui.test.performClick
import androidx.compose.ui.test.performScrollTo
import app.cairn.android.ui.session.Outcome
import app.cairn.android.ui.testing.AppUnderTest
import app.cairn.android.ui.testing.FakePhone
import app.cairn.ffi.CairnCompanion
import kotlinx.coroutines.runBlocking
import java.io.File
import java.nio.file.Files

/** What the open store answers to [block], read through the app's own session. */
fun <T> AppUnderTest.core(block: (CairnCompanion) -> T): T = runBlocking {
    when (val outcome = session.read(block)) {
        is Outcome.Done -> outcome.value
        is Outcome.Failed -> throw AssertionError("the core refused: ${outcome.problem}")
    }
}

/** The control that says [text] (a card title with the same words is not clickable). */
fun SkikoComposeUiTest.button(text: String): SemanticsNodeInteraction = onNode(hasText(text) and hasClickAction())

/** Taps [text] (scrolled into view first when it sits in a scrolling screen) and lets the app settle. */
fun SkikoComposeUiTest.tap(text: String) {
    val scrolled = onAllNodes(hasText(text) and hasClickAction() and hasAnyAncestor(hasScrollAction()))
    if (scrolled.fetchSemanticsNodes().isNotEmpty()) button(text).performScrollTo()
    button(text).performClick()
    waitForIdle()
}

/** Opens the clean date's picker and chooses [day], as the picker names it ("Thursday, November 12, 2026"). */
fun SkikoComposeUiTest.pickCleanDate(day: String) {
    onNode(hasText("Clean date", substring = true) and hasClickAction()).performScrollTo().performClick()
    waitForIdle()
    onNodeWithText(day).performClick()
    button("Done").performClick()
    waitForIdle()
}

/** A store with settings but no journey yet, as first run left halfway would leave it. */
fun emptyStore(phone: FakePhone) {
    phone.store.openWithPlatformKey(phone.clock.zone().id).close()
}

/** Goes to Settings through the bottom bar. */
fun SkikoComposeUiTest.openSettings() = tap("Settings")

/**
 * Exports a backup from Settings; returns a copy of the file that outlives this phone's folder,
 * and the recovery code as the dialog shows it (the dialog stays open).
 */
fun SkikoComposeUiTest.exportBackup(app: AppUnderTest): Pair<File, String> {
    tap("Export a backup")
    val groups = onNodeWithTag("recovery_code").fetchSemanticsNode().config[SemanticsProperties.Text]
    val copy = Files.createTempFile("cairn-backup-", ".cairn").toFile().also { it.deleteOnExit() }
    checkNotNull(app.phone.documents.exported) { "no backup was written" }.copyTo(copy, overwrite = true)
    return copy to groups.joinToString("-") { it.text }
}
