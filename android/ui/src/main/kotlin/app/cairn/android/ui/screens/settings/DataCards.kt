// Replacing or removing everything: importing a backup (which replaces what is here, so it asks
// first) and deleting everything (which asks for a typed word). Both live at the end of
// Settings, away from everyday choices.
package app.cairn.android.ui.screens.settings

import androidx.compose.material3.MaterialTheme
import androidx.compose.material3.Text
import androidx.compose.runtime.Composable
import app.cairn.android.ui.components.DeleteEverythingButton
import app.cairn.android.ui.components.RestoreBackupForm
import app.cairn.android.ui.components.SectionCard
import app.cairn.android.ui.session.CairnSession
import app.cairn.android.ui.text.str

@Composable
fun ImportCard(session: CairnSession) {
    SectionCard(title = str("settings_import_title")) {
        Text(str("settings_import_body"), style = MaterialTheme.typography.bodyLarge)
        RestoreBackupForm(session, replacesData = true, onRestored = { session.notice = "settings_import_done" })
    }
}

@Composable
fun DeleteCard(session: CairnSession) {
    SectionCard(title = str("settings_delete_title")) {
        Text(str("settings_delete_body"), style = MaterialTheme.typography.bodyLarge)
        DeleteEverythingButton(session)
    }
}
