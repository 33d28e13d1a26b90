// The daily check-in, under 30 seconds on a bad day: the form opens on today (or the day's saved
// check-in, which saving then updates), the core checks and records it, and the person goes back
// to Today with a short thank-you. A use after three or more clean days brings the core's safety
// card instead, full screen, before anything else.
package app.cairn.android.ui.screens.checkin

import androidx.compose.foundation.layout.fillMaxWidth
import androidx.compose.foundation.layout.heightIn
import androidx.compose.material3.Button
import androidx.compose.material3.Text
import androidx.compose.runtime.Composable
import androidx.compose.runtime.LaunchedEffect
import androidx.compose.runtime.getValue
import androidx.compose.runtime.mutableStateOf
import androidx.compose.runtime.remember
import androidx.compose.runtime.rememberCoroutineScope
import androidx.compose.runtime.saveable.rememberSaveable
import androidx.compose.runtime.setValue
import androidx.compose.ui.Modifier
import androidx.compose.ui.unit.dp
import app.cairn.android.ui.components.FieldError
import app.cairn.android.ui.components.ScreenScaffold
import app.cairn.android.ui.navigation.Navigator
import app.cairn.android.ui.navigation.Top
import app.cairn.android.ui.session.CairnSession
import app.cairn.android.ui.session.Outcome
import app.cairn.android.ui.session.Problem
import app.cairn.android.ui.text.str
import app.cairn.core.CheckInRecorded
import app.cairn.core.MedicationTaken
import app.cairn.core.SafetyCard
import kotlinx.coroutines.launch
import java.time.LocalDate

/** The fields the form shows a problem beside; any other problem shows above Save. */
private val formFields = setOf("date", "trigger", "triggers", "helped", "note", "pledge_kept")

@Composable
fun CheckInScreen(session: CairnSession, navigator: Navigator) {
    val clock = session.platform.clock
    val today = LocalDate.ofInstant(clock.now(), clock.zone())
    var draft by rememberSaveable(stateSaver = CheckInDraft.saver) { mutableStateOf<CheckInDraft?>(null) }
    var card by rememberSaveable(stateSaver = safetyCardSaver) { mutableStateOf<SafetyCard?>(null) }
    var problem by remember { mutableStateOf<Problem?>(null) }
    var saving by remember { mutableStateOf(false) }
    val scope = rememberCoroutineScope()
    val finish = { notice: String ->
        session.notice = notice
        navigator.top(Top.Today)
    }

    val shown = card
    if (shown != null) {
        SafetyCardScreen(session, shown) {
            card = null
            finish("check_in_saved_used")
        }
        return
    }
    LaunchedEffect(Unit) {
        if (draft == null) {
            when (val outcome = draftFor(session, today, null)) {
                is Outcome.Done -> draft = outcome.value
                is Outcome.Failed -> problem = outcome.problem
            }
        }
    }
    ScreenScaffold(title = str("check_in_title")) {
        val current = draft
        if (current == null) {
            problem?.let { FieldError(str(it.message)) }
            return@ScreenScaffold
        }
        CheckInForm(
            draft = current,
            today = today,
            problem = problem,
            onDate = { date ->
                scope.launch {
                    when (val outcome = draftFor(session, date, current)) {
                        is Outcome.Done -> draft = outcome.value
                        is Outcome.Failed -> problem = outcome.problem
                    }
                }
            },
            onDraft = { draft = it },
        )
        problem?.takeIf { it.field !in formFields }?.let { FieldError(str(it.message)) }
        Button(
            onClick = {
                saving = true
                scope.launch {
                    val outcome = session.write { it.checkIn(current.toCheckIn(), current.useKind, current.replacing, clock.now()) }
                    saving = false
                    when (outcome) {
                        is Outcome.Failed -> problem = outcome.problem
                        is Outcome.Done -> {
                            problem = null
                            card = outcome.value.safetyCard
                            if (card == null) finish(noticeFor(outcome.value))
                        }
                    }
                }
            },
            enabled = !saving,
            modifier = Modifier.fillMaxWidth().heightIn(min = 56.dp),
        ) { Text(str(if (current.replacing) "check_in_update" else "check_in_save")) }
    }
}

/**
 * The form for [date]: that day's saved check-in; else what the person has filled in so far,
 * moved to that day (unless it was another day's saved check-in); else a fresh form.
 */
private suspend fun draftFor(session: CairnSession, date: LocalDate, current: CheckInDraft?): Outcome<CheckInDraft> =
    session.read { companion ->
        val checkins = companion.checkins()
        val saved = checkins.firstOrNull { it.date == date }
        // Whether that day has a pledge: only then does the form ask how it went.
        val pledged = companion.pledges(session.platform.clock.now()).days.any { it.date == date }
        when {
            saved != null -> CheckInDraft.of(saved, pledged)
            current != null && !current.replacing ->
                current.copy(date = date, pledged = pledged, pledgeKept = current.pledgeKept.takeIf { pledged })
            else -> {
                // Someone with medication in their reminders, or who said taken or missed last
                // time, most likely takes it: "taken" saves them a tap; they can change it.
                val prescribed = companion.settings().notifications.medications.isNotEmpty() ||
                    checkins.firstOrNull()?.medication.let { it != null && it != MedicationTaken.NOT_PRESCRIBED }
                CheckInDraft(date, if (prescribed) MedicationTaken.TAKEN else MedicationTaken.NOT_PRESCRIBED, pledged = pledged)
            }
        }
    }

private fun noticeFor(recorded: CheckInRecorded): String = when {
    recorded.useRecorded != null -> "check_in_saved_used"
    recorded.replaced -> "check_in_updated"
    else -> "check_in_saved"
}
