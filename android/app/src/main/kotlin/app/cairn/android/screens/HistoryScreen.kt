package app.cairn.android.screens

import app.cairn.android.MainActivity
import app.cairn.android.R
import app.cairn.android.ui.Labels
import app.cairn.core.CleanShare
import app.cairn.core.History
import app.cairn.core.Insights
import app.cairn.core.StreakSummary
import app.cairn.core.TagCount
import app.cairn.core.Trend
import java.time.Instant

/** History and insights: every streak and use kept, the cumulative measures, the trends. */
class HistoryScreen(
    host: MainActivity,
) : Screen(host) {
    private class Data(
        val streak: StreakSummary,
        val history: History,
        val insights: Insights,
    )

    override fun render() {
        load({
            val now = Instant.now()
            Data(it.status(null, now).streak, it.history(null, now), it.insights(now))
        }) { show(it) }
    }

    private fun show(data: Data) {
        val streak = data.streak
        ui.headline(s(R.string.totals_title))
        ui.text(s(R.string.longest_streak, streak.longestDays.toInt()))
        ui.text(s(R.string.total_clean_days, streak.totalCleanDays.toInt(), streak.daysSinceFirstCleanDate.toInt()))
        ui.text(s(R.string.attempts, streak.attempts.toInt()))
        for (share in listOf(streak.share30, streak.share90, streak.share365)) ui.text(share(share))

        val insights = data.insights
        ui.headline(s(R.string.insights_title))
        ui.text(s(R.string.check_in_streak, insights.checkinStreakDays.toInt()))
        ui.text(s(R.string.days_in_last_30, insights.daysInLast30.toInt()))
        ui.text(average(R.string.mood_averages, insights.mood7, insights.mood30, insights.moodTrend))
        ui.text(average(R.string.craving_averages, insights.craving7, insights.craving30, insights.cravingTrend))
        ui.small(s(R.string.top_triggers))
        ui.bullets(counts(insights.topTriggers))
        ui.small(s(R.string.top_helped))
        ui.bullets(counts(insights.topHelped))
        if (insights.signals.isNotEmpty()) {
            ui.small(s(R.string.signals_title))
            ui.bullets(insights.signals.map { it.reason })
        }

        val history = data.history
        ui.headline(s(R.string.streaks_title))
        ui.text(s(R.string.current_streak_since, history.currentStreakStart))
        ui.bullets(
            history.pastStreaks.map {
                s(R.string.past_streak, it.start, it.end, it.days.toInt(), s(Labels.useKind(it.endedBy)))
            },
        )
        ui.headline(s(R.string.uses_title))
        ui.bullets(
            history.uses.map { entry ->
                val event = entry.event
                listOfNotNull(event.date, event.time, s(Labels.useKind(event.kind)), event.note).joinToString(" \u00b7 ")
            },
        )
        if (history.audit.isNotEmpty()) ui.small(s(R.string.audit_count, history.audit.size))
        if (history.damagedRecords.isNotEmpty()) ui.small(s(R.string.damaged_records, history.damagedRecords.size))
    }

    private fun share(share: CleanShare): String =
        s(R.string.clean_share, share.cleanDays.toInt(), share.countedDays.toInt(), share.windowDays.toInt(), (share.share * 100).toInt())

    private fun average(
        label: Int,
        week: Double?,
        month: Double?,
        trend: Trend?,
    ): String {
        val none = s(R.string.not_enough_data)
        val trendText = trend?.let { s(Labels.trend(it)) } ?: none
        return s(label, week?.let { "%.1f".format(it) } ?: none, month?.let { "%.1f".format(it) } ?: none, trendText)
    }

    private fun counts(tags: List<TagCount>): List<String> = tags.map { s(R.string.tag_count, it.tag, it.count.toInt()) }
}
