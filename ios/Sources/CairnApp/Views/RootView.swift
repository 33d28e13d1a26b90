import CairnCore
import SwiftUI

/// The tabs, plus what every screen shares: the first-run screen, the safety card, newly
/// reached milestones, error messages and opening tel:/sms: links.
struct RootView: View {
    @EnvironmentObject private var store: CompanionStore
    @Environment(\.openURL) private var openURL

    var body: some View {
        content
            .sheet(item: safetyCardBinding) { card in
                SafetyCardView(card: card.value)
                    .environmentObject(store)
                    .privacyCover()
            }
            .alert(L("error.title"), isPresented: messageShown) {
                Button(L("action.ok")) {
                    store.message = nil
                }
            } message: {
                Text(store.message ?? "")
            }
            .task {
                store.launch()
            }
            .onChange(of: store.urlToOpen) { url in
                if let url = url {
                    openURL(url)
                    store.urlToOpen = nil
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

    private var safetyCardBinding: Binding<IdentifiedCard?> {
        Binding(
            get: {
                guard let card = store.safetyCard else {
                    return nil
                }
                return IdentifiedCard(value: card)
            },
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
    @EnvironmentObject private var store: CompanionStore
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
