// The app lock over the lived-in store: nothing personal shows until the phone's own lock lets
// the person in, a refusal says so calmly and stays locked, and the screen is accessible.
package app.cairn.android.ui.screens.start

import androidx.compose.ui.test.onNodeWithText
import app.cairn.android.ui.session.StoreState
import app.cairn.android.ui.testing.FakePhone
import app.cairn.android.ui.testing.ScreenVariant
import app.cairn.android.ui.testing.assertAccessible
import app.cairn.android.ui.testing.runApp
import app.cairn.android.ui.testing.seeded
import app.cairn.android.ui.testing.writeAppScreenshots
import org.junit.Assert.assertEquals
import org.junit.Test

private fun locked(phone: FakePhone) {
    seeded(phone)
    phone.appLock.enabled = true
}

class LockedTest {
    @Test
    fun showsNothingPersonalUntilUnlocked() = runApp(seed = ::locked) { app ->
        onNodeWithText("Cairn").assertExists()
        onNodeWithText("42 days clean").assertDoesNotExist()
        onNodeWithText("Call Jordan").assertDoesNotExist()
        tap("Unlock")
        onNodeWithText("42 days clean").assertExists()
        assertEquals(StoreState.Open, app.session.state)
    }

    @Test
    fun aRefusalStaysLocked() = runApp(seed = ::locked) { app ->
        app.phone.appLock.answer = false
        tap("Unlock")
        onNodeWithText("Not unlocked. Try again when you are ready.").assertExists()
        assertEquals(StoreState.Locked, app.session.state)
    }

    @Test
    fun accessibleAtTheLargestFont() = runApp(seed = ::locked, variant = ScreenVariant.Large) { assertAccessible() }

    @Test
    fun screenshots() {
        writeAppScreenshots("locked", seed = ::locked) {}
    }
}
