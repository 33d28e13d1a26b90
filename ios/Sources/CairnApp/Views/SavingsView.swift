// The savings form, from Today: what a day of using cost (an amount and a currency code) and
// how many hours it took, so Today can show what every clean day gave back. The core decides
// everything (the amount's form, the currency's decimal places, the region's usual currency
// when none is typed, the hours' range); its refusal shows under the field it names, with
// everything typed kept. An empty field stops counting that one.

import CairnCore
import SwiftUI

struct SavingsView: View {
    @Environment(CompanionStore.self) private var store
    @Environment(\.dismiss) private var dismiss
    @State private var cost = ""
    @State private var currency = ""
    @State private var hours = ""
    /// The field the core refused last ("cost_per_day", "currency", "hours_per_day").
    @State private var refused: String?
    @State private var saving = false
    @State private var filled = false

    /// The fields the core names in its errors, each shown under its own text field.
    private static let fields: Set<String> = ["cost_per_day", "currency", "hours_per_day"]

    private var journey: JourneyView? {
        store.status?.journey
    }

    var body: some View {
        Form {
            Section {
                Text(L("savings.intro"))
            }
            Section {
                LabeledContent(L("savings.cost")) {
                    TextField(L("savings.costHint"), text: $cost)
                        .keyboardType(.decimalPad)
                        .privateEntry(capitalize: false)
                        .multilineTextAlignment(.trailing)
                        .accessibilityIdentifier("savings.cost")
                }
                if refused == "cost_per_day" {
                    problem(L("error.costPerDay"))
                }
                LabeledContent(L("savings.currency")) {
                    TextField(L("savings.currency"), text: $currency)
                        .keyboardType(.asciiCapable)
                        .privateEntry(capitalize: false)
                        .multilineTextAlignment(.trailing)
                        .accessibilityIdentifier("savings.currency")
                }
                if refused == "currency" {
                    problem(L("error.currency"))
                }
            } header: {
                Text(L("savings.money"))
            } footer: {
                // Until the journey has a cost, an empty code means the region's usual currency
                // (the core picks it); after that it keeps the journey's own, shown above.
                Text(journey?.costPerDay == nil ? L("savings.currencyHintRegion") : L("savings.currencyHint"))
            }
            Section {
                LabeledContent(L("savings.hours")) {
                    TextField(L("savings.hoursHint"), text: $hours)
                        .keyboardType(.decimalPad)
                        .privateEntry(capitalize: false)
                        .multilineTextAlignment(.trailing)
                        .accessibilityIdentifier("savings.hours")
                }
                if refused == "hours_per_day" {
                    problem(L("error.hoursPerDay"))
                }
            } header: {
                Text(L("savings.time"))
            }
            if let field = refused, !Self.fields.contains(field) {
                Section {
                    problem(L("error.invalidInput", field))
                }
            }
            if journey?.costPerDay != nil || journey?.hoursPerDay != nil {
                Section {
                    Button(L("savings.clear")) {
                        save(JourneySavings(costPerDay: nil, hoursPerDay: nil))
                    }
                    .disabled(saving)
                }
            }
        }
        .navigationTitle(L("savings.title"))
        .toolbar {
            ToolbarItem(placement: .confirmationAction) {
                Button(L("action.save")) {
                    save(SavingsInput.savings(cost: cost, currency: currency, hours: hours, mark: L("savings.decimalMark")))
                }
                .accessibilityIdentifier("savings.save")
                .disabled(saving)
            }
        }
        .onAppear(perform: fill)
    }

    private func problem(_ text: String) -> some View {
        Text(text)
            .foregroundStyle(.red)
    }

    /// The journey's stored values, once, with the language's decimal mark.
    private func fill() {
        if filled {
            return
        }
        filled = true
        let mark = L("savings.decimalMark")
        if let stored = journey?.costPerDay {
            cost = SavingsInput.shown(stored.amount, mark: mark)
            currency = stored.currency
        }
        if let perDay = journey?.hoursPerDay {
            hours = SavingsInput.shown(String(format: "%g", perDay), mark: mark)
        }
    }

    private func save(_ savings: JourneySavings) {
        saving = true
        refused = nil
        Task {
            let outcome = await store.setSavings(savings)
            saving = false
            switch outcome {
            case .saved:
                dismiss()
            case .refused(let field):
                refused = field
                AccessibilityNotification.Announcement(L("savings.refused")).post()
            case .failed:
                break
            }
        }
    }
}

/// What the form holds, as the core takes it. Nothing is judged here: text goes as typed and
/// hours that are not a plain number go as NaN, which the core refuses under the hours field.
enum SavingsInput {
    /// Empty cost or hours remove that one (the currency goes with the cost); an empty currency
    /// leaves the choice to the core.
    static func savings(cost: String, currency: String, hours: String, mark: String) -> JourneySavings {
        let amount = coreDecimal(cost, mark: mark)
        let code = currency.trimmingCharacters(in: .whitespaces)
        let perDay = coreDecimal(hours, mark: mark)
        let plain = perDay.range(of: #"^(\d+(\.\d+)?|\.\d+)$"#, options: .regularExpression) != nil
        return JourneySavings(
            costPerDay: amount.isEmpty ? nil : CostPerDay(amount: amount, currency: code.isEmpty ? nil : code),
            hoursPerDay: perDay.isEmpty ? nil : (plain ? Double(perDay) ?? .nan : .nan)
        )
    }

    /// The text with a point for the decimal mark, as the core reads numbers: where the
    /// language's mark is a comma, a lone comma becomes a point (and a point still works); text
    /// with both marks goes as typed, for the core to refuse rather than the shell to guess.
    static func coreDecimal(_ typed: String, mark: String) -> String {
        let text = typed.trimmingCharacters(in: .whitespaces)
        let commas = text.filter { $0 == "," }.count
        if mark == ",", commas == 1, !text.contains(".") {
            return text.replacingOccurrences(of: ",", with: ".")
        }
        return text
    }

    /// The core's decimal text ("12.50") with the language's mark ("12,50"), for editing.
    static func shown(_ plain: String, mark: String) -> String {
        plain.replacingOccurrences(of: ".", with: mark)
    }
}
