package app.cairn.android.screens

import app.cairn.android.MainActivity
import app.cairn.android.R
import app.cairn.android.ui.Dialer
import app.cairn.android.ui.Labels
import app.cairn.core.CallAction
import app.cairn.core.Channel
import app.cairn.core.Insights
import app.cairn.core.JourneyStatus
import java.time.Instant

/** Today: clean time, stage, next milestone, today's check-in, the call button, reach-out signals. */
class TodayScreen(
    host: MainActivity,
) : Screen(host) {
    private class Today(
        val status: JourneyStatus,
        val insights: Insights,
        val call: CallAction,
    )

    override fun render() {
        load({
            val now = Instant.now()
            Today(it.status(null, now), it.insights(now), it.reachOutAction())
        }) { today -> show(today) }
    }

    private fun show(today: Today) {
        val streak = today.status.streak
        val days = streak.currentDays.toInt()
        ui.big(host.resources.getQuantityString(R.plurals.days_count, days, days))
        ui.small(s(R.string.clean_since, streak.currentStart))
        streak.elapsed?.let { ui.text(s(R.string.hours_minutes, it.hours.toInt(), it.minutes.toInt())) }

        val stage = today.status.stage
        ui.headline(s(R.string.stage_line, s(Labels.stage(stage.stage))))
        ui.progress(stage.progress).contentDescription = s(R.string.stage_progress_description, (stage.progress * 100).toInt())
        val next = stage.nextStage
        val left = stage.daysLeft
        if (next != null && left != null) ui.small(s(R.string.next_stage, left.toInt(), s(Labels.stage(next))))

        today.status.nextMilestone?.let {
            ui.headline(s(R.string.next_milestone))
            ui.text(s(R.string.milestone_line, it.label, it.date, it.daysLeft.toInt()))
        }

        ui.headline(s(R.string.todays_check_in))
        if (today.insights.checkedInToday) {
            ui.text(s(R.string.checked_in_today))
        } else {
            ui.button(s(R.string.check_in_now)) { host.open(MainActivity.Tab.CHECK_IN) }
        }

        ui.divider()
        callButtons(today.call)

        if (today.insights.signals.isNotEmpty()) {
            ui.headline(s(R.string.signals_title))
            for (signal in today.insights.signals) ui.text("\u2022 " + signal.reason)
            ui.button(s(R.string.see_who_to_call)) { host.open(MainActivity.Tab.HELP) }
        }
        if (today.status.damagedRecords.isNotEmpty()) {
            ui.small(s(R.string.damaged_records, today.status.damagedRecords.size))
        }
    }

    private fun callButtons(call: CallAction) {
        ui.button(s(R.string.call_someone, call.label), s(R.string.call_someone_description, call.label), large = true) {
            Dialer.dial(host, call.telUri)
            host.background { host.app.core().logReachOut(0u, Channel.CALL, Instant.now()) }
        }
        call.smsUri?.let { sms ->
            ui.button(s(R.string.text_someone, call.label)) {
                Dialer.text(host, sms)
                host.background { host.app.core().logReachOut(0u, Channel.TEXT, Instant.now()) }
            }
        }
    }
}
