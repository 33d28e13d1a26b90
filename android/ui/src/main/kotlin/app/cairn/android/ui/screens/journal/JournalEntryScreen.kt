// Writing a journal entry, or changing or deleting one. The day defaults to today (any earlier
// day may be chosen), a time is optional, the text is as long as the person needs up to the
// core's limit, with a counter that appears as they near it. The core validates; its refusal
// shows under the field it names with everything typed kept. A change or a deletion keeps the
// entry as it was in the journal's sealed audit trail, and the confirmation says so, so
// correcting the journal never feels like losing it.
package app.cairn.android.ui.screens.journal

import androidx.compose.foundation.layout.fillMaxWidth
import androidx.compose.foundation.layout.heightIn
import androidx.compose.foundation.relocation.BringIntoViewRequester
import androidx.compose.foundation.relocation.bringIntoViewRequester
import androidx.compose.material3.Button
import androidx.compose.material3.ButtonDefaults
import androidx.compose.material3.MaterialTheme
import androidx.compose.material3.OutlinedButton
import androidx.compose.material3.Text
import androidx.compose.runtime.Composable
import androidx.compose.runtime.LaunchedEffect
import androidx.compose.runtime.getValue
import androidx.compose.runtime.mutableIntStateOf
import androidx.compose.runtime.mutableStateOf
import androidx.compose.runtime.remember
import androidx.compose.runtime.rememberCoroutineScope
import androidx.compose.runtime.saveable.rememberSaveable
import androidx.compose.runtime.setValue
import androidx.compose.runtime.withFrameNanos
import androidx.compose.ui.Modifier
import androidx.compose.ui.focus.FocusRequester
import androidx.compose.ui.focus.focusRequester
import androidx.compose.ui.unit.dp
import app.cairn.android.ui.components.ConfirmDialog
import app.cairn.android.ui.components.ErrorText
import app.cairn.android.ui.components.FieldError
import app.cairn.android.ui.components.PrivateTextField
import app.cairn.android.ui.components.ScreenScaffold
import app.cairn.android.ui.components.SectionCard
import app.cairn.android.ui.components.WhenCard
import app.cairn.android.ui.components.WhenWords
import app.cairn.android.ui.screens.help.about
import app.cairn.android.ui.screens.help.rememberProblem
import app.cairn.android.ui.session.CairnSession
import app.cairn.android.ui.session.Outcome
import app.cairn.android.ui.session.Problem
import app.cairn.android.ui.text.plural
import app.cairn.android.ui.text.str
import java.time.LocalDate
import java.time.LocalTime
import kotlinx.coroutines.launch

/** The fields this screen shows a problem beside; anything else goes under Save. */
private val entryFields = setOf("date", "time", "text")

