// Placeholder until this screen is written.
package app.cairn.android.ui.screens.help

import androidx.compose.runtime.Composable
import app.cairn.android.ui.components.ScreenScaffold
import app.cairn.android.ui.session.CairnSession
import app.cairn.android.ui.text.str

@Suppress("UNUSED_PARAMETER")
@Composable
fun PreventionPlanScreen(session: CairnSession, onBack: () -> Unit) {
    ScreenScaffold(title = str("nav_help")) {}
}
