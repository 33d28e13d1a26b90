// The notification plan, as the model runs it: ask the OS what is pending, ask the core what
// to cancel and add, hand that to the scheduler. One method, so every path that changes the
// plan (launch, foreground, a change, midnight, a new zone) re-plans the same way.

import CairnCore
import Foundation

extension CompanionStore {
    /// Reconciles the OS's pending notifications with the core's plan, and notes whether
    /// notifications are allowed (the settings screen explains a refusal).
    func replanNotifications() async {
        guard let worker, phase == .ready else {
            return
        }
        let scheduler = platform.notifications
        await scheduler.requestAuthorizationOnce()
        notificationPermission = await scheduler.permission()
        let pending = await scheduler.pendingIds()
        let now = Date()
        do {
            let reconciliation = try await worker.run { core in
                try core.reconcileNotifications(pending: pending, now: now)
            }
            scheduler.apply(reconciliation, discreet: settings?.notifications.discreet ?? true)
        } catch {
            report(error)
        }
    }
}
