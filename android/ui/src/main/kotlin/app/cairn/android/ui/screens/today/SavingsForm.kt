// The savings form: a cost per day with its currency, and hours per day. The core decides
// everything (what a cost may look like, the currency's decimal places, the region's usual
// currency when none is typed, the hours' range); its problem shows under the field it names,
// with everything typed kept, so one fix is enough. An empty field stops counting that one.
package app.cairn.android.ui.screens.today

import androidx.compose.foundation.layout.fillMaxWidth
import androidx.compose.foundation.layout.heightIn
import androidx.compose.foundation.relocation.BringIntoViewRequester
import androidx.compose.foundation.relocation.bringIntoViewRequester
import androidx.compose.material3.Button
import androidx.compose.material3.MaterialTheme
import androidx.compose.material3.OutlinedButton
import androidx.compose.material3.Text
import androidx.compose.runtime.Composable
import androidx.compose.runtime.LaunchedEffect
import androidx.compose.runtime.getValue
import androidx.compose.runtime.mutableIntStateOf
import androidx.compose.runtime.mutableStateOf
import androidx.compose.runtime.remember
import androidx.compose.runtime.rememberCoroutineScope
import androidx.compose.runtime.saveable.rememberSaveable
import androidx.compose.runtime.setValue
import androidx.compose.runtime.withFrameNanos
import androidx.compose.ui.Modifier
import androidx.compose.ui.focus.FocusRequester
import androidx.compose.ui.focus.focusRequester
import androidx.compose.ui.text.input.KeyboardType
import androidx.compose.ui.unit.dp
import app.cairn.android.ui.components.ErrorText
import app.cairn.android.ui.components.PrivateTextField
import app.cairn.android.ui.components.SectionCard
import app.cairn.android.ui.screens.help.about
import app.cairn.android.ui.screens.help.rememberProblem
import app.cairn.android.ui.session.CairnSession
import app.cairn.android.ui.session.Outcome
import app.cairn.android.ui.text.str
import app.cairn.core.CostPerDay
import app.cairn.core.JourneySavings
import app.cairn.core.JourneyView
import kotlinx.coroutines.launch
import java.math.BigDecimal

/** The fields the core names in its errors, each shown under its own text field. */
private val savingsFields = listOf("cost_per_day", "currency", "hours_per_day")

