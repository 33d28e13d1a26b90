// The model over a fake core: what it shows for a new person, that a use brings the safety
// card, that a call the phone refuses shows the number, that a savings value the core refuses
// comes back with its field for the form, that an import from another app reads Cairn's own
// copy of the picked file and leaves no copy behind whatever the core says, that the last
// backup import is offered for undo only while it can be and an undo reloads the screens (one
// with nothing to undo is reported and changes nothing), and that the worker closes the store
// in the background and will not reopen it there. No Rust, no UIKit host: the platform's
// notification centre, widget centre and background tasks are replaced too.

import CairnCore
import CairnPlatform
import Foundation
import Testing
@testable import CairnApp

/// Notifications that only count what they were asked.
@MainActor
final class QuietNotifications: NotificationScheduling {
    var applied = 0

    func registerCategory() {}
    func requestAuthorizationOnce() async {}
    func permission() async -> NotificationPermission { .denied }
    func pendingIds() async -> [String] { [] }
    func apply(_ reconciliation: Reconciliation, discreet: Bool) { applied += 1 }
    func removeAll() {}
}

@MainActor
struct CompanionStoreTests {
    let fake = FakeCompanion()
    let notifications = QuietNotifications()

    func makeStore() -> (CompanionStore, CoreWorker) {
        let fake = fake
        let worker = CoreWorker { fake }
        let platform = ShellPlatform(
            notifications: notifications,
            reloadWidgets: {},
            inBackgroundWindow: { work in Task { await work() } },
            wipe: { true },
            exportDirectory: FileManager.default.temporaryDirectory
        )
        return (CompanionStore(worker: worker, platform: platform), worker)
    }

    @Test func aNewPersonIsAskedForTheirCleanDate() async {
        let (store, _) = makeStore()
        await store.reload()
        #expect(store.phase == .needsJourney)
        #expect(store.settings?.timeZone == "America/New_York")
        #expect(store.timeZone == "America/New_York")
        #expect(store.reachOut?.telUri == "tel:988")
        #expect(!fake.asked.contains("status"))
    }

    @Test func aUseAfterCleanDaysBringsTheSafetyCard() async {
        let (store, _) = makeStore()
        fake.safetyCardAfterUse = SafetyCard(cleanDaysBefore: 12, title: "Your tolerance is lower now",
                                             lines: [], actions: [])
        var form = CheckInForm()
        form.used = true
        let saved = await store.checkIn(form.checkIn(date: "2026-03-08"), useKind: .lapse, replace: false)
        #expect(saved)
        #expect(store.safetyCard?.cleanDaysBefore == 12)
        #expect(fake.asked.contains("checkIn"))
    }

    @Test func aCheckInWithoutAUseBringsNoCard() async {
        let (store, _) = makeStore()
        fake.safetyCardAfterUse = SafetyCard(cleanDaysBefore: 12, title: "x", lines: [], actions: [])
        _ = await store.checkIn(CheckInForm().checkIn(date: "2026-03-08"), useKind: .lapse, replace: false)
        #expect(store.safetyCard == nil)
    }

    @Test func aCallThePhoneRefusesShowsTheNumber() {
        let (store, _) = makeStore()
        store.linkFailed(URL(string: "tel:+12025550123")!)
        #expect(store.unplacedCall?.number == "+12025550123")
        #expect(store.unplacedCall?.isText == false)
        store.linkFailed(URL(string: "sms:988?body=")!)
        #expect(store.unplacedCall?.number == "988")
        #expect(store.unplacedCall?.isText == true)
    }

