// One section of the prevention plan: its name, what belongs in it, the items with a change and
// a remove button each, and a field to add one more.
package app.cairn.android.ui.screens.help

import androidx.compose.foundation.layout.ColumnScope
import androidx.compose.foundation.layout.Row
import androidx.compose.foundation.layout.Spacer
import androidx.compose.foundation.layout.heightIn
import androidx.compose.foundation.layout.width
import androidx.compose.material.icons.Icons
import androidx.compose.material.icons.filled.Add
import androidx.compose.material.icons.filled.Delete
import androidx.compose.material.icons.filled.Edit
import androidx.compose.material3.HorizontalDivider
import androidx.compose.material3.Icon
import androidx.compose.material3.IconButton
import androidx.compose.material3.MaterialTheme
import androidx.compose.material3.OutlinedButton
import androidx.compose.material3.Text
import androidx.compose.runtime.Composable
import androidx.compose.runtime.getValue
import androidx.compose.runtime.mutableStateOf
import androidx.compose.runtime.saveable.rememberSaveable
import androidx.compose.runtime.setValue
import androidx.compose.ui.Alignment
import androidx.compose.ui.Modifier
import androidx.compose.ui.semantics.contentDescription
import androidx.compose.ui.semantics.semantics
import androidx.compose.ui.unit.dp
import app.cairn.android.ui.components.PrivateTextField
import app.cairn.android.ui.components.SectionCard
import app.cairn.android.ui.text.str
import app.cairn.core.PlanChange
import app.cairn.core.PlanSection

@Composable
fun PlanSectionCard(
    section: PlanSection,
    items: List<String>,
    change: ChangePlan,
    onEdit: (Int) -> Unit,
    onRemove: (Int) -> Unit,
) {
    val words = sectionWords(section)
    SectionCard(title = str(words.title)) {
        Text(str(words.hint), style = MaterialTheme.typography.bodyMedium, color = MaterialTheme.colorScheme.onSurfaceVariant)
        items.forEachIndexed { at, item ->
            HorizontalDivider()
            ItemRow(item, onEdit = { onEdit(at) }, onRemove = { onRemove(at) })
        }
        AddItem(section, words.add, change)
    }
}

@Composable
private fun ItemRow(item: String, onEdit: () -> Unit, onRemove: () -> Unit) {
    Row(verticalAlignment = Alignment.CenterVertically) {
        Text(item, style = MaterialTheme.typography.bodyLarge, modifier = Modifier.weight(1f))
        IconButton(onClick = onEdit) {
            Icon(Icons.Filled.Edit, contentDescription = str("plan_item_change", item))
        }
        IconButton(onClick = onRemove) {
            Icon(Icons.Filled.Delete, contentDescription = str("plan_item_remove", item))
        }
    }
}

/** The field for a new item; it clears once the core has kept the item, and not before. */
@Composable
private fun ColumnScope.AddItem(section: PlanSection, label: String, change: ChangePlan) {
    var text by rememberSaveable(section) { mutableStateOf("") }
    var problem by rememberProblem(section)
    val addLabel = str(label)
    PrivateTextField(text, { text = it }, addLabel, error = problem.about("item"), singleLine = false)
    OutlinedButton(
        onClick = {
            change(section, PlanChange.Add(text)) { failed ->
                problem = failed
                if (failed == null) text = ""
            }
        },
        // "Add" six times over says nothing to TalkBack; "Add a place" does.
        modifier = Modifier.align(Alignment.End).heightIn(min = 48.dp).semantics { contentDescription = addLabel },
    ) {
        Icon(Icons.Filled.Add, contentDescription = null)
        Spacer(Modifier.width(8.dp))
        Text(str("plan_add"))
    }
}