/** Edits [journey]'s cost and hours per day; [onBack] once the core has them. */
@Composable
fun SavingsForm(session: CairnSession, journey: JourneyView, onBack: () -> Unit) {
    // The decimal mark the language's strings write, as the core writes its numbers in it.
    val mark = str("decimal_mark").firstOrNull() ?: '.'
    val stored = journey.costPerDay
    var cost by rememberSaveable { mutableStateOf(stored?.amount?.let { shownDecimal(it, mark) }.orEmpty()) }
    var currency by rememberSaveable { mutableStateOf(stored?.currency.orEmpty()) }
    var hours by rememberSaveable {
        mutableStateOf(journey.hoursPerDay?.let { shownDecimal(BigDecimal.valueOf(it).stripTrailingZeros().toPlainString(), mark) }.orEmpty())
    }
    var problem by rememberProblem()
    // Counts refusals, so the same problem twice in a row still moves the focus back.
    var refusals by rememberSaveable { mutableIntStateOf(0) }
    val scope = rememberCoroutineScope()
    val focus = remember { savingsFields.associateWith { FocusRequester() } }
    val views = remember { savingsFields.associateWith { BringIntoViewRequester() } }
    LaunchedEffect(problem, refusals) {
        // The refused field comes back into view above Save with its error under it (at large
        // text the error is several lines), then takes the focus.
        val field = problem?.field ?: return@LaunchedEffect
        withFrameNanos {} // the error is laid out under the field first, so it comes along
        views[field]?.bringIntoView()
        focus[field]?.requestFocus()
    }
    val save = { savings: JourneySavings ->
        scope.launch {
            when (val outcome = session.write { it.setJourneySavings(journey.id, savings) }) {
                is Outcome.Done -> onBack()
                is Outcome.Failed -> {
                    problem = outcome.problem
                    refusals += 1
                }
            }
        }
    }

    Text(str("savings_intro"), style = MaterialTheme.typography.bodyLarge)
    SectionCard(title = str("savings_money_title")) {
        PrivateTextField(
            value = cost,
            onValueChange = { cost = it },
            label = str("savings_cost_label"),
            modifier = Modifier.place("cost_per_day", views, focus),
            error = problem.about("cost_per_day"),
            keyboardType = KeyboardType.Decimal,
            hint = str("savings_cost_hint"),
        )
        PrivateTextField(
            value = currency,
            onValueChange = { currency = it },
            label = str("savings_currency_label"),
            modifier = Modifier.place("currency", views, focus),
            error = problem.about("currency"),
            keyboardType = KeyboardType.Ascii,
            // Until the journey has a cost, an empty code means the region's usual currency
            // (the core picks it); after that it keeps the journey's own, shown here.
            hint = if (stored == null) str("savings_currency_hint_region") else str("savings_currency_hint"),
        )
    }
    SectionCard(title = str("savings_time_title")) {
        PrivateTextField(
            value = hours,
            onValueChange = { hours = it },
            label = str("savings_hours_label"),
            modifier = Modifier.place("hours_per_day", views, focus),
            error = problem.about("hours_per_day"),
            keyboardType = KeyboardType.Decimal,
            hint = str("savings_hours_hint"),
        )
    }
    problem?.takeIf { it.field !in savingsFields }?.let { ErrorText(str(it.message)) }
    Button(
        onClick = { save(savingsOf(cost, currency, hours, mark)) },
        modifier = Modifier.fillMaxWidth().heightIn(min = 48.dp),
    ) { Text(str("save")) }
    if (stored != null || journey.hoursPerDay != null) {
        OutlinedButton(
            onClick = { save(JourneySavings(null, null)) },
            modifier = Modifier.fillMaxWidth().heightIn(min = 48.dp),
        ) { Text(str("savings_clear")) }
    }
}

/** A text field that [views] can bring into view with its error, and [focus] can focus. */
private fun Modifier.place(field: String, views: Map<String, BringIntoViewRequester>, focus: Map<String, FocusRequester>) =
    bringIntoViewRequester(views.getValue(field)).focusRequester(focus.getValue(field))

/**
 * What the form holds, as the core takes it: an empty cost or hours field removes that one (the
 * currency goes with the cost); an empty currency leaves the choice to the core. Nothing is
 * judged here: hours that are not a plain number go as NaN, which the core refuses under the
 * hours field like any other bad value.
 */
internal fun savingsOf(cost: String, currency: String, hours: String, mark: Char): JourneySavings {
    val amount = coreDecimal(cost, mark)
    val code = currency.trim()
    val perDay = coreDecimal(hours, mark)
    return JourneySavings(
        costPerDay = amount.takeIf { it.isNotEmpty() }?.let { CostPerDay(it, code.takeIf { c -> c.isNotEmpty() }) },
        hoursPerDay = perDay.takeIf { it.isNotEmpty() }?.let { if (plainDecimal.matches(it)) it.toDouble() else Double.NaN },
    )
}

private val plainDecimal = Regex("""\d+(\.\d+)?|\.\d+""")

/**
 * [typed] with a point for the decimal mark, as the core reads numbers. Where the language's
 * [mark] is a comma (Spanish: "12,50") a lone comma becomes a point, and a point still works (a
 * phone set to Spanish in the US offers one); text with both marks, or a comma where the
 * language writes a point, goes as typed, for the core to refuse rather than for the shell to
 * guess at a thousands separator.
 */
internal fun coreDecimal(typed: String, mark: Char): String {
    val text = typed.trim()
    return if (mark == ',' && text.count { it == ',' } == 1 && '.' !in text) text.replace(',', '.') else text
}

/** The core's decimal text ("12.50") with the language's [mark] ("12,50" in Spanish), for editing. */
internal fun shownDecimal(plain: String, mark: Char): String = plain.replace('.', mark)
