// The daily pledge ("Just for today") and the person's reasons to stay clean, as the model asks
// for them: one tap makes today's pledge (the core knows which day "today" is in the person's
// zone and ignores a second tap), and the reasons are added and removed one at a time, the core
// trimming and checking each. The pledge streak is read with the status, the pledged days and
// the reasons in Snapshot.

import CairnCore
import Foundation

extension CompanionStore {
    /// Makes today's pledge. Pledging a day that already has one changes nothing.
    func pledgeToday() async -> Bool {
        let now = Date()
        return await perform { core in
            _ = try core.pledge(date: nil, now: now)
        }
    }

    /// Whether `day` has a pledge: only then does the check-in ask how it went.
    func isPledged(_ day: NaiveDate) -> Bool {
        pledges?.days.contains { $0.date == day } ?? false
    }

    /// The person's reasons to stay clean, as the reach-out chain brings them.
    var reasons: [String] {
        chain?.reasons ?? []
    }

    /// What became of a new reason: kept, refused (its text stays in the field, with why), or
    /// failed otherwise (shown in `message`, as every failure).
    enum ReasonOutcome: Equatable {
        case added
        case refused(field: String)
        case failed
    }

    /// Adds a reason at the end; the core trims it, and refuses an empty, over-long or repeated
    /// one (`item`) or one more than the list holds (`items`).
    func addReason(_ text: String) async -> ReasonOutcome {
        guard let worker else {
            return .failed
        }
        do {
            _ = try await worker.run { core in
                try core.addReason(text: text)
            }
        } catch CairnError.InvalidInput(let field, _) {
            return .refused(field: field)
        } catch {
            report(error)
            return .failed
        }
        await refreshAfterChange()
        return .added
    }

    /// Removes the reason at `index` (0 is the first).
    func removeReason(at index: Int) async {
        await perform { core in
            _ = try core.removeReason(index: UInt32(index))
        }
    }
}
