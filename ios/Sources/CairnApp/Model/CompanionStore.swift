// The one model every screen reads. It exists so that no view talks to the core directly: the
// views read its properties and call its methods, it asks the core (through the CoreWorker
// actor, off the main actor) and publishes what comes back. No rule lives here.

import CairnCore
import CairnPlatform
import Foundation
import Observation

/// The screens' single source of truth, on the main actor. Each capability's methods are an
/// extension in their own file (Journal, Checkins, Pledge, Circle, PreventionPlan, Settings,
/// Backup, Notifications); this file holds the state, the life cycle and the way changes run.
@MainActor
@Observable
final class CompanionStore {
    enum Phase: Equatable {
        case loading
        case needsJourney
        case ready
        case failed(String)
    }

    var phase: Phase = .loading
    var status: JourneyStatus?
    var insights: Insights?
    var history: History?
    var milestones: [Milestone] = []
    var newMilestones: [Milestone] = []
    var checkins: [CheckIn] = []
    var contacts: [ContactView] = []
    var chain: ReachOutChain?
    var reachOut: CallAction?
    var crisisLines: [CrisisLine] = []
    var plan: PreventionPlan?
    // Qualified: SwiftUI declares a `Settings` scene of the same name.
    var settings: CairnCore.Settings?
    /// Every pledge with its evening answer, newest first, and the pledge streak.
    var pledges: Pledges?
    /// Whether the store the last backup import replaced is still kept, so Settings can offer
    /// to bring it back (until the next import or until everything is deleted).
    var canUndoImport = false
    /// The safety card the core returned after a use; shown until dismissed.
    var safetyCard: SafetyCard?
    /// A short message after an action failed; nil when there is none.
    var message: String?
    /// A tel: or sms: link the root view opens with openURL, then clears.
    var urlToOpen: URL?
    /// A link the phone could not open (iPad, simulator, no SIM): shown with its number.
    var unplacedCall: UnplacedCall?
    /// Today in the zone the core counts days in; the check-in form follows it past midnight.
    var today: NaiveDate
    /// Whether notifications are allowed, asked, or refused in the system settings.
    var notificationPermission: NotificationPermission = .notAsked

    @ObservationIgnored let worker: CoreWorker?
    @ObservationIgnored let platform: ShellPlatform
    @ObservationIgnored private var launched = false
    @ObservationIgnored private var active = false

    init(worker: CoreWorker?, platform: ShellPlatform, failure: String? = nil) {
        self.worker = worker
        self.platform = platform
        self.today = LocalDate.day(Date(), zone: TimeZone.current.identifier)
        if let failure {
            phase = .failed(failure)
        }
    }

    /// The zone the core counts days in (the device's until the settings are read).
    var timeZone: String {
        settings?.timeZone ?? TimeZone.current.identifier
    }

    // MARK: - Life cycle

    /// Once, when the first view appears (the scene phase may already be active by then).
    func launch() {
        if launched {
            return
        }
        launched = true
        platform.notifications.registerCategory()
        becameActive()
    }

    /// On launch and on every return to the foreground: allow the store to open again, read
    /// everything, collect milestones reached while the app was closed, re-plan
    /// notifications, and let the widget rebuild its timeline from fresh numbers.
    func becameActive() {
        active = true
        Task {
            await worker?.resume()
            await reload(takeNew: true)
            await replanNotifications()
            platform.reloadWidgets()
        }
    }

    /// Leaving the foreground: close the store inside a background-task window, so the close
    /// finishes before iOS suspends the app, and refuse to reopen it until `becameActive`.
    func enteredBackground() {
        active = false
        guard let worker else {
            return
        }
        platform.inBackgroundWindow {
            await worker.suspend()
        }
    }

    /// A significant time change (midnight, clock set), a new system time zone or a new
    /// language: the core is told the device's zone and language (settings that follow the
    /// device take them), then everything is read and planned again. In the background the
    /// store stays closed; the return to the foreground re-plans anyway.
    func deviceChanged() {
        guard active, let worker else {
            return
        }
        Task {
            await worker.tellDevice()
            await reload(takeNew: true)
            await replanNotifications()
            platform.reloadWidgets()
        }
    }

