// A milestone of the person's own: a date that matters to them (a birthday, a child's first day
// at school) or a number of clean days. The core checks it; a typed number that is not a number
// is the only thing refused here, since it cannot be handed to the core at all.
package app.cairn.android.ui.screens.progress

import androidx.compose.foundation.layout.fillMaxWidth
import androidx.compose.foundation.layout.heightIn
import androidx.compose.material3.Button
import androidx.compose.material3.MaterialTheme
import androidx.compose.material3.Text
import androidx.compose.runtime.Composable
import androidx.compose.runtime.getValue
import androidx.compose.runtime.mutableStateOf
import androidx.compose.runtime.remember
import androidx.compose.runtime.rememberCoroutineScope
import androidx.compose.runtime.saveable.rememberSaveable
import androidx.compose.runtime.setValue
import androidx.compose.ui.Modifier
import androidx.compose.ui.text.input.KeyboardType
import androidx.compose.ui.unit.dp
import app.cairn.android.ui.components.DateField
import app.cairn.android.ui.components.FieldError
import app.cairn.android.ui.components.PrivateTextField
import app.cairn.android.ui.components.SectionCard
import app.cairn.android.ui.components.TagChips
import app.cairn.android.ui.session.CairnSession
import app.cairn.android.ui.session.Outcome
import app.cairn.android.ui.session.Problem
import app.cairn.android.ui.text.str
import app.cairn.core.PersonalMilestone
import kotlinx.coroutines.launch
import java.time.LocalDate

@Composable
fun PersonalMilestoneCard(session: CairnSession, today: LocalDate, onAdded: () -> Unit) {
    var byDate by rememberSaveable { mutableStateOf(true) }
    var date by rememberSaveable { mutableStateOf(today) }
    var days by rememberSaveable { mutableStateOf("") }
    var problem by remember { mutableStateOf<Problem?>(null) }
    val scope = rememberCoroutineScope()
    SectionCard(title = str("progress_milestone_add_title")) {
        Text(str("progress_milestone_add_body"), style = MaterialTheme.typography.bodyLarge)
        val byDateName = str("progress_milestone_add_by_date")
        val byDaysName = str("progress_milestone_add_by_days")
        TagChips(
            tags = listOf(byDateName, byDaysName),
            selected = setOf(if (byDate) byDateName else byDaysName),
            onToggle = {
                byDate = it == byDateName
                problem = null
            },
        )
        val error = problem?.let { str(it.message) }
        if (byDate) {
            DateField(label = str("progress_milestone_add_date"), date = date, onDate = { date = it })
            error?.let { FieldError(it) }
        } else {
            PrivateTextField(
                value = days,
                onValueChange = { days = it },
                label = str("progress_milestone_add_days"),
                keyboardType = KeyboardType.Number,
                error = error,
            )
        }
        Button(
            onClick = {
                val milestone = if (byDate) {
                    PersonalMilestone.Date(date)
                } else {
                    days.trim().toUIntOrNull()?.let { PersonalMilestone.Days(it) }
                }
                if (milestone == null) {
                    problem = Problem("error_invalid_milestone", "personal_milestone")
                } else {
                    scope.launch {
                        when (val outcome = session.write { it.addPersonalMilestone(null, milestone) }) {
                            is Outcome.Failed -> problem = outcome.problem
                            is Outcome.Done -> {
                                problem = null
                                days = ""
                                session.notice = "progress_milestone_added"
                                onAdded()
                            }
                        }
                    }
                }
            },
            modifier = Modifier.fillMaxWidth().heightIn(min = 48.dp),
        ) { Text(str("progress_milestone_add")) }
    }
}
