// What the check-in form holds while the person fills it in, as plain values that survive
// rotation and process death (a Bundle takes strings, numbers and string lists), and the
// CheckIn the core receives when it is saved.
package app.cairn.android.ui.screens.checkin

import androidx.compose.runtime.saveable.Saver
import app.cairn.android.ui.components.nullableListSaver
import app.cairn.core.CheckIn
import app.cairn.core.MedicationTaken
import app.cairn.core.UseKind
import java.time.LocalDate

/**
 * The form. [replacing]: the day has a saved check-in, which saving replaces. [usedBefore]:
 * that saved check-in said "used", so its use is already recorded and stays in the history.
 * [pledged]: the day has a pledge, so the form asks how it went; [pledgeKept] is the answer
 * (null: skipped).
 */
data class CheckInDraft(
    val date: LocalDate,
    val medication: MedicationTaken,
    val mood: Int = 3,
    val craving: Int = 0,
    val used: Boolean = false,
    val useKind: UseKind = UseKind.LAPSE,
    val triggers: List<String> = emptyList(),
    val helped: List<String> = emptyList(),
    val note: String = "",
    val replacing: Boolean = false,
    val usedBefore: Boolean = false,
    val pledged: Boolean = false,
    val pledgeKept: Boolean? = null,
) {
    fun toCheckIn(): CheckIn = CheckIn(
        date = date,
        mood = mood.toUByte(),
        craving = craving.toUByte(),
        used = used,
        medication = medication,
        triggers = triggers.map(::triggerOf),
        helped = helped.map(::helpedOf),
        note = note.ifBlank { null },
        pledgeKept = pledgeKept.takeIf { pledged },
    )

    companion object {
        /** The form filled with a day's saved check-in. */
        fun of(saved: CheckIn, pledged: Boolean): CheckInDraft = CheckInDraft(
            date = saved.date,
            medication = saved.medication,
            mood = saved.mood.toInt(),
            craving = saved.craving.toInt(),
            used = saved.used,
            triggers = saved.triggers.map(::triggerKey),
            helped = saved.helped.map(::helpedKey),
            note = saved.note.orEmpty(),
            replacing = true,
            usedBefore = saved.used,
            pledged = pledged,
            pledgeKept = saved.pledgeKept,
        )

        val saver: Saver<CheckInDraft?, Any> = nullableListSaver(
            save = { draft ->
                listOf(
                    draft.date.toString(), draft.medication.name, draft.mood, draft.craving, draft.used,
                    draft.useKind.name, ArrayList(draft.triggers), ArrayList(draft.helped), draft.note,
                    draft.replacing, draft.usedBefore,
                    // A Bundle keeps no null Boolean in a list: the answer as "yes", "no" or "".
                    draft.pledged, when (draft.pledgeKept) { true -> "yes"; false -> "no"; null -> "" },
                )
            },
            restore = { saved ->
                @Suppress("UNCHECKED_CAST")
                CheckInDraft(
                    date = LocalDate.parse(saved[0] as String),
                    medication = MedicationTaken.valueOf(saved[1] as String),
                    mood = saved[2] as Int,
                    craving = saved[3] as Int,
                    used = saved[4] as Boolean,
                    useKind = UseKind.valueOf(saved[5] as String),
                    triggers = saved[6] as List<String>,
                    helped = saved[7] as List<String>,
                    note = saved[8] as String,
                    replacing = saved[9] as Boolean,
                    usedBefore = saved[10] as Boolean,
                    pledged = saved[11] as Boolean,
                    pledgeKept = when (saved[12] as String) { "yes" -> true; "no" -> false; else -> null },
                )
            },
        )
    }
}
