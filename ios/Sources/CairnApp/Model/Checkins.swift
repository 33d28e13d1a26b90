import CairnCore
import Foundation

/// Check-ins. (They are read, with the insights they give back, in Snapshot.)
@MainActor
extension CompanionStore {
    /// Records a check-in; a "used" answer may bring back the safety card.
    func checkIn(_ checkin: CheckIn, useKind: UseKind, replace: Bool) async -> Bool {
        guard let worker = worker else {
            return false
        }
        let now = Date()
        do {
            let recorded = try await worker.run { core in
                try core.checkIn(checkin: checkin, useKind: useKind, replace: replace, now: now)
            }
            safetyCard = recorded.safetyCard
        } catch {
            message = Labels.error(error)
            return false
        }
        await refreshAfterChange()
        return true
    }
}
