// The cover over the app whenever it is not active, so the app switcher's snapshot and anyone
// glancing at the screen see only the neutral name.

import SwiftUI

/// Covers the app whenever it is not active, so the app switcher's snapshot and anyone
/// glancing at the screen see only the neutral name.
struct PrivacyCoverView: View {
    var body: some View {
        ZStack {
            Color(uiColor: .systemBackground)
                .ignoresSafeArea()
            VStack(spacing: 12) {
                Image(systemName: "circle.grid.cross")
                    .font(.largeTitle)
                    .foregroundStyle(.secondary)
                    .accessibilityHidden(true)
                Text(L("app.name"))
                    .font(.title2)
            }
        }
        .accessibilityElement(children: .combine)
        .accessibilityLabel(Text(L("app.name")))
    }
}

/// Puts the privacy cover over a view whenever the scene is not active. Applied to the root
/// and to every sheet, since a presented sheet sits above the root's overlay.
struct PrivacyCover: ViewModifier {
    @Environment(\.scenePhase) private var scenePhase

    func body(content: Content) -> some View {
        content
            .overlay {
                if scenePhase != .active {
                    PrivacyCoverView()
                }
            }
    }
}

extension View {
    func privacyCover() -> some View {
        modifier(PrivacyCover())
    }
}
