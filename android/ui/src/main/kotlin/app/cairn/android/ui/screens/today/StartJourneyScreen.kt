// "Start counting", from Today when there is no journey yet (first run was left before its
// journey step, or the person chose to begin later): the same form as first run's journey step,
// then back to Today, which shows the count.
package app.cairn.android.ui.screens.today

import androidx.compose.runtime.Composable
import app.cairn.android.ui.components.ScreenScaffold
import app.cairn.android.ui.screens.start.JourneyForm
import app.cairn.android.ui.session.CairnSession
import app.cairn.android.ui.text.str

@Composable
fun StartJourneyScreen(session: CairnSession, onBack: () -> Unit) {
    ScreenScaffold(title = str("start_journey_title"), onBack = onBack) {
        JourneyForm(session, onStarted = onBack)
    }
}
