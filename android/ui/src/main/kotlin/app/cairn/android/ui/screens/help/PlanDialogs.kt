// The two questions about one plan item: what it should say instead, and whether to remove it.
// Each stays open until the core has taken the change, so a refused edit keeps what was typed.
package app.cairn.android.ui.screens.help

import androidx.compose.foundation.layout.Arrangement
import androidx.compose.foundation.layout.Column
import androidx.compose.material3.MaterialTheme
import androidx.compose.material3.Text
import androidx.compose.runtime.Composable
import androidx.compose.runtime.getValue
import androidx.compose.runtime.mutableStateOf
import androidx.compose.runtime.saveable.rememberSaveable
import androidx.compose.runtime.setValue
import androidx.compose.ui.unit.dp
import app.cairn.android.ui.components.ConfirmDialog
import app.cairn.android.ui.components.PrivateTextField
import app.cairn.android.ui.text.str
import app.cairn.core.PlanChange
import app.cairn.core.PlanSection

@Composable
fun EditItemDialog(section: PlanSection, index: Int, item: String, change: ChangePlan, onClose: () -> Unit) {
    var text by rememberSaveable(section, index) { mutableStateOf(item) }
    var problem by rememberProblem(section, index)
    ConfirmDialog(
        title = str("plan_change_title"),
        confirm = str("save"),
        onDismiss = onClose,
        onConfirm = {
            change(section, PlanChange.Replace(index.toUInt(), text)) { failed ->
                problem = failed
                if (failed == null) onClose()
            }
        },
    ) {
        PrivateTextField(text, { text = it }, str(sectionWords(section).title), error = problem.about("item"), singleLine = false)
    }
}

@Composable
fun RemoveItemDialog(section: PlanSection, index: Int, item: String, change: ChangePlan, onClose: () -> Unit) {
    var problem by rememberProblem(section, index)
    ConfirmDialog(
        title = str("plan_remove_title"),
        confirm = str("plan_remove_confirm"),
        destructive = true,
        onDismiss = onClose,
        onConfirm = {
            change(section, PlanChange.Remove(index.toUInt())) { failed ->
                problem = failed
                if (failed == null) onClose()
            }
        },
    ) {
        Column(verticalArrangement = Arrangement.spacedBy(8.dp)) {
            Text(item, style = MaterialTheme.typography.bodyLarge)
            problem?.let { Text(str(it.message), color = MaterialTheme.colorScheme.error) }
        }
    }
}

