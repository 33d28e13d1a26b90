// Correcting a recorded use: its date, its kind (a lapse or a relapse) and its note. It exists
// because a mistaken "I used" must be fixable without erasing history: the core replaces the
// use and keeps the old version in its audit trail.

import CairnCore
import SwiftUI

struct UseEditorView: View {
    @Environment(CompanionStore.self) private var store
    @Environment(\.dismiss) private var dismiss
    let entry: UseEntry
    @State private var day = Date()
    @State private var kind = UseKind.lapse
    @State private var note = ""
    @State private var saving = false

    var body: some View {
        NavigationStack {
            Form {
                Section {
                    DatePicker(L("history.useDate"), selection: $day, in: ...Date(), displayedComponents: .date)
                        .inCoreZone(store.timeZone)
                    Picker(L("checkin.useKind"), selection: $kind) {
                        Text(Labels.useKind(.lapse)).tag(UseKind.lapse)
                        Text(Labels.useKind(.relapse)).tag(UseKind.relapse)
                    }
                    TextField(L("checkin.note"), text: $note, axis: .vertical)
                        .privateEntry()
                } footer: {
                    Text(L("history.editUseFooter"))
                }
            }
            .navigationTitle(L("history.editUse"))
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
            .onAppear {
                day = LocalDate.date(fromDay: entry.event.date, zone: store.timeZone)
                kind = entry.event.kind
                note = entry.event.note ?? ""
            }
        }
    }

    private func save() {
        let trimmed = note.trimmingCharacters(in: .whitespacesAndNewlines)
        let event = UseEvent(
            date: LocalDate.day(day, zone: store.timeZone),
            time: entry.event.time,
            kind: kind,
            note: trimmed.isEmpty ? nil : trimmed,
            triggers: entry.event.triggers
        )
        saving = true
        Task {
            let done = await store.editUse(id: entry.id, event: event)
            saving = false
            if done {
                dismiss()
            }
        }
    }
}
