// First run, in three steps: a welcome that says what Cairn keeps and where (and offers an
// optional passphrase, or a backup from another phone), the first journey, then the question
// about notifications. The store is created at the first step; the later steps follow from
// what it holds, so leaving the app halfway comes back to the right one.
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
import app.cairn.android.ui.components.ErrorText
import app.cairn.android.ui.components.PassphraseFields
import app.cairn.android.ui.components.RestoreBackupForm
import app.cairn.android.ui.components.ScreenScaffold
import app.cairn.android.ui.components.SectionCard
import app.cairn.android.ui.components.matchedPassphrase
import app.cairn.android.ui.session.CairnSession
import app.cairn.android.ui.session.Load
import app.cairn.android.ui.session.Outcome
import app.cairn.android.ui.session.Problem
import app.cairn.android.ui.session.StoreState
import app.cairn.android.ui.session.rememberLoad
import app.cairn.android.ui.text.str
import kotlinx.coroutines.launch

/**
 * [onBegin] runs as the store is about to open (created, or restored from a backup), so the app
 * keeps this screen for the steps after it; [onFinished] hands over to Today.
 */
@Composable
fun FirstRunScreen(session: CairnSession, onBegin: () -> Unit, onFinished: () -> Unit) {
    if (session.state == StoreState.FirstRun) {
        Welcome(session, onBegin)
        return
    }
    val hasJourney by rememberLoad(session) { it.journeys().isNotEmpty() }
    when (val load = hasJourney) {
        Load.Loading -> Unit
        is Load.Failed -> ScreenScaffold(title = str("app_name")) { ErrorText(str(load.problem.message)) }
        is Load.Ready -> if (load.value) {
            NotificationStep(session, onFinished)
        } else {
            ScreenScaffold(title = str("start_journey_title")) { JourneyForm(session, onStarted = {}) }
        }
    }
}

@Composable
private fun Welcome(session: CairnSession, onBegin: () -> Unit) {
    var passphrase by rememberSaveable { mutableStateOf("") }
    var repeat by rememberSaveable { mutableStateOf("") }
    var problem by remember { mutableStateOf<Problem?>(null) }
    val scope = rememberCoroutineScope()
    ScreenScaffold(title = str("start_welcome_title")) {
        SectionCard(title = str("start_private_title")) {
            listOf("start_private_phone", "start_private_key", "start_private_offline").forEach {
                Text(str(it), style = MaterialTheme.typography.bodyLarge)
            }
        }
        SectionCard(title = str("start_passphrase_title")) {
            Text(str("start_passphrase_body"), style = MaterialTheme.typography.bodyLarge)
            PassphraseFields(
                passphrase = passphrase,
                onPassphrase = { passphrase = it },
                repeat = repeat,
                onRepeat = { repeat = it },
                label = str("start_passphrase_label"),
                error = problem?.takeIf { it.field == "passphrase" }?.let { str(it.message) },
            )
            val chosen = matchedPassphrase(passphrase, repeat)
            Button(
                onClick = {
                    onBegin()
                    scope.launch {
                        val outcome = session.create(chosen?.ifEmpty { null })
                        if (outcome is Outcome.Failed) problem = outcome.problem
                    }
                },
                enabled = chosen != null,
                modifier = Modifier.fillMaxWidth().heightIn(min = 56.dp),
            ) {
                val label = if (passphrase.isEmpty()) "start_continue_without" else "start_continue_with"
                Text(str(label), style = MaterialTheme.typography.titleMedium)
            }
            problem?.takeIf { it.field != "passphrase" }?.let { ErrorText(str(it.message)) }
        }
        SectionCard(title = str("start_restore_title")) {
            Text(str("start_restore_body"), style = MaterialTheme.typography.bodyLarge)
            RestoreBackupForm(session, replacesData = false, onRestored = { onBegin() })
        }
    }
}
