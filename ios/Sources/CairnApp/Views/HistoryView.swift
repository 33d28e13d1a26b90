// History and insights: the way into the journal, averages and trends, frequent triggers and
// helpers, every earlier streak and every use (a lapse and a relapse told apart), and recent
// check-ins. A use recorded by mistake can be corrected or deleted here; the changes section
// shows the audit the core keeps, so nothing is silently rewritten. Cumulative numbers keep
// growing.

import CairnCore
import SwiftUI

struct HistoryView: View {
    @Environment(CompanionStore.self) private var store
    @State private var editing: EditedUse?
    @State private var deleting: UseEntry?

    var body: some View {
        List {
            // The journal first: where a person writes and rereads, beside the road so far.
            Section {
                NavigationLink {
                    JournalView()
                } label: {
                    Label(L("journal.title"), systemImage: "book")
                }
            }
            if let insights = store.insights {
                insightsSection(insights)
                tagsSection(L("history.topTriggers"), insights.topTags.triggers.map { item in
                    TagRow(name: Labels.trigger(item.tag), count: item.count)
                })
                tagsSection(L("history.topHelped"), insights.topTags.helped.map { item in
                    TagRow(name: Labels.helped(item.tag), count: item.count)
                })
            }
            if let status = store.status {
                totalsSection(status.streak)
            }
            if let history = store.history {
                streaksSection(history)
                usesSection(history)
                if !history.audit.isEmpty {
                    auditSection(history)
                }
                if !history.damagedRecords.isEmpty {
                    Section {
                        Text(L("history.damaged", history.damagedRecords.count))
                    }
                }
            }
            checkinsSection
            Section {
                NavigationLink(L("today.allMilestones")) {
                    MilestonesView()
                }
            }
        }
        .navigationTitle(L("tab.history"))
        .refreshable {
            await store.reload()
        }
        .sheet(item: $editing) { edited in
            UseEditorView(entry: edited.entry)
                .environment(store)
                .privacyCover()
        }
        .confirmationDialog(L("history.deleteUseTitle"), isPresented: deletingShown, titleVisibility: .visible) {
            Button(L("history.deleteUse"), role: .destructive) {
                if let entry = deleting {
                    Task {
                        _ = await store.deleteUse(id: entry.id)
                    }
                }
                deleting = nil
            }
            Button(L("action.cancel"), role: .cancel) {
                deleting = nil
            }
        } message: {
            Text(L("history.deleteUseMessage"))
        }
    }

    private var deletingShown: Binding<Bool> {
        Binding(
            get: { deleting != nil },
            set: { shown in
                if !shown {
                    deleting = nil
                }
            }
        )
    }

    private func insightsSection(_ insights: Insights) -> some View {
        Section {
            LabeledContent(L("history.mood7"), value: Labels.average(insights.averages.last7.mood))
            LabeledContent(L("history.mood30"), value: Labels.average(insights.averages.last30.mood))
            LabeledContent(L("history.moodTrend"), value: Labels.trend(insights.averages.moodTrend))
            LabeledContent(L("history.craving7"), value: Labels.average(insights.averages.last7.craving))
            LabeledContent(L("history.craving30"), value: Labels.average(insights.averages.last30.craving))
            LabeledContent(L("history.cravingTrend"), value: Labels.trend(insights.averages.cravingTrend))
            LabeledContent(L("history.checkinsIn30"), value: String(insights.checkinStreak.daysInLast30))
        } header: {
            Text(L("history.insights"))
        }
    }

    private func tagsSection(_ title: String, _ rows: [TagRow]) -> some View {
        Section {
            if rows.isEmpty {
                Text(L("insights.noData"))
                    .foregroundStyle(.secondary)
            }
            ForEach(Array(rows.enumerated()), id: \.offset) { item in
                LabeledContent(item.element.name, value: String(item.element.count))
            }
        } header: {
            Text(title)
        }
    }

