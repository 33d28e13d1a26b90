// Restoring a backup, wherever it is offered (first run on a new phone, the rescue screen,
// Settings): choose the file, type its recovery code (and its passphrase, if it has one),
// restore. The core checks the whole backup before anything is replaced, so a wrong code changes
// nothing; the error shows beside the field it is about and what was typed stays.
package app.cairn.android.ui.components

import androidx.compose.foundation.layout.fillMaxWidth
import androidx.compose.foundation.layout.heightIn
import androidx.compose.material3.Button
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
import androidx.compose.ui.text.input.KeyboardType
import androidx.compose.ui.unit.dp
import app.cairn.android.ui.platform.ChosenDocument
import app.cairn.android.ui.session.CairnSession
import app.cairn.android.ui.session.Outcome
import app.cairn.android.ui.session.Problem
import app.cairn.android.ui.text.str
import kotlinx.coroutines.launch

/**
 * The restore form. [replacesData] asks first, for a store that holds data now; [onRestored]
 * gets how many records the store holds afterwards.
 */
@Composable
fun RestoreBackupForm(session: CairnSession, replacesData: Boolean, onRestored: (UInt) -> Unit = {}) {
    val scope = rememberCoroutineScope()
    // The path survives rotation; the picker's handle (to delete its copy) cannot be saved, so a
    // copy left behind by process death is only the encrypted backup in the app's cache.
    var path by rememberSaveable { mutableStateOf<String?>(null) }
    var source by remember { mutableStateOf<ChosenDocument?>(null) }
    var code by rememberSaveable { mutableStateOf("") }
    var passphrase by rememberSaveable { mutableStateOf("") }
    var asking by rememberSaveable { mutableStateOf(false) }
    var problem by remember { mutableStateOf<Problem?>(null) }

    OutlinedButton(
        onClick = {
            session.platform.documents.openDocument { chosen ->
                if (chosen != null) {
                    source?.discard()
                    source = chosen
                    path = chosen.scratchPath
                    problem = null
                }
            }
        },
        modifier = Modifier.fillMaxWidth().heightIn(min = 48.dp),
    ) { Text(str(if (path == null) "restore_choose" else "restore_choose_other")) }
    val chosen = path ?: return

    fun restore() = scope.launch {
        when (val outcome = session.restore(chosen, code.trim(), passphrase.ifEmpty { null })) {
            is Outcome.Done -> {
                source?.discard()
                source = null
                path = null
                code = ""
                passphrase = ""
                problem = null
                onRestored(outcome.value)
            }
            is Outcome.Failed -> problem = outcome.problem.let {
                // The core names only the field; whether a passphrase was typed says which case it is.
                when {
                    it.field != "passphrase" -> it
                    passphrase.isEmpty() -> it.copy(message = "restore_needs_passphrase")
                    else -> it.copy(message = "restore_passphrase_unusable")
                }
            }
        }
    }

    Text(str("restore_chosen"), style = MaterialTheme.typography.bodyLarge)
    PrivateTextField(
        value = code,
        onValueChange = { code = it },
        label = str("restore_code"),
        keyboardType = KeyboardType.Ascii,
        error = problem?.takeIf { it.field == "recovery_code" }?.let { str(it.message) },
    )
    PrivateTextField(
        value = passphrase,
        onValueChange = { passphrase = it },
        label = str("restore_passphrase"),
        secret = true,
        error = problem?.takeIf { it.field == "passphrase" }?.let { str(it.message) },
    )
    Button(
        onClick = { if (replacesData) asking = true else restore() },
        enabled = code.isNotBlank(),
        modifier = Modifier.fillMaxWidth().heightIn(min = 48.dp),
    ) { Text(str("restore_button")) }
    problem?.takeIf { it.field != "recovery_code" && it.field != "passphrase" }?.let {
        ErrorText(str(it.message))
    }
    if (asking) {
        ConfirmDialog(
            title = str("restore_replace_title"),
            confirm = str("restore_replace_confirm"),
            onConfirm = {
                asking = false
                restore()
            },
            onDismiss = { asking = false },
            destructive = true,
        ) { Text(str("restore_replace_body"), style = MaterialTheme.typography.bodyLarge) }
    }
}
