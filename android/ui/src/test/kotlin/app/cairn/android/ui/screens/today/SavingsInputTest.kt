// What the savings form hands the core: empty fields remove, an empty currency is left to the
// core, a Spanish decimal comma becomes the point the core reads, and anything that is not a
// plain number goes on unjudged (text as typed, hours as NaN) for the core to refuse.
package app.cairn.android.ui.screens.today

import app.cairn.core.CostPerDay
import app.cairn.core.JourneySavings
import org.junit.Assert.assertEquals
import org.junit.Assert.assertTrue
import org.junit.Test

class SavingsInputTest {
    private val english = '.'
    private val spanish = ','

    @Test
    fun emptyFieldsRemoveAndAnEmptyCurrencyIsTheCoresChoice() {
        assertEquals(JourneySavings(null, null), savingsOf(" ", "EUR", "", english))
        assertEquals(JourneySavings(CostPerDay("20", null), null), savingsOf(" 20 ", "  ", "", english))
        assertEquals(JourneySavings(CostPerDay("12.50", "eur"), 2.5), savingsOf("12.50", " eur ", "2.5", english))
    }

    @Test
    fun aDecimalCommaIsAPointOnlyWhereTheLanguageWritesOne() {
        assertEquals("12.50", coreDecimal("12,50", spanish))
        assertEquals("12.50", coreDecimal("12.50", spanish))
        // Both marks, or two commas: a thousands separator the shell will not guess at.
        assertEquals("1.234,50", coreDecimal("1.234,50", spanish))
        assertEquals("1,234,5", coreDecimal("1,234,5", spanish))
        assertEquals("1,000", coreDecimal("1,000", english))
        assertEquals("1,5", coreDecimal("1,5", english))
        assertEquals(JourneySavings(CostPerDay("3.5", null), 0.25), savingsOf("3,5", "", "0,25", spanish))
    }

    @Test
    fun hoursThatAreNotAPlainNumberGoToTheCoreAsNaN() {
        for (typed in listOf("two", "1e1", "-2", "2.5h", "NaN", "Infinity")) {
            assertTrue(typed, savingsOf("", "", typed, english).hoursPerDay!!.isNaN())
        }
        assertEquals(0.5, savingsOf("", "", ".5", english).hoursPerDay)
    }

    @Test
    fun storedDecimalsAreShownAsTheLanguageWritesThem() {
        assertEquals("20,00", shownDecimal("20.00", spanish))
        assertEquals("20.00", shownDecimal("20.00", english))
    }
}
