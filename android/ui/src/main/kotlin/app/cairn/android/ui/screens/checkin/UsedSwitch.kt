// "I used today": a switch, because a yes is a fact to record, not a failure to confess. Turning
// it on first asks, kindly, whether it was a lapse or a relapse; the day's earlier answer, if it
// already recorded a use, is explained instead, since that use stays in the history either way.
package app.cairn.android.ui.screens.checkin

import androidx.compose.foundation.layout.Arrangement
import androidx.compose.foundation.layout.Column
import androidx.compose.foundation.layout.heightIn
import androidx.compose.foundation.rememberScrollState
import androidx.compose.foundation.verticalScroll
import androidx.compose.material3.MaterialTheme
import androidx.compose.material3.Text
import androidx.compose.runtime.Composable
import androidx.compose.runtime.getValue
import androidx.compose.runtime.mutableStateOf
import androidx.compose.runtime.saveable.rememberSaveable
import androidx.compose.runtime.setValue
import androidx.compose.ui.Modifier
import androidx.compose.ui.unit.dp
import app.cairn.android.ui.components.ConfirmDialog
import app.cairn.android.ui.components.SwitchRow
import app.cairn.android.ui.text.str
import app.cairn.core.UseKind

@Composable
fun UsedSwitch(draft: CheckInDraft, isToday: Boolean, onDraft: (CheckInDraft) -> Unit) {
    var asking by rememberSaveable { mutableStateOf(false) }
    // The choice in the open dialog, kept apart until the person confirms it.
    var kind by rememberSaveable { mutableStateOf(draft.useKind) }
    SwitchRow(
        label = str(if (isToday) "check_in_used_today" else "check_in_used_that_day"),
        checked = draft.used,
        onCheckedChange = { on ->
            if (on && !draft.usedBefore) {
                kind = draft.useKind
                asking = true
            } else {
                onDraft(draft.copy(used = on))
            }
        },
        modifier = Modifier.heightIn(min = 56.dp),
    )
    val note = when {
        draft.usedBefore && draft.used -> str("check_in_used_recorded_already")
        draft.usedBefore -> str("check_in_used_stays_in_history")
        draft.used -> useKindDetail(draft.useKind)
        else -> null
    }
    if (note != null) Text(note, style = MaterialTheme.typography.bodyMedium)
    if (asking) {
        ConfirmDialog(
            title = str("check_in_used_confirm_title"),
            confirm = str("check_in_used_confirm"),
            onConfirm = {
                asking = false
                onDraft(draft.copy(used = true, useKind = kind))
            },
            onDismiss = { asking = false },
        ) {
            // Scrolls at the largest font sizes, where the dialog is taller than the screen.
            Column(Modifier.verticalScroll(rememberScrollState()), verticalArrangement = Arrangement.spacedBy(12.dp)) {
                Text(str("check_in_used_confirm_body"), style = MaterialTheme.typography.bodyLarge)
                UseKindChoice(kind = kind, onKind = { kind = it })
            }
        }
    }
}
