// The daily pledge on Today ("Just for today"): while today has none, a quiet card with the one
// tap that makes it; once made, one line under clean time with the pledge streak. No badge, no
// flame, no count-down: the pledge is a promise for one day, and the streak counts days of
// showing up to make it (a day whose pledge was not kept still counts; the core decides that).
package app.cairn.android.ui.screens.today

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
import androidx.compose.runtime.setValue
import androidx.compose.ui.Modifier
import androidx.compose.ui.unit.dp
import app.cairn.android.ui.components.ErrorText
import app.cairn.android.ui.components.SectionCard
import app.cairn.android.ui.session.CairnSession
import app.cairn.android.ui.session.Outcome
import app.cairn.android.ui.session.Problem
import app.cairn.android.ui.text.plural
import app.cairn.android.ui.text.str
import app.cairn.core.PledgeStreak
import kotlinx.coroutines.launch

/** The card with the one tap, shown only while today has no pledge. */
@Composable
fun PledgeCard(session: CairnSession, streak: PledgeStreak) {
    if (streak.pledgedToday) return
    val scope = rememberCoroutineScope()
    var problem by remember { mutableStateOf<Problem?>(null) }
    var saving by remember { mutableStateOf(false) }
    SectionCard(title = str("pledge_title")) {
        Text(str("pledge_body"), style = MaterialTheme.typography.bodyLarge)
        val days = streak.currentDays.toInt()
        if (days > 0) {
            Text(
                plural("pledge_streak_until_yesterday", days),
                style = MaterialTheme.typography.bodyMedium,
                color = MaterialTheme.colorScheme.onSurfaceVariant,
            )
        }
        Button(
            onClick = {
                saving = true
                scope.launch {
                    // Today in the person's zone, as the core counts it; a second tap changes nothing.
                    val outcome = session.write { it.pledge(null, session.platform.clock.now()) }
                    saving = false
                    problem = (outcome as? Outcome.Failed)?.problem
                    if (outcome is Outcome.Done) session.notice = "pledge_made"
                }
            },
            enabled = !saving,
            modifier = Modifier.fillMaxWidth().heightIn(min = 48.dp),
        ) { Text(str("pledge_button")) }
        problem?.let { ErrorText(str(it.message)) }
    }
}

/** The line under clean time once today's pledge is made: the pledge streak, calmly. */
@Composable
fun PledgedLine(streak: PledgeStreak) {
    if (!streak.pledgedToday) return
    Text(plural("pledge_made_line", streak.currentDays.toInt()), style = MaterialTheme.typography.titleMedium)
}
