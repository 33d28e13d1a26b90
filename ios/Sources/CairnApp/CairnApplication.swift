// The app's entry: the model, the app lock, and the system events they follow (scene phase,
// midnight, zone changes, the widget's link). The Xcode app target's only file starts it
// (AppTarget/Cairn/Main.swift), so every line of the shell lives in this package.

import CairnCore
import CairnPlatform
import SwiftUI
import UIKit

public struct CairnApplication: App {
    @State private var store = CompanionStore.live()
    @State private var lock = AppLock()
    @Environment(\.scenePhase) private var scenePhase

    public init() {}

    public var body: some Scene {
        WindowGroup {
            RootView()
                .environment(store)
                .environment(lock)
                .privacyCover()
                .onOpenURL { url in
                    store.handle(url)
                }
                .onReceive(NotificationCenter.default.publisher(for: UIApplication.significantTimeChangeNotification)) { _ in
                    store.deviceChanged()
                }
                .onReceive(NotificationCenter.default.publisher(for: Notification.Name.NSSystemTimeZoneDidChange)) { _ in
                    store.deviceChanged()
                }
                .onReceive(NotificationCenter.default.publisher(for: NSLocale.currentLocaleDidChangeNotification)) { _ in
                    store.deviceChanged()
                }
        }
        .onChange(of: scenePhase) { _, phase in
            switch phase {
            case .active:
                store.becameActive()
                Task {
                    await lock.unlock()
                }
            case .background:
                lock.lock()
                store.enteredBackground()
            default:
                break
            }
        }
    }
}
