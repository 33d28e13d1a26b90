// Tags picked by touch, plus the person's own words: the fixed ones as chips, the own ones as
// chips beside them once added, and a field to add another. Used for a check-in's triggers and
// what helped, and for a use's triggers. The core checks the words when the form is saved.
package app.cairn.android.ui.screens.checkin

import androidx.compose.foundation.layout.Row
import androidx.compose.foundation.layout.Column
import androidx.compose.foundation.layout.Arrangement
import androidx.compose.material.icons.Icons
import androidx.compose.material.icons.filled.Add
import androidx.compose.material3.FilledTonalIconButton
import androidx.compose.material3.Icon
import androidx.compose.runtime.Composable
import androidx.compose.runtime.getValue
import androidx.compose.runtime.mutableStateOf
import androidx.compose.runtime.saveable.rememberSaveable
import androidx.compose.runtime.setValue
import androidx.compose.ui.Alignment
import androidx.compose.ui.Modifier
import androidx.compose.ui.unit.dp
import app.cairn.android.ui.components.PrivateTextField
import app.cairn.android.ui.components.TagChips
import app.cairn.android.ui.text.str

/**
 * [fixed] keys always show; [selected] keys (fixed or own, in order) are ticked. [name] puts a
 * key in words; [addLabel] labels the field for own words; [error] is the core's complaint.
 */
@Composable
fun TagPicker(
    fixed: List<String>,
    selected: List<String>,
    name: @Composable (String) -> String,
    addLabel: String,
    onChange: (List<String>) -> Unit,
    error: String? = null,
) {
    val keys = fixed + selected.filter { it !in fixed }
    val byName = keys.associateBy { name(it) }
    Column(verticalArrangement = Arrangement.spacedBy(8.dp)) {
        TagChips(
            tags = byName.keys.toList(),
            selected = selected.map { name(it) }.toSet(),
            onToggle = { tag ->
                val key = byName.getValue(tag)
                onChange(if (key in selected) selected - key else selected + key)
            },
        )
        var own by rememberSaveable { mutableStateOf("") }
        val add = {
            val words = own.trim()
            if (words.isNotEmpty()) {
                // Words that name a chip tick that chip instead of doubling it.
                val key = byName.entries.firstOrNull { it.key.equals(words, ignoreCase = true) }?.value ?: words
                if (key !in selected) onChange(selected + key)
                own = ""
            }
        }
        Row(verticalAlignment = Alignment.CenterVertically, horizontalArrangement = Arrangement.spacedBy(8.dp)) {
            PrivateTextField(
                value = own,
                onValueChange = { own = it },
                label = addLabel,
                error = error,
                modifier = Modifier.weight(1f),
            )
            FilledTonalIconButton(onClick = add, enabled = own.isNotBlank()) {
                Icon(Icons.Filled.Add, contentDescription = str("check_in_tag_add"))
            }
        }
    }
}

/** What triggered a use or a craving: the same chips and the same own words on a check-in and on a use. */
@Composable
fun TriggerPicker(selected: List<String>, onChange: (List<String>) -> Unit, error: String?) {
    TagPicker(
        fixed = triggerKeys,
        selected = selected,
        name = { triggerName(it) },
        addLabel = str("check_in_own_trigger"),
        onChange = onChange,
        error = error,
    )
}
