// The current streak's milestones in the set the person picks (keytags, early days, their own,
// or all): the ones reached in this streak, then the ones ahead with the days left. Below them,
// a milestone of their own can be added.
package app.cairn.android.ui.screens.progress

import androidx.compose.foundation.layout.Arrangement
import androidx.compose.foundation.layout.Column
import androidx.compose.foundation.layout.Row
import androidx.compose.foundation.layout.heightIn
import androidx.compose.material.icons.Icons
import androidx.compose.material.icons.filled.CheckCircle
import androidx.compose.material.icons.filled.DateRange
import androidx.compose.material3.Icon
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
import app.cairn.android.ui.components.SectionCard
import app.cairn.android.ui.components.TagChips
import app.cairn.android.ui.navigation.Navigator
import app.cairn.android.ui.session.CairnSession
import app.cairn.android.ui.text.mediumDate
import app.cairn.android.ui.text.plural
import app.cairn.android.ui.text.str
import app.cairn.core.Milestone
import app.cairn.core.MilestoneSet
import java.time.LocalDate

/** The set shown and its milestones. */
private data class Milestones(val set: MilestoneSet, val milestones: List<Milestone>)

@Composable
fun MilestonesTab(session: CairnSession, navigator: Navigator) {
    // Null until the person picks: then the set chosen in settings is shown.
    var chosen by rememberSaveable { mutableStateOf<MilestoneSet?>(null) }
    JourneyContent(
        session,
        navigator,
        key = chosen,
        read = { companion ->
            val set = chosen ?: companion.settings().milestoneSet
            Milestones(set, companion.milestones(null, set, session.platform.clock.now()))
        },
    ) { shown ->
        SetChooser(shown.set) { chosen = it }
        MilestoneList(shown)
        val clock = session.platform.clock
        PersonalMilestoneCard(session, LocalDate.ofInstant(clock.now(), clock.zone())) { chosen = MilestoneSet.PERSONAL }
    }
}

@Composable
private fun SetChooser(set: MilestoneSet, onSet: (MilestoneSet) -> Unit) {
    val names = MilestoneSet.entries.associateBy { str(setName(it)) }
    SectionCard(title = str("progress_milestones_which")) {
        TagChips(
            tags = names.keys.toList(),
            selected = setOf(str(setName(set))),
            onToggle = { onSet(names.getValue(it)) },
        )
    }
}

@Composable
private fun MilestoneList(shown: Milestones) {
    val (reached, ahead) = shown.milestones.partition { it.reached }
    SectionCard(title = str("progress_milestones_reached")) {
        if (reached.isEmpty()) Text(str("progress_milestones_reached_none"), style = MaterialTheme.typography.bodyLarge)
        reached.forEach { MilestoneRow(it) }
    }
    SectionCard(title = str("progress_milestones_ahead")) {
        if (ahead.isEmpty()) {
            Text(
                str(if (shown.set == MilestoneSet.PERSONAL) "progress_milestones_ahead_none_personal" else "progress_milestones_ahead_none"),
                style = MaterialTheme.typography.bodyLarge,
            )
        }
        // Keytags go on year by year for decades: the next few, and the rest on request.
        var all by rememberSaveable { mutableStateOf(false) }
        val listed = if (all) ahead else ahead.take(AHEAD_FIRST)
        listed.forEach { MilestoneRow(it) }
        if (listed.size < ahead.size) {
            TextButton(onClick = { all = true }, modifier = Modifier.heightIn(min = 48.dp)) {
                Text(plural("progress_milestones_show_all", ahead.size))
            }
        }
    }
}

private const val AHEAD_FIRST = 5

@Composable
private fun MilestoneRow(milestone: Milestone) {
    Row(horizontalArrangement = Arrangement.spacedBy(16.dp), verticalAlignment = Alignment.CenterVertically) {
        // The words say reached or not; the icon only helps the eye.
        Icon(
            if (milestone.reached) Icons.Filled.CheckCircle else Icons.Filled.DateRange,
            contentDescription = null,
            tint = if (milestone.reached) MaterialTheme.colorScheme.primary else MaterialTheme.colorScheme.onSurfaceVariant,
        )
        Column {
            Text(milestone.label, style = MaterialTheme.typography.titleMedium)
            val left = milestone.daysLeft.toInt()
            Text(
                when {
                    milestone.reached -> str("progress_milestone_reached_on", mediumDate(milestone.date))
                    else -> plural("progress_milestone_days_left", left, left, mediumDate(milestone.date))
                },
                style = MaterialTheme.typography.bodyMedium,
                color = MaterialTheme.colorScheme.onSurfaceVariant,
            )
        }
    }
}

private fun setName(set: MilestoneSet): String = when (set) {
    MilestoneSet.KEYTAGS -> "progress_milestone_set_keytags"
    MilestoneSet.EARLY -> "progress_milestone_set_early"
    MilestoneSet.PERSONAL -> "progress_milestone_set_personal"
    MilestoneSet.ALL -> "progress_milestone_set_all"
}
