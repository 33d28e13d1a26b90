// Writing a journal entry, or changing or deleting one: the day (today unless another is
// chosen, never a future one), an optional time, and the text, as long as the person needs up
// to the core's limit, with a count that appears as they near it. The core validates; its
// refusal shows under the field it names with everything typed kept. A change or a deletion
// keeps the entry as it was in the journal's sealed audit trail, and the screen says so.

import CairnCore
import SwiftUI

struct JournalEntryEditorView: View {
    @Environment(CompanionStore.self) private var store
    @Environment(\.dismiss) private var dismiss
    /// The entry to change, or nil for a new one.
    let entry: JournalEntryView?
    @State private var day = Date()
    @State private var hasTime = false
    @State private var time = Date()
    @State private var text = ""
    /// The field the core refused last ("date", "time", "text") and its fixed reason.
    @State private var refused: (field: String, reason: String)?
    @State private var saving = false
    @State private var deleting = false
    @State private var filled = false
    @FocusState private var textFocused: Bool

    var body: some View {
        NavigationStack {
            Form {
                Section {
                    DatePicker(L("journal.day"), selection: $day, in: ...Date(), displayedComponents: .date)
                        .inCoreZone(store.timeZone)
                    if refused?.field == "date" {
                        problem(L("journal.error.date"))
                    }
                    Toggle(L("journal.addTime"), isOn: $hasTime)
                    if hasTime {
                        DatePicker(L("journal.time"), selection: $time, displayedComponents: .hourAndMinute)
                            .inCoreZone(store.timeZone)
                    }
                    if refused?.field == "time" {
                        problem(L("journal.error.date"))
                    }
                } header: {
                    Text(L("journal.when"))
                }
                Section {
                    TextField(L("journal.textLabel"), text: $text, axis: .vertical)
                        .lineLimit(8...)
                        .privateEntry()
                        .focused($textFocused)
                        .accessibilityIdentifier("journal.text")
                    if let refused, refused.field == "text" {
                        problem(JournalText.textProblem(refused.reason))
                    }
                } header: {
                    Text(L("journal.textTitle"))
                } footer: {
                    counter
                }
                if let refused, !["date", "time", "text"].contains(refused.field) {
                    Section {
                        problem(L("error.invalidInput", refused.field))
                    }
                }
                if let entry {
                    Section {
                        Button(L("journal.delete"), role: .destructive) {
                            deleting = true
                        }
                    } footer: {
                        Text(L("journal.auditFooter"))
                    }
                    .confirmationDialog(L("journal.deleteTitle"), isPresented: $deleting, titleVisibility: .visible) {
                        Button(L("journal.delete"), role: .destructive) {
                            delete(entry)
                        }
                        Button(L("action.cancel"), role: .cancel) {}
                    } message: {
                        Text(L("journal.deleteMessage"))
                    }
                }
            }
            .navigationTitle(entry == nil ? L("journal.newTitle") : L("journal.editTitle"))
            .navigationBarTitleDisplayMode(.inline)
            .toolbar {
                ToolbarItem(placement: .cancellationAction) {
                    Button(L("action.cancel")) {
                        dismiss()
                    }
                }
                ToolbarItem(placement: .confirmationAction) {
                    Button(L("action.save")) {
                        save()
                    }
                    .disabled(saving)
                }
            }
            .onAppear(perform: fill)
            .onChange(of: text) {
                // A refusal stays beside its field until that field changes.
                if refused?.field == "text" {
                    refused = nil
                }
            }
        }
    }

    /// The count as the person nears the limit; past it, how many characters too many.
    @ViewBuilder
    private var counter: some View {
        let length = JournalText.length(text)
        if length > JournalText.maxCharacters {
            Text(L("journal.countOver", length, JournalText.maxCharacters, length - JournalText.maxCharacters))
                .foregroundStyle(.red)
        } else if length >= JournalText.counterFrom {
            Text(L("journal.count", length, JournalText.maxCharacters))
        }
    }

    private func problem(_ words: String) -> some View {
        Text(words)
            .font(.footnote)
            .foregroundStyle(.red)
    }

    /// Once: the entry's own values, or today with no time for a new one.
    private func fill() {
        if filled {
            return
        }
        filled = true
        guard let entry else {
            textFocused = true
            return
        }
        let zone = store.timeZone
        day = LocalDate.date(fromDay: entry.entry.date, zone: zone)
        if let at = entry.entry.time {
            hasTime = true
            time = LocalDate.date(fromTime: at, zone: zone, reference: day)
        }
        text = entry.entry.text
    }

    private func save() {
        let zone = store.timeZone
        let written = JournalEntry(
            date: LocalDate.day(day, zone: zone),
            time: hasTime ? LocalDate.time(time, zone: zone) : nil,
            text: text
        )
        saving = true
        Task {
            let outcome = await store.saveJournalEntry(id: entry?.id, entry: written)
            saving = false
            switch outcome {
            case .saved:
                dismiss()
            case .refused(let field, let reason):
                refused = (field, reason)
                if field == "text" {
                    textFocused = true
                }
            case .failed:
                break
            }
        }
    }

    private func delete(_ entry: JournalEntryView) {
        Task {
            if await store.deleteJournalEntry(id: entry.id) == .saved {
                dismiss()
            }
        }
    }
}
