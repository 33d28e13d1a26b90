// The check-in's fields, in the order a person on a bad day can get through them fast: the day,
// how they feel, medication and use, the day's pledge (only on a day that has one), what
// triggered them, what helped, a note. The values live
// in a CheckInDraft the screen keeps; a problem from the core shows beside the field it names.
package app.cairn.android.ui.screens.checkin

import androidx.compose.material3.MaterialTheme
import androidx.compose.material3.Text
import androidx.compose.runtime.Composable
import app.cairn.android.ui.components.DateField
import app.cairn.android.ui.components.FieldError
import app.cairn.android.ui.components.LabelledSlider
import app.cairn.android.ui.components.PrivateTextField
import app.cairn.android.ui.components.SectionCard
import app.cairn.android.ui.session.Problem
import app.cairn.android.ui.text.str
import java.time.LocalDate

@Composable
fun CheckInForm(
    draft: CheckInDraft,
    today: LocalDate,
    problem: Problem?,
    onDate: (LocalDate) -> Unit,
    onDraft: (CheckInDraft) -> Unit,
) {
    val isToday = draft.date == today
    fun errorFor(vararg fields: String): String? = problem?.takeIf { it.field in fields }?.message
    DateField(label = str("check_in_day"), date = draft.date, onDate = onDate, latest = today)
    errorFor("date")?.let { FieldError(str(it)) }
    if (draft.replacing) {
        Text(
            str(if (isToday) "check_in_replacing_today" else "check_in_replacing_day"),
            style = MaterialTheme.typography.bodyLarge,
        )
    }
    SectionCard(title = str("check_in_feel_title")) {
        LabelledSlider(
            label = str("check_in_mood"),
            value = draft.mood,
            valueRange = 1..5,
            valueText = str(moodWords[(draft.mood - 1).coerceIn(moodWords.indices)]),
            onValueChange = { onDraft(draft.copy(mood = it)) },
        )
        LabelledSlider(
            label = str("check_in_craving"),
            value = draft.craving,
            valueRange = 0..10,
            valueText = str("check_in_craving_value", draft.craving, str(cravingWord(draft.craving))),
            onValueChange = { onDraft(draft.copy(craving = it)) },
        )
    }
    SectionCard(title = str(if (isToday) "check_in_today_title" else "check_in_that_day_title")) {
        Text(str("check_in_medication"), style = MaterialTheme.typography.titleMedium)
        MedicationChoice(draft.medication) { onDraft(draft.copy(medication = it)) }
        UsedSwitch(draft, isToday) { onDraft(it.withUseAnswer()) }
    }
    PledgeQuestion(draft, isToday, errorFor("pledge_kept")?.let { str(it) }, onDraft)
    SectionCard(title = str("check_in_triggers_title")) {
        TriggerPicker(
            selected = draft.triggers,
            onChange = { onDraft(draft.copy(triggers = it)) },
            error = errorFor("trigger", "triggers")?.let { str(it) },
        )
    }
    SectionCard(title = str("check_in_helped_title")) {
        TagPicker(
            fixed = helpedKeys,
            selected = draft.helped,
            name = { helpedName(it) },
            addLabel = str("check_in_own_helped"),
            onChange = { onDraft(draft.copy(helped = it)) },
            error = errorFor("helped")?.let { str(it) },
        )
    }
    SectionCard(title = str("check_in_note_title")) {
        PrivateTextField(
            value = draft.note,
            onValueChange = { onDraft(draft.copy(note = it)) },
            label = str("check_in_note"),
            singleLine = false,
            minLines = 3,
            error = errorFor("note")?.let { str(it) },
        )
    }
}

/** Craving in a word as well as a number, so "7" reads as "strong" at a glance. */
private fun cravingWord(craving: Int): String = when (craving) {
    0 -> "check_in_craving_none"
    in 1..3 -> "check_in_craving_mild"
    in 4..6 -> "check_in_craving_moderate"
    in 7..9 -> "check_in_craving_strong"
    else -> "check_in_craving_overwhelming"
}

/** The words for moods 1 to 5, in order. */
private val moodWords = listOf("check_in_mood_1", "check_in_mood_2", "check_in_mood_3", "check_in_mood_4", "check_in_mood_5")
