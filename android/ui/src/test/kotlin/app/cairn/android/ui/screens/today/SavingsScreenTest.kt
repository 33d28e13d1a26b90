// Money and time not spent, clicked through over the real core: set from Today, shown under clean
// time in the core's words, each value the core refuses shown under its own field with nothing
// stored, one field emptied or both cleared, a Spanish phone typing a decimal comma, and the
// screens accessible at the largest font and photographed.
package app.cairn.android.ui.screens.today

import androidx.compose.ui.semantics.SemanticsActions
import androidx.compose.ui.test.SkikoComposeUiTest
import androidx.compose.ui.test.assert
import androidx.compose.ui.test.assertIsFocused
import androidx.compose.ui.test.hasClickAction
import androidx.compose.ui.test.hasSetTextAction
import androidx.compose.ui.test.hasText
import androidx.compose.ui.test.onNodeWithText
import androidx.compose.ui.test.performClick
import androidx.compose.ui.test.performScrollTo
import androidx.compose.ui.test.performSemanticsAction
import androidx.compose.ui.test.performTextInput
import androidx.compose.ui.test.performTextReplacement
import app.cairn.android.ui.testing.FakePhone
import app.cairn.android.ui.testing.ScreenVariant
import app.cairn.android.ui.testing.Seed
import app.cairn.android.ui.testing.assertAccessible
import app.cairn.android.ui.testing.core
import app.cairn.android.ui.testing.runApp
import app.cairn.android.ui.testing.said
import app.cairn.android.ui.testing.writeAppScreenshots
import app.cairn.core.CostPerDay
import app.cairn.core.JourneySavings
import app.cairn.core.MoneyAmount
import app.cairn.core.NewJourney
import org.junit.Assert.assertEquals
import org.junit.Assert.assertNull
import org.junit.Test
import java.time.LocalDate

class SavingsScreenTest {
    private fun SkikoComposeUiTest.field(label: String) = onNode(hasSetTextAction() and hasText(label))

    private fun SkikoComposeUiTest.tap(words: String) {
        onNode(hasText(words) and hasClickAction()).performScrollTo().performClick()
        waitForIdle()
    }

    private fun SkikoComposeUiTest.openForm() = tap(said("savings_offer"))

    @Test
    fun aCostAndHoursSetFromTodayShowUnderCleanTime() = runApp { app ->
        openForm()
        // The seed's region is the US: an empty currency is its dollar, chosen by the core.
        field("Currency").assert(hasText("Left empty, your region's usual currency"))
        field("Cost per day").performTextInput("20")
        field("Hours per day").performTextInput("2.5")
        tap("Save")
        // 629 clean days in all, the days before the lapse and the relapse included.
        onNodeWithText("Money not spent: 12,580.00 USD").performScrollTo().assertExists()
        onNodeWithText("Time given back: 1,572.5 hours").assertExists()
        onNodeWithText(said("savings_offer")).assertDoesNotExist()
        val journey = app.core { it.journeys() }.single()
        assertEquals(MoneyAmount("20.00", "USD"), journey.costPerDay)
        assertEquals(2.5, journey.hoursPerDay)
    }

    @Test
    fun eachRefusedValueShowsUnderItsOwnFieldAndNothingIsStored() = runApp(seed = ::withSavings) { app ->
        val before = app.core { it.journeys() }.single()
        tap("Change money and time")
        field("Cost per day").assert(hasText("20.00"))
        field("Currency").assert(hasText("USD")).assert(hasText("A code such as USD, EUR or MXN"))
        field("Hours per day").assert(hasText("2.5"))

        val costError = "Write the cost as a number above zero, like 20 or 12.50, with no more decimals than the currency uses."
        field("Cost per day").performTextReplacement("12.345")
        tap("Save")
        field("Cost per day").assertIsFocused().assert(hasText(costError)).assert(hasText("12.345"))
        field("Hours per day").assert(hasText(costError).not())
        assertEquals(before, app.core { it.journeys() }.single())

        field("Cost per day").performTextReplacement("12.34")
        field("Currency").performTextReplacement("ZZZ")
        tap("Save")
        field("Currency").assertIsFocused().assert(hasText("Use a three-letter currency code", substring = true))
        field("Cost per day").assert(hasText(costError).not()).assert(hasText("12.34"))
        assertEquals(before, app.core { it.journeys() }.single())

        val hoursError = "Hours per day need to be more than 0 and at most 24, with up to two decimals."
        field("Currency").performTextReplacement("eur")
        for (hours in listOf("25", "two", "2.125")) {
            field("Hours per day").performTextReplacement(hours)
            tap("Save")
            field("Hours per day").assertIsFocused().assert(hasText(hoursError)).assert(hasText(hours))
            assertEquals(before, app.core { it.journeys() }.single())
        }

        field("Hours per day").performTextReplacement("1.75")
        tap("Save")
        val after = app.core { it.journeys() }.single()
        assertEquals(MoneyAmount("12.34", "EUR"), after.costPerDay)
        assertEquals(1.75, after.hoursPerDay)
        onNodeWithText("Money not spent: 7,761.86 EUR").performScrollTo().assertExists()
    }

