// A lived-in store for screenshots and click-through tests: a journey with a lapse and a relapse
// in its history, a sponsor and a backup, a month of check-ins, a prevention plan with two
// reasons to stay clean, five days of pledges up to yesterday and a medication, written through the real core as a person would have over twenty months.
package app.cairn.android.ui.testing

import app.cairn.core.CheckIn
import app.cairn.core.ContactRole
import app.cairn.core.HelpfulAction
import app.cairn.core.MedicationTaken
import app.cairn.core.Medication
import app.cairn.core.NewContact
import app.cairn.core.NewJourney
import app.cairn.core.PersonalMilestone
import app.cairn.core.PlanChange
import app.cairn.core.PlanSection
import app.cairn.core.SettingsChange
import app.cairn.core.Trigger
import app.cairn.core.UseEvent
import app.cairn.core.UseKind
import app.cairn.ffi.CairnCompanion
import java.time.LocalDate
import java.time.LocalTime

object Seed {
    /** Writes the sample life into [companion], as of [phone]'s clock. */
    fun lived(companion: CairnCompanion, phone: FakePhone) {
        val now = phone.clock.now()
        val today = LocalDate.ofInstant(now, phone.clock.zone())
        companion.updateSettings(
            SettingsChange(
                region = "US",
                medications = listOf(Medication("buprenorphine", listOf(LocalTime.of(8, 0)))),
            ),
        )
        companion.startJourney(NewJourney(null, LocalDate.of(2025, 3, 1), LocalTime.of(7, 30)), now)
        companion.recordUse(
            null,
            UseEvent(LocalDate.of(2025, 4, 15), null, UseKind.LAPSE, "Ran into the old crowd at the station", listOf("people", "stress")),
            now,
        )
        companion.recordUse(null, UseEvent(today.minusDays(43), null, UseKind.RELAPSE, null, listOf("loneliness")), now)
        companion.addPersonalMilestone(null, PersonalMilestone.Days(100u))

        companion.addContact(NewContact("Jordan", "(555) 010-4477", ContactRole.SPONSOR, true, "Calls back within the hour"), true)
        companion.addContact(NewContact("Alex", "+1 555 010 9921", ContactRole.BACKUP, false, null), false)
        companion.addContact(NewContact("Dr. Rivera's clinic", "555 010 3300", ContactRole.PRESCRIBER_OR_CLINIC, false, "Mon–Fri"), false)

        for (offset in 20 downTo 1) {
            val hard = offset <= 2
            companion.checkIn(
                CheckIn(
                    today.minusDays(offset.toLong()),
                    (if (hard) 2 else 3 + offset % 3).toUByte(),
                    (if (hard) 7 + offset else offset % 4).toUByte(),
                    false,
                    MedicationTaken.TAKEN,
                    if (hard) listOf(Trigger.Loneliness, Trigger.Stress) else listOf(Trigger.Stress),
                    if (offset % 2 == 0) listOf(HelpfulAction.Meeting) else listOf(HelpfulAction.Exercise, HelpfulAction.Own("Walk by the river")),
                    if (offset == 5) "Good talk with Jordan after the meeting." else null,
                ),
                UseKind.LAPSE,
                false,
                now,
            )
        }
        val plan = listOf(
            PlanSection.WARNING_SIGNS to "Skipping meetings",
            PlanSection.WARNING_SIGNS to "Not sleeping",
            PlanSection.TRIGGERS_TO_AVOID to "The station after dark",
            PlanSection.COPING_STEPS to "Call Jordan before deciding anything",
            PlanSection.COPING_STEPS to "Walk for twenty minutes",
            PlanSection.REASONS_TO_STAY_CLEAN to "Sunday mornings with my daughter",
            PlanSection.PEOPLE_TO_CALL to "Jordan, then Alex",
            PlanSection.SAFE_PLACES to "The library on Fifth",
        )
        plan.forEach { (section, text) -> companion.editPreventionPlan(section, PlanChange.Add(text)) }

        // The daily pledge and the reasons (issue 20): a second reason, and a pledge on each of
        // the last five days but not today, so Today offers today's with a streak until yesterday.
        companion.addReason("Being someone my friends can count on")
        for (offset in 5 downTo 1) companion.pledge(today.minusDays(offset.toLong()), now)
    }
}
