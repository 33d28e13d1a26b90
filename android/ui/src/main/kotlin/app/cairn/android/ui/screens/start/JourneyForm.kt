// The first journey's form, shared by first run and by "Start counting" on Today: the clean
// date (picked, never typed, and never in the future), the time if the person knows it, and
// what they are recovering from. The core checks it all; its error shows beside the field.
package app.cairn.android.ui.screens.start

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
import androidx.compose.ui.unit.dp
import app.cairn.android.ui.components.DateField
import app.cairn.android.ui.components.ErrorText
import app.cairn.android.ui.components.PrivateTextField
import app.cairn.android.ui.components.SectionCard
import app.cairn.android.ui.components.SwitchRow
import app.cairn.android.ui.components.TimeField
import app.cairn.android.ui.session.CairnSession
import app.cairn.android.ui.session.Outcome
import app.cairn.android.ui.session.Problem
import app.cairn.android.ui.text.str
import app.cairn.core.NewJourney
import kotlinx.coroutines.launch
import java.time.LocalDate
import java.time.LocalTime
import java.time.temporal.ChronoUnit

/** The form's cards and its button; [onStarted] runs once the core has the journey. */
@Composable
fun JourneyForm(session: CairnSession, onStarted: () -> Unit) {
    val clock = session.platform.clock
    val today = LocalDate.ofInstant(clock.now(), clock.zone())
    val defaultSubstance = str("start_substance_default")
    var date by rememberSaveable { mutableStateOf(today) }
    var knowsTime by rememberSaveable { mutableStateOf(false) }
    var time by rememberSaveable {
        mutableStateOf(LocalTime.ofInstant(clock.now(), clock.zone()).truncatedTo(ChronoUnit.HOURS))
    }
    var substance by rememberSaveable { mutableStateOf(defaultSubstance) }
    var problem by remember { mutableStateOf<Problem?>(null) }
    val scope = rememberCoroutineScope()
    val problemText = problem?.let { str(it.message) }
    fun errorFor(vararg fields: String) = problemText?.takeIf { problem?.field in fields }

    Text(str("start_journey_intro"), style = MaterialTheme.typography.bodyLarge)
    SectionCard(title = str("start_journey_date_title")) {
        Text(str("start_journey_date_body"), style = MaterialTheme.typography.bodyLarge)
        DateField(label = str("start_journey_date"), date = date, onDate = { date = it }, latest = today)
        SwitchRow(label = str("start_journey_knows_time"), checked = knowsTime, onCheckedChange = { knowsTime = it })
        if (knowsTime) {
            TimeField(label = str("start_journey_time"), time = time, onTime = { time = it })
        }
        errorFor("clean_date", "clean_time")?.let { ErrorText(it) }
    }
    SectionCard(title = str("start_substance_title")) {
        Text(str("start_substance_body"), style = MaterialTheme.typography.bodyLarge)
        PrivateTextField(
            value = substance,
            onValueChange = { substance = it },
            label = str("start_substance_label"),
            error = errorFor("substance"),
        )
    }
    Button(
        onClick = {
            val journey = NewJourney(substance.trim(), date, time.takeIf { knowsTime })
            scope.launch {
                when (val outcome = session.write { it.startJourney(journey, clock.now()) }) {
                    is Outcome.Done -> onStarted()
                    is Outcome.Failed -> problem = outcome.problem
                }
            }
        },
        modifier = Modifier.fillMaxWidth().heightIn(min = 56.dp),
    ) { Text(str("start_journey_start"), style = MaterialTheme.typography.titleMedium) }
    if (problem?.field !in setOf("clean_date", "clean_time", "substance")) problemText?.let { ErrorText(it) }
}
