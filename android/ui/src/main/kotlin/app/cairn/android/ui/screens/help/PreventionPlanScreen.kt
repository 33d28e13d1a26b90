// The relapse-prevention plan: six sections in the person's words, each with its items, a way to
// add one, and a way to change or remove each. One change at a time goes to the core, which
// trims and checks it; a refused item keeps its text and says why beside it.
package app.cairn.android.ui.screens.help

import androidx.compose.material3.MaterialTheme
import androidx.compose.material3.Text
import androidx.compose.runtime.Composable
import androidx.compose.runtime.getValue
import androidx.compose.runtime.mutableIntStateOf
import androidx.compose.runtime.mutableStateOf
import androidx.compose.runtime.rememberCoroutineScope
import androidx.compose.runtime.saveable.rememberSaveable
import androidx.compose.runtime.setValue
import app.cairn.android.ui.components.Loaded
import app.cairn.android.ui.components.ScreenScaffold
import app.cairn.android.ui.session.CairnSession
import app.cairn.android.ui.session.Outcome
import app.cairn.android.ui.session.Problem
import app.cairn.android.ui.session.rememberLoad
import app.cairn.android.ui.text.str
import app.cairn.core.PlanChange
import app.cairn.core.PlanSection
import kotlinx.coroutines.launch

/** Sends one change to the plan; calls back with the problem, or null once it is saved. */
typealias ChangePlan = (section: PlanSection, change: PlanChange, done: (Problem?) -> Unit) -> Unit

@Composable
fun PreventionPlanScreen(session: CairnSession, onBack: () -> Unit) {
    val load by rememberLoad(session) { it.preventionPlan() }
    val scope = rememberCoroutineScope()
    val change: ChangePlan = { section, planChange, done ->
        scope.launch {
            when (val outcome = session.write { it.editPreventionPlan(section, planChange) }) {
                is Outcome.Done -> done(null)
                is Outcome.Failed -> done(outcome.problem)
            }
        }
    }
    // Which item a dialog is open for (section name and index), kept across rotation.
    var editing by rememberSaveable { mutableStateOf<String?>(null) }
    var removing by rememberSaveable { mutableStateOf<String?>(null) }
    var index by rememberSaveable { mutableIntStateOf(0) }
    ScreenScaffold(title = str("plan_title"), onBack = onBack) {
        Loaded(load) { plan ->
            Text(str("plan_body"), style = MaterialTheme.typography.bodyLarge)
            PlanSection.entries.forEach { section ->
                PlanSectionCard(
                    section = section,
                    items = plan.items(section),
                    change = change,
                    onEdit = { at ->
                        index = at
                        editing = section.name
                    },
                    onRemove = { at ->
                        index = at
                        removing = section.name
                    },
                )
            }
            val editSection = editing?.let(PlanSection::valueOf)
            val editItem = editSection?.let { plan.items(it).getOrNull(index) }
            if (editSection != null && editItem != null) {
                EditItemDialog(editSection, index, editItem, change) { editing = null }
            }
            val removeSection = removing?.let(PlanSection::valueOf)
            val removeItem = removeSection?.let { plan.items(it).getOrNull(index) }
            if (removeSection != null && removeItem != null) {
                RemoveItemDialog(removeSection, index, removeItem, change) { removing = null }
            }
        }
    }
}
