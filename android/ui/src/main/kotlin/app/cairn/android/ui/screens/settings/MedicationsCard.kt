// The medications with dose reminders. Medication is treatment, not use: this list only feeds
// reminders and the check-in's "took my medication". The core keeps the list whole, so every
// add, change and removal sends the full new list.
package app.cairn.android.ui.screens.settings

import androidx.compose.foundation.layout.Arrangement
import androidx.compose.foundation.layout.Column
import androidx.compose.foundation.layout.FlowRow
import androidx.compose.foundation.layout.ExperimentalLayoutApi
import androidx.compose.foundation.layout.fillMaxWidth
import androidx.compose.foundation.layout.heightIn
import androidx.compose.material3.MaterialTheme
import androidx.compose.material3.OutlinedButton
import androidx.compose.material3.Text
import androidx.compose.material3.TextButton
import androidx.compose.runtime.Composable
import androidx.compose.runtime.getValue
import androidx.compose.runtime.mutableStateOf
import androidx.compose.runtime.saveable.rememberSaveable
import androidx.compose.runtime.setValue
import androidx.compose.ui.Modifier
import androidx.compose.ui.unit.dp
import app.cairn.android.ui.components.ErrorText
import app.cairn.android.ui.components.SectionCard
import app.cairn.android.ui.text.plural
import app.cairn.android.ui.text.shortTime
import app.cairn.android.ui.text.str
import app.cairn.core.Medication
import app.cairn.core.SettingsChange

/** The index being edited in the dialog, or this for a new one. */
private const val NEW = -1

@OptIn(ExperimentalLayoutApi::class)
@Composable
fun MedicationsCard(medications: List<Medication>, writer: SettingsWriter) {
    var editing by rememberSaveable { mutableStateOf<Int?>(null) }
    SectionCard(title = str("settings_medications_title")) {
        if (medications.isEmpty()) {
            Text(str("settings_medications_none"), style = MaterialTheme.typography.bodyLarge)
        }
        medications.forEachIndexed { index, medication ->
            Column(verticalArrangement = Arrangement.spacedBy(4.dp)) {
                Text(medication.name, style = MaterialTheme.typography.titleMedium)
                val count = medication.doseTimes.size
                val times = medication.doseTimes.map { shortTime(it) }.joinToString(", ")
                Text(plural("settings_medication_doses", count, count, times), style = MaterialTheme.typography.bodyLarge)
                FlowRow(horizontalArrangement = Arrangement.spacedBy(8.dp)) {
                    TextButton(onClick = { editing = index }, modifier = Modifier.heightIn(min = 48.dp)) {
                        Text(str("settings_medication_change", medication.name))
                    }
                    TextButton(
                        onClick = {
                            writer.change(SettingsChange(medications = medications.filterIndexed { i, _ -> i != index }))
                        },
                        modifier = Modifier.heightIn(min = 48.dp),
                    ) { Text(str("settings_medication_remove", medication.name)) }
                }
            }
        }
        OutlinedButton(onClick = { editing = NEW }, modifier = Modifier.fillMaxWidth().heightIn(min = 48.dp)) {
            Text(str("settings_medication_add"))
        }
        if (editing == null) writer.problem?.let { ErrorText(str(it.message)) }
    }
    val index = editing ?: return
    MedicationDialog(
        initial = medications.getOrNull(index),
        problem = writer.problem?.let { str(it.message) },
        onSave = { medication ->
            val list = if (index == NEW) {
                medications + medication
            } else {
                medications.mapIndexed { i, old -> if (i == index) medication else old }
            }
            writer.change(SettingsChange(medications = list)) { editing = null }
        },
        onDismiss = { editing = null },
    )
}
