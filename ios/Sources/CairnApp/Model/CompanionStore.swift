import CairnCore
import CairnPlatform
import Foundation
import SwiftUI
import WidgetKit

/// The screens' single source of truth. Every core call runs on the CoreWorker actor (off
/// the main actor); results are published here, on the main actor. No rule lives here:
/// the core decides, this class asks and shows.
@MainActor
final class CompanionStore: ObservableObject {
    enum Phase: Equatable {
        case loading
        case needsJourney
        case ready
        case failed(String)
    }

    @Published var phase: Phase = .loading
    @Published var status: JourneyStatus?
    @Published var insights: Insights?
    @Published var history: History?
    @Published var milestones: [Milestone] = []
    @Published var newMilestones: [Milestone] = []
    @Published var checkins: [CheckIn] = []
    @Published var contacts: [ContactView] = []
    @Published var chain: ReachOutChain?
    @Published var reachOut: CallAction?
    @Published var crisisLines: [CrisisLine] = []
    @Published var plan: PreventionPlan?
    // Qualified: SwiftUI declares a (macOS-only) `Settings` scene of the same name.
    @Published var settings: CairnCore.Settings?
    /// The safety card the core returned after a use; shown until dismissed.
    @Published var safetyCard: SafetyCard?
    /// A short message after an action failed; nil when there is none.
    @Published var message: String?
    /// A tel: or sms: link the root view opens with openURL, then clears.
    @Published var urlToOpen: URL?

    // Internal, not private: each capability's methods are an extension in its own file
    // (Journal, Checkins, Circle, PreventionPlan, Settings, Backup, Notifications).
    let worker: CoreWorker?
    let scheduler = NotificationScheduler()
    private var launched = false
    private var active = false

    init(worker: CoreWorker?, failure: String?) {
        self.worker = worker
        if let failure = failure {
            phase = .failed(failure)
        }
    }

    /// The store in its standard place, keyed by the Keychain.
    static func live() -> CompanionStore {
        do {
            let location = try StoreLocation.standard()
            let worker = CoreWorker(location: location, keyStore: KeychainKeyStore())
            return CompanionStore(worker: worker, failure: nil)
        } catch {
            return CompanionStore(worker: nil, failure: L("error.storage"))
        }
    }

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
        becameActive()
    }

    /// On launch and on every return to the foreground: read everything, collect milestones
    /// reached while the app was closed, and re-plan notifications.
    func becameActive() {
        active = true
        scheduler.registerCategory()
        Task {
            await reload(takeNew: true)
            await replanNotifications()
        }
    }

    /// Leaving the foreground: close the store so no file is open while the device locks.
    func enteredBackground() {
        active = false
        guard let worker = worker else {
            return
        }
        Task {
            await worker.close()
        }
    }

    /// A significant time change (midnight, clock set) or a new system time zone. In the
    /// background the store stays closed; the return to the foreground re-plans anyway.
    func timeChanged() {
        guard active else {
            return
        }
        Task {
            await reload(takeNew: true)
            await replanNotifications()
        }
    }

    /// A URL opened from the widget: "cairn://reach-out" starts the one-tap call.
    func handle(_ url: URL) {
        if url == SharedConfig.reachOutURL {
            callReachOut()
        }
    }

    func reload(takeNew: Bool = false) async {
        guard let worker = worker else {
            return
        }
        let now = Date()
        do {
            let snapshot = try await worker.run { core in
                try Snapshot.load(core, now: now, takeNew: takeNew)
            }
            apply(snapshot)
        } catch {
            if case .loading = phase {
                phase = .failed(Labels.error(error))
            } else {
                message = Labels.error(error)
            }
        }
    }

    private func apply(_ snapshot: Snapshot) {
        status = snapshot.status
        insights = snapshot.insights
        history = snapshot.history
        milestones = snapshot.milestones
        // Each newly reached milestone is reported once by the core; keep it until dismissed.
        for milestone in snapshot.newMilestones {
            if !newMilestones.contains(where: { shown in shown.key == milestone.key }) {
                newMilestones.append(milestone)
            }
        }
        checkins = snapshot.checkins
        contacts = snapshot.contacts
        chain = snapshot.chain
        reachOut = snapshot.reachOut
        crisisLines = snapshot.crisisLines
        plan = snapshot.plan
        settings = snapshot.settings
        phase = snapshot.hasJourney ? .ready : .needsJourney
    }

    // MARK: - Running changes

    /// Runs a change in the core, then reloads and re-plans. Returns whether it worked.
    @discardableResult
    func perform(_ change: @escaping (CairnCompanion) throws -> Void) async -> Bool {
        guard let worker = worker else {
            return false
        }
        do {
            try await worker.run { core in
                try change(core)
            }
        } catch {
            message = Labels.error(error)
            return false
        }
        await refreshAfterChange()
        return true
    }

    /// After any change the core accepted: reload, re-plan notifications, refresh the widget.
    func refreshAfterChange() async {
        await reload()
        await replanNotifications()
        WidgetCenter.shared.reloadAllTimelines()
    }

    /// Opens a link that is not part of the chain (a safety card action, a contact).
    func open(uri: String) {
        urlToOpen = URL(string: uri)
    }

    // MARK: - The store as a whole

    /// Deletes everything: the store is crypto-shredded, the key deleted, notifications
    /// removed. The app returns to its first screen.
    func deleteEverything() async {
        guard let worker = worker else {
            return
        }
        do {
            _ = try await worker.wipe()
        } catch {
            message = Labels.error(error)
            return
        }
        scheduler.removeAll()
        apply(Snapshot())
        newMilestones = []
        safetyCard = nil
        WidgetCenter.shared.reloadAllTimelines()
        await reload()
    }
}
