// The lower half of Help: what the person wrote in their plan for this moment (their coping
// steps, in their own words; their reasons have their own card, under the first call) and the
// way to their people. Both lead to the full screens; an empty plan or circle invites, it does
// not scold.
package app.cairn.android.ui.screens.help

import androidx.compose.foundation.layout.Arrangement
import androidx.compose.foundation.layout.Row
import androidx.compose.foundation.layout.fillMaxWidth
import androidx.compose.foundation.layout.heightIn
import androidx.compose.material3.Button
import androidx.compose.material3.MaterialTheme
import androidx.compose.material3.OutlinedButton
import androidx.compose.material3.Text
import androidx.compose.runtime.Composable
import androidx.compose.ui.Modifier
import androidx.compose.ui.semantics.clearAndSetSemantics
import androidx.compose.ui.semantics.heading
import androidx.compose.ui.semantics.semantics
import androidx.compose.ui.unit.dp
import app.cairn.android.ui.components.SectionCard
import app.cairn.android.ui.text.plural
import app.cairn.android.ui.text.str
import app.cairn.core.PlanSection
import app.cairn.core.PreventionPlan

@Composable
fun PlanSummaryCard(plan: PreventionPlan, onOpen: () -> Unit) {
    SectionCard(title = str("help_plan_title")) {
        PlanExcerpt(str("help_plan_coping"), plan.copingSteps)
        val empty = PlanSection.entries.all { plan.items(it).isEmpty() }
        if (empty) {
            Text(str("help_plan_empty"), style = MaterialTheme.typography.bodyLarge)
            Button(onClick = onOpen, modifier = Modifier.fillMaxWidth().heightIn(min = 48.dp)) {
                Text(str("help_plan_write"))
            }
        } else {
            OutlinedButton(onClick = onOpen, modifier = Modifier.fillMaxWidth().heightIn(min = 48.dp)) {
                Text(str("help_plan_open"))
            }
        }
    }
}

/** One section of the plan under its own small heading; nothing at all when it is empty. */
@Composable
private fun PlanExcerpt(title: String, items: List<String>) {
    if (items.isEmpty()) return
    Text(
        title,
        style = MaterialTheme.typography.titleMedium,
        color = MaterialTheme.colorScheme.primary,
        modifier = Modifier.semantics { heading() },
    )
    items.forEach { item -> Bullet(item) }
}

/** A list item with a bullet that only the eye needs. */
@Composable
private fun Bullet(text: String, modifier: Modifier = Modifier) {
    Row(modifier = modifier, horizontalArrangement = Arrangement.spacedBy(12.dp)) {
        Text("•", style = MaterialTheme.typography.bodyLarge, modifier = Modifier.clearAndSetSemantics {})
        Text(text, style = MaterialTheme.typography.bodyLarge, modifier = Modifier.weight(1f))
    }
}

@Composable
fun PeopleCard(people: Int, onOpen: () -> Unit, onAdd: () -> Unit) {
    SectionCard(title = str("help_people_title")) {
        if (people == 0) {
            Text(str("help_people_empty"), style = MaterialTheme.typography.bodyLarge)
            Button(onClick = onAdd, modifier = Modifier.fillMaxWidth().heightIn(min = 48.dp)) {
                Text(str("help_people_add"))
            }
        } else {
            Text(plural("help_people_count", people), style = MaterialTheme.typography.bodyLarge)
            OutlinedButton(onClick = onOpen, modifier = Modifier.fillMaxWidth().heightIn(min = 48.dp)) {
                Text(str("help_people_open"))
            }
        }
    }
}
