// Choices as whole rows: a switch for on or off, radio buttons for one of several. The whole row
// takes the tap, so the target is the full width and TalkBack reads the label with the control's
// state, instead of a bare control beside a text.
package app.cairn.android.ui.components

import androidx.compose.foundation.layout.Arrangement
import androidx.compose.foundation.layout.Column
import androidx.compose.foundation.layout.Row
import androidx.compose.foundation.layout.RowScope
import androidx.compose.foundation.layout.fillMaxWidth
import androidx.compose.foundation.layout.heightIn
import androidx.compose.foundation.layout.padding
import androidx.compose.foundation.selection.selectable
import androidx.compose.foundation.selection.selectableGroup
import androidx.compose.foundation.selection.toggleable
import androidx.compose.material3.MaterialTheme
import androidx.compose.material3.RadioButton
import androidx.compose.material3.Switch
import androidx.compose.material3.Text
import androidx.compose.runtime.Composable
import androidx.compose.ui.Alignment
import androidx.compose.ui.Modifier
import androidx.compose.ui.semantics.Role
import androidx.compose.ui.text.TextStyle
import androidx.compose.ui.unit.dp

/** [label] with a switch; [supportingText] says what the choice means. */
@Composable
fun SwitchRow(
    label: String,
    checked: Boolean,
    onCheckedChange: (Boolean) -> Unit,
    modifier: Modifier = Modifier,
    supportingText: String? = null,
) {
    Row(
        modifier = modifier
            .fillMaxWidth()
            .heightIn(min = 48.dp)
            .toggleable(value = checked, role = Role.Switch, onValueChange = onCheckedChange),
        horizontalArrangement = Arrangement.spacedBy(16.dp),
        verticalAlignment = Alignment.CenterVertically,
    ) {
        ChoiceText(label, supportingText, MaterialTheme.typography.titleMedium)
        // The row handles the tap; a second clickable here would be a second TalkBack stop.
        Switch(checked = checked, onCheckedChange = null)
    }
}

/**
 * [options] as radio rows in one group, so TalkBack says which of how many each is. [label] and
 * [supportingText] put an option in words; tapping the chosen option again changes nothing.
 */
@Composable
fun <T> RadioChoice(
    options: List<T>,
    selected: T,
    onSelect: (T) -> Unit,
    label: @Composable (T) -> String,
    supportingText: @Composable (T) -> String? = { null },
    labelStyle: TextStyle = MaterialTheme.typography.titleMedium,
) {
    Column(Modifier.selectableGroup()) {
        options.forEach { option ->
            RadioRow(
                label = label(option),
                selected = option == selected,
                onSelect = { if (option != selected) onSelect(option) },
                supportingText = supportingText(option),
                labelStyle = labelStyle,
            )
        }
    }
}

/**
 * One option of a choice, with a radio button and, where the choice needs it, a line that says
 * what it means. A plain list of names (roles, time zones) sets [labelStyle] to bodyLarge.
 */
@Composable
fun RadioRow(
    label: String,
    selected: Boolean,
    onSelect: () -> Unit,
    modifier: Modifier = Modifier,
    supportingText: String? = null,
    labelStyle: TextStyle = MaterialTheme.typography.titleMedium,
) {
    Row(
        modifier = modifier
            .fillMaxWidth()
            .heightIn(min = 48.dp)
            .selectable(selected = selected, role = Role.RadioButton, onClick = onSelect)
            // Room between rows, so large text does not run one choice into the next.
            .padding(vertical = 4.dp),
        horizontalArrangement = Arrangement.spacedBy(12.dp),
        verticalAlignment = Alignment.CenterVertically,
    ) {
        // As with the switch, the row takes the tap, so the button itself is only drawn.
        RadioButton(selected = selected, onClick = null)
        ChoiceText(label, supportingText, labelStyle)
    }
}

/** The words of a choice row, taking the width its control leaves. */
@Composable
private fun RowScope.ChoiceText(label: String, supportingText: String?, labelStyle: TextStyle) {
    Column(Modifier.weight(1f)) {
        Text(label, style = labelStyle)
        if (supportingText != null) {
            Text(
                supportingText,
                style = MaterialTheme.typography.bodyMedium,
                color = MaterialTheme.colorScheme.onSurfaceVariant,
            )
        }
    }
}
