// What the model needs from iOS besides the core, gathered in one value so the unit tests
// can hand the real model fakes: no notification centre, widget centre or UIApplication
// exists in a test bundle without a host app.

import CairnCore
import CairnPlatform
import Foundation
import UIKit
import WidgetKit

struct ShellPlatform {
    var notifications: any NotificationScheduling
    /// Asks WidgetKit to rebuild the widget's timeline.
    var reloadWidgets: @MainActor () -> Void
    /// Runs `work` where iOS lets it finish after the app leaves the foreground.
    var inBackgroundWindow: @MainActor (_ work: @escaping @MainActor @Sendable () async -> Void) -> Void
    /// Destroys the store's files and key (after the worker closed the store).
    var wipe: @Sendable () throws -> Bool
    /// Where exports are written before the document picker copies them out.
    var exportDirectory: URL
}

extension ShellPlatform {
    /// The real thing: UNUserNotificationCenter, WidgetCenter, UIApplication's background
    /// tasks, the Keychain key and the store's folder.
    static func live(location: StoreLocation, keyStore: KeychainKeyStore) -> ShellPlatform {
        ShellPlatform(
            notifications: NotificationScheduler(),
            reloadWidgets: {
                WidgetCenter.shared.reloadAllTimelines()
            },
            inBackgroundWindow: BackgroundWindow.run,
            wipe: {
                // The core's wipe alone: it destroys the Keychain key first, then every file of
                // the store, whatever failed before. The exports go even when it throws.
                defer { location.clearExports() }
                return try wipeStore(path: location.storePath, keyStore: keyStore)
            },
            exportDirectory: location.exportDirectory
        )
    }
}

/// A background task around some work: begun before it, ended after it or when iOS says
/// time is up, whichever comes first, and never twice.
@MainActor
final class BackgroundWindow {
    private var id = UIBackgroundTaskIdentifier.invalid

    static func run(_ work: @escaping @MainActor @Sendable () async -> Void) {
        let window = BackgroundWindow()
        window.id = UIApplication.shared.beginBackgroundTask(withName: "close-store") {
            window.end()
        }
        Task {
            await work()
            window.end()
        }
    }

    private func end() {
        guard id != .invalid else {
            return
        }
        UIApplication.shared.endBackgroundTask(id)
        id = .invalid
    }
}

extension CompanionStore {
    /// The store in its standard place, keyed by the Keychain; a throwaway one when the UI
    /// tests launch the app with `-CairnUITest`, so they never touch real data.
    static func live() -> CompanionStore {
        let testing = ProcessInfo.processInfo.arguments.contains("-CairnUITest")
        do {
            let location = testing ? StoreLocation.uiTest() : try StoreLocation.standard()
            let keyStore = testing
                ? KeychainKeyStore(account: "ui-test-key", accessGroup: nil)
                : KeychainKeyStore()
            if testing {
                try? FileManager.default.removeItem(at: location.directory)
                keyStore.deleteKey()
            }
            let worker = CoreWorker.standard(location: location, keyStore: keyStore)
            return CompanionStore(worker: worker, platform: .live(location: location, keyStore: keyStore))
        } catch {
            let location = StoreLocation.uiTest()
            let keyStore = KeychainKeyStore()
            return CompanionStore(worker: nil, platform: .live(location: location, keyStore: keyStore),
                                  failure: L("error.storage"))
        }
    }
}
