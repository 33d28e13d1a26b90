// Progress: the milestones of the current streak, the whole history (every streak, every use and
// every change to it), and what the check-ins show. Three tabs, the chosen one kept across
// rotation and while a use is being edited.
package app.cairn.android.ui.screens.progress

import androidx.compose.foundation.layout.Arrangement
import androidx.compose.foundation.layout.Column
import androidx.compose.foundation.layout.fillMaxWidth
import androidx.compose.foundation.rememberScrollState
import androidx.compose.foundation.verticalScroll
import androidx.compose.material3.ExperimentalMaterial3Api
import androidx.compose.material3.PrimaryTabRow
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
import app.cairn.android.ui.session.CairnSession
import app.cairn.android.ui.text.str

private val tabs = listOf("progress_tab_milestones", "progress_tab_history", "progress_tab_insights")

@OptIn(ExperimentalMaterial3Api::class)
@Composable
fun ProgressScreen(session: CairnSession, navigator: Navigator) {
    var tab by rememberSaveable { mutableIntStateOf(0) }
    ScreenScaffold(title = str("progress_title"), scroll = false) {
        PrimaryTabRow(selectedTabIndex = tab) {
            tabs.forEachIndexed { index, label ->
                Tab(
                    selected = tab == index,
                    onClick = { tab = index },
                    text = { CappedFontScale { Text(str(label), maxLines = 1) } },
                )
            }
        }
        // One scroll position per tab: a tab opens at its top, not where another was left.
        key(tab) {
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
