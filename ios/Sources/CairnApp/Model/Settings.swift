import CairnCore
import Foundation

/// The person's settings.
@MainActor
extension CompanionStore {
    func updateSettings(_ change: SettingsChange) async -> Bool {
        await perform { core in
            _ = try core.updateSettings(change: change)
        }
    }
}
