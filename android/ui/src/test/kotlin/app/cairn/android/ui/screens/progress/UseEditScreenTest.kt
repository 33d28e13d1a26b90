// Changing and deleting a use from the history: the core then holds the new version, the
// deleted use is gone from the uses, and each change adds to the audit trail, which the
// history shows again when the person comes back to it.
package app.cairn.android.ui.screens.progress

import androidx.compose.ui.test.SkikoComposeUiTest
import androidx.compose.ui.test.hasClickAction
import androidx.compose.ui.test.hasText
import androidx.compose.ui.test.onAllNodesWithText
import androidx.compose.ui.test.onNodeWithText
import androidx.compose.ui.test.performClick
import androidx.compose.ui.test.performScrollTo
import app.cairn.android.ui.testing.ScreenVariant
import app.cairn.android.ui.testing.assertAccessible
import app.cairn.android.ui.testing.core
import app.cairn.android.ui.testing.runApp
import app.cairn.android.ui.testing.said
import app.cairn.android.ui.testing.writeAppScreenshots
import app.cairn.core.AuditChange
import org.junit.Assert.assertEquals
import org.junit.Test
import java.time.LocalDate

class UseEditScreenTest {
    @Test
    fun changingAUsesDateKeepsTheOldOneInTheAudit() = runApp { app ->
        openUse(0)
        onNode(hasText("Day", substring = true) and hasClickAction()).performClick()
        onNode(hasText("October 9, 2026", substring = true) and hasClickAction()).performClick()
        onNode(hasText("Done") and hasClickAction()).performClick()
        onNode(hasText("Save") and hasClickAction()).performScrollTo().performClick()
        waitForIdle()
        val history = app.core { it.history(null, app.phone.clock.now()) }
        assertEquals(LocalDate.of(2026, 10, 9), history.uses.first().event.date)
        assertEquals(listOf(AuditChange.EDITED), history.audit.map { it.change })
        assertEquals(LocalDate.of(2026, 10, 10), history.audit.single().previous.date)
        // Back on the history tab, where the change shows.
        onNodeWithText("Changed on November 22, 2026. Before, it was:").performScrollTo().assertExists()
    }

    @Test
    fun deletingAUseKeepsItInTheAudit() = runApp { app ->
        openUse(1)
        onNode(hasText("Delete this use") and hasClickAction()).performScrollTo().performClick()
        onNode(hasText("Delete") and hasClickAction()).performClick()
        waitForIdle()
        val history = app.core { it.history(null, app.phone.clock.now()) }
        assertEquals(1, history.uses.size)
        assertEquals(listOf(AuditChange.DELETED), history.audit.map { it.change })
        assertEquals("Ran into the old crowd at the station", history.audit.single().previous.note)
        onNodeWithText("Deleted on November 22, 2026. It was:").performScrollTo().assertExists()
    }

    @Test
    fun accessibleAtTheLargestFont() = runApp(variant = ScreenVariant.Large) {
        openUse(1)
        assertAccessible()
    }

    @Test
    fun screenshots() {
        writeAppScreenshots("use-edit") { openUse(1) }
    }
}

/** Opens use [index] of the history's list (the newest is 0) for changing or deleting. */
private fun SkikoComposeUiTest.openUse(index: Int) {
    openProgress()
    tab(said("progress_tab_history"))
    onAllNodesWithText(said("progress_history_use_change"))[index].performScrollTo().performClick()
    waitForIdle()
}
