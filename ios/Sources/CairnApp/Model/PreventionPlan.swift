import CairnCore
import Foundation

/// The relapse-prevention plan.
@MainActor
extension CompanionStore {
    func editPlan(section: PlanSection, change: PlanChange) async {
        await perform { core in
            _ = try core.editPreventionPlan(section: section, change: change)
        }
    }
}
