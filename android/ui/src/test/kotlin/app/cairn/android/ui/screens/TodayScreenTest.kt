// Today over a lived-in store: the clean time, stage and milestone are the core's, the call
// button hands the sponsor's tel: link to the dialer and logs the reach-out, and the screen
// passes the accessibility checks at the largest font size.
package app.cairn.android.ui.screens

import androidx.compose.ui.test.onNodeWithText
import androidx.compose.ui.test.performClick
import androidx.compose.ui.test.performScrollTo
import app.cairn.android.ui.testing.ScreenVariant
import app.cairn.android.ui.testing.assertAccessible
import app.cairn.android.ui.testing.runApp
import app.cairn.android.ui.testing.writeAppScreenshots
import app.cairn.core.NotificationKind
import kotlinx.coroutines.runBlocking
import org.junit.Assert.assertEquals
import org.junit.Assert.assertTrue
import org.junit.Test

class TodayScreenTest {
    @Test
    fun showsTheStreakAndCallsTheSponsor() = runApp { app ->
        onNodeWithText("42 days clean").assertExists()
        onNodeWithText("Stage: Abstinence").assertExists()
        onNodeWithText("Call Jordan").performScrollTo().performClick()
        waitForIdle()
        assertEquals(listOf("tel:5550104477"), app.phone.dialer.opened)
    }

    @Test
    fun openingArmsTheWholePlanAndACheckInReplansIt() = runApp { app ->
        val scheduled = app.phone.notifications.scheduled
        assertTrue("the plan is scheduled on open", scheduled.values.any { it.kind == NotificationKind.CHECK_IN_REMINDER })
        app.phone.notifications.scheduled.clear() // a force-stop: alarms gone, ids forgotten
        runBlocking { app.session.stop() }
        runBlocking { app.session.start() }
        waitForIdle()
        assertTrue("re-armed on the next open", scheduled.isNotEmpty())
    }

    @Test
    fun accessibleAtTheLargestFont() = runApp(variant = ScreenVariant.Large) { assertAccessible() }

    @Test
    fun screenshots() {
        writeAppScreenshots("today") {}
    }
}
