// Medication taken, missed or not prescribed (medication is treatment, not use). Segmented
// buttons at usual font sizes; when the text is too large for three segments side by side,
// which would break "prescribed" mid-word, the same choice as radio rows, one under the other.
package app.cairn.android.ui.screens.checkin

import androidx.compose.foundation.layout.Arrangement
import androidx.compose.foundation.layout.Column
import androidx.compose.foundation.layout.IntrinsicSize
import androidx.compose.foundation.layout.Row
import androidx.compose.foundation.layout.fillMaxHeight
import androidx.compose.foundation.layout.fillMaxWidth
import androidx.compose.foundation.layout.height
import androidx.compose.foundation.layout.heightIn
import androidx.compose.foundation.selection.selectable
import androidx.compose.foundation.selection.selectableGroup
import androidx.compose.material3.MaterialTheme
import androidx.compose.material3.RadioButton
import androidx.compose.material3.SegmentedButton
import androidx.compose.material3.SegmentedButtonDefaults
import androidx.compose.material3.SingleChoiceSegmentedButtonRow
import androidx.compose.material3.Text
import androidx.compose.runtime.Composable
import androidx.compose.runtime.ReadOnlyComposable
import androidx.compose.ui.Alignment
import androidx.compose.ui.Modifier
import androidx.compose.ui.platform.LocalDensity
import androidx.compose.ui.semantics.Role
import androidx.compose.ui.unit.dp
import app.cairn.android.ui.text.str
import app.cairn.core.MedicationTaken

/** Above this font scale the three labels no longer fit side by side on a phone. */
private const val SEGMENTED_MAX_FONT_SCALE = 1.15f

@Composable
fun MedicationChoice(taken: MedicationTaken, onTaken: (MedicationTaken) -> Unit) {
    val options = MedicationTaken.entries
    if (LocalDensity.current.fontScale > SEGMENTED_MAX_FONT_SCALE) {
        Column(Modifier.selectableGroup()) {
            options.forEach { option ->
                Row(
                    modifier = Modifier
                        .fillMaxWidth()
                        .heightIn(min = 56.dp)
                        .selectable(selected = option == taken, role = Role.RadioButton, onClick = { onTaken(option) }),
                    verticalAlignment = Alignment.CenterVertically,
                    horizontalArrangement = Arrangement.spacedBy(8.dp),
                ) {
                    RadioButton(selected = option == taken, onClick = null)
                    Text(medicationName(option), style = MaterialTheme.typography.bodyLarge)
                }
            }
        }
        return
    }
    // One height for all three, so a label that wraps does not make its segment stick out.
    SingleChoiceSegmentedButtonRow(Modifier.fillMaxWidth().height(IntrinsicSize.Min)) {
        options.forEachIndexed { index, option ->
            SegmentedButton(
                selected = option == taken,
                onClick = { onTaken(option) },
                shape = SegmentedButtonDefaults.itemShape(index, options.size),
                modifier = Modifier.fillMaxHeight(),
            ) { Text(medicationName(option)) }
        }
    }
}

@Composable
@ReadOnlyComposable
private fun medicationName(taken: MedicationTaken): String = str(
    when (taken) {
        MedicationTaken.TAKEN -> "check_in_medication_taken"
        MedicationTaken.MISSED -> "check_in_medication_missed"
        MedicationTaken.NOT_PRESCRIBED -> "check_in_medication_not_prescribed"
    },
)
