import CairnCore
import Foundation
import UserNotifications

/// Hands the core's notification plan to UNUserNotificationCenter. The core decides what
/// should be pending (at most 60, stable ids); this class only asks the OS what is pending,
/// asks the core what to cancel and add, and does it.
final class NotificationScheduler {
    /// Every Cairn notification uses this category, whose hidden-previews placeholder is what
    /// the lock screen shows when previews are hidden.
    static let categoryId = "cairn.neutral"

    private let center: UNUserNotificationCenter
    private var askedForAuthorization = false

    init(center: UNUserNotificationCenter = .current()) {
        self.center = center
    }

    /// Registers the category with its neutral placeholder. Cheap; call on every launch.
    func registerCategory() {
        let category = UNNotificationCategory(
            identifier: NotificationScheduler.categoryId,
            actions: [],
            intentIdentifiers: [],
            hiddenPreviewsBodyPlaceholder: L("notification.placeholder"),
            options: []
        )
        center.setNotificationCategories([category])
    }

    /// Asks for permission to alert with sounds (no badges), once per launch; the system
    /// shows its prompt only the first time.
    func requestAuthorizationOnce() async {
        if askedForAuthorization {
            return
        }
        askedForAuthorization = true
        do {
            _ = try await center.requestAuthorization(options: [.alert, .sound])
        } catch {
            return
        }
    }

    /// The ids of Cairn's pending notifications, as the core's reconciliation wants them.
    func pendingIds() async -> [String] {
        let requests = await center.pendingNotificationRequests()
        return requests.map { request in request.identifier }
    }

    /// Cancels and schedules what the core said. `discreet` keeps the neutral public text
    /// everywhere; otherwise the body is the private text and the lock screen shows the
    /// category's placeholder when the person hides previews.
    func apply(_ reconciliation: Reconciliation, discreet: Bool) async {
        if !reconciliation.cancel.isEmpty {
            center.removePendingNotificationRequests(withIdentifiers: reconciliation.cancel)
        }
        for planned in reconciliation.schedule {
            let request = makeRequest(planned, discreet: discreet)
            do {
                try await center.add(request)
            } catch {
                // A refused request stays missing; the next reconciliation adds it again.
                continue
            }
        }
    }

    /// Removes every pending and delivered Cairn notification (after deleting everything).
    func removeAll() {
        center.removeAllPendingNotificationRequests()
        center.removeAllDeliveredNotifications()
    }

    private func makeRequest(_ planned: PlannedNotification, discreet: Bool) -> UNNotificationRequest {
        let content = UNMutableNotificationContent()
        content.body = discreet ? planned.publicText : planned.privateText
        content.categoryIdentifier = NotificationScheduler.categoryId
        content.threadIdentifier = "cairn"
        content.sound = .default
        let trigger = UNCalendarNotificationTrigger(
            dateMatching: components(planned),
            repeats: false
        )
        return UNNotificationRequest(identifier: planned.id, content: content, trigger: trigger)
    }

    /// The wall time of the planned instant in the plan's zone. Taking it from `firesAt`
    /// (not from `localTime`) keeps the core's choice for times a daylight-saving change
    /// skips or repeats.
    private func components(_ planned: PlannedNotification) -> DateComponents {
        let zone = TimeZone(identifier: planned.timeZone) ?? TimeZone.current
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = zone
        var parts = calendar.dateComponents([.year, .month, .day, .hour, .minute], from: planned.firesAt)
        parts.calendar = calendar
        parts.timeZone = zone
        return parts
    }
}

/// The notification plan: the store hands the core's reconciliation to the scheduler.
@MainActor
extension CompanionStore {
    /// Reconciles the OS's pending notifications with the core's plan.
    func replanNotifications() async {
        guard let worker = worker, phase == .ready else {
            return
        }
        await scheduler.requestAuthorizationOnce()
        let pending = await scheduler.pendingIds()
        let now = Date()
        do {
            let reconciliation = try await worker.run { core in
                try core.reconcileNotifications(pending: pending, now: now)
            }
            let discreet = settings?.notifications.discreet ?? true
            await scheduler.apply(reconciliation, discreet: discreet)
        } catch {
            message = Labels.error(error)
        }
    }
}
