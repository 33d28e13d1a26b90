// Progress: the milestones of the current streak, the whole history (every streak, every use and
// every change to it), what the check-ins show, and the person's journal. Four tabs, the chosen
// one kept across rotation and while a use or a journal entry is being edited. The journal sits
// here, beside the history, because it is where a person looks back at the road so far; it
// needs no journey, and it scrolls as a lazy list of its own.
package app.cairn.android.ui.screens.progress

import androidx.compose.foundation.layout.Arrangement
import androidx.compose.foundation.layout.Column
import androidx.compose.foundation.layout.IntrinsicSize
import androidx.compose.foundation.layout.fillMaxWidth
import androidx.compose.foundation.layout.width
import androidx.compose.foundation.rememberScrollState
import androidx.compose.foundation.verticalScroll
import androidx.compose.material3.ExperimentalMaterial3Api
import androidx.compose.material3.PrimaryScrollableTabRow
import androidx.compose.material3.Tab
import androidx.compose.material3.Text
import androidx.compose.runtime.Composable
import androidx.compose.runtime.getValue
import androidx.compose.runtime.key
import androidx.compose.runtime.mutableIntStateOf
import androidx.compose.runtime.saveable.rememberSaveable
import androidx.compose.runtime.setValue
import androidx.compose.ui.Modifier
import androidx.compose.ui.unit.dp
import app.cairn.android.ui.components.CappedFontScale
import app.cairn.android.ui.components.ScreenScaffold
import app.cairn.android.ui.navigation.Navigator
import app.cairn.android.ui.screens.journal.JournalTab
import app.cairn.android.ui.session.CairnSession
import app.cairn.android.ui.text.str

private val tabs = listOf("progress_tab_milestones", "progress_tab_history", "progress_tab_insights", "journal_tab")

/** The journal's place among [tabs]. */
private const val JOURNAL_TAB = 3

@OptIn(ExperimentalMaterial3Api::class)
@Composable
fun ProgressScreen(session: CairnSession, navigator: Navigator) {
    var tab by rememberSaveable { mutableIntStateOf(0) }
    ScreenScaffold(title = str("progress_title"), scroll = false) {
        // Scrollable: four names do not fit side by side at the largest text, and a name cut
        // short is a tab nobody finds. The chosen tab scrolls into view.
        PrimaryScrollableTabRow(selectedTabIndex = tab, edgePadding = 0.dp) {
            tabs.forEachIndexed { index, label ->
                Tab(
                    selected = tab == index,
                    onClick = { tab = index },
                    // At its own width: a scrollable row measures tabs without a width limit,
                    // and a centred line in an endless paragraph cannot be checked for cut-off.
                    text = { CappedFontScale { Text(str(label), maxLines = 1, modifier = Modifier.width(IntrinsicSize.Max)) } },
                )
            }
        }
        // One scroll position per tab: a tab opens at its top, not where another was left.
        key(tab) {
            if (tab == JOURNAL_TAB) {
                JournalTab(session, navigator, Modifier.fillMaxWidth().weight(1f))
            } else {
                Column(
                    modifier = Modifier.fillMaxWidth().weight(1f).verticalScroll(rememberScrollState()),
                    verticalArrangement = Arrangement.spacedBy(16.dp),
                ) {
                    when (tab) {
                        0 -> MilestonesTab(session, navigator)
                        1 -> HistoryTab(session, navigator)
                        else -> InsightsTab(session)
                    }
                }
            }
        }
    }
}
