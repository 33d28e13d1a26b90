// The daily check-in, in under 30 seconds: mood, craving, use, medication, how the day's pledge
// went (only on a day that has one), triggers, what helped, a note. Earlier days can be filled in and an existing day is edited in place; the
// form starts fresh whenever the day changes, so yesterday's answers never become today's.

import CairnCore
import SwiftUI

struct CheckInView: View {
    @Environment(CompanionStore.self) private var store
    @State private var day = Date()
    @State private var form = CheckInForm()
    @State private var saving = false
    @State private var saved = false
    @State private var confirmingUse = false

    var body: some View {
        Form {
            Section {
                DatePicker(L("checkin.date"), selection: $day, in: ...Date(), displayedComponents: .date)
                    .inCoreZone(store.timeZone)
                if existing != nil {
                    Text(L("checkin.editing"))
                        .foregroundStyle(.secondary)
                }
            }
            Section {
                Stepper(value: $form.mood, in: 1...5) {
                    Text(L("checkin.mood", form.mood))
                }
                Stepper(value: $form.craving, in: 0...10) {
                    Text(L("checkin.craving", form.craving))
                }
            } header: {
                Text(L("checkin.howAreYou"))
            }
            Section {
                Toggle(L("checkin.used"), isOn: $form.used)
                    .accessibilityIdentifier("checkin.used")
                if form.used {
                    Picker(L("checkin.useKind"), selection: $form.useKind) {
                        Text(Labels.useKind(.lapse)).tag(UseKind.lapse)
                        Text(Labels.useKind(.relapse)).tag(UseKind.relapse)
                    }
                }
                Picker(L("checkin.medication"), selection: $form.medication) {
                    Text(Labels.medication(.taken)).tag(MedicationTaken.taken)
                    Text(Labels.medication(.missed)).tag(MedicationTaken.missed)
                    Text(Labels.medication(.notPrescribed)).tag(MedicationTaken.notPrescribed)
                }
            } footer: {
                Text(L("checkin.usedFooter"))
            }
            if store.isPledged(dayText) {
                pledgeSection
            }
            Section {
                ForEach(CheckInForm.fixedTriggers, id: \.self) { trigger in
                    Toggle(Labels.trigger(trigger), isOn: member(trigger, of: $form.triggers))
                }
                TextField(L("checkin.ownTags"), text: $form.ownTags)
                    .privateEntry(capitalize: false)
            } header: {
                Text(L("checkin.triggers"))
            }
            Section {
                ForEach(CheckInForm.fixedHelped, id: \.self) { action in
                    Toggle(Labels.helped(action), isOn: member(action, of: $form.helped))
                }
            } header: {
                Text(L("checkin.helped"))
            }
            Section {
                TextField(L("checkin.note"), text: $form.note, axis: .vertical)
                    .lineLimit(3...8)
                    .privateEntry()
            }
            Section {
                Button(existing == nil ? L("checkin.save") : L("checkin.update")) {
                    save()
                }
                .disabled(saving)
                .accessibilityIdentifier("checkin.save")
                if saved {
                    Label(L("checkin.saved"), systemImage: "checkmark")
                }
            }
        }
        .navigationTitle(L("tab.checkin"))
        .confirmationDialog(L("checkin.confirmUseTitle"), isPresented: $confirmingUse, titleVisibility: .visible) {
            Button(L("checkin.confirmUse")) {
                commit()
            }
            .accessibilityIdentifier("checkin.confirmUse")
            Button(L("action.cancel"), role: .cancel) {}
        } message: {
            Text(L("checkin.confirmUseMessage", LocalDate.display(dayText, zone: store.timeZone)))
        }
        .onAppear {
            fill()
        }
        .onChange(of: day) {
            fill()
        }
        .onChange(of: form.used) {
            form.settleUseAndPledge()
        }
        .onChange(of: store.today) { previous, _ in
            // Past midnight (or after a zone change) a form left open on "today" moves to the
            // new today and starts fresh; a back-filled earlier day stays where it is.
            if dayText == previous {
                day = Date()
                fill()
            }
        }
    }

    private var dayText: String {
        LocalDate.day(day, zone: store.timeZone)
    }

    /// The check-in already recorded for the chosen day, if any.
    private var existing: CheckIn? {
        store.checkins.first { checkin in checkin.date == dayText }
    }

    /// The chosen day's check-in, or a fresh form: never the previous day's answers.
    private func fill() {
        saved = false
        form = existing.map(CheckInForm.init(existing:)) ?? CheckInForm()
    }

    /// "Did you keep today's pledge?": yes, no or skip; no "yes" beside a use, and thanks either way.
    private var pledgeSection: some View {
        Section {
            Picker(dayText == store.today ? L("pledge.keptToday") : L("pledge.keptThatDay"), selection: $form.pledgeKept) {
                if !form.used {
                    Text(L("pledge.yes")).tag(Bool?.some(true))
                }
                Text(L("pledge.no")).tag(Bool?.some(false))
                Text(L("pledge.skip")).tag(Bool?.none)
            }
            .pickerStyle(.inline)
            .accessibilityIdentifier("checkin.pledgeKept")
        } header: {
            Text(L("pledge.title"))
        } footer: {
            if form.used {
                Text(L("pledge.usedDetail"))
            } else if form.pledgeKept == true {
                Text(L("pledge.yesDetail"))
            } else if form.pledgeKept == false {
                Text(L("pledge.noDetail"))
            }
        }
    }

    /// A new "I used" asks first: a mistaken tap should not record a use.
    private func save() {
        if form.used && existing?.used != true {
            confirmingUse = true
        } else {
            commit()
        }
    }

    private func commit() {
        let checkin = form.checkIn(date: dayText)
        let replace = existing != nil
        let useKind = form.useKind
        saving = true
        Task {
            saved = await store.checkIn(checkin, useKind: useKind, replace: replace)
            saving = false
        }
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
