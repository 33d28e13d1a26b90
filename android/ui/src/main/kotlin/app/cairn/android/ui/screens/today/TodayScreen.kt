// Today: how long clean, which stage and how far to the next, the money and time not spent (when
// the person counts them), the daily pledge ("Just for today": its one tap, or its streak once
// made), the next milestone, today's check-in, and the one tap that calls the
// sponsor (or the next person in the chain). Readable at a glance; nothing on it says "start
// over", and a lapse shows as a new streak, never as a zero.
package app.cairn.android.ui.screens.today

import androidx.compose.foundation.layout.Arrangement
import androidx.compose.foundation.layout.Row
import androidx.compose.foundation.layout.fillMaxWidth
import androidx.compose.foundation.layout.heightIn
import androidx.compose.material3.Button
import androidx.compose.material3.HorizontalDivider
import androidx.compose.material3.LinearProgressIndicator
import androidx.compose.material3.MaterialTheme
import androidx.compose.material3.OutlinedButton
import androidx.compose.material3.Text
import androidx.compose.material3.TextButton
import androidx.compose.runtime.Composable
import androidx.compose.runtime.LaunchedEffect
import androidx.compose.runtime.getValue
import androidx.compose.runtime.mutableStateOf
import androidx.compose.runtime.remember
import androidx.compose.runtime.rememberCoroutineScope
import androidx.compose.runtime.setValue
import androidx.compose.ui.Modifier
import androidx.compose.ui.semantics.contentDescription
import androidx.compose.ui.semantics.semantics
import androidx.compose.ui.unit.dp
import app.cairn.android.ui.components.CallButton
import app.cairn.android.ui.components.Loaded
import app.cairn.android.ui.components.ReasonsBlock
import app.cairn.android.ui.components.ScreenScaffold
import app.cairn.android.ui.components.SectionCard
import app.cairn.android.ui.navigation.Navigator
import app.cairn.android.ui.navigation.Route
import app.cairn.android.ui.navigation.Top
import app.cairn.android.ui.session.CairnSession
import app.cairn.android.ui.session.Outcome
import app.cairn.android.ui.session.dialOrSayNoApp
import app.cairn.android.ui.session.rememberLoad
import app.cairn.android.ui.text.longDate
import app.cairn.android.ui.text.plural
import app.cairn.android.ui.text.stageName
import app.cairn.android.ui.text.str
import app.cairn.core.CairnException
import app.cairn.core.CallAction
import app.cairn.core.Channel
import app.cairn.core.Insights
import app.cairn.core.JourneyStatus
import app.cairn.core.Milestone

/** Everything Today shows, read in one go. [status] is null before the first journey. */
data class TodayData(
    val status: JourneyStatus?,
    val insights: Insights,
    val firstCall: CallAction,
)

@Composable
fun TodayScreen(session: CairnSession, navigator: Navigator) {
    val load by rememberLoad(session) { companion ->
        val now = session.platform.clock.now()
        val status = try {
            companion.status(null, now)
        } catch (_: CairnException.NotFound) {
            null
        }
        TodayData(status, companion.insights(now), companion.reachOutAction())
    }
    var celebrate by remember { mutableStateOf<List<Milestone>>(emptyList()) }
    LaunchedEffect(session) {
        // Milestones reached while the app was closed are reported once, here.
        val outcome = session.write { it.takeNewMilestones(null, session.platform.clock.now()) }
        if (outcome is Outcome.Done) celebrate = outcome.value
    }
    ScreenScaffold(title = str("today_title")) {
        Loaded(load) { data -> Today(session, navigator, data, celebrate) { celebrate = emptyList() } }
    }
}

@Composable
private fun Today(
    session: CairnSession,
    navigator: Navigator,
    data: TodayData,
    celebrate: List<Milestone>,
    onCelebrated: () -> Unit,
) {
    if (celebrate.isNotEmpty()) {
        SectionCard(title = str("milestone_reached_title")) {
            celebrate.forEach { Text(str("milestone_reached_line", it.label), style = MaterialTheme.typography.bodyLarge) }
            OutlinedButton(onClick = onCelebrated) { Text(str("thank_you")) }
        }
    }
    val status = data.status
    if (status == null) {
        SectionCard(title = str("no_journey_title")) {
            Text(str("no_journey_body"))
            Button(onClick = { navigator.go(Route.StartJourney) }, modifier = Modifier.fillMaxWidth().heightIn(min = 48.dp)) {
                Text(str("no_journey_start"))
            }
        }
    } else {
        CleanTime(status) { navigator.go(Route.Savings) }
    }
    ReachOut(session, data.firstCall)
    // Under the call, never above it: the pledge is a daily habit, the call is for a hard moment.
    status?.let { PledgeCard(session, it.pledge) }
    NextMilestone(status?.nextMilestone)
    CheckInCard(data.insights.checkinStreak.checkedInToday) { navigator.top(Top.CheckIn) }
    if (data.insights.signals.isNotEmpty()) {
        SectionCard(title = str("signals_title")) {
            data.insights.signals.forEach { Text(it.reason, style = MaterialTheme.typography.bodyLarge) }
            ReasonsBlock(data.insights.reasons)
            OutlinedButton(onClick = { navigator.top(Top.Help) }, modifier = Modifier.heightIn(min = 48.dp)) {
                Text(str("signals_see_who"))
            }
        }
    }
    if (status != null && status.journey.costPerDay == null && status.journey.hoursPerDay == null) {
        // Quiet, and last: counting money and time is the person's choice, never a nudge.
        TextButton(
            onClick = { navigator.go(Route.Savings) },
            modifier = Modifier.fillMaxWidth().heightIn(min = 48.dp),
        ) { Text(str("savings_offer")) }
    }
    val damaged = status?.damagedRecords?.size ?: 0
    if (damaged > 0) {
        Text(plural("damaged_records", damaged), color = MaterialTheme.colorScheme.error)
    }
}

