// Placeholder until this screen is written.
package app.cairn.android.ui.screens.progress

import androidx.compose.runtime.Composable
import app.cairn.android.ui.components.ScreenScaffold
import app.cairn.android.ui.navigation.Navigator
import app.cairn.android.ui.session.CairnSession
import app.cairn.android.ui.text.str

@Suppress("UNUSED_PARAMETER")
@Composable
fun ProgressScreen(session: CairnSession, navigator: Navigator) {
    ScreenScaffold(title = str("nav_progress")) {}
}
