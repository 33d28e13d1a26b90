// The journal, as a tab of Progress: the way to write an entry, a search over every entry, and
// the entries newest first, each under its day (and time) with the way to change or delete it.
// The core orders, decrypts and searches (ignoring case and accents); a search runs as the
// person types, and what they type stays on screen only: the core never stores a query, and
// this screen keeps none beyond the window's own saved state, as every half-typed field. Private
// as every screen: FLAG_SECURE keeps it out of the app switcher and screenshots, and no
// notification carries an entry's words (the core's plan holds none; JournalScreenTest checks).
package app.cairn.android.ui.screens.journal

import androidx.compose.foundation.layout.Arrangement
import androidx.compose.foundation.layout.Column
import androidx.compose.foundation.layout.Spacer
import androidx.compose.foundation.layout.fillMaxWidth
import androidx.compose.foundation.layout.heightIn
import androidx.compose.foundation.layout.width
import androidx.compose.foundation.lazy.LazyColumn
import androidx.compose.foundation.lazy.items
import androidx.compose.material.icons.Icons
import androidx.compose.material.icons.filled.Edit
import androidx.compose.material3.Button
import androidx.compose.material3.Icon
import androidx.compose.material3.MaterialTheme
import androidx.compose.material3.Text
import androidx.compose.material3.TextButton
import androidx.compose.runtime.Composable
import androidx.compose.runtime.getValue
import androidx.compose.runtime.mutableStateOf
import androidx.compose.runtime.saveable.rememberSaveable
import androidx.compose.runtime.setValue
import androidx.compose.ui.Modifier
import androidx.compose.ui.semantics.LiveRegionMode
import androidx.compose.ui.semantics.contentDescription
import androidx.compose.ui.semantics.liveRegion
import androidx.compose.ui.semantics.semantics
import androidx.compose.ui.unit.dp
import app.cairn.android.ui.components.Loaded
import app.cairn.android.ui.components.PrivateTextField
import app.cairn.android.ui.components.SectionCard
import app.cairn.android.ui.navigation.Navigator
import app.cairn.android.ui.navigation.Route
import app.cairn.android.ui.screens.help.about
import app.cairn.android.ui.session.CairnSession
import app.cairn.android.ui.session.Problem
import app.cairn.android.ui.session.problemOf
import app.cairn.android.ui.session.rememberLoad
import app.cairn.android.ui.text.fullDate
import app.cairn.android.ui.text.mediumDate
import app.cairn.android.ui.text.plural
import app.cairn.android.ui.text.shortTime
import app.cairn.android.ui.text.str
import app.cairn.core.CairnException
import app.cairn.core.JournalEntryView
import java.time.LocalDate
import java.time.ZoneId

/**
 * What the tab shows: every entry, newest first, and while a search is typed, what it found
 * (null when there is no search) or the core's refusal of the query.
 */
private data class JournalData(
    val entries: List<JournalEntryView>,
    val found: List<JournalEntryView>?,
    val searchProblem: Problem?,
)

@Composable
fun JournalTab(session: CairnSession, navigator: Navigator, modifier: Modifier = Modifier) {
    var query by rememberSaveable { mutableStateOf("") }
    val load by rememberLoad(session, query) { companion ->
        val entries = companion.journalEntries()
        if (query.isBlank()) {
            JournalData(entries, null, null)
        } else {
            try {
                JournalData(entries, companion.searchJournal(query), null)
            } catch (refused: CairnException.InvalidInput) {
                JournalData(entries, null, problemOf(refused))
            }
        }
    }
    val zone = session.platform.clock.zone()
    val write = { navigator.go(Route.JournalEntry(null)) }
    Loaded(load) { data ->
        LazyColumn(modifier = modifier, verticalArrangement = Arrangement.spacedBy(16.dp)) {
            item(key = "write") { WriteButton(write) }
            if (data.entries.isEmpty() && query.isEmpty()) {
                item(key = "empty") { EmptyJournal() }
                return@LazyColumn
            }
            item(key = "search") {
                PrivateTextField(
                    value = query,
                    onValueChange = { query = it },
                    label = str("journal_search"),
                    error = data.searchProblem.about("query"),
                    hint = str("journal_search_hint"),
                )
            }
            val found = data.found
            if (found != null) {
                item(key = "found") { SearchSummary(found.size) { query = "" } }
            }
            items(found ?: data.entries, key = { it.id }) { view ->
                EntryCard(view, zone) { navigator.go(Route.JournalEntry(view.id)) }
            }
        }
    }
}

@Composable
private fun WriteButton(onWrite: () -> Unit) {
    Button(onClick = onWrite, modifier = Modifier.fillMaxWidth().heightIn(min = 56.dp)) {
        Icon(Icons.Filled.Edit, contentDescription = null)
        Spacer(Modifier.width(8.dp))
        Text(str("journal_write"))
    }
}

@Composable
private fun EmptyJournal() {
    SectionCard(title = str("journal_empty_title")) {
        Text(str("journal_empty_body"), style = MaterialTheme.typography.bodyLarge)
    }
}

/** How many entries the search found, said again by TalkBack as it changes, and the way back. */
@Composable
private fun SearchSummary(count: Int, onClear: () -> Unit) {
    Column(verticalArrangement = Arrangement.spacedBy(4.dp)) {
        Text(
            if (count == 0) str("journal_search_none") else plural("journal_search_found", count),
            style = MaterialTheme.typography.titleMedium,
            modifier = Modifier.semantics { liveRegion = LiveRegionMode.Polite },
        )
        TextButton(onClick = onClear, modifier = Modifier.heightIn(min = 48.dp)) { Text(str("journal_search_clear")) }
    }
}

/** One entry under its day (and time), with when it was last changed, if ever. */
@Composable
private fun EntryCard(view: JournalEntryView, zone: ZoneId, onChange: () -> Unit) {
    val entry = view.entry
    val day = fullDate(entry.date)
    val time = entry.time
    SectionCard(title = if (time == null) day else str("journal_entry_at", day, shortTime(time))) {
        Text(entry.text, style = MaterialTheme.typography.bodyLarge)
        view.editedAt?.let { edited ->
            Text(
                str("journal_entry_changed", mediumDate(LocalDate.ofInstant(edited, zone))),
                style = MaterialTheme.typography.bodyMedium,
                color = MaterialTheme.colorScheme.onSurfaceVariant,
            )
        }
        // "Change or delete" alone is a row of identical buttons to TalkBack: say whose it is.
        val label = str("journal_entry_change_a11y", day)
        TextButton(onClick = onChange, modifier = Modifier.heightIn(min = 48.dp).semantics { contentDescription = label }) {
            Text(str("journal_entry_change"))
        }
    }
}
