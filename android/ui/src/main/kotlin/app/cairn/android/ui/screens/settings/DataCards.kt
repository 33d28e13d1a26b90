// Replacing or removing everything: importing a backup (which replaces what is here, so it asks
// first, and can be undone until the next import) and deleting everything (which asks for a
// typed word). Both live at the end of Settings, away from everyday choices.
package app.cairn.android.ui.screens.settings

import androidx.compose.foundation.layout.fillMaxWidth
import androidx.compose.foundation.layout.heightIn
import androidx.compose.material3.MaterialTheme
import androidx.compose.material3.OutlinedButton
import androidx.compose.material3.Text
import androidx.compose.runtime.Composable
import androidx.compose.runtime.getValue
import androidx.compose.runtime.mutableStateOf
import androidx.compose.runtime.remember
import androidx.compose.runtime.rememberCoroutineScope
import androidx.compose.runtime.saveable.rememberSaveable
import androidx.compose.runtime.setValue
import androidx.compose.ui.Modifier
import androidx.compose.ui.unit.dp
import app.cairn.android.ui.components.ConfirmDialog
import app.cairn.android.ui.components.DeleteEverythingButton
import app.cairn.android.ui.components.ErrorText
import app.cairn.android.ui.components.RestoreBackupForm
import app.cairn.android.ui.components.SectionCard
import app.cairn.android.ui.session.CairnSession
import app.cairn.android.ui.session.Outcome
import app.cairn.android.ui.session.Problem
import app.cairn.android.ui.text.str
import kotlinx.coroutines.launch

/** [canUndo]: the store the last import replaced is still kept, so the import can be undone. */
@Composable
fun ImportCard(session: CairnSession, canUndo: Boolean) {
    SectionCard(title = str("settings_import_title")) {
        Text(str("settings_import_body"), style = MaterialTheme.typography.bodyLarge)
        RestoreBackupForm(session, replacesData = true, onRestored = { session.notice = "settings_import_done" })
        if (canUndo) UndoImport(session)
    }
}

/** Brings back what the last import replaced, after asking. */
@Composable
private fun UndoImport(session: CairnSession) {
    val scope = rememberCoroutineScope()
    var asking by rememberSaveable { mutableStateOf(false) }
    var problem by remember { mutableStateOf<Problem?>(null) }
    Text(str("settings_undo_import_body"), style = MaterialTheme.typography.bodyMedium)
    OutlinedButton(
        onClick = { asking = true },
        modifier = Modifier.fillMaxWidth().heightIn(min = 48.dp),
    ) { Text(str("settings_undo_import")) }
    problem?.let { ErrorText(str(it.message)) }
    if (asking) {
        ConfirmDialog(
            title = str("settings_undo_import_title"),
            confirm = str("settings_undo_import_confirm"),
            onConfirm = {
                asking = false
                scope.launch {
                    when (val outcome = session.write { it.undoImport() }) {
                        is Outcome.Done -> {
                            problem = null
                            session.notice = "settings_undo_import_done"
                        }
                        is Outcome.Failed -> problem = outcome.problem
                    }
                }
            },
            onDismiss = { asking = false },
            destructive = true,
        ) { Text(str("settings_undo_import_confirm_body"), style = MaterialTheme.typography.bodyLarge) }
    }
}

@Composable
fun DeleteCard(session: CairnSession) {
    SectionCard(title = str("settings_delete_title")) {
        Text(str("settings_delete_body"), style = MaterialTheme.typography.bodyLarge)
        DeleteEverythingButton(session)
    }
}
