// Settings' import from another app, clicked through over the lived-in store with the real
// Quitter and Sobriety exports the core's tests read: the report says what came in, a second
// import adds nothing, the wrong app's file and a file that is no export are refused in words and
// change nothing, and the picker's copy is discarded every time.
package app.cairn.android.ui.screens.settings

import androidx.compose.ui.test.SkikoComposeUiTest
import androidx.compose.ui.test.onNodeWithText
import androidx.compose.ui.test.performScrollTo
import app.cairn.android.ui.navigation.Route
import app.cairn.android.ui.screens.start.openSettings
import app.cairn.android.ui.screens.start.tap
import app.cairn.android.ui.testing.AppUnderTest
import app.cairn.android.ui.testing.core
import app.cairn.android.ui.testing.runApp
import app.cairn.android.ui.testing.said
import app.cairn.android.ui.testing.writeAppScreenshots
import org.junit.Assert.assertEquals
import org.junit.Assert.assertNull
import org.junit.Test
import java.io.File
import java.nio.file.Files
import java.time.LocalDate

class ImportFromSettingsTest {
    private fun fixture(name: String): File = File(System.getProperty("cairn.import.fixtures"), name)

    private fun SkikoComposeUiTest.importFrom(app: AppUnderTest, file: File, button: String) {
        app.phone.documents.toOpen = file
        openSettings()
        tap(said(button))
    }

    private fun SkikoComposeUiTest.shows(text: String) = onNodeWithText(text).performScrollTo()

    /** Everything a refused import could have touched, read through the core. */
    private fun AppUnderTest.everything() = core {
        listOf(it.journeys(), it.checkins(), it.journalEntries(), it.history(null, phone.clock.now()))
    }

    @Test
    fun aQuitterExportComesInOnceAndTheReportSaysWhat() = runApp { app ->
        val before = app.core { it.journeys() }.size
        importFrom(app, fixture("quitter-several.json"), "import_from_quitter")

        assertEquals(Route.ImportReport, checkNotNull(app.navigator).current)
        onNodeWithText(said("import_from_report_title", "Quitter")).assertExists()
        shows("4 journeys added")
        shows("4 relapses recorded as uses")
        shows("2 notes added to your journal")
        shows("Opioids")
        shows("Clean since Mar 11, 2024")
        shows("First clean date Jan 24, 2024")
        shows("Ended streaks as Cairn counts them: 44, 1 days")
        shows("As Quitter counted them: 45, 3, 1")
        shows("• Opioids: Quitter keeps no dates of relapses; they were rebuilt from the lengths it kept.")
        shows("• Times in the file carry no zone: they were read as local times in America/Chicago.")
        val opioids = app.core { c -> c.journeys().single { it.substance == "Opioids" } }
        assertEquals(LocalDate.of(2024, 1, 24), opioids.cleanDate)
        assertEquals(before + 4, app.core { it.journeys() }.size)
        assertEquals(1, app.phone.documents.discarded)

        tap(said("import_from_done"))
        assertEquals(Route.Settings, checkNotNull(app.navigator).current)
        assertNull(app.session.lastImport)

        tap(said("import_from_quitter"))
        shows(said("import_from_nothing_new"))
        assertEquals(before + 4, app.core { it.journeys() }.size)
        assertEquals(2, app.phone.documents.discarded)
    }

    @Test
    fun theReportScreenWithoutAReportGoesBack() = runApp { app ->
        // After process death the route is restored but the report, kept in memory, is gone.
        openSettings()
        checkNotNull(app.navigator).go(Route.ImportReport)
        waitForIdle()
        assertEquals(Route.Settings, checkNotNull(app.navigator).current)
    }

    @Test
    fun aSobrietyExportKeepsItsSavingsAndLeavesAPlannedSubstanceForLater() = runApp { app ->
        importFrom(app, fixture("sobriety-several.json"), "import_from_sobriety")
        onNodeWithText(said("import_from_report_title", "Sobriety")).assertExists()
        shows("\$22.50 a day not spent")
        shows("2.5 hours a day back")
        shows(said("import_from_journey_later"))
    }

    @Test
    fun aFileWhoseOnlySubstanceBeginsLaterSaysSoRatherThanNothingNew() = runApp { app ->
        val later = Files.createTempFile("cairn-later", ".json").toFile().also { it.deleteOnExit() }
        later.writeText(
            """[{"name":"Gambling","status":"Future","history":{"1925053200000":0},"priority":0,""" +
                """"daily_notes":{},"time_saving":"00:00","savings":{},"milestones":[]}]""",
        )
        importFrom(app, later, "import_from_sobriety")
        shows("0 journeys added")
        shows(said("import_from_journey_later"))
        onNodeWithText(said("import_from_nothing_new")).assertDoesNotExist()
    }

    @Test
    fun theWrongAppsFileAndAFileThatIsNoExportChangeNothing() = runApp { app ->
        val before = app.everything()
        importFrom(app, fixture("sobriety-several.json"), "import_from_quitter")
        shows(said("import_from_error_is_sobriety"))
        assertEquals(before, app.everything())

        val notAnExport = Files.createTempFile("cairn-not-an-export", ".json").toFile().also { it.deleteOnExit() }
        notAnExport.writeText("\"a shopping list\"")
        app.phone.documents.toOpen = notAnExport
        tap(said("import_from_quitter"))
        shows(said("import_from_error_not_export", "Quitter"))

        notAnExport.writeText("[{\"name\": \"Hero")
        tap(said("import_from_sobriety"))
        shows(said("import_from_error_cut_short", "Sobriety"))

        notAnExport.delete()
        tap(said("import_from_sobriety"))
        shows(said("import_from_error_unreadable"))
        assertEquals(before, app.everything())
        assertEquals(4, app.phone.documents.discarded)
    }

    @Test
    fun screenshots() {
        writeAppScreenshots("settings-import-from") { app ->
            importFrom(app, fixture("quitter-several.json"), "import_from_quitter")
        }
        writeAppScreenshots("settings-import-from-notices") { app ->
            importFrom(app, fixture("quitter-several.json"), "import_from_quitter")
            shows(said("import_from_done"))
        }
        writeAppScreenshots("settings-import-from-error") { app ->
            importFrom(app, fixture("sobriety-several.json"), "import_from_quitter")
            shows(said("import_from_error_is_sobriety"))
        }
    }
}
