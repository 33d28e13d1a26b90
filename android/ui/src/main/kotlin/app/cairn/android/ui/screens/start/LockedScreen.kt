// Placeholder until this screen is written.
package app.cairn.android.ui.screens.start

import androidx.compose.runtime.Composable
import app.cairn.android.ui.components.ScreenScaffold
import app.cairn.android.ui.session.CairnSession
import app.cairn.android.ui.text.str

@Suppress("UNUSED_PARAMETER")
@Composable
fun LockedScreen(session: CairnSession) {
    ScreenScaffold(title = str("app_name")) {}
}
