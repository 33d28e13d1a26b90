// The journal, reached from History: the person's dated entries, newest first, each under its
// day (and time); a search field that asks the core as the person types (case and accents do
// not matter, and nothing of the search is kept); writing a new entry, and changing or
// deleting one, where the confirmation says the earlier version stays in the sealed audit
// trail. The entries live in this screen's state only while it is shown.

import CairnCore
import SwiftUI

struct JournalView: View {
    @Environment(CompanionStore.self) private var store
    @State private var entries: [JournalEntryView] = []
    @State private var loaded = false
    @State private var query = ""
    @State private var search: CompanionStore.JournalSearch?
    @State private var editing: EditedJournalEntry?
    @State private var deleting: JournalEntryView?

    private var searching: Bool {
        !query.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty
    }

    var body: some View {
        List {
            if searching {
                searchResults
            } else {
                ForEach(entries, id: \.id) { view in
                    row(view)
                }
            }
        }
        .overlay {
            if loaded && entries.isEmpty && !searching {
                ContentUnavailableView {
                    Label(L("journal.emptyTitle"), systemImage: "book.closed")
                } description: {
                    Text(L("journal.emptyBody"))
                } actions: {
                    Button(L("journal.write")) {
                        editing = EditedJournalEntry(entry: nil)
                    }
                    .buttonStyle(.borderedProminent)
                }
            }
        }
        .navigationTitle(L("journal.title"))
        .searchable(text: $query, prompt: Text(L("journal.search")))
        .privateEntry()
        .toolbar {
            ToolbarItem(placement: .primaryAction) {
                Button {
                    editing = EditedJournalEntry(entry: nil)
                } label: {
                    Label(L("journal.write"), systemImage: "square.and.pencil")
                }
            }
        }
        .task {
            await load()
        }
        .task(id: query) {
            // As the person types; the core decrypts and searches in memory and keeps nothing.
            guard searching else {
                search = nil
                return
            }
            search = await store.searchJournal(query)
        }
        .refreshable {
            await load()
        }
        .sheet(item: $editing, onDismiss: {
            Task {
                await load()
            }
        }, content: { edited in
            JournalEntryEditorView(entry: edited.entry)
                .environment(store)
                .privacyCover()
        })
        .confirmationDialog(L("journal.deleteTitle"), isPresented: deletingShown, titleVisibility: .visible) {
            Button(L("journal.delete"), role: .destructive) {
                if let view = deleting {
                    Task {
                        _ = await store.deleteJournalEntry(id: view.id)
                        await load()
                    }
                }
                deleting = nil
            }
            Button(L("action.cancel"), role: .cancel) {
                deleting = nil
            }
        } message: {
            Text(L("journal.deleteMessage"))
        }
    }

    private func load() async {
        if let read = await store.journalEntries() {
            entries = read
        }
        loaded = true
        if searching {
            search = await store.searchJournal(query)
        }
    }

    @ViewBuilder
    private var searchResults: some View {
        switch search {
        case .found(let found) where found.isEmpty:
            ContentUnavailableView(L("journal.searchNone"), systemImage: "magnifyingglass",
                                   description: Text(L("journal.searchHint")))
        case .found(let found):
            Section {
                ForEach(found, id: \.id) { view in
                    row(view)
                }
            } header: {
                Text(L("journal.searchFound", found.count))
            }
        case .refused:
            Text(L("journal.error.query"))
                .foregroundStyle(.red)
        case .failed, nil:
            EmptyView()
        }
    }

    private func row(_ view: JournalEntryView) -> some View {
        let heading = JournalText.heading(view.entry, zone: store.timeZone)
        return Button {
            editing = EditedJournalEntry(entry: view)
        } label: {
            VStack(alignment: .leading, spacing: 6) {
                Text(heading)
                    .font(.headline)
                    .accessibilityAddTraits(.isHeader)
                Text(view.entry.text)
                    .foregroundStyle(.primary)
                if let edited = view.editedAt {
                    Text(L("journal.changedOn", edited.formatted(date: .abbreviated, time: .omitted)))
                        .font(.footnote)
                        .foregroundStyle(.secondary)
                }
            }
            .frame(maxWidth: .infinity, alignment: .leading)
        }
        .buttonStyle(.plain)
        .accessibilityHint(Text(L("a11y.journalEntry")))
        .changeOrDelete(
            change: L("journal.change"),
            delete: L("journal.delete"),
            onChange: { editing = EditedJournalEntry(entry: view) },
            onDelete: { deleting = view }
        )
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
}

/// An entry being written (nil: a new one) or changed, as a sheet item.
struct EditedJournalEntry: Identifiable {
    let entry: JournalEntryView?

    var id: String {
        entry?.id ?? "new"
    }
}
