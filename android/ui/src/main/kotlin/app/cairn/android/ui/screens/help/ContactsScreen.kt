// Placeholder until this screen is written.
package app.cairn.android.ui.screens.help

import androidx.compose.runtime.Composable
import app.cairn.android.ui.components.ScreenScaffold
import app.cairn.android.ui.navigation.Navigator
import app.cairn.android.ui.session.CairnSession
import app.cairn.android.ui.text.str

@Suppress("UNUSED_PARAMETER")
@Composable
fun ContactsScreen(session: CairnSession, navigator: Navigator, onBack: () -> Unit) {
    ScreenScaffold(title = str("nav_help")) {}
}
