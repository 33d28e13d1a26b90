// The root of the Android UI: theme, strings and the session's state decide what is on screen:
// first run, the rescue screen when the store cannot open, the app lock, or the five
// destinations with their bottom bar. The Activity calls this from setContent and forwards the
// back gesture to the navigator it gets from [onNavigator]; [textInput] is where it wraps every
// text field in the Android interceptor that keeps the keyboard from learning what is typed.
package app.cairn.android.ui

import androidx.compose.foundation.layout.Box
import androidx.compose.foundation.layout.WindowInsets
import androidx.compose.foundation.layout.fillMaxSize
import androidx.compose.foundation.layout.padding
import androidx.compose.foundation.layout.safeDrawing
import androidx.compose.material3.CircularProgressIndicator
import androidx.compose.material3.Icon
import androidx.compose.material3.MaterialTheme
import androidx.compose.material3.NavigationBar
import androidx.compose.material3.NavigationBarItem
import androidx.compose.material3.Scaffold
import androidx.compose.material3.SnackbarHost
import androidx.compose.material3.SnackbarHostState
import androidx.compose.material3.Text
import androidx.compose.runtime.Composable
import androidx.compose.runtime.CompositionLocalProvider
import androidx.compose.runtime.LaunchedEffect
import androidx.compose.runtime.getValue
import androidx.compose.runtime.mutableStateOf
import androidx.compose.runtime.remember
import androidx.compose.runtime.saveable.rememberSaveable
import androidx.compose.runtime.saveable.rememberSaveableStateHolder
import androidx.compose.runtime.setValue
import androidx.compose.ui.Alignment
import androidx.compose.ui.Modifier
import androidx.compose.ui.text.font.FontFamily
import app.cairn.android.ui.components.CappedFontScale
import app.cairn.android.ui.navigation.Navigator
import app.cairn.android.ui.navigation.Route
import app.cairn.android.ui.navigation.Top
import app.cairn.android.ui.navigation.rememberNavigator
import app.cairn.android.ui.screens.checkin.CheckInScreen
import app.cairn.android.ui.screens.help.ContactEditScreen
import app.cairn.android.ui.screens.help.ContactsScreen
import app.cairn.android.ui.screens.help.HelpScreen
import app.cairn.android.ui.screens.help.PreventionPlanScreen
import app.cairn.android.ui.screens.journal.JournalEntryScreen
import app.cairn.android.ui.screens.help.ReasonsScreen
import app.cairn.android.ui.screens.progress.ProgressScreen
import app.cairn.android.ui.screens.progress.UseEditScreen
import app.cairn.android.ui.screens.settings.ImportReportScreen
import app.cairn.android.ui.screens.settings.SettingsScreen
import app.cairn.android.ui.screens.start.CannotOpenScreen
import app.cairn.android.ui.screens.start.FirstRunScreen
import app.cairn.android.ui.screens.start.LockedScreen
import app.cairn.android.ui.screens.today.SavingsScreen
import app.cairn.android.ui.screens.today.StartJourneyScreen
import app.cairn.android.ui.screens.today.TodayScreen
import app.cairn.android.ui.screens.topIcon
import app.cairn.android.ui.session.CairnSession
import app.cairn.android.ui.session.StoreState
import app.cairn.android.ui.text.LocalStrings
import app.cairn.android.ui.text.Strings
import app.cairn.android.ui.text.str
import app.cairn.android.ui.theme.CairnTheme
import kotlinx.coroutines.delay
import java.time.Duration
import java.time.LocalDate

@Composable
fun CairnApp(
    session: CairnSession,
    strings: Strings,
    darkTheme: Boolean,
    fontFamily: FontFamily = FontFamily.Default,
    onNavigator: (Navigator) -> Unit = {},
    textInput: @Composable (@Composable () -> Unit) -> Unit = { it() },
) {
    CompositionLocalProvider(LocalStrings provides strings) {
        CairnTheme(darkTheme = darkTheme, fontFamily = fontFamily) {
          textInput {
            LaunchedEffect(Unit) { session.start() }
            MidnightRefresh(session)
            // First run creates the store at its first step, then stays on screen for the first
            // journey and the notification question: welcoming keeps it there once the store is open.
            var welcoming by rememberSaveable { mutableStateOf(false) }
            val state = session.state
            if (state == StoreState.FirstRun || (welcoming && state == StoreState.Open)) {
                FirstRunScreen(session, onBegin = { welcoming = true }, onFinished = { welcoming = false })
            } else {
                when (state) {
                    StoreState.Starting -> Starting()
                    StoreState.Locked -> LockedScreen(session)
                    is StoreState.CannotOpen -> CannotOpenScreen(session, state.problem)
                    StoreState.FirstRun, StoreState.Open -> {
                        val navigator = rememberNavigator()
                        onNavigator(navigator)
                        Destinations(session, navigator)
                    }
                }
            }
          }
        }
    }
}

