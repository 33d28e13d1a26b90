// Money and time not spent, from Today: what a day of using cost and how many hours it took, for
// the journey Today shows (the first one). The form is in SavingsForm.kt; this screen finds the
// journey and frames it. The core multiplies and writes the totals Today shows.
package app.cairn.android.ui.screens.today

import androidx.compose.runtime.Composable
import androidx.compose.runtime.getValue
import app.cairn.android.ui.components.ErrorText
import app.cairn.android.ui.components.Loaded
import app.cairn.android.ui.components.ScreenScaffold
import app.cairn.android.ui.session.CairnSession
import app.cairn.android.ui.session.rememberLoad
import app.cairn.android.ui.text.str

@Composable
fun SavingsScreen(session: CairnSession, onBack: () -> Unit) {
    ScreenScaffold(title = str("savings_title"), onBack = onBack) {
        // Today shows the first journey (status(null)); this edits the same one.
        val load by rememberLoad(session) { it.journeys().firstOrNull() }
        Loaded(load) { journey ->
            if (journey == null) {
                ErrorText(str("error_not_found"))
            } else {
                SavingsForm(session, journey, onBack)
            }
        }
    }
}
