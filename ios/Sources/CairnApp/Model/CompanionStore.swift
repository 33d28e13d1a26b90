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
    @Published var contacts: [Contact] = []
    @Published var chain: ReachOutChain?
    @Published var reachOut: CallAction?
    @Published var crisisLines: [CrisisLine] = []
    @Published var plan: PreventionPlan?
    @Published var settings: Settings?
    /// The safety card the core returned after a use; shown until dismissed.
    @Published var safetyCard: SafetyCard?
    /// A short message after an action failed; nil when there is none.
    @Published var message: String?
    /// A tel: or sms: link the root view opens with openURL, then clears.
    @Published var urlToOpen: URL?

    private let worker: CoreWorker?
    private let scheduler = NotificationScheduler()
    private var askedForNotifications = false
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

    /// Reconciles the OS's pending notifications with the core's plan.
    func replanNotifications() async {
        guard let worker = worker, phase == .ready else {
            return
        }
        if !askedForNotifications {
            askedForNotifications = true
            _ = await scheduler.requestAuthorization()
        }
        let pending = await scheduler.pendingIds()
        let now = Date()
        do {
            let reconciliation = try await worker.run { core in
                try core.reconcileNotifications(pending: pending, now: now)
            }
            let discreet = settings?.discreet ?? true
            await scheduler.apply(reconciliation, discreet: discreet)
        } catch {
            message = Labels.error(error)
        }
    }

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
        await reload()
        await replanNotifications()
        WidgetCenter.shared.reloadAllTimelines()
        return true
    }

    // MARK: - Journey, check-in, uses

    func startJourney(cleanDate: Date, substance: String) async -> Bool {
        let day = LocalDate.day(cleanDate, zone: timeZone)
        let trimmed = substance.trimmingCharacters(in: .whitespacesAndNewlines)
        let journey = NewJourney(substance: trimmed.isEmpty ? nil : trimmed, cleanDate: day, cleanTime: nil)
        let now = Date()
        return await perform { core in
            _ = try core.startJourney(journey: journey, now: now)
        }
    }

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
        await reload()
        await replanNotifications()
        WidgetCenter.shared.reloadAllTimelines()
        return true
    }

    // MARK: - Reaching out

    /// The one-tap button: logs the first entry of the chain and opens its tel: link.
    func callReachOut() {
        Task {
            guard let worker = worker else {
                return
            }
            do {
                let action = try await worker.run { core in
                    try core.reachOutAction()
                }
                reachOut(index: 0, channel: .call, uri: action.telUri)
            } catch {
                message = Labels.error(error)
            }
        }
    }

    /// Opens a chain entry's tel: or sms: link and logs the reach-out (it counts as a helpful
    /// action in today's check-in). The link opens even if logging fails.
    func reachOut(index: UInt32, channel: Channel, uri: String) {
        urlToOpen = URL(string: uri)
        let now = Date()
        Task {
            await perform { core in
                _ = try core.logReachOut(index: index, channel: channel, now: now)
            }
        }
    }

    /// Opens a link that is not part of the chain (a safety card action, a contact).
    func open(uri: String) {
        urlToOpen = URL(string: uri)
    }

    // MARK: - Contacts and plan

    func addContact(_ contact: NewContact, primary: Bool) async -> Bool {
        await perform { core in
            _ = try core.addContact(contact: contact, primary: primary)
        }
    }

    func editContact(id: String, contact: NewContact, primary: Bool) async -> Bool {
        await perform { core in
            try core.editContact(contactId: id, contact: contact, primary: primary)
        }
    }

    func removeContact(id: String) async {
        await perform { core in
            try core.removeContact(contactId: id)
        }
    }

    func editPlan(section: String, change: PlanChange) async {
        await perform { core in
            _ = try core.editPreventionPlan(section: section, change: change)
        }
    }

    func addPersonalMilestone(days: UInt32) async -> Bool {
        await perform { core in
            try core.addPersonalMilestone(journeyId: nil, milestone: .days(days: days))
        }
    }

    // MARK: - Settings, backup, delete

    func updateSettings(_ change: SettingsChange) async -> Bool {
        await perform { core in
            _ = try core.updateSettings(change: change)
        }
    }

    /// Writes an encrypted backup to the scratch folder. Returns its file and the recovery
    /// code to show once; the settings screen hands the file to the document picker.
    func exportBackup(passphrase: String?) async -> (URL, String)? {
        guard let worker = worker else {
            return nil
        }
        let stamp = LocalDate.day(Date(), zone: timeZone)
        do {
            let location = await worker.storeLocation()
            let folder = location.exportDirectory
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
            let file = folder.appendingPathComponent("cairn-backup-" + stamp + ".cairnbackup")
            try? FileManager.default.removeItem(at: file)
            let exported = try await worker.run { core in
                try core.exportBackup(path: file.path, passphrase: passphrase)
            }
            return (file, exported.recoveryCode)
        } catch {
            message = Labels.error(error)
            return nil
        }
    }

    /// Called when the document picker has copied the export out (or was cancelled): the
    /// scratch copy is removed either way.
    func exportFinished() {
        guard let worker = worker else {
            return
        }
        Task {
            let location = await worker.storeLocation()
            location.clearExports()
        }
    }

    /// Replaces everything with a backup the person picked. The core verifies the whole file
    /// before anything changes. `file` comes from the document picker (copied into our
    /// sandbox, so no security-scoped access is needed; it is removed once imported, and kept
    /// after a wrong code so the person can try again).
    func importBackup(file: URL, recoveryCode: String, passphrase: String?) async -> Bool {
        let code = recoveryCode.trimmingCharacters(in: .whitespacesAndNewlines)
        let result = await perform { core in
            _ = try core.importBackup(path: file.path, recoveryCode: code, passphrase: passphrase)
        }
        if result {
            try? FileManager.default.removeItem(at: file)
        }
        return result
    }

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
