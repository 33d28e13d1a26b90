// Steps the start and settings tests share: finding a button by its words, picking a clean date,
// exporting a backup through Settings, and restoring one, on the same phone or a new one.
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
import androidx.compose.ui.test.performTextInput
import app.cairn.android.ui.testing.AppUnderTest
import app.cairn.android.ui.testing.FakePhone
import app.cairn.android.ui.testing.runApp
import app.cairn.android.ui.testing.said
import java.io.File
import java.nio.file.Files

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
fun SkikoComposeUiTest.openSettings() = tap(said("nav_settings"))

/**
 * Exports a backup from Settings; returns a copy of the file that outlives this phone's folder,
 * and the recovery code as the dialog shows it (the dialog stays open).
 */
fun SkikoComposeUiTest.exportBackup(app: AppUnderTest): Pair<File, String> {
    tap(said("settings_export_button"))
    val groups = onNodeWithTag("recovery_code").fetchSemanticsNode().config[SemanticsProperties.Text]
    val copy = Files.createTempFile("cairn-backup-", ".cairn").toFile().also { it.deleteOnExit() }
    checkNotNull(app.phone.documents.exported) { "no backup was written" }.copyTo(copy, overwrite = true)
    return copy to groups.joinToString("-") { it.text }
}

/** A new phone whose file picker offers a backup of the lived-in store; and that backup's recovery code. */
fun newPhoneWithBackup(): Pair<FakePhone, String> {
    var backup: Pair<File, String>? = null
    runApp {
        openSettings()
        backup = exportBackup(it)
    }
    val (file, code) = checkNotNull(backup)
    return FakePhone().also { it.documents.toOpen = file } to code
}

/** Chooses the backup the file picker offers and restores it with [code]; over data, "Replace" comes next. */
fun SkikoComposeUiTest.restoreBackup(code: String) {
    tap("Choose a backup file")
    onNodeWithText("Recovery code").performScrollTo().performTextInput(code)
    tap("Restore")
}
