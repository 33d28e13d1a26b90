// The person's people: call or text each one, add, edit, remove, and choose the primary
// sponsor, who is the first link of the reach-out chain. The core validates the numbers and
// builds the links; this screen only collects and shows them.

import CairnCore
import SwiftUI

/// The person's people: call or text each one, add, edit, remove, and choose the primary
/// sponsor (the first link of the reach-out chain). The core validates phone numbers and
/// builds the tel:/sms: links.
struct ContactsView: View {
    @Environment(CompanionStore.self) private var store
    @State private var editing: ContactDraft?

    var body: some View {
        List {
            if store.contacts.isEmpty {
                Text(L("contacts.empty"))
                    .foregroundStyle(.secondary)
            }
            ForEach(store.contacts, id: \.id) { shown in
                row(shown)
            }
            .onDelete { offsets in
                remove(offsets)
            }
        }
        .navigationTitle(L("contacts.title"))
        .toolbar {
            ToolbarItem(placement: .primaryAction) {
                Button {
                    editing = ContactDraft()
                } label: {
                    Label(L("contacts.add"), systemImage: "plus")
                }
                .accessibilityLabel(Text(L("contacts.add")))
                .accessibilityIdentifier("contacts.add")
            }
        }
        .sheet(item: $editing) { draft in
            ContactEditorView(draft: draft)
                .environment(store)
                .privacyCover()
        }
    }

    private func row(_ shown: ContactView) -> some View {
        let contact = shown.contact
        return VStack(alignment: .leading, spacing: 8) {
            Button {
                editing = ContactDraft(shown)
            } label: {
                VStack(alignment: .leading, spacing: 2) {
                    Text(contact.name)
                        .font(.headline)
                    Text(contact.primary ? L("contacts.primaryRole", Labels.role(contact.role)) : Labels.role(contact.role))
                        .foregroundStyle(.secondary)
                }
            }
            .accessibilityHint(Text(L("a11y.editContact")))
            CallTextButtons(
                name: contact.name,
                smsUri: shown.smsUri,
                call: {
                    store.open(uri: shown.telUri)
                },
                text: { sms in
                    store.open(uri: sms)
                }
            )
        }
    }

    private func remove(_ offsets: IndexSet) {
        let ids = offsets.map { index in store.contacts[index].id }
        Task {
            for id in ids {
                await store.removeContact(id: id)
            }
        }
    }
}

/// A contact being added or edited.
struct ContactDraft: Identifiable {
    var id: String
    var existingId: RecordId?
    var name = ""
    var phone = ""
    var role = ContactRole.sponsor
    var canText = true
    var primary = false
    var note = ""

    init() {
        id = UUID().uuidString
    }

    init(_ shown: ContactView) {
        let contact = shown.contact
        id = shown.id
        existingId = shown.id
        name = contact.name
        phone = contact.phone
        role = contact.role
        canText = contact.canText
        primary = contact.primary
        note = contact.note ?? ""
    }

    var newContact: NewContact {
        let trimmedNote = note.trimmingCharacters(in: .whitespacesAndNewlines)
        return NewContact(
            name: name.trimmingCharacters(in: .whitespacesAndNewlines),
            phone: phone.trimmingCharacters(in: .whitespacesAndNewlines),
            role: role,
            canText: canText,
            note: trimmedNote.isEmpty ? nil : trimmedNote
        )
    }
}

/// Adds or edits one contact.
struct ContactEditorView: View {
    @Environment(CompanionStore.self) private var store
    @Environment(\.dismiss) private var dismiss
    @State private var draft: ContactDraft
    @State private var saving = false

    init(draft: ContactDraft) {
        _draft = State(initialValue: draft)
    }

    var body: some View {
        NavigationStack {
            Form {
                Section {
                    TextField(L("contacts.name"), text: $draft.name)
                        .accessibilityIdentifier("contacts.name")
                        .textContentType(.name)
                    TextField(L("contacts.phone"), text: $draft.phone)
                        .accessibilityIdentifier("contacts.phone")
                        .keyboardType(.phonePad)
                        .textContentType(.telephoneNumber)
                    Picker(L("contacts.role"), selection: $draft.role) {
                        ForEach(Labels.allRoles, id: \.self) { role in
                            Text(Labels.role(role)).tag(role)
                        }
                    }
                    Toggle(L("contacts.canText"), isOn: $draft.canText)
                    Toggle(L("contacts.primary"), isOn: $draft.primary)
                        .accessibilityIdentifier("contacts.primary")
                }
                Section {
                    TextField(L("contacts.note"), text: $draft.note, axis: .vertical)
                        .privateEntry()
                }
                if let message = store.message {
                    Section {
                        Text(message)
                            .foregroundStyle(.red)
                    }
                }
            }
            .navigationTitle(draft.existingId == nil ? L("contacts.add") : L("contacts.edit"))
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
                    .accessibilityIdentifier("contacts.save")
                    .disabled(saving || draft.name.isEmpty || draft.phone.isEmpty)
                }
            }
        }
    }

    private func save() {
        saving = true
        store.message = nil
        let contact = draft.newContact
        let primary = draft.primary
        let existingId = draft.existingId
        Task {
            var done = false
            if let id = existingId {
                done = await store.editContact(id: id, contact: contact, primary: primary)
            } else {
                done = await store.addContact(contact, primary: primary)
            }
            saving = false
            if done {
                dismiss()
            }
        }
    }
}
