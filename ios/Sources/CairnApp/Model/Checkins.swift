// Check-ins, as the model records them. The form builds the CheckIn; the core validates it,
// records a use if it says "used", and may answer with the safety card, which the root view
// shows over everything.

import CairnCore
import Foundation

extension CompanionStore {
    /// Records a check-in; a "used" answer may bring back the safety card.
    func checkIn(_ checkin: CheckIn, useKind: UseKind, replace: Bool) async -> Bool {
        guard let worker else {
            return false
        }
        let now = Date()
        do {
            let recorded = try await worker.run { core in
                try core.checkIn(checkin: checkin, useKind: useKind, replace: replace, now: now)
            }
            safetyCard = recorded.safetyCard
        } catch {
            report(error)
            return false
        }
        await refreshAfterChange()
        return true
    }
}
