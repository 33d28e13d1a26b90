// Everything the screens show, read from the core in one call on the worker, so a screen
// never shows numbers from two different moments.

import CairnCore
import Foundation

/// Sendable: it is built on the CoreWorker actor and handed to the main actor.
struct Snapshot: Sendable {
    var hasJourney = false
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
    var settings: CairnCore.Settings?
    /// Every pledge with its evening answer (the check-in asks only on a day that has one).
    var pledges: Pledges?
    /// Whether the last backup import can be undone (read whether or not there is a journey:
    /// the store an import replaced may have held none).
    var canUndoImport = false

    /// Reads the snapshot. `takeNew` also collects milestones reached since the last open
    /// (each is reported once, so only launch and return to the foreground ask for them).
    static func load(_ core: CairnCompanion, now: Date, takeNew: Bool) throws -> Snapshot {
        var snapshot = Snapshot()
        snapshot.settings = try core.settings()
        snapshot.contacts = try core.contacts()
        snapshot.chain = try core.reachOutChain()
        snapshot.reachOut = try core.reachOutAction()
        snapshot.crisisLines = try core.crisisLines()
        snapshot.plan = try core.preventionPlan()
        snapshot.canUndoImport = try core.canUndoImport()
        let journeys = try core.journeys()
        if journeys.isEmpty {
            return snapshot
        }
        snapshot.hasJourney = true
        snapshot.status = try core.status(journeyId: nil, now: now)
        snapshot.insights = try core.insights(now: now)
        snapshot.history = try core.history(journeyId: nil, now: now)
        snapshot.milestones = try core.milestones(journeyId: nil, set: nil, now: now)
        snapshot.checkins = try core.checkins()
        snapshot.pledges = try core.pledges(now: now)
        if takeNew {
            snapshot.newMilestones = try core.takeNewMilestones(journeyId: nil, now: now)
        }
        return snapshot
    }
}
