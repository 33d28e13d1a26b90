// Changing or deleting a recorded use, from the history: a wrong date, lapse rather than
// relapse, a trigger to add. The core keeps the earlier version (or the deleted use) in the audit
// trail, and the confirmation says so, so correcting the record never feels like erasing it.
package app.cairn.android.ui.screens.progress

import androidx.compose.foundation.layout.fillMaxWidth
import androidx.compose.foundation.layout.heightIn
import androidx.compose.material3.Button
import androidx.compose.material3.ButtonDefaults
import androidx.compose.material3.MaterialTheme
import androidx.compose.material3.OutlinedButton
import androidx.compose.material3.Text
import androidx.compose.runtime.Composable
import androidx.compose.runtime.LaunchedEffect
import androidx.compose.runtime.getValue
import androidx.compose.runtime.mutableStateOf
import androidx.compose.runtime.remember
import androidx.compose.runtime.rememberCoroutineScope
import androidx.compose.runtime.saveable.rememberSaveable
import androidx.compose.runtime.setValue
import androidx.compose.ui.Modifier
import androidx.compose.ui.unit.dp
import app.cairn.android.ui.components.ConfirmDialog
import app.cairn.android.ui.components.FieldError
import app.cairn.android.ui.components.ScreenScaffold
import app.cairn.android.ui.session.CairnSession
import app.cairn.android.ui.session.Outcome
import app.cairn.android.ui.session.Problem
import app.cairn.android.ui.text.str
import kotlinx.coroutines.launch
import java.time.LocalDate
import java.time.LocalTime

@Composable
fun UseEditScreen(session: CairnSession, useId: String, onBack: () -> Unit) {
    val clock = session.platform.clock
    val today = LocalDate.ofInstant(clock.now(), clock.zone())
    var draft by rememberSaveable(stateSaver = UseDraft.saver) { mutableStateOf<UseDraft?>(null) }
    var deleting by rememberSaveable { mutableStateOf(false) }
    var problem by remember { mutableStateOf<Problem?>(null) }
    val scope = rememberCoroutineScope()
    // A write that succeeded says so on the snackbar and goes back to the history.
    val finished = { notice: String ->
        session.notice = notice
        onBack()
    }
    LaunchedEffect(useId) {
        if (draft != null) return@LaunchedEffect
        val found = session.read { companion -> companion.history(null, clock.now()).uses.firstOrNull { it.id == useId } }
        when (found) {
            is Outcome.Failed -> problem = found.problem
            is Outcome.Done -> found.value?.let { draft = UseDraft.of(it.event) } ?: run { problem = Problem("error_not_found") }
        }
    }
    ScreenScaffold(title = str("progress_use_edit_title"), onBack = onBack) {
        val current = draft
        if (current == null) {
            problem?.let { FieldError(str(it.message)) }
            return@ScreenScaffold
        }
        UseEditForm(current, today, LocalTime.ofInstant(clock.now(), clock.zone()), problem) { draft = it }
        problem?.takeIf { it.field !in useFields }?.let { FieldError(str(it.message)) }
        Button(
            onClick = {
                scope.launch {
                    when (val outcome = session.write { it.editUse(useId, current.toEvent(), clock.now()) }) {
                        is Outcome.Failed -> problem = outcome.problem
                        is Outcome.Done -> finished("progress_use_saved")
                    }
                }
            },
            modifier = Modifier.fillMaxWidth().heightIn(min = 56.dp),
        ) { Text(str("save")) }
        OutlinedButton(
            onClick = { deleting = true },
            modifier = Modifier.fillMaxWidth().heightIn(min = 48.dp),
            colors = ButtonDefaults.outlinedButtonColors(contentColor = MaterialTheme.colorScheme.error),
        ) { Text(str("progress_use_delete")) }
    }
    if (deleting) {
        ConfirmDialog(
            title = str("progress_use_delete_title"),
            confirm = str("delete"),
            destructive = true,
            onConfirm = {
                deleting = false
                scope.launch {
                    when (val outcome = session.write { it.deleteUse(useId, clock.now()) }) {
                        is Outcome.Failed -> problem = outcome.problem
                        is Outcome.Done -> finished("progress_use_deleted")
                    }
                }
            },
            onDismiss = { deleting = false },
        ) { Text(str("progress_use_delete_body"), style = MaterialTheme.typography.bodyLarge) }
    }
}
