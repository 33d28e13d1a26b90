// The milestones of the current streak in the chosen set, reached and upcoming, and adding the
// person's own day-count milestone.

import CairnCore
import SwiftUI

/// The milestones of the current streak in the chosen set: reached ones and the days left to
/// the others. The person can add their own as a day count.
struct MilestonesView: View {
    @Environment(CompanionStore.self) private var store
    @State private var ownDays = 100

    var body: some View {
        List {
            Section {
                ForEach(store.milestones, id: \.key) { milestone in
                    row(milestone)
                }
            } header: {
                if let set = store.settings?.milestoneSet {
                    Text(Labels.milestoneSet(set))
                }
            }
            Section {
                Stepper(value: $ownDays, in: 1...36525) {
                    Text(Labels.days(UInt32(ownDays)))
                }
                Button(L("milestones.addOwn")) {
                    let days = UInt32(ownDays)
                    Task {
                        _ = await store.addPersonalMilestone(days: days)
                    }
                }
            } header: {
                Text(L("milestones.personal"))
            } footer: {
                Text(L("milestones.personalFooter"))
            }
        }
        .navigationTitle(L("milestones.title"))
    }

    private func row(_ milestone: Milestone) -> some View {
        HStack {
            Image(systemName: milestone.reached ? "star.fill" : "star")
                .accessibilityHidden(true)
            VStack(alignment: .leading, spacing: 2) {
                Text(milestone.label)
                    .font(.headline)
                if milestone.reached {
                    Text(L("milestones.reached", LocalDate.display(milestone.date, zone: store.timeZone)))
                        .foregroundStyle(.secondary)
                } else {
                    Text(L("today.milestoneIn", Labels.days(milestone.daysLeft), LocalDate.display(milestone.date, zone: store.timeZone)))
                        .foregroundStyle(.secondary)
                }
            }
        }
        .accessibilityElement(children: .combine)
    }
}
