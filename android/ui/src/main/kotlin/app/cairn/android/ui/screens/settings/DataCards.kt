// Replacing or removing everything: importing a backup (which replaces what is here, so it asks
// first) and deleting everything (which asks for a typed word). Both live at the end of
// Settings, away from everyday choices.
package app.cairn.android.ui.screens.settings

import androidx.compose.foundation.layout.fillMaxWidth
import androidx.compose.foundation.layout.heightIn
import androidx.compose.material3.ButtonDefaults
import androidx.compose.material3.MaterialTheme
import androidx.compose.material3.OutlinedButton
import androidx.compose.material3.Text
import androidx.compose.runtime.Composable
import androidx.compose.runtime.getValue
import androidx.compose.runtime.mutableStateOf
import androidx.compose.runtime.rememberCoroutineScope
import androidx.compose.runtime.saveable.rememberSaveable
import androidx.compose.runtime.setValue
import androidx.compose.ui.Modifier
import androidx.compose.ui.unit.dp
import app.cairn.android.ui.components.DeleteEverythingDialog
import app.cairn.android.ui.components.RestoreBackupForm
import app.cairn.android.ui.components.SectionCard
import app.cairn.android.ui.session.CairnSession
import app.cairn.android.ui.text.str
import kotlinx.coroutines.launch

@Composable
fun ImportCard(session: CairnSession) {
    SectionCard(title = str("settings_import_title")) {
        Text(str("settings_import_body"), style = MaterialTheme.typography.bodyLarge)
        RestoreBackupForm(session, replacesData = true, onRestored = { session.notice = "settings_import_done" })
    }
}

@Composable
fun DeleteCard(session: CairnSession) {
    val scope = rememberCoroutineScope()
    var asking by rememberSaveable { mutableStateOf(false) }
    SectionCard(title = str("settings_delete_title")) {
        Text(str("settings_delete_body"), style = MaterialTheme.typography.bodyLarge)
        OutlinedButton(
            onClick = { asking = true },
            colors = ButtonDefaults.outlinedButtonColors(contentColor = MaterialTheme.colorScheme.error),
            modifier = Modifier.fillMaxWidth().heightIn(min = 48.dp),
        ) { Text(str("delete_everything_button")) }
    }
    if (asking) {
        DeleteEverythingDialog(
            onConfirm = {
                asking = false
                scope.launch { session.wipe() }
            },
            onDismiss = { asking = false },
        )
    }
}
