// The journal, as the model asks for it: starting the journey, its money and time not spent,
// personal milestones, and correcting a recorded use. Status, history and milestones are read
// in Snapshot; here are only the changes, each one core call.

import CairnCore
import Foundation

extension CompanionStore {
    func startJourney(cleanDate: Date, substance: String) async -> Bool {
        let day = LocalDate.day(cleanDate, zone: timeZone)
        let trimmed = substance.trimmingCharacters(in: .whitespacesAndNewlines)
        let journey = NewJourney(substance: trimmed.isEmpty ? nil : trimmed, cleanDate: day, cleanTime: nil)
        let now = Date()
        return await perform { core in
            _ = try core.startJourney(journey: journey, now: now)
        }
    }

    /// What became of a savings change: taken, refused with the field the core named (the form
    /// shows it under that field), or failed otherwise (shown in `message`, as every failure).
    enum SavingsOutcome: Equatable {
        case saved
        case refused(field: String)
        case failed
    }

    /// Replaces the first journey's cost and hours per day (Today shows the first journey); nil
    /// stops counting one. The core checks everything: the amount's form and the currency's
    /// decimal places, the currency (an empty one is the journey's own, else the region's),
    /// the hours' range.
    func setSavings(_ savings: JourneySavings) async -> SavingsOutcome {
        guard let worker else {
            return .failed
        }
        do {
            try await worker.run { core in
                try core.setJourneySavings(journeyId: nil, savings: savings)
            }
        } catch CairnError.InvalidInput(let field, _) {
            return .refused(field: field)
        } catch {
            report(error)
            return .failed
        }
        await refreshAfterChange()
        return .saved
    }

    func addPersonalMilestone(days: UInt32) async -> Bool {
        await perform { core in
            try core.addPersonalMilestone(journeyId: nil, milestone: .days(days))
        }
    }

    /// Replaces a recorded use (a mistaken date or kind); the core's audit keeps the old one.
    func editUse(id: RecordId, event: UseEvent) async -> Bool {
        let now = Date()
        return await perform { core in
            try core.editUse(useId: id, event: event, now: now)
        }
    }

    /// Deletes a use recorded by mistake; the core's audit keeps what it was.
    func deleteUse(id: RecordId) async -> Bool {
        let now = Date()
        return await perform { core in
            try core.deleteUse(useId: id, now: now)
        }
    }
}
