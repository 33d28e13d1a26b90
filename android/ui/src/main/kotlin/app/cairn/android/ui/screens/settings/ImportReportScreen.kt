// What an import from another app did, as a person reads it, on a screen of its own opened right
// after the import: the counts, then one card per substance (Cairn's clean date, the relapses,
// Cairn's streaks beside the other app's own count), then every notice in words. The report carries counts, dates and indexes only, plus the
// substance names, which are the person's own; a notice names its substance through its index.
package app.cairn.android.ui.screens.settings

import androidx.compose.foundation.layout.Arrangement
import androidx.compose.foundation.layout.Column
import androidx.compose.foundation.layout.fillMaxWidth
import androidx.compose.foundation.layout.heightIn
import androidx.compose.material3.Button
import androidx.compose.material3.MaterialTheme
import androidx.compose.material3.Text
import androidx.compose.runtime.Composable
import androidx.compose.runtime.LaunchedEffect
import androidx.compose.ui.Modifier
import androidx.compose.ui.unit.dp
import app.cairn.android.ui.components.ScreenScaffold
import app.cairn.android.ui.components.SectionCard
import app.cairn.android.ui.session.CairnSession
import app.cairn.android.ui.text.LocalStrings
import app.cairn.android.ui.text.mediumDate
import app.cairn.android.ui.text.plural
import app.cairn.android.ui.text.str
import app.cairn.core.CostNotKeptReason
import app.cairn.core.ImportNotice
import app.cairn.core.ImportOutcome
import app.cairn.core.ImportReport
import app.cairn.core.ImportedJourneyReport
import app.cairn.core.MoneyAmount
import java.math.BigDecimal
import java.text.NumberFormat
import java.util.Currency

/**
 * The report of the last import, opened from Settings right after it. The report lives in the
 * session (it survives rotation); after process death there is none, and the screen goes back.
 */
@Composable
fun ImportReportScreen(session: CairnSession, back: () -> Unit) {
    val report = session.lastImport
    if (report == null) {
        LaunchedEffect(Unit) { back() }
        return
    }
    val app = str(appName(report.source))
    ScreenScaffold(title = str("import_from_report_title", app), onBack = back) {
        SectionCard(title = str("import_from_summary")) { Summary(report) }
        report.journeys.forEach { journey -> SectionCard(title = journey.substance) { JourneyLines(journey, app) } }
        if (report.notices.isNotEmpty()) {
            SectionCard(title = str("import_from_notices")) {
                report.notices.forEach { notice ->
                    Text("• " + noticeText(notice, report.journeys, app), style = MaterialTheme.typography.bodyLarge)
                }
            }
        }
        Button(
            onClick = {
                session.lastImport = null
                back()
            },
            modifier = Modifier.fillMaxWidth().heightIn(min = 48.dp),
        ) { Text(str("import_from_done")) }
    }
}

@Composable
private fun Summary(report: ImportReport) {
    val added = report.journeysAdded + report.usesAdded + report.journalEntriesAdded + report.savingsSet
    // Nothing added because it was all there already; a file whose only substance begins later
    // adds nothing either, and its zero counts (and the substance's card) say so.
    if (added == 0u && report.alreadyImported > 0u) {
        Text(str("import_from_nothing_new"), style = MaterialTheme.typography.bodyLarge)
        return
    }
    val lines = buildList {
        add(plural("import_from_journeys_added", report.journeysAdded.toInt()))
        add(plural("import_from_uses_added", report.usesAdded.toInt()))
        add(plural("import_from_entries_added", report.journalEntriesAdded.toInt()))
        if (report.savingsSet > 0u) add(plural("import_from_savings_set", report.savingsSet.toInt()))
    }
    lines.forEach { Text(it, style = MaterialTheme.typography.bodyLarge) }
    if (report.alreadyImported > 0u) {
        Text(plural("import_from_already", report.alreadyImported.toInt()), style = MaterialTheme.typography.bodyLarge)
    }
}

/** What became of one substance: Cairn's dates and counts beside the other app's own. */
@Composable
private fun JourneyLines(journey: ImportedJourneyReport, app: String) {
    Column(verticalArrangement = Arrangement.spacedBy(4.dp)) {
        val body = MaterialTheme.typography.bodyLarge
        when (journey.outcome) {
            ImportOutcome.NOT_YET_STARTED -> {
                Text(str("import_from_journey_later"), style = body)
                Text(str("import_from_planned", mediumDate(journey.firstCleanDate)), style = body)
                return@Column
            }
            ImportOutcome.ADDED -> Text(str("import_from_journey_added"), style = body)
            ImportOutcome.ALREADY_IMPORTED -> Text(
                str("import_from_journey_already") + " · " + plural("import_from_new_uses", journey.usesAdded.toInt()),
                style = body,
            )
        }
        Text(str("import_from_clean_since", mediumDate(journey.cleanDate)), style = body)
        if (journey.firstCleanDate != journey.cleanDate) {
            Text(str("import_from_first_clean", mediumDate(journey.firstCleanDate)), style = body)
        }
        Text(plural("import_from_relapses", journey.relapses.toInt(), journey.relapses.toInt(), app), style = body)
        if (journey.pastStreakDays.isNotEmpty()) {
            Text(str("import_from_streaks_cairn", numbers(journey.pastStreakDays)), style = body)
        }
        if (journey.sourceLengths.isNotEmpty()) {
            Text(str("import_from_streaks_source", app, numbers(journey.sourceLengths)), style = body)
        }
        journey.costPerDay?.let { Text(str("import_from_cost_per_day", money(it)), style = body) }
        journey.hoursPerDay?.let { Text(str("import_from_hours_per_day", decimal(it)), style = body) }
    }
}

