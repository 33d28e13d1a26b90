// The first screen: what Cairn is for, and the clean date that starts the journey. It exists
// because nothing else can be shown before there is a journey to count.

import CairnCore
import SwiftUI

/// The first screen: what the app is for, and the clean date that starts the journey.
struct OnboardingView: View {
    @Environment(CompanionStore.self) private var store
    /// Today; ten days ago when the UI tests launch the app, so their use brings the safety
    /// card (which follows three or more clean days).
    @State private var cleanDate = ProcessInfo.processInfo.arguments.contains("-CairnUITest")
        ? Date().addingTimeInterval(-10 * 24 * 3600) : Date()
    @State private var substance = ""
    @State private var saving = false

    var body: some View {
        NavigationStack {
            Form {
                Section {
                    Text(L("onboarding.intro"))
                }
                Section {
                    DatePicker(L("onboarding.cleanDate"), selection: $cleanDate, in: ...Date(), displayedComponents: .date)
                        .inCoreZone(store.timeZone)
                    TextField(L("onboarding.substance"), text: $substance)
                        .privateEntry(capitalize: false)
                } footer: {
                    Text(L("onboarding.footer"))
                }
                Section {
                    Button(L("onboarding.start")) {
                        start()
                    }
                    .disabled(saving)
                    .accessibilityHint(Text(L("a11y.onboarding.start")))
                    .accessibilityIdentifier("onboarding.start")
                }
            }
            .navigationTitle(L("app.name"))
        }
    }

    private func start() {
        saving = true
        Task {
            _ = await store.startJourney(cleanDate: cleanDate, substance: substance)
            saving = false
        }
    }
}
