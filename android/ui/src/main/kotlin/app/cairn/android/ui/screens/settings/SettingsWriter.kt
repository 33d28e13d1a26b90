// Every settings card changes settings the same way: one SettingsChange through the core, which
// applies all of it or none, and the core's problem kept for the card to show under itself.
package app.cairn.android.ui.screens.settings

import androidx.compose.runtime.Composable
import androidx.compose.runtime.getValue
import androidx.compose.runtime.mutableStateOf
import androidx.compose.runtime.remember
import androidx.compose.runtime.rememberCoroutineScope
import androidx.compose.runtime.setValue
import app.cairn.android.ui.session.CairnSession
import app.cairn.android.ui.session.Outcome
import app.cairn.android.ui.session.Problem
import app.cairn.core.SettingsChange
import kotlinx.coroutines.CoroutineScope
import kotlinx.coroutines.launch

class SettingsWriter(private val session: CairnSession, private val scope: CoroutineScope) {
    /** What the core refused last time, until a change goes through. */
    var problem: Problem? by mutableStateOf(null)
        private set

    /** Applies [change]; [onDone] runs once the core has it. */
    fun change(change: SettingsChange, onDone: () -> Unit = {}) {
        scope.launch {
            when (val outcome = session.write { it.updateSettings(change) }) {
                is Outcome.Done -> {
                    problem = null
                    onDone()
                }
                is Outcome.Failed -> problem = outcome.problem
            }
        }
    }
}

@Composable
fun rememberSettingsWriter(session: CairnSession): SettingsWriter {
    val scope = rememberCoroutineScope()
    return remember(session, scope) { SettingsWriter(session, scope) }
}
