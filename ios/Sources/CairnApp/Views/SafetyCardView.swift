// The safety card, shown over everything after a use that follows clean days, because that
// is when overdose risk is highest. Every line and button comes from the core (it works
// offline); this file only lays it out and opens the links. Under the calls, the person's own
// reasons to stay clean, when they wrote some, as the terminal shows them.

import CairnCore
import SwiftUI

/// The core's safety card after a use following clean days: lower tolerance, never alone,
/// naloxone, and one-tap calls. Works offline; every line comes from the core.
struct SafetyCardView: View {
    @Environment(CompanionStore.self) private var store
    @Environment(\.dismiss) private var dismiss
    let card: SafetyCard

    var body: some View {
        NavigationStack {
            List {
                Section {
                    ForEach(card.lines, id: \.self) { line in
                        Text(line.text)
                    }
                }
                Section {
                    ForEach(card.actions, id: \.self) { action in
                        Button {
                            store.open(uri: action.call.telUri)
                        } label: {
                            Label(action.call.label, systemImage: icon(action.kind))
                                .font(.headline)
                        }
                        .accessibilityLabel(Text(L("a11y.call", action.call.label)))
                        .accessibilityIdentifier("safety.\(action.kind)")
                    }
                }
                if !card.reasons.isEmpty {
                    Section {
                        ReasonRows(reasons: card.reasons)
                    }
                }
            }
            .navigationTitle(card.title)
            .sheet(item: unplacedBinding) { call in
                UnplacedCallView(call: call)
                    .privacyCover()
            }
            .toolbar {
                ToolbarItem(placement: .confirmationAction) {
                    Button(L("action.close")) {
                        dismiss()
                    }
                }
            }
        }
    }

    /// A call from the card that the phone refused: its number, over the card.
    private var unplacedBinding: Binding<UnplacedCall?> {
        Binding(
            get: { store.unplacedCall },
            set: { store.unplacedCall = $0 }
        )
    }

    private func icon(_ kind: SafetyActionKind) -> String {
        switch kind {
        case .sponsor:
            return "person.fill"
        case .spotter:
            return "person.2.fill"
        case .crisis:
            return "phone.fill"
        case .emergency:
            return "cross.fill"
        }
    }
}