    @Test
    fun anEmptyFieldStopsCountingThatOneAndClearStopsBoth() = runApp(seed = ::withSavings) { app ->
        onNodeWithText("Money not spent: 12,580.00 USD").performScrollTo().assertExists()
        tap("Change money and time")
        field("Hours per day").performTextReplacement("")
        tap("Save")
        onNodeWithText("Money not spent: 12,580.00 USD").performScrollTo().assertExists()
        onNodeWithText("Time given back", substring = true).assertDoesNotExist()
        assertNull(app.core { it.journeys() }.single().hoursPerDay)

        tap("Change money and time")
        tap("Stop counting money and time")
        onNodeWithText("Money not spent", substring = true).assertDoesNotExist()
        onNodeWithText(said("savings_offer")).performScrollTo().assertExists()
        val journey = app.core { it.journeys() }.single()
        assertNull(journey.costPerDay)
        assertNull(journey.hoursPerDay)
    }

    @Test
    fun withNoRegionACurrencyCodeIsAskedFor() = runApp(seed = ::journeyOnly) { app ->
        openForm()
        field("Cost per day").performTextInput("3000")
        tap("Save")
        field("Currency").assertIsFocused().assert(hasText("A code is needed when no region is chosen", substring = true))
        assertNull(app.core { it.journeys() }.single().costPerDay)
        field("Currency").performTextInput("JPY")
        tap("Save")
        assertEquals(MoneyAmount("3000", "JPY"), app.core { it.journeys() }.single().costPerDay)
    }

    @Test
    fun aSpanishPhoneReadsTheLinesInSpanishAndTypesADecimalComma() = runApp(variant = ScreenVariant.Spanish, seed = ::withSavings) { app ->
        onNodeWithText("Dinero no gastado: 12\u00A0580,00 USD").performScrollTo().assertExists()
        onNodeWithText("Tiempo recuperado: 1572,5 horas").assertExists()
        tap("Cambiar dinero y tiempo")
        field("Costo por día").assert(hasText("20,00")).performTextReplacement("12,50")
        field("Horas por día").assert(hasText("2,5")).performTextReplacement("0,25")
        tap("Guardar")
        val journey = app.core { it.journeys() }.single()
        assertEquals(MoneyAmount("12.50", "USD"), journey.costPerDay)
        assertEquals(0.25, journey.hoursPerDay)
    }

    @Test
    fun todayWithSavingsIsAccessibleAtTheLargestFont() = runApp(variant = ScreenVariant.Large, seed = ::withSavings) {
        assertAccessible()
    }

    @Test
    fun theFormIsAccessibleAtTheLargestFont() = runApp(variant = ScreenVariant.Large, seed = ::withSavings) {
        tap(said("savings_change"))
        assertAccessible()
    }

    @Test
    fun screenshots() {
        writeAppScreenshots("today-savings", seed = ::withSavings) {
            onNodeWithText(said("savings_change")).performScrollTo()
        }
        writeAppScreenshots("savings") { tap(said("savings_offer")) }
        writeAppScreenshots("savings-error", seed = ::withSavings) {
            tap(said("savings_change"))
            field(said("savings_hours_label")).performTextReplacement("30")
            // Through the button's action, not a tap: the desktop window would leave a hover
            // highlight wherever the error scrolls under the spot where Save was.
            onNodeWithText(said("save")).performSemanticsAction(SemanticsActions.OnClick)
        }
    }
}

/** The lived-in store, counting 20 a day in the region's currency and 2.5 hours. */
private fun withSavings(phone: FakePhone) {
    phone.store.openWithPlatformKey(phone.clock.zone().id).use {
        Seed.lived(it, phone)
        it.setJourneySavings(null, JourneySavings(CostPerDay("20", null), 2.5))
    }
}

/** A journey and nothing else: no region in the settings. */
private fun journeyOnly(phone: FakePhone) {
    phone.store.openWithPlatformKey(phone.clock.zone().id).use {
        it.startJourney(NewJourney(null, LocalDate.of(2026, 10, 1), null), phone.clock.now())
    }
}