/** The sentence for [notice]. Every notice resource takes the app as `%1$s`, then its subject. */
@Composable
internal fun noticeText(notice: ImportNotice, journeys: List<ImportedJourneyReport>, app: String): String {
    fun name(index: UInt) = journeys.getOrNull(index.toInt())?.substance.orEmpty()
    return when (notice) {
        is ImportNotice.ZoneUsed -> str(
            if (notice.timesWithoutZone) "import_from_notice_zone_assumed" else "import_from_notice_zone_instants",
            app,
            notice.zone,
        )
        is ImportNotice.TextDamaged ->
            plural("import_from_notice_text_damaged", notice.replaced.toInt(), app, notice.replaced.toInt())
        is ImportNotice.DatesRebuilt -> str("import_from_notice_dates_rebuilt", app, name(notice.journey))
        is ImportNotice.CountsDiffer -> str("import_from_notice_counts_differ", app, name(notice.journey))
        is ImportNotice.MoneyRounded -> str("import_from_notice_money_rounded", app, name(notice.journey))
        is ImportNotice.CostNotKept -> str(
            when (notice.reason) {
                CostNotKeptReason.NO_CURRENCY -> "import_from_notice_cost_no_currency"
                CostNotKeptReason.ROUNDS_TO_ZERO -> "import_from_notice_cost_zero"
                CostNotKeptReason.TOO_LARGE -> "import_from_notice_cost_too_large"
            },
            app,
            name(notice.journey),
        )
        is ImportNotice.HoursRounded -> str("import_from_notice_hours_rounded", app, name(notice.journey))
        is ImportNotice.OtherSavingsNotKept -> counted(
            "import_from_notice_other_savings", app, name(notice.journey), notice.count,
        )
        is ImportNotice.SeveralCurrencies -> str("import_from_notice_several_currencies", app, name(notice.journey))
        is ImportNotice.StoppedInOtherApp -> str("import_from_notice_stopped", app, name(notice.journey))
        is ImportNotice.UntrackedSpans -> counted("import_from_notice_untracked", app, name(notice.journey), notice.count)
        is ImportNotice.NotYetStarted -> str("import_from_notice_not_yet_started", app, name(notice.journey))
        is ImportNotice.NotesAhead -> counted("import_from_notice_notes_ahead", app, "", notice.count)
        is ImportNotice.NotesSplit -> counted("import_from_notice_notes_split", app, "", notice.count)
        is ImportNotice.LengthsWithoutSubstance ->
            counted("import_from_notice_lengths_without_substance", app, "", notice.count)
        is ImportNotice.NeverStarted -> counted("import_from_notice_never_started", app, "", notice.count)
        is ImportNotice.NamesShortened -> counted("import_from_notice_names_shortened", app, "", notice.count)
        is ImportNotice.LegacyFieldIgnored -> str("import_from_notice_legacy_field", app)
    }
}

/** A plural notice: `%1$s` the app, `%2$s` the substance (or nothing), `%3$d` the count. */
@Composable
private fun counted(name: String, app: String, substance: String, count: UInt): String =
    plural(name, count.toInt(), app, substance, count.toInt())

/** Day counts as the language writes numbers, joined by commas. */
@Composable
private fun numbers(values: List<UInt>): String {
    val format = NumberFormat.getIntegerInstance(LocalStrings.current.locale)
    return values.joinToString(", ") { format.format(it.toLong()) }
}

@Composable
private fun decimal(value: Double): String = NumberFormat.getNumberInstance(LocalStrings.current.locale).format(value)

/**
 * A cost per day in the language's way of writing money, with the currency's own places. A code
 * this Java does not know (a currency newer than its tables) is shown as the amount and the code.
 */
@Composable
private fun money(amount: MoneyAmount): String {
    val locale = LocalStrings.current.locale
    val currency = runCatching { Currency.getInstance(amount.currency) }.getOrNull()
        ?: return "${amount.amount} ${amount.currency}"
    val format = NumberFormat.getCurrencyInstance(locale)
    format.currency = currency
    val places = currency.defaultFractionDigits.coerceAtLeast(0)
    format.minimumFractionDigits = places
    format.maximumFractionDigits = places
    return format.format(BigDecimal(amount.amount))
}
