// Export: one encrypted file for moving Cairn to a new phone. The person picks where it goes;
// the core writes it to a scratch file that is then copied there. Its recovery code is shown
// once, in a dialog that only closes when the person says they wrote it down.
package app.cairn.android.ui.screens.settings

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
import java.time.LocalDate

@Composable
fun ExportCard(session: CairnSession) {
    val scope = rememberCoroutineScope()
    var protect by rememberSaveable { mutableStateOf(false) }
    var passphrase by rememberSaveable { mutableStateOf("") }
    var repeat by rememberSaveable { mutableStateOf("") }
    // Kept across rotation: losing it before it is written down would make the file useless.
    var code by rememberSaveable { mutableStateOf<String?>(null) }
    var problem by remember { mutableStateOf<Problem?>(null) }
    SectionCard(title = str("settings_export_title")) {
        Text(str("settings_export_body"), style = MaterialTheme.typography.bodyLarge)
        SwitchRow(
            label = str("settings_export_protect"),
            supportingText = str("settings_export_protect_body"),
            checked = protect,
            onCheckedChange = { protect = it },
        )
        if (protect) {
            PassphraseFields(
                passphrase = passphrase,
                onPassphrase = { passphrase = it },
                repeat = repeat,
                onRepeat = { repeat = it },
                label = str("settings_export_passphrase"),
                error = problem?.takeIf { it.field == "passphrase" }?.let { str(it.message) },
            )
        }
        // Without the switch, no passphrase; with it, the two fields must agree first.
        val chosen = if (protect) matchedPassphrase(passphrase, repeat)?.ifEmpty { null } else null
        Button(
            onClick = {
                val clock = session.platform.clock
                val today = LocalDate.ofInstant(clock.now(), clock.zone())
                session.platform.documents.createBackup("cairn-backup-$today.cairn") { target ->
                    if (target == null) return@createBackup
                    scope.launch {
                        when (val outcome = session.write { it.exportBackup(target.scratchPath, chosen) }) {
                            is Outcome.Done -> {
                                target.commit()
                                problem = null
                                protect = false
                                passphrase = ""
                                repeat = ""
                                code = outcome.value.recoveryCode
                            }
                            is Outcome.Failed -> {
                                target.discard()
                                problem = outcome.problem
                            }
                        }
                    }
                }
            },
            enabled = !protect || chosen != null,
            modifier = Modifier.fillMaxWidth().heightIn(min = 48.dp),
        ) { Text(str("settings_export_button")) }
        problem?.takeIf { it.field != "passphrase" }?.let { ErrorText(str(it.message)) }
    }
    code?.let { RecoveryCodeDialog(it, onWrittenDown = { code = null }) }
}
