// How days and milestones are counted: whether the clean date is day 0 (as NA counts, the
// default) or day 1, and which milestones are shown and celebrated. Both are the core's rules;
// these cards only say them in words and pass the choice on.
package app.cairn.android.ui.screens.settings

import androidx.compose.material3.MaterialTheme
import androidx.compose.material3.Text
import androidx.compose.runtime.Composable
import app.cairn.android.ui.components.ErrorText
import app.cairn.android.ui.components.RadioChoice
import app.cairn.android.ui.components.SectionCard
import app.cairn.android.ui.text.str
import app.cairn.core.DayCounting
import app.cairn.core.MilestoneSet
import app.cairn.core.SettingsChange

@Composable
fun DayCountingCard(counting: DayCounting, writer: SettingsWriter) {
    SectionCard(title = str("settings_counting_title")) {
        Text(str("settings_counting_body"), style = MaterialTheme.typography.bodyLarge)
        RadioChoice(
            options = DayCounting.entries,
            selected = counting,
            onSelect = { writer.change(SettingsChange(dayCounting = it)) },
            label = { str(countingWords(it).first) },
            supportingText = { str(countingWords(it).second) },
        )
        writer.problem?.let { ErrorText(str(it.message)) }
    }
}

@Composable
fun MilestoneSetCard(set: MilestoneSet, writer: SettingsWriter) {
    SectionCard(title = str("settings_milestones_title")) {
        RadioChoice(
            options = MilestoneSet.entries,
            selected = set,
            onSelect = { writer.change(SettingsChange(milestoneSet = it)) },
            label = { str(setWords(it).first) },
            supportingText = { str(setWords(it).second) },
        )
        writer.problem?.let { ErrorText(str(it.message)) }
    }
}

/** The string names of a way of counting and of what it means. */
private fun countingWords(counting: DayCounting): Pair<String, String> = when (counting) {
    DayCounting.CLEAN_DATE_IS_DAY_ZERO -> "settings_counting_zero" to "settings_counting_zero_body"
    DayCounting.CLEAN_DATE_IS_DAY_ONE -> "settings_counting_one" to "settings_counting_one_body"
}

/** The string names of a milestone set and of what it holds. */
private fun setWords(set: MilestoneSet): Pair<String, String> = when (set) {
    MilestoneSet.KEYTAGS -> "settings_milestones_keytags" to "settings_milestones_keytags_body"
    MilestoneSet.EARLY -> "settings_milestones_early" to "settings_milestones_early_body"
    MilestoneSet.PERSONAL -> "settings_milestones_personal" to "settings_milestones_personal_body"
    MilestoneSet.ALL -> "settings_milestones_all" to "settings_milestones_all_body"
}
