// The evening half of the daily pledge: on a day that has one, the check-in asks whether it was
// kept, with yes, no or skip (no answer). A day with a use offers no and skip only, since the
// core refuses "kept" beside "used", and the words under the choice thank the person either
// way: an honest "no" is never scolded.
package app.cairn.android.ui.screens.checkin

import androidx.compose.material3.MaterialTheme
import androidx.compose.material3.Text
import androidx.compose.runtime.Composable
import app.cairn.android.ui.components.FieldError
import app.cairn.android.ui.components.RadioChoice
import app.cairn.android.ui.components.SectionCard
import app.cairn.android.ui.text.str

/** The three answers, as the core's `pledge_kept`: true, false, or null (skipped). */
private enum class PledgeAnswer(val kept: Boolean?, val label: String) {
    YES(true, "pledge_kept_yes"),
    NO(false, "pledge_kept_no"),
    SKIP(null, "pledge_kept_skip"),
}

/** Nothing at all on a day without a pledge. */
@Composable
fun PledgeQuestion(draft: CheckInDraft, isToday: Boolean, error: String?, onDraft: (CheckInDraft) -> Unit) {
    if (!draft.pledged) return
    SectionCard(title = str("pledge_title")) {
        Text(
            str(if (isToday) "pledge_kept_question_today" else "pledge_kept_question_that_day"),
            style = MaterialTheme.typography.titleMedium,
        )
        val options = if (draft.used) listOf(PledgeAnswer.NO, PledgeAnswer.SKIP) else PledgeAnswer.entries
        val selected = PledgeAnswer.entries.first { it.kept == draft.pledgeKept }
        RadioChoice(
            options = options,
            selected = selected,
            onSelect = { onDraft(draft.copy(pledgeKept = it.kept)) },
            label = { str(it.label) },
        )
        val detail = when {
            draft.used -> "pledge_kept_used_detail"
            draft.pledgeKept == true -> "pledge_kept_yes_detail"
            draft.pledgeKept == false -> "pledge_kept_no_detail"
            else -> null
        }
        if (detail != null) Text(str(detail), style = MaterialTheme.typography.bodyMedium)
        error?.let { FieldError(it) }
    }
}

/** Saying "used" takes back a "kept" answer (the core would refuse the pair), leaving it unanswered. */
fun CheckInDraft.withUseAnswer(): CheckInDraft = if (used && pledgeKept == true) copy(pledgeKept = null) else this
