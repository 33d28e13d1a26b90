// Backups and deleting everything, from Settings over the lived-in store: an export writes the
// file and shows its recovery code once; importing with another backup's code (or without the
// backup's passphrase) is refused and changes nothing, with the right one it goes through;
// deleting asks for the typed word, then leaves first run with no store behind.
package app.cairn.android.ui.screens.settings

import androidx.compose.ui.test.assertIsEnabled
import androidx.compose.ui.test.assertIsNotEnabled
import androidx.compose.ui.test.onAllNodesWithText
import androidx.compose.ui.test.onNodeWithTag
import androidx.compose.ui.test.onNodeWithText
import androidx.compose.ui.test.performScrollTo
import androidx.compose.ui.test.performTextClearance
import androidx.compose.ui.test.performTextInput
import app.cairn.android.ui.screens.start.button
import app.cairn.android.ui.screens.start.exportBackup
import app.cairn.android.ui.screens.start.openSettings
import app.cairn.android.ui.screens.start.restoreBackup
import app.cairn.android.ui.screens.start.tap
import app.cairn.android.ui.testing.core
import app.cairn.android.ui.testing.runApp
import app.cairn.android.ui.testing.said
import app.cairn.android.ui.testing.writeAppScreenshots
import app.cairn.core.NewJourney
import org.junit.Assert.assertEquals
import org.junit.Assert.assertFalse
import org.junit.Assert.assertTrue
import org.junit.Test
import java.time.LocalDate

class BackupSettingsTest {
    @Test
    fun anExportWritesTheFileAndShowsItsCodeOnce() = runApp { app ->
        openSettings()
        val (_, code) = exportBackup(app)
        val exported = checkNotNull(app.phone.documents.exported)
        assertEquals("cairn-backup-2026-11-22.cairn", exported.name)
        assertTrue(exported.length() > 0)
        assertTrue(code, Regex("[0-9A-Z]{5}(-[0-9A-Z]{5}){5}").matches(code))
        tap("I wrote it down")
        onNodeWithTag("recovery_code").assertDoesNotExist()
    }

    @Test
    fun anotherBackupsCodeChangesNothingAndTheRightOneRestores() = runApp { app ->
        openSettings()
        val (_, firstCode) = exportBackup(app)
        tap("I wrote it down")
        val (second, secondCode) = exportBackup(app)
        tap("I wrote it down")
        app.phone.documents.toOpen = second
        val before = app.core { Triple(it.journeys(), it.checkins(), it.contacts()) }

        restoreBackup(firstCode)
        tap("Replace")
        onNodeWithText("That recovery code or passphrase does not open this backup.").assertExists()
        assertEquals(before, app.core { Triple(it.journeys(), it.checkins(), it.contacts()) })

        onNodeWithText("Recovery code").performScrollTo().performTextClearance()
        onNodeWithText("Recovery code").performTextInput(secondCode)
        tap("Restore")
        tap("Replace")
        onNodeWithText("That recovery code or passphrase does not open this backup.").assertDoesNotExist()
        assertEquals(before.first.map { it.cleanDate }, app.core { it.journeys() }.map { it.cleanDate })
        assertEquals(before.second.size, app.core { it.checkins() }.size)
    }

    @Test
    fun aRestoreCanBeUndoneAndWhatWasHereComesBack() = runApp { app ->
        openSettings()
        val (file, code) = exportBackup(app)
        tap("I wrote it down")
        onNodeWithText(said("settings_undo_import")).assertDoesNotExist()
        // Something written after the backup: the restore takes it away, the undo brings it back.
        app.core { it.startJourney(NewJourney("alcohol", LocalDate.of(2026, 1, 1), null), app.phone.clock.now()) }
        val before = app.core { it.journeys() }
        app.phone.documents.toOpen = file

        restoreBackup(code)
        tap("Replace")
        assertEquals(before.size - 1, app.core { it.journeys() }.size)

        tap(said("settings_undo_import"))
        tap(said("settings_undo_import_confirm"))
        assertEquals(before, app.core { it.journeys() })
        onNodeWithText(said("settings_undo_import")).assertDoesNotExist()
    }

    @Test
    fun aBackupWithAPassphraseOpensOnlyWithBoth() = runApp { app ->
        openSettings()
        tap("Also protect it with a passphrase")
        onNodeWithText("Backup passphrase").performScrollTo().performTextInput("river stones 42")
        onAllNodesWithText("The same passphrase again")[1].performScrollTo().performTextInput("river stones 42")
        val (file, code) = exportBackup(app)
        tap("I wrote it down")
        app.phone.documents.toOpen = file

        restoreBackup(code)
        tap("Replace")
        onNodeWithText("This backup was made with a passphrase. Type it here too.").assertExists()

        onNodeWithText("Backup passphrase, if it has one").performScrollTo().performTextInput("river stones 42")
        tap("Restore")
        tap("Replace")
        onNodeWithText("This backup was made with a passphrase. Type it here too.").assertDoesNotExist()
        assertEquals(LocalDate.of(2025, 3, 1), app.core { it.journeys() }.single().cleanDate)
    }

    @Test
    fun deletingAsksForTheWordThenGoesBackToFirstRun() = runApp { app ->
        openSettings()
        tap("Delete everything")
        button("Delete").assertIsNotEnabled()
        onNodeWithText("Confirming word").performTextInput("DELETE")
        button("Delete").assertIsEnabled()
        tap("Delete")
        onNodeWithText("Welcome to Cairn").assertExists()
        assertFalse(app.phone.store.exists())
    }

    @Test
    fun screenshots() {
        writeAppScreenshots("settings-export-code") {
            openSettings()
            tap(said("settings_export_button"))
        }
    }
}
