import CairnCore
import Foundation

/// The journal: starting the journey and personal milestones (status, history and
/// milestones are read in Snapshot).
@MainActor
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

    func addPersonalMilestone(days: UInt32) async -> Bool {
        await perform { core in
            try core.addPersonalMilestone(journeyId: nil, milestone: .days(days))
        }
    }
}
