// The rescue screen, when the store exists but will not open. It says what happened in plain
// words and that nothing was deleted, keeps the crisis lines in reach (they need no store), and
// offers every way back: try again, the passphrase, a backup, and last, deleting everything.
package app.cairn.android.ui.screens.start

import androidx.compose.foundation.layout.fillMaxWidth
import androidx.compose.foundation.layout.heightIn
import androidx.compose.material3.Button
import androidx.compose.material3.MaterialTheme
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
import app.cairn.android.ui.components.DeleteEverythingButton
import app.cairn.android.ui.components.PrivateTextField
import app.cairn.android.ui.components.RestoreBackupForm
import app.cairn.android.ui.components.ScreenScaffold
import app.cairn.android.ui.components.SectionCard
import app.cairn.android.ui.session.CairnSession
import app.cairn.android.ui.session.Problem
import app.cairn.android.ui.text.str
import kotlinx.coroutines.launch

/** Problems that mean the key or the data is gone for good on this phone. */
private val unreadable = setOf("error_wrong_key", "error_key_data_damaged", "error_not_a_store", "error_record_damaged")

@Composable
fun CannotOpenScreen(session: CairnSession, problem: Problem) {
    val scope = rememberCoroutineScope()
    ScreenScaffold(title = str("start_cannot_open_title")) {
        SectionCard(title = str("start_cannot_open_what")) {
            val explanation = when (problem.message) {
                "error_key_unavailable" -> str("start_cannot_open_locked")
                in unreadable -> str("start_cannot_open_unreadable")
                else -> str(problem.message)
            }
            Text(explanation, style = MaterialTheme.typography.bodyLarge)
            Text(str("start_cannot_open_nothing_deleted"), style = MaterialTheme.typography.bodyLarge)
            Button(
                onClick = { scope.launch { session.start() } },
                modifier = Modifier.fillMaxWidth().heightIn(min = 56.dp),
            ) { Text(str("retry"), style = MaterialTheme.typography.titleMedium) }
        }
        CrisisLinesCard(session.platform.dialer)
        if (session.platform.store.passphraseSet) PassphraseUnlock(session)
        SectionCard(title = str("start_cannot_open_restore_title")) {
            Text(str("start_cannot_open_restore_body"), style = MaterialTheme.typography.bodyLarge)
            RestoreBackupForm(session, replacesData = true)
        }
        SectionCard(title = str("start_cannot_open_delete_title")) {
            Text(str("start_cannot_open_delete_body"), style = MaterialTheme.typography.bodyLarge)
            DeleteEverythingButton(session)
        }
    }
}

@Composable
private fun PassphraseUnlock(session: CairnSession) {
    val scope = rememberCoroutineScope()
    var passphrase by rememberSaveable { mutableStateOf("") }
    var problem by remember { mutableStateOf<Problem?>(null) }
    SectionCard(title = str("start_cannot_open_passphrase_title")) {
        Text(str("start_cannot_open_passphrase_body"), style = MaterialTheme.typography.bodyLarge)
        PrivateTextField(
            value = passphrase,
            onValueChange = { passphrase = it },
            label = str("start_cannot_open_passphrase_label"),
            secret = true,
            error = problem?.let { str(it.message) },
        )
        Button(
            onClick = { scope.launch { problem = session.unlockWithPassphrase(passphrase) } },
            enabled = passphrase.isNotEmpty(),
            modifier = Modifier.fillMaxWidth().heightIn(min = 48.dp),
        ) { Text(str("start_cannot_open_passphrase_unlock")) }
    }
}
