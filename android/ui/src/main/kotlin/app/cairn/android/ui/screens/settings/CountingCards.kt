// How days and milestones are counted: whether the clean date is day 0 (as NA counts, the
// default) or day 1, and which milestones are shown and celebrated. Both are the core's rules;
// these cards only say them in words and pass the choice on.
package app.cairn.android.ui.screens.settings

import androidx.compose.foundation.layout.Column
import androidx.compose.foundation.selection.selectableGroup
import androidx.compose.material3.MaterialTheme
import androidx.compose.material3.Text
import androidx.compose.runtime.Composable
import androidx.compose.ui.Modifier
import app.cairn.android.ui.components.ErrorText
import app.cairn.android.ui.components.SectionCard
import app.cairn.android.ui.text.str
import app.cairn.core.DayCounting
import app.cairn.core.MilestoneSet
import app.cairn.core.SettingsChange

@Composable
fun DayCountingCard(counting: DayCounting, writer: SettingsWriter) {
    SectionCard(title = str("settings_counting_title")) {
        Text(str("settings_counting_body"), style = MaterialTheme.typography.bodyLarge)
        Column(Modifier.selectableGroup()) {
            DayCounting.entries.forEach { option ->
                val (label, meaning) = when (option) {
                    DayCounting.CLEAN_DATE_IS_DAY_ZERO -> "settings_counting_zero" to "settings_counting_zero_body"
                    DayCounting.CLEAN_DATE_IS_DAY_ONE -> "settings_counting_one" to "settings_counting_one_body"
                }
                ChoiceRow(
                    label = str(label),
                    supportingText = str(meaning),
                    selected = option == counting,
                    onSelect = { if (option != counting) writer.change(SettingsChange(dayCounting = option)) },
                )
            }
        }
        writer.problem?.let { ErrorText(str(it.message)) }
    }
}

@Composable
fun MilestoneSetCard(set: MilestoneSet, writer: SettingsWriter) {
    SectionCard(title = str("settings_milestones_title")) {
        Column(Modifier.selectableGroup()) {
            MilestoneSet.entries.forEach { option ->
                val (label, meaning) = when (option) {
                    MilestoneSet.KEYTAGS -> "settings_milestones_keytags" to "settings_milestones_keytags_body"
                    MilestoneSet.EARLY -> "settings_milestones_early" to "settings_milestones_early_body"
                    MilestoneSet.PERSONAL -> "settings_milestones_personal" to "settings_milestones_personal_body"
                    MilestoneSet.ALL -> "settings_milestones_all" to "settings_milestones_all_body"
                }
                ChoiceRow(
                    label = str(label),
                    supportingText = str(meaning),
                    selected = option == set,
                    onSelect = { if (option != set) writer.change(SettingsChange(milestoneSet = option)) },
                )
            }
        }
        writer.problem?.let { ErrorText(str(it.message)) }
    }
}
