// The frame every screen sits in: the tabs, the first-run screen, and what any screen may
// raise (the safety card, an error, a call the phone could not place, the app lock). One place,
// so a sheet raised from one tab is never hidden by another.

import CairnCore
import SwiftUI

struct RootView: View {
    @Environment(CompanionStore.self) private var store
    @Environment(AppLock.self) private var lock
    @Environment(\.openURL) private var openURL

    var body: some View {
        content
            .sheet(item: safetyCardBinding) { card in
                SafetyCardView(card: card.value)
                    .environment(store)
                    .privacyCover()
            }
            .sheet(item: unplacedBinding) { call in
                UnplacedCallView(call: call)
                    .privacyCover()
            }
            .alert(L("error.title"), isPresented: messageShown) {
                Button(L("action.ok")) {
                    store.message = nil
                }
            } message: {
                Text(store.message ?? "")
            }
            .overlay {
                if lock.locked {
                    LockedView()
                }
            }
            .task {
                store.launch()
            }
            .onChange(of: store.urlToOpen) { _, url in
                guard let url else {
                    return
                }
                store.urlToOpen = nil
                // A phone without calling (iPad, simulator, no SIM) refuses the link; then the
                // number is shown with a copy button, never nothing.
                openURL(url) { accepted in
                    if !accepted {
                        Task { @MainActor in
                            store.linkFailed(url)
                        }
                    }
                }
            }
    }

    @ViewBuilder
    private var content: some View {
        switch store.phase {
        case .loading:
            ProgressView(L("loading"))
        case .failed(let reason):
            FailureView(reason: reason)
        case .needsJourney:
            OnboardingView()
        case .ready:
            tabs
        }
    }

    private var tabs: some View {
        TabView {
            tab(TodayView(), title: L("tab.today"), systemImage: "sun.max")
            tab(CheckInView(), title: L("tab.checkin"), systemImage: "square.and.pencil")
            tab(HistoryView(), title: L("tab.history"), systemImage: "chart.line.uptrend.xyaxis")
            tab(HelpView(), title: L("tab.help"), systemImage: "phone")
            tab(SettingsView(), title: L("tab.settings"), systemImage: "gearshape")
        }
    }

    /// One tab: its screen in a navigation stack of its own, under a titled icon.
    private func tab<Screen: View>(_ screen: Screen, title: String, systemImage: String) -> some View {
        NavigationStack {
            screen
        }
        .tabItem {
            Label(title, systemImage: systemImage)
        }
    }

    private var messageShown: Binding<Bool> {
        Binding(
            get: { store.message != nil },
            set: { shown in
                if !shown {
                    store.message = nil
                }
            }
        )
    }

    /// The number sheet, from here unless the safety card is up: SwiftUI shows one sheet per
    /// presenter, so over the card the card presents it (SafetyCardView).
    private var unplacedBinding: Binding<UnplacedCall?> {
        Binding(
            get: { store.safetyCard == nil ? store.unplacedCall : nil },
            set: { store.unplacedCall = $0 }
        )
    }

    private var safetyCardBinding: Binding<IdentifiedCard?> {
        Binding(
            get: { store.safetyCard.map(IdentifiedCard.init(value:)) },
            set: { value in
                if value == nil {
                    store.safetyCard = nil
                }
            }
        )
    }
}

/// The safety card as a sheet item.
struct IdentifiedCard: Identifiable {
    let value: SafetyCard

    var id: String {
        value.title
    }
}

/// Shown when the store cannot be opened; says what to do, never what is inside.
struct FailureView: View {
    @Environment(CompanionStore.self) private var store
    let reason: String

    var body: some View {
        VStack(spacing: 16) {
            Image(systemName: "lock")
                .font(.largeTitle)
                .accessibilityHidden(true)
            Text(reason)
                .multilineTextAlignment(.center)
            Button(L("action.retry")) {
                store.phase = .loading
                store.becameActive()
            }
            .buttonStyle(.borderedProminent)
            .accessibilityHint(Text(L("a11y.retry")))
        }
        .padding()
    }
}

/// Covers everything while the app lock is on, with one button to authenticate.
struct LockedView: View {
    @Environment(AppLock.self) private var lock

    var body: some View {
        ZStack {
            Color(uiColor: .systemBackground)
                .ignoresSafeArea()
            VStack(spacing: 16) {
                Image(systemName: "lock.fill")
                    .font(.largeTitle)
                    .accessibilityHidden(true)
                Text(L("app.name"))
                    .font(.title2)
                Button(L("lock.unlock")) {
                    Task {
                        await lock.unlock()
                    }
                }
                .buttonStyle(.borderedProminent)
            }
        }
    }
}
