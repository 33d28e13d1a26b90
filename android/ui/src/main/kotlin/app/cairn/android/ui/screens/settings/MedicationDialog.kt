// Adding or changing one medication: its name and 1 to 8 dose times, each picked with the time
// picker. The core checks the name and the times; its error shows under the name, and the
// dialog stays open with everything as typed.
package app.cairn.android.ui.screens.settings

import androidx.compose.foundation.layout.Arrangement
import androidx.compose.foundation.layout.Column
import androidx.compose.foundation.layout.Row
import androidx.compose.foundation.layout.heightIn
import androidx.compose.foundation.rememberScrollState
import androidx.compose.foundation.verticalScroll
import androidx.compose.material.icons.Icons
import androidx.compose.material.icons.filled.Close
import androidx.compose.material3.Icon
import androidx.compose.material3.IconButton
import androidx.compose.material3.MaterialTheme
import androidx.compose.material3.Text
import androidx.compose.material3.TextButton
import androidx.compose.runtime.Composable
import androidx.compose.runtime.getValue
import androidx.compose.runtime.mutableStateOf
import androidx.compose.runtime.saveable.rememberSaveable
import androidx.compose.runtime.setValue
import androidx.compose.ui.Alignment
import androidx.compose.ui.Modifier
import androidx.compose.ui.unit.dp
import app.cairn.android.ui.components.ConfirmDialog
import app.cairn.android.ui.components.PrivateTextField
import app.cairn.android.ui.components.TimeField
import app.cairn.android.ui.text.shortTime
import app.cairn.android.ui.text.str
import app.cairn.core.Medication
import java.time.LocalTime

/** The core allows this many dose times; the button to add one more goes away at it. */
private const val MAX_DOSES = 8

/** The first dose of a new medication, and the gap to the next one added. */
private val FIRST_DOSE: LocalTime = LocalTime.of(8, 0)
private const val HOURS_BETWEEN_DOSES = 4L

@Composable
fun MedicationDialog(initial: Medication?, problem: String?, onSave: (Medication) -> Unit, onDismiss: () -> Unit) {
    var name by rememberSaveable { mutableStateOf(initial?.name.orEmpty()) }
    var times by rememberSaveable { mutableStateOf(initial?.doseTimes ?: listOf(FIRST_DOSE)) }
    ConfirmDialog(
        title = str(if (initial == null) "settings_medication_add" else "settings_medication_edit_title"),
        confirm = str("save"),
        onConfirm = { onSave(Medication(name.trim(), times)) },
        onDismiss = onDismiss,
    ) {
        Column(Modifier.verticalScroll(rememberScrollState()), verticalArrangement = Arrangement.spacedBy(8.dp)) {
            PrivateTextField(
                value = name,
                onValueChange = { name = it },
                label = str("settings_medication_name"),
                error = problem,
            )
            times.forEachIndexed { index, time ->
                Row(verticalAlignment = Alignment.CenterVertically) {
                    TimeField(
                        label = str("settings_dose_label", index + 1),
                        time = time,
                        onTime = { picked -> times = times.mapIndexed { i, old -> if (i == index) picked else old } },
                        modifier = Modifier.weight(1f),
                    )
                    if (times.size > 1) {
                        IconButton(onClick = { times = times.filterIndexed { i, _ -> i != index } }) {
                            Icon(Icons.Filled.Close, contentDescription = str("settings_dose_remove", shortTime(time)))
                        }
                    }
                }
            }
            if (times.size < MAX_DOSES) {
                TextButton(
                    onClick = { times = times + (times.lastOrNull()?.plusHours(HOURS_BETWEEN_DOSES) ?: FIRST_DOSE) },
                    modifier = Modifier.heightIn(min = 48.dp),
                ) { Text(str("settings_dose_add"), style = MaterialTheme.typography.labelLarge) }
            }
        }
    }
}
