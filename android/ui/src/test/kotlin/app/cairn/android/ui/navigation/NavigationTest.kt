// The back stack: back pops, a bottom-bar tap starts its destination afresh, back from another
// destination returns to Today before the app may close, and the stack survives the Activity
// being recreated (rotation) or the process being killed (saved state restored).
package app.cairn.android.ui.navigation

import androidx.compose.foundation.layout.fillMaxSize
import androidx.compose.material3.Surface
import androidx.compose.runtime.CompositionLocalProvider
import androidx.compose.runtime.getValue
import androidx.compose.runtime.mutableStateOf
import androidx.compose.runtime.saveable.LocalSaveableStateRegistry
import androidx.compose.runtime.saveable.SaveableStateRegistry
import androidx.compose.runtime.setValue
import androidx.compose.runtime.toMutableStateList
import androidx.compose.ui.Modifier
import androidx.compose.ui.test.runComposeUiTest
import app.cairn.android.ui.CairnApp
import app.cairn.android.ui.session.CairnSession
import app.cairn.android.ui.testing.FakePhone
import app.cairn.android.ui.testing.XmlStrings
import app.cairn.android.ui.testing.seeded
import kotlinx.coroutines.Dispatchers
import org.junit.Assert.assertEquals
import org.junit.Assert.assertFalse
import org.junit.Assert.assertTrue
import org.junit.Test

class NavigationTest {
    private fun navigator(vararg routes: Route) = Navigator(routes.toMutableList().toMutableStateList())

    @Test
    fun backPopsThenReturnsToTodayThenLetsTheAppClose() {
        val navigator = navigator(Route.Help, Route.Contacts, Route.ContactEdit("abc"))
        assertTrue(navigator.back())
        assertEquals(Route.Contacts, navigator.current)
        assertTrue(navigator.back())
        assertEquals(Route.Help, navigator.current)
        assertTrue("another destination goes back to Today first", navigator.back())
        assertEquals(Route.Today, navigator.current)
        assertFalse("at Today, back lets the system close the app", navigator.back())
    }

    @Test
    fun aBottomBarTapStartsItsDestinationAfresh() {
        val navigator = navigator(Route.Help, Route.Contacts)
        navigator.top(Top.Progress)
        assertEquals(Route.Progress, navigator.current)
        navigator.go(Route.Progress)
        assertTrue(navigator.back())
        assertEquals(Route.Today, navigator.current)
    }

    @Test
    fun everyRouteSurvivesBeingSavedAsText() {
        val routes = listOf(
            Route.Today, Route.CheckIn, Route.Help, Route.Progress, Route.Settings, Route.Contacts,
            Route.ContactEdit(null), Route.ContactEdit("0123456789abcdef0123456789abcdef"),
            Route.PreventionPlan, Route.UseEdit("fedcba98765432100123456789abcdef"), Route.StartJourney,
            Route.Savings, Route.Reasons, Route.ImportReport,
            Route.JournalEntry(null), Route.JournalEntry("00112233445566778899aabbccddeeff"),
        )
        routes.forEach { assertEquals(it, Route.fromKey(it.key)) }
        assertEquals("a key from an unknown version", Route.Today, Route.fromKey("somewhere:new"))
    }

    @Test
    fun theStackSurvivesRecreation() {
        val phone = FakePhone()
        seeded(phone)
        val session = CairnSession(phone.platform, Dispatchers.Unconfined)
        var navigator: Navigator? = null
        // What Android does on rotation or after process death: save the registry, drop the
        // composition, compose again from what was saved. The desktop test host has no registry
        // of its own, so this test provides one.
        var registry by mutableStateOf(SaveableStateRegistry(null) { true })
        var shown by mutableStateOf(true)
        try {
            runComposeUiTest {
                setContent {
                    if (shown) {
                        CompositionLocalProvider(LocalSaveableStateRegistry provides registry) {
                            Surface(Modifier.fillMaxSize()) {
                                CairnApp(session, XmlStrings(), darkTheme = false, onNavigator = { navigator = it })
                            }
                        }
                    }
                }
                waitForIdle()
                runOnIdle {
                    navigator?.top(Top.Help)
                    navigator?.go(Route.Contacts)
                }
                waitForIdle()
                val saved = registry.performSave()
                shown = false
                waitForIdle()
                registry = SaveableStateRegistry(saved) { true }
                shown = true
                waitForIdle()
                assertEquals(Route.Contacts, navigator?.current)
                runOnIdle { navigator?.back() }
                assertEquals(Route.Help, navigator?.current)
            }
        } finally {
            phone.store.delete()
        }
    }
}
