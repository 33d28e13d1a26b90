package app.cairn.android.screens

import app.cairn.android.MainActivity
import app.cairn.android.R
import app.cairn.android.ui.Dialer
import app.cairn.core.Channel
import app.cairn.core.CrisisLine
import app.cairn.core.PlanChange
import app.cairn.core.PreventionPlan
import app.cairn.core.ReachOutChain
import java.time.Instant

/** Help: the reach-out chain in order, the region's crisis lines, the relapse-prevention plan. */
class HelpScreen(
    host: MainActivity,
) : Screen(host) {
    private class Data(
        val chain: ReachOutChain,
        val lines: List<CrisisLine>,
        val plan: PreventionPlan,
    )

    override fun render() {
        load({ Data(it.reachOutChain(), it.crisisLines(), it.preventionPlan()) }) { show(it) }
    }

    private fun show(data: Data) {
        ui.headline(s(R.string.chain_title))
        data.chain.note?.let { ui.small(it) }
        data.chain.entries.forEachIndexed { index, entry ->
            ui.text(listOfNotNull("${index + 1}. ${entry.name}", entry.role, entry.hours).joinToString(" \u00b7 "))
            val buttons =
                mutableListOf<Triple<CharSequence, CharSequence, () -> Unit>>(
                    Triple(s(R.string.call), s(R.string.call_someone_description, entry.name), {
                        Dialer.dial(host, entry.telUri)
                        log(index, Channel.CALL)
                    }),
                )
            entry.smsUri?.let { sms ->
                buttons +=
                    Triple(s(R.string.text), s(R.string.text_someone_description, entry.name), {
                        Dialer.text(host, sms)
                        log(index, Channel.TEXT)
                    })
            }
            ui.rowWithDescriptions(*buttons.toTypedArray())
        }

        ui.headline(s(R.string.crisis_lines_title))
        for (line in data.lines) {
            ui.text("${line.name} \u00b7 ${line.number}")
            ui.small(listOf(line.purpose, line.hours, s(R.string.source, line.source)).joinToString(" \u00b7 "))
            val buttons =
                mutableListOf<Triple<CharSequence, CharSequence, () -> Unit>>(
                    Triple(s(R.string.call), s(R.string.call_someone_description, line.name), { Dialer.dial(host, line.telUri) }),
                )
            line.smsUri?.let { sms ->
                buttons += Triple(s(R.string.text), s(R.string.text_someone_description, line.name), { Dialer.text(host, sms) })
            }
            ui.rowWithDescriptions(*buttons.toTypedArray())
        }

        ui.headline(s(R.string.plan_title))
        val plan = data.plan
        section(R.string.plan_warning_signs, "warning_signs", plan.warningSigns)
        section(R.string.plan_triggers_to_avoid, "triggers_to_avoid", plan.triggersToAvoid)
        section(R.string.plan_coping_steps, "coping_steps", plan.copingSteps)
        section(R.string.plan_reasons, "reasons_to_stay_clean", plan.reasonsToStayClean)
        section(R.string.plan_people, "people_to_call", plan.peopleToCall)
        section(R.string.plan_safe_places, "safe_places", plan.safePlaces)
    }

    private fun log(
        index: Int,
        channel: Channel,
    ) = host.background { host.app.core().logReachOut(index.toUInt(), channel, Instant.now()) }

    private fun section(
        title: Int,
        key: String,
        items: List<String>,
    ) {
        ui.small(s(title))
        items.forEachIndexed { index, item ->
            ui.rowWithDescriptions(
                Triple(item, item, {}),
                Triple(s(R.string.remove), s(R.string.remove_description, item), { change(key, PlanChange.Remove(index.toUInt())) }),
            )
        }
        val field = ui.field(R.string.plan_add_hint)
        ui.button(s(R.string.add_to, s(title))) {
            val text = field.text.toString().trim()
            if (text.isNotEmpty()) change(key, PlanChange.Add(text))
        }
    }

    private fun change(
        key: String,
        change: PlanChange,
    ) = host.core({ it.editPreventionPlan(key, change) }) { host.open(MainActivity.Tab.HELP) }
}
