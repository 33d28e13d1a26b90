import CairnCore
import SwiftUI

/// The daily check-in, under 30 seconds: mood, craving, use, medication, triggers, what
/// helped, a note. Earlier days can be filled in; an existing day is edited in place.
struct CheckInView: View {
    @EnvironmentObject private var store: CompanionStore
    @State private var day = Date()
    @State private var mood = 3
    @State private var craving = 0
    @State private var used = false
    @State private var useKind = UseKind.lapse
    @State private var medication = MedicationTaken.notPrescribed
    @State private var triggers: Set<Trigger> = []
    @State private var helped: Set<HelpfulAction> = []
    @State private var ownTags = ""
    @State private var note = ""
    @State private var saving = false
    @State private var saved = false

    static let fixedTriggers: [Trigger] = [
        .people, .places, .stress, .boredom, .pain, .conflict, .money, .loneliness,
        .withdrawal, .celebration,
    ]
    static let fixedHelped: [HelpfulAction] = [
        .meeting, .calledSponsor, .therapy, .exercise, .medication, .rest, .reachedOut,
    ]

    var body: some View {
        Form {
            Section {
                DatePicker(L("checkin.date"), selection: $day, in: ...Date(), displayedComponents: .date)
                if existing != nil {
                    Text(L("checkin.editing"))
                        .foregroundStyle(.secondary)
                }
            }
            Section {
                Stepper(value: $mood, in: 1...5) {
                    Text(L("checkin.mood", mood))
                }
                .accessibilityValue(Text(L("checkin.mood", mood)))
                Stepper(value: $craving, in: 0...10) {
                    Text(L("checkin.craving", craving))
                }
                .accessibilityValue(Text(L("checkin.craving", craving)))
            } header: {
                Text(L("checkin.howAreYou"))
            }
            Section {
                Toggle(L("checkin.used"), isOn: $used)
                if used {
                    Picker(L("checkin.useKind"), selection: $useKind) {
                        Text(Labels.useKind(.lapse)).tag(UseKind.lapse)
                        Text(Labels.useKind(.relapse)).tag(UseKind.relapse)
                    }
                }
                Picker(L("checkin.medication"), selection: $medication) {
                    Text(Labels.medication(.taken)).tag(MedicationTaken.taken)
                    Text(Labels.medication(.missed)).tag(MedicationTaken.missed)
                    Text(Labels.medication(.notPrescribed)).tag(MedicationTaken.notPrescribed)
                }
            } footer: {
                Text(L("checkin.usedFooter"))
            }
            Section {
                ForEach(CheckInView.fixedTriggers, id: \.self) { trigger in
                    Toggle(Labels.trigger(trigger), isOn: member(trigger, of: $triggers))
                }
                TextField(L("checkin.ownTags"), text: $ownTags)
                    .textInputAutocapitalization(.never)
            } header: {
                Text(L("checkin.triggers"))
            }
            Section {
                ForEach(CheckInView.fixedHelped, id: \.self) { action in
                    Toggle(Labels.helped(action), isOn: member(action, of: $helped))
                }
            } header: {
                Text(L("checkin.helped"))
            }
            Section {
                TextField(L("checkin.note"), text: $note, axis: .vertical)
                    .lineLimit(3...8)
            }
            Section {
                Button(existing == nil ? L("checkin.save") : L("checkin.update")) {
                    save()
                }
                .disabled(saving)
                if saved {
                    Label(L("checkin.saved"), systemImage: "checkmark")
                }
            }
        }
        .navigationTitle(L("tab.checkin"))
        .onAppear {
            fill()
        }
        .onChange(of: day) { _ in
            fill()
        }
    }

    private var dayText: String {
        LocalDate.day(day, zone: store.timeZone)
    }

    /// The check-in already recorded for the chosen day, if any.
    private var existing: CheckIn? {
        store.checkins.first { checkin in checkin.date == dayText }
    }

    private func fill() {
        saved = false
        guard let checkin = existing else {
            return
        }
        mood = Int(checkin.mood)
        craving = Int(checkin.craving)
        used = checkin.used
        medication = checkin.medication
        triggers = Set(checkin.triggers.filter { tag in CheckInView.fixedTriggers.contains(tag) })
        let own = checkin.triggers.compactMap { tag in CheckInView.ownText(tag) }
        ownTags = own.joined(separator: ", ")
        // Own helpful actions cannot be entered here; they stay in the set, so an edit keeps them.
        helped = Set(checkin.helped)
        note = checkin.note ?? ""
    }

    private func save() {
        let own = ownTags.split(separator: ",").map { part in
            part.trimmingCharacters(in: .whitespaces)
        }
        let ownTriggers = own.filter { text in !text.isEmpty }.map { text in Trigger.own(text) }
        let fixedTriggers = CheckInView.fixedTriggers.filter { tag in triggers.contains(tag) }
        let fixedHelped = CheckInView.fixedHelped.filter { action in helped.contains(action) }
        let ownHelped = helped.compactMap { action in CheckInView.ownText(action) }.sorted().map { text in
            HelpfulAction.own(text)
        }
        let trimmedNote = note.trimmingCharacters(in: .whitespacesAndNewlines)
        let checkin = CheckIn(
            date: dayText,
            mood: UInt8(mood),
            craving: UInt8(craving),
            used: used,
            medication: medication,
            triggers: fixedTriggers + ownTriggers,
            helped: fixedHelped + ownHelped,
            note: trimmedNote.isEmpty ? nil : trimmedNote
        )
        let replace = existing != nil
        saving = true
        Task {
            saved = await store.checkIn(checkin, useKind: useKind, replace: replace)
            saving = false
        }
    }

    /// The text of an own trigger; nil for a fixed one.
    static func ownText(_ trigger: Trigger) -> String? {
        if case .own(let text) = trigger {
            return text
        }
        return nil
    }

    /// The text of an own helpful action; nil for a fixed one.
    static func ownText(_ action: HelpfulAction) -> String? {
        if case .own(let text) = action {
            return text
        }
        return nil
    }

    private func member<Item: Hashable>(_ key: Item, of set: Binding<Set<Item>>) -> Binding<Bool> {
        Binding(
            get: { set.wrappedValue.contains(key) },
            set: { isOn in
                if isOn {
                    set.wrappedValue.insert(key)
                } else {
                    set.wrappedValue.remove(key)
                }
            }
        )
    }
}

/// The core's safety card after a use following clean days: lower tolerance, never alone,
/// naloxone, and one-tap calls. Works offline; every line comes from the core.
struct SafetyCardView: View {
    @EnvironmentObject private var store: CompanionStore
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
                    }
                }
            }
            .navigationTitle(card.title)
            .toolbar {
                ToolbarItem(placement: .confirmationAction) {
                    Button(L("action.close")) {
                        dismiss()
                    }
                }
            }
        }
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