    /// A URL opened from the widget: "cairn://reach-out" starts the one-tap call.
    func handle(_ url: URL) {
        if url == SharedConfig.reachOutURL {
            callReachOut()
        }
    }

    func reload(takeNew: Bool = false) async {
        guard let worker else {
            return
        }
        let now = Date()
        do {
            let snapshot = try await worker.run { core in
                try Snapshot.load(core, now: now, takeNew: takeNew)
            }
            apply(snapshot, now: now)
        } catch {
            report(error, whileLoading: true)
        }
    }

    private func apply(_ snapshot: Snapshot, now: Date) {
        status = snapshot.status
        insights = snapshot.insights
        history = snapshot.history
        milestones = snapshot.milestones
        // Each newly reached milestone is reported once by the core; keep it until dismissed.
        for milestone in snapshot.newMilestones where !newMilestones.contains(where: { $0.key == milestone.key }) {
            newMilestones.append(milestone)
        }
        checkins = snapshot.checkins
        contacts = snapshot.contacts
        chain = snapshot.chain
        reachOut = snapshot.reachOut
        crisisLines = snapshot.crisisLines
        plan = snapshot.plan
        settings = snapshot.settings
        pledges = snapshot.pledges
        canUndoImport = snapshot.canUndoImport
        today = LocalDate.day(now, zone: timeZone)
        phase = snapshot.hasJourney ? .ready : .needsJourney
    }

    /// Shows what went wrong, unless the store was refused because the app is in the
    /// background: that is expected, and the return to the foreground reloads.
    func report(_ error: Error, whileLoading: Bool = false) {
        if error as? CoreWorker.Refusal == .suspended {
            return
        }
        if whileLoading, case .loading = phase {
            phase = .failed(Labels.error(error))
        } else {
            message = Labels.error(error)
        }
    }

    // MARK: - Running changes

    /// Runs a change in the core, then reloads and re-plans. Returns whether it worked.
    @discardableResult
    func perform(_ change: @escaping @Sendable (CairnCompanion) throws -> Void) async -> Bool {
        guard let worker else {
            return false
        }
        do {
            try await worker.run { core in
                try change(core)
            }
        } catch {
            report(error)
            return false
        }
        await refreshAfterChange()
        return true
    }

    /// After any change the core accepted: reload, re-plan notifications, refresh the widget.
    func refreshAfterChange() async {
        await reload()
        await replanNotifications()
        platform.reloadWidgets()
    }

    /// Opens a link that is not part of the chain (a safety card action, a contact).
    func open(uri: String) {
        urlToOpen = URL(string: uri)
    }

    /// openURL said no: show the number with a copy button rather than nothing.
    func linkFailed(_ url: URL) {
        unplacedCall = UnplacedCall(url: url)
    }

    // MARK: - The store as a whole

    /// Deletes everything: the core's wipe destroys the Keychain key, then every file of the
    /// store, whatever failed before; notifications are removed. The app returns to its first
    /// screen even when the wipe reports a failure (it already deleted all it could), and the
    /// failure is shown after.
    func deleteEverything() async {
        guard let worker else {
            return
        }
        var failure: Error?
        do {
            _ = try await worker.wipe(platform.wipe)
        } catch {
            failure = error
        }
        platform.notifications.removeAll()
        apply(Snapshot(), now: Date())
        newMilestones = []
        safetyCard = nil
        platform.reloadWidgets()
        await reload()
        if let failure {
            report(failure)
        }
    }
}

/// A tel: or sms: link the phone could not open, with the number to show and copy.
struct UnplacedCall: Identifiable, Equatable {
    let url: URL

    var id: String {
        url.absoluteString
    }

    /// The number as the link carries it ("tel:+15551234567" -> "+15551234567").
    var number: String {
        let text = url.absoluteString
        let scheme = (url.scheme ?? "") + ":"
        let bare = text.hasPrefix(scheme) ? String(text.dropFirst(scheme.count)) : text
        let withoutQuery = bare.split(separator: "?").first.map(String.init) ?? bare
        return withoutQuery.removingPercentEncoding ?? withoutQuery
    }

    var isText: Bool {
        url.scheme == "sms"
    }
}
