// Who can open Cairn: the optional app lock (the phone's own biometrics or screen lock) and the
// passphrase, which opens the data if the phone's key is ever lost. The passphrase is set in
// the core; the app remembers only that one exists, so the rescue screen can offer it.
package app.cairn.android.ui.screens.settings

import androidx.compose.foundation.layout.fillMaxWidth
import androidx.compose.foundation.layout.heightIn
import androidx.compose.material3.Button
import androidx.compose.material3.HorizontalDivider
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
import app.cairn.android.ui.components.ErrorText
import app.cairn.android.ui.components.PassphraseFields
import app.cairn.android.ui.components.SectionCard
import app.cairn.android.ui.components.SwitchRow
import app.cairn.android.ui.components.matchedPassphrase
import app.cairn.android.ui.session.CairnSession
import app.cairn.android.ui.session.Outcome
import app.cairn.android.ui.session.Problem
import app.cairn.android.ui.text.str
import kotlinx.coroutines.launch

@Composable
fun PrivacyCard(session: CairnSession, hasPassphrase: Boolean) {
    SectionCard(title = str("settings_privacy_title")) {
        val lock = session.platform.appLock
        if (lock.available) {
            // The platform's flag is not Compose state: mirror it so the switch moves.
            var locked by remember { mutableStateOf(lock.enabled) }
            SwitchRow(
                label = str("settings_app_lock"),
                supportingText = str("settings_app_lock_body"),
                checked = locked,
                onCheckedChange = {
                    lock.enabled = it
                    locked = it
                },
            )
            HorizontalDivider()
        }
        PassphraseForm(session, hasPassphrase)
    }
}

@Composable
private fun PassphraseForm(session: CairnSession, hasPassphrase: Boolean) {
    val scope = rememberCoroutineScope()
    var passphrase by rememberSaveable { mutableStateOf("") }
    var repeat by rememberSaveable { mutableStateOf("") }
    var problem by remember { mutableStateOf<Problem?>(null) }
    Text(str("settings_passphrase_title"), style = MaterialTheme.typography.titleMedium)
    Text(
        str(if (hasPassphrase) "settings_passphrase_is_set" else "settings_passphrase_not_set"),
        style = MaterialTheme.typography.bodyLarge,
    )
    PassphraseFields(
        passphrase = passphrase,
        onPassphrase = { passphrase = it },
        repeat = repeat,
        onRepeat = { repeat = it },
        error = problem?.takeIf { it.field == "passphrase" }?.let { str(it.message) },
    )
    val chosen = matchedPassphrase(passphrase, repeat)
    Button(
        onClick = {
            val new = chosen ?: return@Button
            scope.launch {
                when (val outcome = session.write { it.setPassphrase(new) }) {
                    is Outcome.Done -> {
                        session.platform.store.passphraseSet = true
                        passphrase = ""
                        repeat = ""
                        problem = null
                        session.notice = "settings_passphrase_saved"
                    }
                    is Outcome.Failed -> problem = outcome.problem
                }
            }
        },
        enabled = !chosen.isNullOrEmpty(),
        modifier = Modifier.fillMaxWidth().heightIn(min = 48.dp),
    ) { Text(str(if (hasPassphrase) "settings_passphrase_change" else "settings_passphrase_set")) }
    problem?.takeIf { it.field != "passphrase" }?.let { ErrorText(str(it.message)) }
}
