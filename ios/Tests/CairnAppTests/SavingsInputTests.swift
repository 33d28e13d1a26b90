// What the savings form hands the core: empty fields remove, an empty currency is left to the
// core, a decimal comma becomes the point the core reads where the language writes one, and
// hours that are not a plain number go as NaN for the core to refuse. The core's own money and
// hours rules are tested in Rust; these test only the shell's conversion.

import CairnCore
import Foundation
import Testing
@testable import CairnApp

struct SavingsInputTests {
    @Test func emptyFieldsRemoveAndAnEmptyCurrencyIsTheCoresChoice() {
        #expect(SavingsInput.savings(cost: " ", currency: "EUR", hours: "", mark: ".")
            == JourneySavings(costPerDay: nil, hoursPerDay: nil))
        #expect(SavingsInput.savings(cost: " 20 ", currency: " ", hours: "", mark: ".")
            == JourneySavings(costPerDay: CostPerDay(amount: "20", currency: nil), hoursPerDay: nil))
        #expect(SavingsInput.savings(cost: "12.50", currency: "eur", hours: "2.5", mark: ".")
            == JourneySavings(costPerDay: CostPerDay(amount: "12.50", currency: "eur"), hoursPerDay: 2.5))
    }

    @Test func aDecimalCommaIsAPointOnlyWhereTheLanguageWritesOne() {
        #expect(SavingsInput.coreDecimal("12,50", mark: ",") == "12.50")
        #expect(SavingsInput.coreDecimal("12.50", mark: ",") == "12.50")
        #expect(SavingsInput.coreDecimal("1.234,50", mark: ",") == "1.234,50")
        #expect(SavingsInput.coreDecimal("1,000", mark: ".") == "1,000")
        #expect(SavingsInput.savings(cost: "3,5", currency: "", hours: "0,25", mark: ",").hoursPerDay == 0.25)
    }

    @Test func hoursThatAreNotAPlainNumberGoToTheCoreAsNaN() {
        for typed in ["two", "1e1", "-2", "2.5h", "nan", "inf"] {
            #expect(SavingsInput.savings(cost: "", currency: "", hours: typed, mark: ".").hoursPerDay?.isNaN == true, "\(typed)")
        }
        #expect(SavingsInput.savings(cost: "", currency: "", hours: ".5", mark: ".").hoursPerDay == 0.5)
    }

    @Test func storedDecimalsAreShownAsTheLanguageWritesThem() {
        #expect(SavingsInput.shown("20.00", mark: ",") == "20,00")
        #expect(SavingsInput.shown("20.00", mark: ".") == "20.00")
    }
}