    @Test func theBackgroundClosesTheStoreAndKeepsItClosed() async throws {
        let (store, worker) = makeStore()
        await store.reload()
        await worker.suspend()
        #expect(fake.asked.last == "closeStore")
        await #expect(throws: CoreWorker.Refusal.suspended) {
            try await worker.run { core in try core.settings() }
        }
        // Refused in the background is expected, not an error to show.
        await store.reload()
        #expect(store.message == nil)
        await worker.resume()
        let settings = try await worker.run { core in try core.settings() }
        #expect(settings.region == "US")
    }

    @Test func aSavingsValueTheCoreRefusesNamesItsFieldForTheForm() async {
        let (store, _) = makeStore()
        let refused = await store.setSavings(SavingsInput.savings(cost: "20", currency: "", hours: "two", mark: "."))
        #expect(refused == .refused(field: "hours_per_day"))
        // Shown under the field, not as an alert.
        #expect(store.message == nil)
        let saved = await store.setSavings(SavingsInput.savings(cost: "20", currency: "", hours: "2.5", mark: "."))
        #expect(saved == .saved)
        #expect(fake.asked.filter { $0 == "setJourneySavings" }.count == 2)
    }

    /// A file as the document picker leaves it: a copy in the app's temporary directory.
    func pickedFile() throws -> URL {
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("picked-\(UUID().uuidString).json")
        try Data("{}".utf8).write(to: file)
        return file
    }

    @Test func anImportReadsCairnsOwnCopyAndDeletesIt() async throws {
        let (store, _) = makeStore()
        let report = ImportFromTextTests.report()
        fake.importReport = report
        let picked = try pickedFile()
        let result = await store.importFrom(.quitter, picked: picked)
        #expect(result == .success(report))
        let handed = try #require(fake.imported.first)
        #expect(handed.present, "the file was there when the core read it")
        #expect(handed.path.hasPrefix(CompanionStore.importScratch.path))
        #expect(!FileManager.default.fileExists(atPath: picked.path))
        #expect(!FileManager.default.fileExists(atPath: handed.path))
        // The screens reload after an import, as after every change.
        let asked = fake.asked
        let importAt = try #require(asked.firstIndex(of: "importFrom"))
        #expect(asked[importAt...].contains("settings"))
    }

    @Test func aRefusedImportNamesFieldAndReasonAndLeavesNoCopy() async throws {
        let (store, _) = makeStore()
        fake.importReport = nil
        let picked = try pickedFile()
        let result = await store.importFrom(.sobriety, picked: picked)
        #expect(result == .failure(.refused(field: "file", reason: "a Quitter export, not Sobriety")))
        #expect(store.message == nil, "said in the section, not as an alert")
        let handed = try #require(fake.imported.first)
        #expect(handed.present)
        #expect(!FileManager.default.fileExists(atPath: picked.path))
        // Its folder too.
        let folder = URL(fileURLWithPath: handed.path).deletingLastPathComponent()
        #expect(!FileManager.default.fileExists(atPath: folder.path))
    }

    @Test func aPickedFileThatIsGoneIsUnreadableAndTheCoreIsNotAsked() async {
        let (store, _) = makeStore()
        let gone = FileManager.default.temporaryDirectory.appendingPathComponent("gone-\(UUID().uuidString).json")
        let result = await store.importFrom(.quitter, picked: gone)
        #expect(result == .failure(.unreadable))
        #expect(!fake.asked.contains("importFrom"))
    }

    @Test func theLastImportIsOfferedForUndoOnlyWhileItIsKept() async {
        let (store, _) = makeStore()
        await store.reload()
        #expect(!store.canUndoImport)
        fake.canUndo = true
        await store.reload()
        #expect(store.canUndoImport)
    }

    @Test func undoingTheLastImportCallsTheCoreAndReloads() async throws {
        let (store, _) = makeStore()
        fake.canUndo = true
        await store.reload()
        #expect(store.canUndoImport)
        let done = await store.undoImport()
        #expect(done)
        #expect(fake.undone == 1)
        #expect(store.message == nil)
        // The screens reload after, as after every change: the offer is gone.
        let asked = fake.asked
        let undoAt = try #require(asked.firstIndex(of: "undoImport"))
        #expect(asked[undoAt...].contains("settings"))
        #expect(asked[undoAt...].contains("canUndoImport"))
        #expect(!store.canUndoImport)
    }

    @Test func anUndoWithNothingToUndoIsReportedAndChangesNothing() async throws {
        let (store, _) = makeStore()
        await store.reload()
        let done = await store.undoImport()
        #expect(!done)
        #expect(fake.undone == 0)
        #expect(store.message == Labels.error(CairnError.NotFound(what: "store from before the import")))
        #expect(!store.canUndoImport)
        // Refused: no reload, no re-planning, as after any refused change.
        let asked = fake.asked
        let undoAt = try #require(asked.firstIndex(of: "undoImport"))
        #expect(asked[undoAt...].count == 1)
    }

    @Test func theCheckInFormRoundTripsARecordedDay() {
        let recorded = CheckIn(date: "2026-11-01", mood: 4, craving: 7, used: false, medication: .taken,
                               triggers: [.stress, .own("payday")], helped: [.meeting, .own("a walk")],
                               note: "Hard morning")
        let form = CheckInForm(existing: recorded)
        #expect(form.ownTags == "payday")
        #expect(form.checkIn(date: "2026-11-01") == recorded)
        #expect(CheckInForm() == CheckInForm(), "a fresh form has no leftovers")
    }

    @Test func theCheckInFormKeepsThePledgeAnswerAndAUseTakesBackKept() {
        let recorded = CheckIn(date: "2026-11-01", mood: 3, craving: 2, used: false, medication: .notPrescribed,
                               triggers: [], helped: [], note: nil, pledgeKept: true)
        var form = CheckInForm(existing: recorded)
        #expect(form.checkIn(date: "2026-11-01") == recorded)
        form.used = true
        form.settleUseAndPledge()
        #expect(form.pledgeKept == nil, "the core refuses kept beside a use")
        form.pledgeKept = false
        form.settleUseAndPledge()
        #expect(form.checkIn(date: "2026-11-01").pledgeKept == false)
    }
}
