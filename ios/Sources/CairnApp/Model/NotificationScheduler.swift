// The bridge from the core's notification plan to UNUserNotificationCenter. It exists because
// the core decides what should be pending (at most 60, stable ids, public and private text)
// but only the OS can schedule; this file asks the OS what is pending and does what the core
// says, and shows Cairn's notifications while the app is open.

import CairnCore
import Foundation
import UserNotifications

/// Whether the person let Cairn notify them.
enum NotificationPermission: Equatable, Sendable {
    case notAsked
    case allowed
    /// Refused in the system prompt or turned off in Settings: only Settings can undo it.
    case denied
}

/// What the model needs from the notification centre; a fake in the unit tests.
@MainActor
protocol NotificationScheduling: AnyObject {
    func registerCategory()
    func requestAuthorizationOnce() async
    func permission() async -> NotificationPermission
    func pendingIds() async -> [String]
    func apply(_ reconciliation: Reconciliation, discreet: Bool)
    func removeAll()
}

@MainActor
final class NotificationScheduler: NotificationScheduling {
    /// Every Cairn notification uses this category, whose hidden-previews placeholder is what
    /// the lock screen shows when previews are hidden.
    nonisolated static let categoryId = "cairn.neutral"

    private let center: UNUserNotificationCenter
    private let foreground = ForegroundPresenter()
    private var askedForAuthorization = false

    init(center: UNUserNotificationCenter = .current()) {
        self.center = center
        // Without a delegate, a notification due while Cairn is open is dropped silently.
        center.delegate = foreground
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
        _ = try? await center.requestAuthorization(options: [.alert, .sound])
    }

    func permission() async -> NotificationPermission {
        // The completion-handler form: only the Sendable status crosses back, not the
        // settings object.
        let status = await withCheckedContinuation { continuation in
            center.getNotificationSettings { settings in
                continuation.resume(returning: settings.authorizationStatus)
            }
        }
        switch status {
        case .notDetermined:
            return .notAsked
        case .denied:
            return .denied
        default:
            return .allowed
        }
    }

    /// The ids of Cairn's pending notifications, as the core's reconciliation wants them.
    func pendingIds() async -> [String] {
        await withCheckedContinuation { continuation in
            center.getPendingNotificationRequests { requests in
                continuation.resume(returning: requests.map(\.identifier))
            }
        }
    }

    /// Cancels and schedules what the core said. `discreet` keeps the neutral public text
    /// everywhere; otherwise the body is the private text and the lock screen shows the
    /// category's placeholder when the person hides previews. A refused request stays
    /// missing, and the next reconciliation adds it again.
    func apply(_ reconciliation: Reconciliation, discreet: Bool) {
        if !reconciliation.cancel.isEmpty {
            center.removePendingNotificationRequests(withIdentifiers: reconciliation.cancel)
        }
        for planned in reconciliation.schedule {
            center.add(NotificationScheduler.request(planned, discreet: discreet)) { _ in }
        }
    }

    /// Removes every pending and delivered Cairn notification (after deleting everything).
    func removeAll() {
        center.removeAllPendingNotificationRequests()
        center.removeAllDeliveredNotifications()
    }

    nonisolated static func request(_ planned: PlannedNotification, discreet: Bool) -> UNNotificationRequest {
        let content = UNMutableNotificationContent()
        content.body = discreet ? planned.publicText : planned.privateText
        content.categoryIdentifier = categoryId
        content.threadIdentifier = "cairn"
        content.sound = .default
        let trigger = UNCalendarNotificationTrigger(
            dateMatching: components(firesAt: planned.firesAt, timeZone: planned.timeZone),
            repeats: false
        )
        return UNNotificationRequest(identifier: planned.id, content: content, trigger: trigger)
    }

    /// The wall time of the planned instant in the plan's zone, with that zone attached, so
    /// the notification keeps its wall time if the phone changes zone before then. Taking it
    /// from `firesAt` (not from `localTime`) keeps the core's choice for times a
    /// daylight-saving change skips or repeats.
    nonisolated static func components(firesAt: Date, timeZone: String) -> DateComponents {
        let zone = TimeZone(identifier: timeZone) ?? TimeZone.current
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = zone
        var parts = calendar.dateComponents([.year, .month, .day, .hour, .minute], from: firesAt)
        parts.calendar = calendar
        parts.timeZone = zone
        return parts
    }
}

/// Shows Cairn's notifications while the app is in the foreground (as a banner and in the
/// list), since iOS otherwise drops them. It holds no state, so it is safe from any thread.
final class ForegroundPresenter: NSObject, UNUserNotificationCenterDelegate, Sendable {
    func userNotificationCenter(
        _ center: UNUserNotificationCenter,
        willPresent notification: UNNotification,
        withCompletionHandler completionHandler: @escaping (UNNotificationPresentationOptions) -> Void
    ) {
        completionHandler([.banner, .list, .sound])
    }

    func userNotificationCenter(
        _ center: UNUserNotificationCenter,
        didReceive response: UNNotificationResponse,
        withCompletionHandler completionHandler: @escaping () -> Void
    ) {
        // Opening the app is all a tap does; the return to the foreground reloads.
        completionHandler()
    }
}
