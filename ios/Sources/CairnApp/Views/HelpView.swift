// Help in a bad moment: the reach-out chain in the order the core chose (sponsor, backups,
// then crisis lines) with the person's own reasons to stay clean beside it, the region's
// crisis lines with their sources, and the person's own relapse-prevention plan to read and
// edit.

import CairnCore
import SwiftUI

/// Help in a bad moment: the reach-out chain in order (sponsor, backups, then crisis lines),
/// the region's crisis lines with their sources, and the relapse-prevention plan.
struct HelpView: View {
    @Environment(CompanionStore.self) private var store

    var body: some View {
        List {
            if let chain = store.chain {
                chainSection(chain)
            }
            reasonsSection
            crisisSection
            planSections
            Section {
                NavigationLink(L("today.contacts")) {
                    ContactsView()
                }
            }
        }
        .navigationTitle(L("tab.help"))
    }

    private func chainSection(_ chain: ReachOutChain) -> some View {
        Section {
            ForEach(Array(chain.entries.enumerated()), id: \.offset) { item in
                chainRow(index: UInt32(item.offset), entry: item.element)
            }
        } header: {
            Text(L("help.chain"))
        } footer: {
            if let note = chain.note {
                Text(note)
            } else {
                Text(L("help.chainFooter"))
            }
        }
    }

    private func chainRow(index: UInt32, entry: ChainEntry) -> some View {
        VStack(alignment: .leading, spacing: 6) {
            Text(entry.who)
                .font(.headline)
            Text(Labels.chainRole(entry.role))
                .foregroundStyle(.secondary)
            if let hours = entry.hours {
                Text(hours)
                    .font(.footnote)
                    .foregroundStyle(.secondary)
            }
            CallTextButtons(
                name: entry.who,
                smsUri: entry.smsUri,
                callImage: "phone.fill",
                prominent: true,
                call: {
                    store.reachOut(index: index, channel: .call, uri: entry.telUri)
                },
                text: { sms in
                    store.reachOut(index: index, channel: .text, uri: sms)
                }
            )
        }
    }

    /// The reasons the chain brings, with the way to their screen (or to write the first).
    private var reasonsSection: some View {
        Section {
            ReasonRows(reasons: store.reasons)
            NavigationLink(store.reasons.isEmpty ? L("reasons.write") : L("reasons.change")) {
                ReasonsView()
            }
        } footer: {
            if store.reasons.isEmpty {
                Text(L("reasons.invite"))
            }
        }
    }

    private var crisisSection: some View {
        Section {
            ForEach(store.crisisLines, id: \.id) { line in
                VStack(alignment: .leading, spacing: 4) {
                    Text(line.name)
                        .font(.headline)
                    Text(Labels.purpose(line.purpose))
                    if let detail = line.detail {
                        Text(detail)
                            .font(.footnote)
                    }
                    Text(line.hours)
                        .font(.footnote)
                        .foregroundStyle(.secondary)
                    CallTextButtons(
                        name: line.name,
                        smsUri: line.smsUri,
                        callTitle: line.number,
                        call: {
                            store.open(uri: line.telUri)
                        },
                        text: { sms in
                            store.open(uri: sms)
                        }
                    )
                    Text(L("help.source", line.source))
                        .font(.caption)
                        .foregroundStyle(.secondary)
                }
            }
        } header: {
            Text(L("help.crisisLines"))
        }
    }

    @ViewBuilder
    private var planSections: some View {
        if let plan = store.plan {
            PlanSectionView(section: .warningSigns, items: plan.warningSigns)
            PlanSectionView(section: .triggersToAvoid, items: plan.triggersToAvoid)
            PlanSectionView(section: .copingSteps, items: plan.copingSteps)
            PlanSectionView(section: .reasonsToStayClean, items: plan.reasonsToStayClean)
            PlanSectionView(section: .peopleToCall, items: plan.peopleToCall)
            PlanSectionView(section: .safePlaces, items: plan.safePlaces)
        }
    }
}

/// One section of the relapse-prevention plan: its items, swipe to remove, a field to add.
struct PlanSectionView: View {
    @Environment(CompanionStore.self) private var store
    let section: PlanSection
    let items: [String]
    @State private var newItem = ""

    var body: some View {
        Section {
            ForEach(Array(items.enumerated()), id: \.offset) { item in
                Text(item.element)
            }
            .onDelete { offsets in
                remove(offsets)
            }
            HStack {
                TextField(L("plan.addPlaceholder"), text: $newItem)
                    .privateEntry()
                Button {
                    add()
                } label: {
                    Image(systemName: "plus.circle")
                }
                .disabled(newItem.trimmingCharacters(in: .whitespaces).isEmpty)
                .accessibilityLabel(Text(L("plan.add", Labels.planSection(section))))
            }
        } header: {
            Text(Labels.planSection(section))
        }
    }

    private func add() {
        let text = newItem.trimmingCharacters(in: .whitespacesAndNewlines)
        newItem = ""
        Task {
            await store.editPlan(section: section, change: .add(text: text))
        }
    }

    private func remove(_ offsets: IndexSet) {
        // Highest first, so earlier positions stay valid.
        let indexes = offsets.sorted().reversed()
        Task {
            for index in indexes {
                await store.editPlan(section: section, change: .remove(index: UInt32(index)))
            }
        }
    }
}
