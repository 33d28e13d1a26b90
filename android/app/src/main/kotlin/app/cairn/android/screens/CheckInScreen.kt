package app.cairn.android.screens

import android.app.AlertDialog
import android.text.InputType
import android.widget.CheckBox
import app.cairn.android.MainActivity
import app.cairn.android.R
import app.cairn.android.ui.Dialer
import app.cairn.android.ui.Forms
import app.cairn.android.ui.Labels
import app.cairn.android.ui.Tags
import app.cairn.core.CairnException
import app.cairn.core.CheckIn
import app.cairn.core.CheckInRecorded
import app.cairn.core.MedicationTaken
import app.cairn.core.SafetyCard
import app.cairn.core.UseKind
import java.time.Instant

/** The 30-second check-in. Saying "used" may bring back the safety card, shown at once. */
class CheckInScreen(
    host: MainActivity,
) : Screen(host) {
    override fun render() {
        load({ core ->
            val today = core.status(null, Instant.now()).streak.today
            today to core.checkins().firstOrNull { it.date == today }
        }) { (today, existing) -> form(today, existing) }
    }

    private fun form(
        today: String,
        existing: CheckIn?,
    ) {
        ui.headline(s(R.string.check_in_title))
        val date = ui.labelledField(R.string.check_in_date, existing?.date ?: today, InputType.TYPE_CLASS_DATETIME)

        ui.small(s(R.string.mood_question))
        val moodLabels = listOf(R.string.mood_1, R.string.mood_2, R.string.mood_3, R.string.mood_4, R.string.mood_5).map { s(it) }
        val mood = ui.choice(moodLabels, (existing?.mood?.toInt() ?: 3) - 1)

        val craving = ui.slider(10, existing?.craving?.toInt() ?: 0) { s(R.string.craving_value, it) }

        val used = ui.check(s(R.string.used_question), existing?.used ?: false)
        ui.small(s(R.string.use_kind_question))
        val kinds = UseKind.entries
        val kind = ui.choice(kinds.map { s(Labels.useKind(it)) }, 0, horizontal = true)

        ui.small(s(R.string.medication_question))
        val takenOptions = MedicationTaken.entries
        val medication =
            ui.choice(
                takenOptions.map { s(Labels.medication(it)) },
                takenOptions.indexOf(existing?.medication ?: MedicationTaken.NOT_PRESCRIBED),
            )

        ui.headline(s(R.string.triggers_title))
        val (triggersTicked, triggersOwn) = Tags.split(existing?.triggers ?: emptyList(), Tags.triggers)
        val triggerBoxes = Tags.triggers.map { (key, label) -> key to ui.check(s(label), key in triggersTicked) }
        val ownTriggers = ui.field(R.string.own_triggers_hint, triggersOwn.joinToString(", "))

        ui.headline(s(R.string.helped_title))
        val (helpedTicked, helpedOwn) = Tags.split(existing?.helped ?: emptyList(), Tags.helped)
        val helpedBoxes = Tags.helped.map { (key, label) -> key to ui.check(s(label), key in helpedTicked) }
        val ownHelped = ui.field(R.string.own_helped_hint, helpedOwn.joinToString(", "))

        val note = ui.field(R.string.note_hint, existing?.note, InputType.TYPE_CLASS_TEXT or InputType.TYPE_TEXT_FLAG_MULTI_LINE)

        ui.button(s(R.string.save_check_in)) {
            val checkIn =
                CheckIn(
                    date = date.text.toString().trim(),
                    mood = (mood.indexOfFirst { it.isChecked } + 1).coerceAtLeast(1).toUByte(),
                    craving = craving.progress.toUByte(),
                    used = used.isChecked,
                    medication = takenOptions[medication.indexOfFirst { it.isChecked }.coerceAtLeast(0)],
                    triggers = ticked(triggerBoxes) + Forms.tags(ownTriggers.text.toString()),
                    helped = ticked(helpedBoxes) + Forms.tags(ownHelped.text.toString()),
                    note = Forms.optional(note.text.toString()),
                )
            val useKind = kinds[kind.indexOfFirst { it.isChecked }.coerceAtLeast(0)]
            save(checkIn, useKind, replace = false)
        }
    }

    private fun ticked(boxes: List<Pair<String, CheckBox>>): List<String> = boxes.filter { it.second.isChecked }.map { it.first }

    private fun save(
        checkIn: CheckIn,
        useKind: UseKind,
        replace: Boolean,
    ) {
        host.coreOr({ it.checkIn(checkIn, useKind, replace, Instant.now()) }, ::saved) { error ->
            if (error is CairnException.AlreadyExists && !replace) {
                host.secureDialog(
                    AlertDialog
                        .Builder(host)
                        .setMessage(R.string.replace_check_in_question)
                        .setPositiveButton(R.string.replace) { _, _ -> save(checkIn, useKind, replace = true) }
                        .setNegativeButton(R.string.cancel, null),
                )
            } else {
                host.showError(error)
            }
        }
    }

    private fun saved(recorded: CheckInRecorded) {
        host.background { host.app.resync() }
        val card = recorded.safetyCard ?: recorded.useRecorded?.safetyCard
        if (card != null) {
            host.show(SafetyCardScreen(host, card))
        } else {
            android.widget.Toast
                .makeText(host, s(R.string.check_in_saved, recorded.checkinStreakDays.toInt()), android.widget.Toast.LENGTH_LONG)
                .show()
            host.open(MainActivity.Tab.TODAY)
        }
    }
}

/** The core's safety card after a use following clean days: its text and its one-tap calls. */
class SafetyCardScreen(
    host: MainActivity,
    private val card: SafetyCard,
) : Screen(host) {
    override fun render() {
        ui.headline(card.title)
        for (line in card.lines) ui.text("\u2022 $line")
        for (action in card.actions) {
            ui.button(s(R.string.call_someone, action.call.label), s(R.string.call_someone_description, action.call.label), large = true) {
                Dialer.dial(host, action.call.telUri)
            }
        }
        ui.button(s(R.string.done)) { host.open(MainActivity.Tab.TODAY) }
    }
}
