// Lapse or relapse, as the seeds tell them apart: a single use and back on track, or a return to
// regular use. Two radio rows with a kind sentence each; used when a check-in says "used" and
// when a use is edited.
package app.cairn.android.ui.screens.checkin

import androidx.compose.foundation.layout.Arrangement
import androidx.compose.foundation.layout.Column
import androidx.compose.foundation.layout.Row
import androidx.compose.foundation.layout.fillMaxWidth
import androidx.compose.foundation.layout.heightIn
import androidx.compose.foundation.layout.padding
import androidx.compose.foundation.selection.selectable
import androidx.compose.foundation.selection.selectableGroup
import androidx.compose.material3.MaterialTheme
import androidx.compose.material3.RadioButton
import androidx.compose.material3.Text
import androidx.compose.runtime.Composable
import androidx.compose.runtime.ReadOnlyComposable
import androidx.compose.ui.Alignment
import androidx.compose.ui.Modifier
import androidx.compose.ui.semantics.Role
import androidx.compose.ui.unit.dp
import app.cairn.android.ui.text.str
import app.cairn.core.UseKind

@Composable
fun UseKindChoice(kind: UseKind, onKind: (UseKind) -> Unit, modifier: Modifier = Modifier) {
    Column(modifier.selectableGroup(), verticalArrangement = Arrangement.spacedBy(4.dp)) {
        UseKind.entries.forEach { option ->
            Row(
                modifier = Modifier
                    .fillMaxWidth()
                    .heightIn(min = 56.dp)
                    .selectable(selected = option == kind, role = Role.RadioButton, onClick = { onKind(option) })
                    .padding(vertical = 4.dp),
                verticalAlignment = Alignment.CenterVertically,
                horizontalArrangement = Arrangement.spacedBy(8.dp),
            ) {
                RadioButton(selected = option == kind, onClick = null)
                Column {
                    Text(useKindName(option), style = MaterialTheme.typography.titleMedium)
                    Text(useKindDetail(option), style = MaterialTheme.typography.bodyMedium)
                }
            }
        }
    }
}

/** "A lapse" or "A relapse". */
@Composable
@ReadOnlyComposable
fun useKindName(kind: UseKind): String = str(
    when (kind) {
        UseKind.LAPSE -> "check_in_lapse"
        UseKind.RELAPSE -> "check_in_relapse"
    },
)

/** What the kind means, in kind words. */
@Composable
@ReadOnlyComposable
fun useKindDetail(kind: UseKind): String = str(
    when (kind) {
        UseKind.LAPSE -> "check_in_lapse_detail"
        UseKind.RELAPSE -> "check_in_relapse_detail"
    },
)
