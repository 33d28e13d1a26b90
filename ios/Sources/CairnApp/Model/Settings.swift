// The person's settings, as the model changes them: one SettingsChange, applied by the core
// all or nothing.

import CairnCore
import Foundation

extension CompanionStore {
    func updateSettings(_ change: SettingsChange) async -> Bool {
        await perform { core in
            _ = try core.updateSettings(change: change)
        }
    }
}
