// The whole story, honestly: the current streak, the totals that never go back (all clean days,
// the longest streak, the share of clean days over 30, 90 and 365 days), every earlier streak
// and how it ended, then every use and every change to one.
package app.cairn.android.ui.screens.progress

import androidx.compose.foundation.layout.Column
import androidx.compose.material3.HorizontalDivider
import androidx.compose.material3.MaterialTheme
import androidx.compose.material3.Text
import androidx.compose.runtime.Composable
import app.cairn.android.ui.components.FieldError
import app.cairn.android.ui.components.SectionCard
import app.cairn.android.ui.navigation.Navigator
import app.cairn.android.ui.session.CairnSession
import app.cairn.android.ui.text.longDate
import app.cairn.android.ui.text.mediumDate
import app.cairn.android.ui.text.plural
import app.cairn.android.ui.text.str
import app.cairn.core.CleanShare
import app.cairn.core.History
import app.cairn.core.PastStreak
import app.cairn.core.StreakSummary
import app.cairn.core.UseKind
import kotlin.math.min
import kotlin.math.roundToInt

/** The journey's history and its streak numbers, read together. */
private data class HistoryData(val history: History, val streak: StreakSummary)

@Composable
fun HistoryTab(session: CairnSession, navigator: Navigator) {
    JourneyContent(
        session,
        navigator,
        read = { companion ->
            val now = session.platform.clock.now()
            HistoryData(companion.history(null, now), companion.status(null, now).streak)
        },
    ) { data ->
        CurrentStreak(data.streak)
        Totals(data.streak)
        PastStreaks(data.history.pastStreaks)
        UseList(data.history.uses, navigator)
        AuditTrail(data.history.audit, session.platform.clock.zone())
        val damaged = data.history.damagedRecords.size
        if (damaged > 0) FieldError(plural("progress_history_damaged", damaged))
    }
}

@Composable
private fun CurrentStreak(streak: StreakSummary) {
    SectionCard(title = str("progress_history_current_title")) {
        Text(
            plural("progress_history_days_clean", streak.currentDays.toInt()),
            style = MaterialTheme.typography.headlineMedium,
            color = MaterialTheme.colorScheme.primary,
        )
        Text(str("progress_history_since", longDate(streak.currentStart)), style = MaterialTheme.typography.bodyLarge)
    }
}

@Composable
private fun Totals(streak: StreakSummary) {
    SectionCard(title = str("progress_history_totals_title")) {
        Text(
            plural("progress_history_total_clean", streak.totalCleanDays.toInt(), streak.totalCleanDays.toInt(), longDate(streak.firstCleanDate)),
            style = MaterialTheme.typography.bodyLarge,
        )
        Text(
            str("progress_history_longest", plural("progress_history_days", streak.longestDays.toInt())),
            style = MaterialTheme.typography.bodyLarge,
        )
        listOf(streak.share30, streak.share90, streak.share365).forEach { ShareLine(it) }
    }
}

@Composable
private fun ShareLine(share: CleanShare) {
    Column {
        Text(plural("progress_history_last_days", share.windowDays.toInt()), style = MaterialTheme.typography.titleMedium)
        val counted = share.countedDays.toInt()
        // 364 of 365 would round to 100%; a share with a use day in it never shows as all clean.
        val clean = share.cleanDays.toInt()
        val percent = (share.share * 100).roundToInt().let { if (clean < counted) min(it, 99) else it }
        Text(
            plural("progress_history_share", counted, clean, counted, percent),
            style = MaterialTheme.typography.bodyLarge,
        )
    }
}

@Composable
private fun PastStreaks(streaks: List<PastStreak>) {
    SectionCard(title = str("progress_history_past_title")) {
        if (streaks.isEmpty()) Text(str("progress_history_past_none"), style = MaterialTheme.typography.bodyLarge)
        streaks.forEachIndexed { index, streak ->
            if (index > 0) HorizontalDivider()
            Column {
                Text(
                    plural("progress_history_days", streak.days.toInt()),
                    style = MaterialTheme.typography.titleMedium,
                )
                Text(
                    str("progress_history_past_dates", mediumDate(streak.start), mediumDate(streak.end)),
                    style = MaterialTheme.typography.bodyLarge,
                )
                Text(
                    str(
                        when (streak.endedBy) {
                            UseKind.LAPSE -> "progress_history_ended_by_lapse"
                            UseKind.RELAPSE -> "progress_history_ended_by_relapse"
                        },
                    ),
                    style = MaterialTheme.typography.bodyMedium,
                    color = MaterialTheme.colorScheme.onSurfaceVariant,
                )
            }
        }
    }
}

