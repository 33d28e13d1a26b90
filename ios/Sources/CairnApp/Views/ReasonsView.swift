// The person's reasons to stay clean: the rows that show them wherever the core brings them
// (the safety card, Help beside the reach-out chain, the reach-out signals on Today), and the
// small screen that lists, adds and removes them. They are the prevention plan's section of
// that name, so Help's plan section edits the same list; this screen is the short way there.

import CairnCore
import SwiftUI

/// The reasons, one row each, under a small heading; nothing at all when there are none.
struct ReasonRows: View {
    let reasons: [String]

    var body: some View {
        if !reasons.isEmpty {
            Text(L("reasons.title"))
                .font(.headline)
                .accessibilityAddTraits(.isHeader)
            ForEach(Array(reasons.enumerated()), id: \.offset) { item in
                Label(item.element, systemImage: "heart")
            }
        }
    }
}

/// Lists the reasons, adds one at the end, removes one with a swipe or its button.
struct ReasonsView: View {
    @Environment(CompanionStore.self) private var store
    @State private var newReason = ""
    @State private var refusal: String?
    @State private var saving = false

    var body: some View {
        List {
            Section {
                if store.reasons.isEmpty {
                    Text(L("reasons.empty"))
                        .foregroundStyle(.secondary)
                }
                ForEach(Array(store.reasons.enumerated()), id: \.offset) { item in
                    HStack {
                        Label(item.element, systemImage: "heart")
                        Spacer()
                        Button(role: .destructive) {
                            remove(item.offset)
                        } label: {
                            Image(systemName: "trash")
                        }
                        .buttonStyle(.borderless)
                        .accessibilityLabel(Text(L("reasons.remove", item.element)))
                    }
                }
                .onDelete { offsets in
                    if let index = offsets.first {
                        remove(index)
                    }
                }
            } footer: {
                Text(L("reasons.footer"))
            }
            Section {
                TextField(L("reasons.addPlaceholder"), text: $newReason)
                    .privateEntry()
                    .onSubmit {
                        add()
                    }
                if let refusal {
                    Text(refusal)
                        .foregroundStyle(.red)
                        .accessibilityIdentifier("reasons.refusal")
                }
                Button(L("reasons.add")) {
                    add()
                }
                .disabled(saving || newReason.trimmingCharacters(in: .whitespaces).isEmpty)
                .accessibilityIdentifier("reasons.add")
            }
        }
        .navigationTitle(L("reasons.screenTitle"))
    }

    /// Sends the reason as typed (the core trims it); a refused one stays in the field.
    private func add() {
        let text = newReason
        saving = true
        Task {
            let outcome = await store.addReason(text)
            saving = false
            switch outcome {
            case .added:
                newReason = ""
                refusal = nil
            case .refused(let field):
                refusal = field == "items" ? L("reasons.full") : L("reasons.refused")
            case .failed:
                refusal = nil
            }
        }
    }

    private func remove(_ index: Int) {
        Task {
            await store.removeReason(at: index)
        }
    }
}
