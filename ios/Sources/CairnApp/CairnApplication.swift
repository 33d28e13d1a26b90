import CairnCore
import CairnPlatform
import SwiftUI
import UIKit

/// The app. The Xcode app target's only file starts it (see AppTarget/Cairn/Main.swift):
/// the package holds every line of the shell so it can be built and parse-checked as one.
public struct CairnApplication: App {
    @StateObject private var store = CompanionStore.live()
    @Environment(\.scenePhase) private var scenePhase

    public init() {}

    public var body: some Scene {
        WindowGroup {
            RootView()
                .environmentObject(store)
                .privacyCover()
                .onOpenURL { url in
                    store.handle(url)
                }
                .onReceive(NotificationCenter.default.publisher(for: UIApplication.significantTimeChangeNotification)) { _ in
                    store.timeChanged()
                }
                .onReceive(NotificationCenter.default.publisher(for: Notification.Name.NSSystemTimeZoneDidChange)) { _ in
                    store.timeChanged()
                }
        }
        .onChange(of: scenePhase) { phase in
            switch phase {
            case .active:
                store.becameActive()
            case .background:
                store.enteredBackground()
            default:
                break
            }
        }
    }
}
