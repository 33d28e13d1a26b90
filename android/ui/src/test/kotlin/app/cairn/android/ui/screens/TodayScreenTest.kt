// Today over a lived-in store: the clean time, stage and milestone are the core's, the call
// button hands the sponsor's tel: link to the dialer and logs the reach-out, and the screen
// passes the accessibility checks at the largest font size. The first hours say "1 hour", not
// "1 hours", and a Spanish phone reads the same screen in Spanish.
package app.cairn.android.ui.screens

import androidx.compose.ui.test.onNodeWithText
import androidx.compose.ui.test.performClick
import androidx.compose.ui.test.performScrollTo
import app.cairn.android.ui.testing.FakePhone
import app.cairn.android.ui.testing.ScreenVariant
import app.cairn.android.ui.testing.assertAccessible
import app.cairn.android.ui.testing.runApp
import app.cairn.android.ui.testing.writeAppScreenshots
import app.cairn.core.NewJourney
import app.cairn.core.NotificationKind
import kotlinx.coroutines.runBlocking
import org.junit.Assert.assertEquals
import org.junit.Assert.assertTrue
import org.junit.Test
import java.time.LocalDateTime

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
    fun theFirstHoursCountEachUnitWithItsOwnPlural() = runApp(seed = { cleanFor(it, minutes = 61) }) {
        onNodeWithText("1 hour and 1 minute").assertExists()
    }

    @Test
    fun aSpanishPhoneReadsTodayInSpanish() = runApp(variant = ScreenVariant.Spanish) {
        onNodeWithText("42 días limpios").assertExists()
        onNodeWithText("Etapa: Abstinencia").assertExists()
        onNodeWithText("Llamar a Jordan").performScrollTo().assertExists()
    }

    @Test
    fun theFirstHoursInSpanish() = runApp(variant = ScreenVariant.Spanish, seed = { cleanFor(it, minutes = 122) }) {
        onNodeWithText("2 horas y 2 minutos").assertExists()
    }

    @Test
    fun accessibleAtTheLargestFont() = runApp(variant = ScreenVariant.Large) { assertAccessible() }

    @Test
    fun screenshots() {
        writeAppScreenshots("today") {}
    }
}

/** A store whose only journey began [minutes] ago, at a known time, on the phone's today. */
private fun cleanFor(phone: FakePhone, minutes: Long) {
    val began = LocalDateTime.ofInstant(phone.clock.now(), phone.clock.zone()).minusMinutes(minutes)
    phone.store.openWithPlatformKey(phone.clock.zone().id).use {
        it.startJourney(NewJourney(null, began.toLocalDate(), began.toLocalTime()), phone.clock.now())
    }
}