/** [entryId] null writes a new entry; otherwise that entry is changed or deleted. */
@Composable
fun JournalEntryScreen(session: CairnSession, entryId: String?, onBack: () -> Unit) {
    val clock = session.platform.clock
    val today = LocalDate.ofInstant(clock.now(), clock.zone())
    var draft by rememberSaveable(stateSaver = JournalDraft.saver) {
        mutableStateOf(if (entryId == null) JournalDraft(today, null, "") else null)
    }
    var deleting by rememberSaveable { mutableStateOf(false) }
    var problem by rememberProblem()
    // Counts refusals, so the same problem twice in a row still brings the field back.
    var refusals by rememberSaveable { mutableIntStateOf(0) }
    val scope = rememberCoroutineScope()
    // A write that succeeded says so on the snackbar (never with the entry's words) and goes back.
    val finished = { notice: String ->
        session.notice = notice
        onBack()
    }
    val failed = { refused: Problem ->
        problem = refused
        refusals += 1
    }
    LaunchedEffect(entryId) {
        if (draft != null || entryId == null) return@LaunchedEffect
        when (val found = session.read { companion -> companion.journalEntries().firstOrNull { it.id == entryId } }) {
            is Outcome.Failed -> problem = found.problem
            is Outcome.Done -> found.value?.let { draft = JournalDraft.of(it.entry) } ?: run { problem = Problem("error_not_found") }
        }
    }
    val title = str(if (entryId == null) "journal_new_title" else "journal_edit_title")
    ScreenScaffold(title = title, onBack = onBack) {
        val current = draft
        if (current == null) {
            problem?.let { FieldError(str(it.message)) }
            return@ScreenScaffold
        }
        JournalEntryForm(current, today, LocalTime.ofInstant(clock.now(), clock.zone()), problem, refusals) { changed ->
            // A refusal stays beside its field until that field changes.
            if (problem?.field == "text" && changed.text != current.text) problem = null
            if (problem?.field in setOf("date", "time") && (changed.date != current.date || changed.time != current.time)) problem = null
            draft = changed
        }
        problem?.takeIf { it.field !in entryFields }?.let { ErrorText(str(it.message)) }
        Button(
            onClick = {
                scope.launch {
                    val entry = current.toEntry()
                    val outcome = session.write { companion ->
                        if (entryId == null) {
                            companion.addJournalEntry(entry, clock.now())
                        } else {
                            companion.editJournalEntry(entryId, entry, clock.now())
                        }
                    }
                    when (outcome) {
                        is Outcome.Failed -> failed(outcome.problem)
                        is Outcome.Done -> finished(if (entryId == null) "journal_saved" else "journal_changed")
                    }
                }
            },
            modifier = Modifier.fillMaxWidth().heightIn(min = 56.dp),
        ) { Text(str("save")) }
        if (entryId != null) {
            OutlinedButton(
                onClick = { deleting = true },
                modifier = Modifier.fillMaxWidth().heightIn(min = 48.dp),
                colors = ButtonDefaults.outlinedButtonColors(contentColor = MaterialTheme.colorScheme.error),
            ) { Text(str("journal_delete")) }
        }
    }
    if (deleting && entryId != null) {
        ConfirmDialog(
            title = str("journal_delete_title"),
            confirm = str("delete"),
            destructive = true,
            onConfirm = {
                deleting = false
                scope.launch {
                    when (val outcome = session.write { it.deleteJournalEntry(entryId, clock.now()) }) {
                        is Outcome.Failed -> failed(outcome.problem)
                        is Outcome.Done -> finished("journal_deleted")
                    }
                }
            },
            onDismiss = { deleting = false },
        ) { Text(str("journal_delete_body"), style = MaterialTheme.typography.bodyLarge) }
    }
}

/**
 * The entry's day, optional time and text. [now] is the local time today, offered when a time
 * is added to an entry of today. A refused field is brought back into view with its error and
 * focused ([refusals] moves on every refusal, even the same one twice).
 */
@Composable
private fun JournalEntryForm(
    draft: JournalDraft,
    today: LocalDate,
    now: LocalTime,
    problem: Problem?,
    refusals: Int,
    onDraft: (JournalDraft) -> Unit,
) {
    val textView = remember { BringIntoViewRequester() }
    val textFocus = remember { FocusRequester() }
    LaunchedEffect(problem, refusals) {
        if (problem?.field != "text") return@LaunchedEffect
        withFrameNanos {} // the error is laid out under the field first, so it comes along
        textView.bringIntoView()
        textFocus.requestFocus()
    }
    WhenCard(
        words = WhenWords(str("journal_when"), str("journal_day"), str("journal_add_time"), str("journal_time")),
        date = draft.date,
        time = draft.time,
        today = today,
        now = now,
        onDate = { onDraft(draft.copy(date = it)) },
        onTime = { onDraft(draft.copy(time = it)) },
        dateError = problem.about("date"),
        timeError = problem.about("time"),
    )
    SectionCard(title = str("journal_text_title")) {
        val length = draft.length
        val over = length - TEXT_MAX_CHARS
        PrivateTextField(
            value = draft.text,
            onValueChange = { onDraft(draft.copy(text = it)) },
            label = str("journal_text_label"),
            modifier = Modifier.bringIntoViewRequester(textView).focusRequester(textFocus),
            singleLine = false,
            minLines = 8,
            // The core's refusal first; past the limit the counter itself is the warning.
            error = problem.about("text") ?: if (over > 0) plural("journal_text_over", over, over, length, TEXT_MAX_CHARS) else null,
            hint = if (length >= COUNTER_FROM_CHARS) str("journal_text_count", length, TEXT_MAX_CHARS) else null,
        )
    }
}
