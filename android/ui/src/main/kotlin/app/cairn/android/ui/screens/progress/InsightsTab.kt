// What the check-ins show, in words: mood and craving over 7 and 30 days and which way they are
// going, the check-in streak, the triggers and the helpful actions named most, and the reasons,
// if any, to reach out now, with the person's own reasons to stay clean and the call that does it.
package app.cairn.android.ui.screens.progress

import androidx.compose.foundation.layout.Arrangement
import androidx.compose.foundation.layout.Column
import androidx.compose.foundation.layout.Row
import androidx.compose.material3.MaterialTheme
import androidx.compose.material3.Text
import androidx.compose.runtime.Composable
import androidx.compose.runtime.getValue
import androidx.compose.runtime.rememberCoroutineScope
import androidx.compose.ui.Modifier
import androidx.compose.ui.unit.dp
import app.cairn.android.ui.components.CallButton
import app.cairn.android.ui.components.Loaded
import app.cairn.android.ui.components.ReasonsBlock
import app.cairn.android.ui.components.SectionCard
import app.cairn.android.ui.screens.checkin.helpedKey
import app.cairn.android.ui.screens.checkin.helpedName
import app.cairn.android.ui.screens.checkin.triggerKey
import app.cairn.android.ui.screens.checkin.triggerName
import app.cairn.android.ui.session.CairnSession
import app.cairn.android.ui.session.dialOrSayNoApp
import app.cairn.android.ui.session.rememberLoad
import app.cairn.android.ui.text.plural
import app.cairn.android.ui.text.str
import app.cairn.core.Averages
import app.cairn.core.CallAction
import app.cairn.core.Channel
import app.cairn.core.CheckInStreak
import app.cairn.core.Insights
import app.cairn.core.Trend
import app.cairn.core.WindowAverage

@Composable
fun InsightsTab(session: CairnSession) {
    val load by rememberLoad(session) { it.insights(session.platform.clock.now()) }
    Loaded(load) { Insights(session, it) }
}

@Composable
private fun Insights(session: CairnSession, insights: Insights) {
    val call = insights.reachOut
    if (insights.signals.isNotEmpty() && call != null) Signals(session, insights, call)
    MoodAndCraving(insights.averages)
    CheckIns(insights.checkinStreak)
    val top = insights.topTags
    TopList(
        title = str("progress_insights_triggers_title"),
        rows = top.triggers.map { triggerName(triggerKey(it.tag)) to it.count.toInt() },
    )
    TopList(
        title = str("progress_insights_helped_title"),
        rows = top.helped.map { helpedName(helpedKey(it.tag)) to it.count.toInt() },
    )
}

/** First, when there are any: the one thing on this tab that asks for action. */
@Composable
private fun Signals(session: CairnSession, insights: Insights, call: CallAction) {
    val scope = rememberCoroutineScope()
    SectionCard(title = str("progress_insights_signals_title")) {
        insights.signals.forEach { Text(it.reason, style = MaterialTheme.typography.bodyLarge) }
        ReasonsBlock(insights.reasons)
        CallButton(
            label = str("call_name", call.label),
            // The reach-out action is the chain's first entry; a call to it counts today.
            onClick = { session.dialOrSayNoApp(call.telUri, Channel.CALL, 0, scope) },
        )
    }
}

@Composable
private fun MoodAndCraving(averages: Averages) {
    SectionCard(title = str("progress_insights_feel_title")) {
        Window(str("progress_insights_last_7"), averages.last7)
        Window(str("progress_insights_last_30"), averages.last30)
        val mood = averages.moodTrend
        val craving = averages.cravingTrend
        if (mood == null && craving == null) Text(str("progress_insights_trend_unknown"), style = MaterialTheme.typography.bodyLarge)
        mood?.let { Text(str(moodTrend(it)), style = MaterialTheme.typography.bodyLarge) }
        craving?.let { Text(str(cravingTrend(it)), style = MaterialTheme.typography.bodyLarge) }
    }
}

@Composable
private fun Window(title: String, window: WindowAverage) {
    Column {
        Text(title, style = MaterialTheme.typography.titleMedium)
        val mood = window.mood
        val craving = window.craving
        if (mood == null || craving == null) {
            Text(str("progress_insights_no_check_ins"), style = MaterialTheme.typography.bodyLarge)
        } else {
            Text(str("progress_insights_mood_average", mood), style = MaterialTheme.typography.bodyLarge)
            Text(str("progress_insights_craving_average", craving), style = MaterialTheme.typography.bodyLarge)
            Text(
                plural("progress_insights_from_check_ins", window.checkIns.toInt()),
                style = MaterialTheme.typography.bodyMedium,
                color = MaterialTheme.colorScheme.onSurfaceVariant,
            )
        }
    }
}

@Composable
private fun CheckIns(streak: CheckInStreak) {
    SectionCard(title = str("progress_insights_check_ins_title")) {
        Text(plural("progress_insights_check_in_streak", streak.currentDays.toInt()), style = MaterialTheme.typography.bodyLarge)
        Text(plural("progress_insights_check_in_longest", streak.longestDays.toInt()), style = MaterialTheme.typography.bodyLarge)
        Text(plural("progress_insights_check_in_last_30", streak.daysInLast30.toInt()), style = MaterialTheme.typography.bodyLarge)
    }
}

/** Names with how many check-ins named them, most first. */
@Composable
private fun TopList(title: String, rows: List<Pair<String, Int>>) {
    SectionCard(title = title) {
        Text(str("progress_insights_last_30_days"), style = MaterialTheme.typography.bodyMedium, color = MaterialTheme.colorScheme.onSurfaceVariant)
        if (rows.isEmpty()) Text(str("progress_insights_nothing_yet"), style = MaterialTheme.typography.bodyLarge)
        rows.forEach { (name, count) ->
            Row(horizontalArrangement = Arrangement.spacedBy(12.dp)) {
                Text(name, style = MaterialTheme.typography.titleMedium, modifier = Modifier.weight(1f))
                Text(plural("progress_insights_times", count), style = MaterialTheme.typography.bodyLarge)
            }
        }
    }
}

private fun moodTrend(trend: Trend): String = when (trend) {
    Trend.RISING -> "progress_insights_mood_rising"
    Trend.FALLING -> "progress_insights_mood_falling"
    Trend.STEADY -> "progress_insights_mood_steady"
}

private fun cravingTrend(trend: Trend): String = when (trend) {
    Trend.RISING -> "progress_insights_craving_rising"
    Trend.FALLING -> "progress_insights_craving_falling"
    Trend.STEADY -> "progress_insights_craving_steady"
}
