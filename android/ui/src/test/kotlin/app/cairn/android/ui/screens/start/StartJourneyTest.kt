// "Start counting" from Today over a store with no journey: the clean date goes to the core and
// Today then shows the count; the screen is accessible and photographed.
package app.cairn.android.ui.screens.start

import androidx.compose.ui.test.onNodeWithText
import app.cairn.android.ui.testing.ScreenVariant
import app.cairn.android.ui.testing.assertAccessible
import app.cairn.android.ui.testing.core
import app.cairn.android.ui.testing.runApp
import app.cairn.android.ui.testing.said
import app.cairn.android.ui.testing.writeAppScreenshots
import org.junit.Assert.assertEquals
import org.junit.Test
import java.time.LocalDate

class StartJourneyTest {
    @Test
    fun startsCountingFromToday() = runApp(seed = ::emptyStore) { app ->
        tap("Choose my clean date")
        onNodeWithText("Your clean date").assertExists()
        pickCleanDate("Thursday, November 12, 2026")
        tap("Start counting")
        onNodeWithText("10 days clean").assertExists()
        assertEquals(LocalDate.of(2026, 11, 12), app.core { it.journeys() }.single().cleanDate)
    }

    @Test
    fun accessibleAtTheLargestFont() = runApp(seed = ::emptyStore, variant = ScreenVariant.Large) {
        tap("Choose my clean date")
        assertAccessible()
    }

    @Test
    fun screenshots() {
        writeAppScreenshots("start-journey", seed = ::emptyStore) { tap(said("no_journey_start")) }
    }
}
