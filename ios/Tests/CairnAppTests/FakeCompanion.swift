// A core without Rust, for the model's tests: the generated CairnCompanion is an open class
// with a no-handle initialiser, so a subclass can stand in for it. It answers a person with no
// journey yet, records what it was asked, can be told to answer a check-in with the safety
// card, refuses savings hours that are not a number, and answers an import from another app
// with a given report (or refuses the file), noting whether the file was there to read, and
// keeps (or not) a store from before a backup import that an undo brings back.
// ios/check.sh checks these overrides against the generated bindings.

import CairnCore
import Foundation

final class FakeCompanion: CairnCompanion, @unchecked Sendable {
    private let lock = NSLock()
    private var calls: [String] = []
    private var journeyStarted = false
    /// What the next check-in answers with.
    var safetyCardAfterUse: SafetyCard?
    /// What an import answers with; nil refuses the file as the core refuses the other app's.
    var importReport: ImportReport?
    private var importedPaths: [(path: String, present: Bool)] = []
    private var keptBeforeImport = false
    private var undoneImports = 0

    init() {
        super.init(noHandle: NoHandle())
    }

    required init(unsafeFromHandle handle: UInt64) {
        fatalError("a fake has no handle")
    }

    /// Every method asked so far, in order.
    var asked: [String] {
        lock.withLock { calls }
    }

    private func note(_ call: String) {
        lock.withLock { calls.append(call) }
    }

    static let settingsValue = CairnCore.Settings(
        timeZone: "America/New_York",
        timeZoneFollowsDevice: true,
        language: .english,
        languageFollowsDevice: true,
        dayCounting: .cleanDateIsDayZero,
        milestoneSet: .keytags,
        region: "US",
        notifications: NotificationSettings(milestoneTime: "09:00", reminderTime: nil, medications: [], discreet: true)
    )

    override func settings() throws -> CairnCore.Settings {
        note("settings")
        return FakeCompanion.settingsValue
    }

    override func setDevice(device: Device) throws -> CairnCore.Settings {
        note("setDevice")
        return FakeCompanion.settingsValue
    }

    override func contacts() throws -> [ContactView] {
        note("contacts")
        return []
    }

    override func reachOutChain() throws -> ReachOutChain {
        note("reachOutChain")
        return ReachOutChain(entries: [], note: nil)
    }

    override func reachOutAction() throws -> CallAction {
        note("reachOutAction")
        return CallAction(label: "988", telUri: "tel:988", smsUri: "sms:988")
    }

    override func crisisLines() throws -> [CrisisLine] {
        note("crisisLines")
        return []
    }

    override func preventionPlan() throws -> PreventionPlan {
        note("preventionPlan")
        return PreventionPlan(warningSigns: [], triggersToAvoid: [], copingSteps: [],
                              reasonsToStayClean: [], peopleToCall: [], safePlaces: [])
    }

    override func journeys() throws -> [JourneyView] {
        note("journeys")
        return []
    }

    /// Refuses hours that are not a number, as the core does (the form sends NaN for them).
    override func setJourneySavings(journeyId: RecordId?, savings: JourneySavings) throws {
        note("setJourneySavings")
        if savings.hoursPerDay?.isNaN == true {
            throw CairnError.InvalidInput(field: "hours_per_day", reason: "is not a number")
        }
    }

    override func logReachOut(index: UInt32, channel: Channel, now: Date) throws -> HelpfulAction {
        note("logReachOut")
        return .calledSponsor
    }

    override func checkIn(checkin: CheckIn, useKind: UseKind, replace: Bool, now: Date) throws -> CheckInRecorded {
        note("checkIn")
        let streak = CheckInStreak(today: checkin.date, currentDays: 1, checkedInToday: true,
                                   longestDays: 1, daysInLast30: 1, lastCheckIn: checkin.date)
        return CheckInRecorded(date: checkin.date, replaced: replace, useRecorded: nil,
                               safetyCard: checkin.used ? safetyCardAfterUse : nil, checkinStreak: streak)
    }

    override func reconcileNotifications(pending: [String], now: Date) throws -> Reconciliation {
        note("reconcileNotifications")
        return Reconciliation(cancel: [], schedule: [])
    }

    /// Each path an import was handed, and whether a file was there when it was read.
    var imported: [(path: String, present: Bool)] {
        lock.withLock { importedPaths }
    }

    override func importFrom(source: ImportSource, path: String, now: Date) throws -> ImportReport {
        note("importFrom")
        let present = FileManager.default.fileExists(atPath: path)
        lock.withLock { importedPaths.append((path, present)) }
        guard let report = importReport else {
            throw CairnError.InvalidInput(field: "file", reason: "a Quitter export, not Sobriety")
        }
        return report
    }

    /// Whether a store from before a backup import is kept, as after a successful import.
    var canUndo: Bool {
        get { lock.withLock { keptBeforeImport } }
        set { lock.withLock { keptBeforeImport = newValue } }
    }

    /// How many undos the fake carried out (a refused one is not counted).
    var undone: Int {
        lock.withLock { undoneImports }
    }

    override func canUndoImport() throws -> Bool {
        note("canUndoImport")
        return canUndo
    }

    /// Brings the kept store back once; with none kept it is NotFound and nothing changes,
    /// as in the core.
    override func undoImport() throws {
        note("undoImport")
        try lock.withLock {
            guard keptBeforeImport else {
                throw CairnError.NotFound(what: "store from before the import")
            }
            keptBeforeImport = false
            undoneImports += 1
        }
    }

    override func closeStore() {
        note("closeStore")
    }
}