    private func totalsSection(_ streak: StreakSummary) -> some View {
        Section {
            LabeledContent(L("today.total"), value: Labels.days(streak.totalCleanDays))
            LabeledContent(L("today.longest"), value: Labels.days(streak.longestDays))
            LabeledContent(L("history.attempts"), value: String(streak.attempts))
            LabeledContent(L("history.share30"), value: Labels.percent(streak.share30))
            LabeledContent(L("history.share90"), value: Labels.percent(streak.share90))
            LabeledContent(L("history.share365"), value: Labels.percent(streak.share365))
        } header: {
            Text(L("history.totals"))
        }
    }

    private func streaksSection(_ history: History) -> some View {
        Section {
            LabeledContent(L("history.currentSince"), value: LocalDate.display(history.currentStreakStart, zone: store.timeZone))
            ForEach(history.pastStreaks, id: \.start) { streak in
                VStack(alignment: .leading, spacing: 2) {
                    Text(Labels.days(streak.days))
                        .font(.headline)
                    Text(L("history.range", LocalDate.display(streak.start, zone: store.timeZone), LocalDate.display(streak.end, zone: store.timeZone)))
                    Text(L("history.endedBy", Labels.useKind(streak.endedBy)))
                        .foregroundStyle(.secondary)
                }
                .accessibilityElement(children: .combine)
            }
        } header: {
            Text(L("history.streaks"))
        }
    }

    private func usesSection(_ history: History) -> some View {
        Section {
            if history.uses.isEmpty {
                Text(L("history.noUses"))
                    .foregroundStyle(.secondary)
            }
            ForEach(history.uses, id: \.id) { entry in
                VStack(alignment: .leading, spacing: 2) {
                    Text(LocalDate.display(entry.event.date, zone: store.timeZone))
                        .font(.headline)
                    Text(Labels.useKind(entry.event.kind))
                    if let note = entry.event.note {
                        Text(note)
                            .foregroundStyle(.secondary)
                    }
                }
                .accessibilityElement(children: .combine)
                .changeOrDelete(
                    change: L("history.editUse"),
                    delete: L("history.deleteUse"),
                    onChange: { editing = EditedUse(entry: entry) },
                    onDelete: { deleting = entry }
                )
            }
        } header: {
            Text(L("history.uses"))
        } footer: {
            Text(L("history.usesFooter"))
        }
    }

    /// Every edit and deletion of a use, with what it was before: the audit the core keeps.
    private func auditSection(_ history: History) -> some View {
        Section {
            ForEach(Array(history.audit.enumerated()), id: \.offset) { item in
                auditRow(item.element)
            }
        } header: {
            Text(L("history.changes"))
        }
    }

    private func auditRow(_ entry: AuditEntry) -> some View {
        let was = L("history.was", LocalDate.display(entry.previous.date, zone: store.timeZone),
                    Labels.useKind(entry.previous.kind))
        let when = entry.at.formatted(date: .abbreviated, time: .shortened)
        return VStack(alignment: .leading, spacing: 2) {
            Text(Labels.auditChange(entry.change))
                .font(.headline)
            Text(was)
            Text(when)
                .foregroundStyle(.secondary)
        }
        .accessibilityElement(children: .combine)
    }

    private var checkinsSection: some View {
        Section {
            ForEach(store.checkins.prefix(30), id: \.date) { checkin in
                VStack(alignment: .leading, spacing: 2) {
                    Text(LocalDate.display(checkin.date, zone: store.timeZone))
                        .font(.headline)
                    Text(L("history.checkinLine", Int(checkin.mood), Int(checkin.craving)))
                        .foregroundStyle(.secondary)
                }
                .accessibilityElement(children: .combine)
            }
        } header: {
            Text(L("history.checkins"))
        }
    }
}

/// One line of a most-frequent list: a trigger's or helpful action's name and its count.
struct TagRow {
    let name: String
    let count: UInt32
}

/// A use being edited, as a sheet item.
struct EditedUse: Identifiable {
    let entry: UseEntry

    var id: RecordId {
        entry.id
    }
}
