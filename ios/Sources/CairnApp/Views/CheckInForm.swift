// The check-in form's answers as plain values, apart from the view, so filling it from a
// recorded check-in and turning it back into one are a pair that can be read (and tested)
// together.

import CairnCore
import Foundation

struct CheckInForm: Equatable {
    var mood = 3
    var craving = 0
    var used = false
    var useKind = UseKind.lapse
    var medication = MedicationTaken.notPrescribed
    var triggers: Set<Trigger> = []
    var helped: Set<HelpfulAction> = []
    var ownTags = ""
    var note = ""
    /// How the day's pledge went: kept, not kept, or nil (skipped, and always on a day without one).
    var pledgeKept: Bool?

    static let fixedTriggers: [Trigger] = [
        .people, .places, .stress, .boredom, .pain, .conflict, .money, .loneliness,
        .withdrawal, .celebration,
    ]
    static let fixedHelped: [HelpfulAction] = [
        .meeting, .calledSponsor, .therapy, .exercise, .medication, .rest, .reachedOut,
    ]

    init() {}

    /// The answers of a recorded check-in. Own helpful actions cannot be entered here; they
    /// stay in the set, so an edit keeps them.
    init(existing checkin: CheckIn) {
        mood = Int(checkin.mood)
        craving = Int(checkin.craving)
        used = checkin.used
        medication = checkin.medication
        triggers = Set(checkin.triggers.filter { CheckInForm.fixedTriggers.contains($0) })
        ownTags = checkin.triggers.compactMap(CheckInForm.ownText).joined(separator: ", ")
        helped = Set(checkin.helped)
        note = checkin.note ?? ""
        pledgeKept = checkin.pledgeKept
    }

    /// Saying "used" takes back a "kept" answer, which the core would refuse beside a use.
    mutating func settleUseAndPledge() {
        if used && pledgeKept == true {
            pledgeKept = nil
        }
    }

    /// The check-in to record for `date`, with own tags split at commas.
    func checkIn(date: NaiveDate) -> CheckIn {
        let ownTriggers = ownTags.split(separator: ",")
            .map { $0.trimmingCharacters(in: .whitespaces) }
            .filter { !$0.isEmpty }
            .map { Trigger.own($0) }
        let ownHelped = helped.compactMap(CheckInForm.ownText).sorted().map { HelpfulAction.own($0) }
        let trimmedNote = note.trimmingCharacters(in: .whitespacesAndNewlines)
        return CheckIn(
            date: date,
            mood: UInt8(mood),
            craving: UInt8(craving),
            used: used,
            medication: medication,
            triggers: CheckInForm.fixedTriggers.filter { triggers.contains($0) } + ownTriggers,
            helped: CheckInForm.fixedHelped.filter { helped.contains($0) } + ownHelped,
            note: trimmedNote.isEmpty ? nil : trimmedNote,
            pledgeKept: pledgeKept
        )
    }

    static func ownText(_ trigger: Trigger) -> String? {
        if case .own(let text) = trigger {
            return text
        }
        return nil
    }

    static func ownText(_ action: HelpfulAction) -> String? {
        if case .own(let text) = action {
            return text
        }
        return nil
    }
}