/** "Today" changes at local midnight even with the app open: reload then. */
@Composable
private fun MidnightRefresh(session: CairnSession) {
    LaunchedEffect(session) {
        while (true) {
            val clock = session.platform.clock
            val now = clock.now().atZone(clock.zone())
            val midnight = LocalDate.from(now).plusDays(1).atStartOfDay(clock.zone())
            delay(Duration.between(now, midnight).toMillis().coerceAtLeast(1_000))
            session.bump()
        }
    }
}

@Composable
private fun Starting() {
    Box(Modifier.fillMaxSize(), contentAlignment = Alignment.Center) {
        CircularProgressIndicator()
    }
}

@Composable
private fun Destinations(session: CairnSession, navigator: Navigator) {
    val snackbar = remember { SnackbarHostState() }
    val notice = session.notice
    val message = notice?.let { str(it) }
    LaunchedEffect(notice) {
        if (message != null) {
            snackbar.showSnackbar(message)
            session.notice = null
        }
    }
    Scaffold(
        contentWindowInsets = WindowInsets.safeDrawing,
        snackbarHost = { SnackbarHost(snackbar) },
        bottomBar = {
            NavigationBar {
                Top.entries.forEach { top ->
                    NavigationBarItem(
                        selected = navigator.current.top == top,
                        onClick = { navigator.top(top) },
                        icon = { Icon(topIcon(top), contentDescription = null) },
                        label = { CappedFontScale { Text(str(top.label), maxLines = 1) } },
                    )
                }
            }
        },
        containerColor = MaterialTheme.colorScheme.background,
    ) { padding ->
        Box(Modifier.padding(padding)) {
            KeptWhileStacked(navigator) { Screen(session, navigator, navigator.current) }
        }
    }
}

/**
 * A screen keeps its saveable state (a tab, a half-filled form) while a screen opened from it is
 * on top, as Navigation does, so back returns to it as it was; once it leaves the back stack, it
 * starts fresh the next time.
 */
@Composable
private fun KeptWhileStacked(navigator: Navigator, content: @Composable () -> Unit) {
    val states = rememberSaveableStateHolder()
    val stacked = navigator.keys
    val kept = remember { mutableSetOf<String>() }
    LaunchedEffect(stacked) {
        (kept - stacked.toSet()).forEach(states::removeState)
        kept.retainAll(stacked.toSet())
        kept += stacked
    }
    states.SaveableStateProvider(navigator.current.key, content)
}

@Composable
private fun Screen(session: CairnSession, navigator: Navigator, route: Route) {
    val back: () -> Unit = { navigator.back() }
    when (route) {
        Route.Today -> TodayScreen(session, navigator)
        Route.CheckIn -> CheckInScreen(session, navigator)
        Route.Help -> HelpScreen(session, navigator)
        Route.Progress -> ProgressScreen(session, navigator)
        Route.Settings -> SettingsScreen(session, navigator)
        Route.Contacts -> ContactsScreen(session, navigator, back)
        is Route.ContactEdit -> ContactEditScreen(session, route.contactId, back)
        Route.PreventionPlan -> PreventionPlanScreen(session, back)
        is Route.UseEdit -> UseEditScreen(session, route.useId, back)
        Route.StartJourney -> StartJourneyScreen(session, back)
        Route.Savings -> SavingsScreen(session, back)
        is Route.JournalEntry -> JournalEntryScreen(session, route.entryId, back)
        Route.Reasons -> ReasonsScreen(session, back)
        Route.ImportReport -> ImportReportScreen(session, back)
    }
}
