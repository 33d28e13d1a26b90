// The fields of a recorded use: its day and, if the person knows it, the time; lapse or
// relapse; what led to it; a note. A problem from the core shows beside the field it names.
package app.cairn.android.ui.screens.progress

import androidx.compose.runtime.Composable
import app.cairn.android.ui.components.PrivateTextField
import app.cairn.android.ui.components.SectionCard
import app.cairn.android.ui.components.WhenCard
import app.cairn.android.ui.components.WhenWords
import app.cairn.android.ui.screens.checkin.TriggerPicker
import app.cairn.android.ui.screens.checkin.UseKindChoice
import app.cairn.android.ui.session.Problem
import app.cairn.android.ui.text.str
import java.time.LocalDate
import java.time.LocalTime

/** The fields this form shows a problem beside. */
val useFields = setOf("date", "time", "note", "trigger", "triggers")

/** [now] is the local time today, offered when a time is added to a use of today. */
@Composable
fun UseEditForm(draft: UseDraft, today: LocalDate, now: LocalTime, problem: Problem?, onDraft: (UseDraft) -> Unit) {
    fun errorFor(vararg fields: String): String? = problem?.takeIf { it.field in fields }?.message
    WhenCard(
        words = WhenWords(
            str("progress_use_edit_when"),
            str("progress_use_edit_day"),
            str("progress_use_edit_know_time"),
            str("progress_use_edit_time"),
        ),
        date = draft.date,
        time = draft.time,
        today = today,
        now = now,
        onDate = { onDraft(draft.copy(date = it)) },
        onTime = { onDraft(draft.copy(time = it)) },
        dateError = errorFor("date")?.let { str(it) },
        timeError = errorFor("time")?.let { str(it) },
    )
    SectionCard(title = str("progress_use_edit_kind")) {
        UseKindChoice(kind = draft.kind, onKind = { onDraft(draft.copy(kind = it)) })
    }
    SectionCard(title = str("progress_use_edit_triggers")) {
        TriggerPicker(
            selected = draft.triggers,
            onChange = { onDraft(draft.copy(triggers = it)) },
            error = errorFor("trigger", "triggers")?.let { str(it) },
        )
    }
    SectionCard(title = str("progress_use_edit_note_title")) {
        PrivateTextField(
            value = draft.note,
            onValueChange = { onDraft(draft.copy(note = it)) },
            label = str("progress_use_edit_note"),
            singleLine = false,
            minLines = 3,
            error = errorFor("note")?.let { str(it) },
        )
    }
}