@Composable
private fun CleanTime(status: JourneyStatus, onChangeSavings: () -> Unit) {
    val streak = status.streak
    val days = streak.currentDays.toInt()
    val elapsed = streak.elapsed
    SectionCard(title = str("clean_time_title")) {
        val headline = plural("clean_days", days)
        Text(
            headline,
            style = MaterialTheme.typography.displayMedium,
            color = MaterialTheme.colorScheme.primary,
        )
        if (elapsed != null) {
            val hours = plural("clean_hours_count", elapsed.hours.toInt())
            val minutes = plural("clean_minutes_count", elapsed.minutes.toInt())
            Text(str("clean_hours_and_minutes", hours, minutes), style = MaterialTheme.typography.titleMedium)
        }
        // Past the first month, as people say it ("1 year, 2 months and 3 days"), in the core's
        // words; before that it would only repeat the headline.
        if (status.cleanTime.years > 0u || status.cleanTime.months > 0u) {
            Text(status.cleanTimeText, style = MaterialTheme.typography.titleMedium)
        }
        Text(str("clean_since", longDate(streak.currentStart)), style = MaterialTheme.typography.bodyLarge)
        PledgedLine(status.pledge)
        val stage = status.stage
        Text(str("stage_now", stageName(stage.stage)), style = MaterialTheme.typography.titleMedium)
        val percent = (stage.progress * 100).toInt()
        LinearProgressIndicator(
            progress = { stage.progress.toFloat() },
            modifier = Modifier.fillMaxWidth(),
        )
        val next = stage.nextStage
        val left = stage.daysLeft
        if (next != null && left != null) {
            Text(plural("stage_days_to_next", left.toInt(), left.toInt(), stageName(next)), style = MaterialTheme.typography.bodyMedium)
        } else {
            Text(str("stage_percent", percent), style = MaterialTheme.typography.bodyMedium)
        }
        if (streak.attempts > 1u) {
            Text(
                str("clean_total", plural("clean_days", streak.totalCleanDays.toInt()), plural("days_count", streak.longestDays.toInt())),
                style = MaterialTheme.typography.bodyMedium,
            )
        }
        Savings(status, onChangeSavings)
    }
}

/**
 * Money and time not spent over every clean day, as the core writes them ("1,220.00 USD",
 * "152.5 hours"), when the journey counts them, with the way to change them.
 */
@Composable
private fun Savings(status: JourneyStatus, onChange: () -> Unit) {
    val money = status.moneySavedText
    val hours = status.hoursSavedText
    if (money == null && hours == null) return
    HorizontalDivider(color = MaterialTheme.colorScheme.outlineVariant)
    money?.let { Text(str("savings_money_line", it), style = MaterialTheme.typography.titleMedium) }
    hours?.let { Text(str("savings_hours_line", it), style = MaterialTheme.typography.titleMedium) }
    TextButton(onClick = onChange, modifier = Modifier.heightIn(min = 48.dp)) { Text(str("savings_change")) }
}

@Composable
private fun NextMilestone(milestone: Milestone?) {
    if (milestone == null) return
    SectionCard(title = str("next_milestone_title")) {
        Text(milestone.label, style = MaterialTheme.typography.headlineSmall)
        val left = milestone.daysLeft.toInt()
        Text(
            if (left == 0) str("milestone_today") else plural("milestone_in_days", left, left, longDate(milestone.date)),
            style = MaterialTheme.typography.bodyLarge,
        )
    }
}

@Composable
private fun ReachOut(session: CairnSession, call: CallAction) {
    val scope = rememberCoroutineScope()
    // The reach-out action is the chain's first entry; a call or text to it counts today.
    val open = { uri: String, channel: Channel -> session.dialOrSayNoApp(uri, channel, 0, scope) }
    SectionCard(title = str("reach_out_title")) {
        Text(str("reach_out_body"), style = MaterialTheme.typography.bodyLarge)
        CallButton(label = str("call_name", call.label), onClick = { open(call.telUri, Channel.CALL) })
        val sms = call.smsUri
        if (sms != null) {
            OutlinedButton(
                onClick = { open(sms, Channel.TEXT) },
                modifier = Modifier.fillMaxWidth().heightIn(min = 48.dp),
            ) { Text(str("text_name", call.label)) }
        }
    }
}

@Composable
private fun CheckInCard(done: Boolean, onCheckIn: () -> Unit) {
    SectionCard(title = str("todays_check_in")) {
        Row(horizontalArrangement = Arrangement.spacedBy(12.dp)) {
            Text(if (done) str("checked_in_today") else str("not_checked_in_today"), style = MaterialTheme.typography.bodyLarge)
        }
        Button(onClick = onCheckIn, modifier = Modifier.fillMaxWidth().heightIn(min = 48.dp)) {
            Text(if (done) str("check_in_edit") else str("check_in_now"))
        }
    }
}
