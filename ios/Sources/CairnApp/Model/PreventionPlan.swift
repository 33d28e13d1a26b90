// The relapse-prevention plan, as the model edits it: one section, one change at a time.

import CairnCore
import Foundation

extension CompanionStore {
    func editPlan(section: PlanSection, change: PlanChange) async {
        await perform { core in
            _ = try core.editPreventionPlan(section: section, change: change)
        }
    }
}
