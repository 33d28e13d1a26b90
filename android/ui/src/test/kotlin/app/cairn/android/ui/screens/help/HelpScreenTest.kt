// Help over a lived-in store: the one large tap dials the sponsor and counts in today's
// check-in, the chain and the crisis lines dial in one tap each, a phone that cannot call says
// so, and the plan and the person's people are one tap away.
package app.cairn.android.ui.screens.help

import androidx.compose.ui.test.assertCountEquals
import androidx.compose.ui.test.hasClickAction
import androidx.compose.ui.test.hasText
import androidx.compose.ui.test.onAllNodesWithText
import androidx.compose.ui.test.onNodeWithText
import androidx.compose.ui.test.performClick
import androidx.compose.ui.test.performScrollTo
import app.cairn.android.ui.navigation.Top
import app.cairn.android.ui.testing.ScreenVariant
import app.cairn.android.ui.testing.assertAccessible
import app.cairn.android.ui.testing.core
import app.cairn.android.ui.testing.runApp
import app.cairn.android.ui.testing.writeAppScreenshots
import app.cairn.core.CheckIn
import app.cairn.core.HelpfulAction
import app.cairn.core.MedicationTaken
import app.cairn.core.UseKind
import kotlinx.coroutines.runBlocking
import org.junit.Assert.assertEquals
import org.junit.Assert.assertFalse
import org.junit.Assert.assertTrue
import org.junit.Test
import java.time.LocalDate

class HelpScreenTest {
    /** Saves a plain check-in for today and returns what it says helped. */
    private fun app.cairn.android.ui.testing.AppUnderTest.helpedToday(): List<HelpfulAction> {
        val now = phone.clock.now()
        val today = LocalDate.ofInstant(now, phone.clock.zone())
        runBlocking {
            session.write {
                it.checkIn(CheckIn(today, 3u, 2u, false, MedicationTaken.TAKEN, emptyList(), emptyList(), null), UseKind.LAPSE, false, now)
            }
        }
        return core { c -> c.checkins().first { it.date == today }.helped }
    }

    @Test
    fun oneTapCallsTheSponsorAndCountsInTodaysCheckIn() = runApp { app ->
        openHelp()
        // The first "Call Jordan" is the large button at the top.
        onAllNodesWithText("Call Jordan")[0].performClick()
        waitForIdle()
        assertEquals(listOf("tel:5550104477"), app.phone.dialer.opened)
        assertTrue(HelpfulAction.CalledSponsor in app.helpedToday())
    }

    @Test
    fun theChainIsInOrderAndEachEntryDialsInOneTap() = runApp { app ->
        openHelp()
        listOf("1. Jordan", "2. Alex", "3. Dr. Rivera's clinic", "4. 988 Suicide & Crisis Lifeline", "6. Emergency services (911)")
            .forEach { onNodeWithText(it).performScrollTo().assertExists() }
        onAllNodesWithText("Crisis line, answers 24/7").assertCountEquals(2)
        onNodeWithText("Emergency, answers 24/7").assertExists()
        onAllNodesWithText("Text Jordan")[1].performScrollTo().performClick()
        onNodeWithText("Call Alex").performScrollTo().performClick()
        waitForIdle()
        assertEquals(listOf("sms:5550104477", "tel:+15550109921"), app.phone.dialer.opened)
        // A text to the sponsor counts as reaching them; a call to the backup as reaching out.
        val helped = app.helpedToday()
        assertTrue(HelpfulAction.CalledSponsor in helped)
        assertTrue(HelpfulAction.ReachedOut in helped)
    }

    @Test
    fun crisisLinesShowTheirSourceAndDial() = runApp { app ->
        openHelp()
        onNodeWithText("Never Use Alone").performScrollTo().assertExists()
        onNodeWithText("1-800-484-3731, answers 24/7").assertExists()
        onNodeWithText("Source: streetconnections.ca", substring = true).assertExists()
        onNodeWithText("Call 1-800-484-3731").performScrollTo().performClick()
        onNodeWithText("Text 988").performScrollTo().performClick()
        waitForIdle()
        assertEquals(listOf("tel:18004843731", "sms:988"), app.phone.dialer.opened)
    }

    @Test
    fun aPhoneThatCannotCallSaysSoAndLogsNothing() = runApp { app ->
        app.phone.dialer.works = false
        openHelp()
        onAllNodesWithText("Call Jordan")[0].performClick()
        waitForIdle()
        onNodeWithText("No app on this phone can make calls", substring = true).assertExists()
        assertFalse(HelpfulAction.CalledSponsor in app.helpedToday())
    }

    @Test
    fun thePlanAndThePeopleAreOneTapAway() = runApp { app ->
        openHelp()
        onNodeWithText("Walk for twenty minutes").performScrollTo().assertExists()
        onNodeWithText("See your whole plan").performScrollTo().performClick()
        waitForIdle()
        onNodeWithText("Prevention plan").assertExists()
        runOnIdle { requireNotNull(app.navigator).back() }
        waitForIdle()
        onNodeWithText("3 people are on your list.").performScrollTo().assertExists()
        onNodeWithText("See your people").performScrollTo().performClick()
        waitForIdle()
        onNode(hasText("Add someone") and hasClickAction()).assertExists()
    }

    @Test
    fun anEmptyStoreStillOffersTheLinesAndInvitesAPlan() = runApp(seed = { phone ->
        phone.store.openWithPlatformKey(phone.clock.zone().id).close()
    }) { app ->
        openHelp()
        onNodeWithText("Write your plan").performScrollTo().assertExists()
        onNodeWithText("Add the people you would call", substring = true).performScrollTo().assertExists()
        assertTrue(app.core { it.contacts() }.isEmpty())
    }

    @Test
    fun accessibleAtTheLargestFont() = runApp(variant = ScreenVariant.Large) {
        openHelp()
        assertAccessible()
    }

    @Test
    fun screenshots() {
        writeAppScreenshots("help") { app -> runOnIdle { requireNotNull(app.navigator).top(Top.Help) } }
    }
}
