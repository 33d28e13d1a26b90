// Help: the screen for a bad moment. The first person of the reach-out chain is one large tap
// at the top, then the person's own reasons to stay clean (the chain brings them); below, the
// whole chain in order, the region's crisis lines, what the person wrote in their plan for this
// moment, and the way to their people. Every call is a single tap.
package app.cairn.android.ui.screens.help

import androidx.compose.foundation.layout.Spacer
import androidx.compose.foundation.layout.fillMaxWidth
import androidx.compose.foundation.layout.heightIn
import androidx.compose.foundation.layout.padding
import androidx.compose.foundation.layout.size
import androidx.compose.foundation.layout.width
import androidx.compose.material.icons.Icons
import androidx.compose.material.icons.automirrored.filled.Send
import androidx.compose.material3.Card
import androidx.compose.material3.CardDefaults
import androidx.compose.material3.Icon
import androidx.compose.material3.MaterialTheme
import androidx.compose.material3.OutlinedButton
import androidx.compose.material3.Text
import androidx.compose.runtime.Composable
import androidx.compose.runtime.getValue
import androidx.compose.runtime.mutableStateOf
import androidx.compose.runtime.remember
import androidx.compose.runtime.rememberCoroutineScope
import androidx.compose.runtime.saveable.rememberSaveable
import androidx.compose.runtime.setValue
import androidx.compose.ui.Modifier
import androidx.compose.ui.semantics.LiveRegionMode
import androidx.compose.ui.semantics.liveRegion
import androidx.compose.ui.semantics.semantics
import androidx.compose.ui.unit.dp
import app.cairn.android.ui.components.CallButton
import app.cairn.android.ui.components.ScreenScaffold
import app.cairn.android.ui.navigation.Navigator
import app.cairn.android.ui.navigation.Route
import app.cairn.android.ui.session.CairnSession
import app.cairn.android.ui.session.Load
import app.cairn.android.ui.session.dial
import app.cairn.android.ui.session.rememberLoad
import app.cairn.android.ui.text.LocalStrings
import app.cairn.android.ui.text.str
import app.cairn.core.ChainEntry
import app.cairn.core.Channel
import app.cairn.core.PreventionPlan
import app.cairn.core.ReachOutChain
import app.cairn.ffi.CrisisLine
import app.cairn.ffi.crisisLinesForRegion

/** Everything Help shows, read in one go. [people] is how many contacts the person has. */
data class HelpData(
    val chain: ReachOutChain,
    val lines: List<CrisisLine>,
    val plan: PreventionPlan,
    val people: Int,
)

/** Opens a link for chain entry `index` (null: not on the chain) by call or text. */
typealias ReachOut = (uri: String, channel: Channel, index: Int?) -> Unit

@Composable
fun HelpScreen(session: CairnSession, navigator: Navigator) {
    val load by rememberLoad(session) {
        HelpData(it.reachOutChain(), it.crisisLines(), it.preventionPlan(), it.contacts().size)
    }
    // Stays until a later tap works: the person may need to read the numbers off this screen.
    var noDialer by rememberSaveable { mutableStateOf(false) }
    val scope = rememberCoroutineScope()
    val reach: ReachOut = { uri, channel, index -> noDialer = !session.dial(uri, channel, index, scope) }
    ScreenScaffold(title = str("help_title")) {
        when (val state = load) {
            Load.Loading -> Unit
            is Load.Failed -> {
                // Even when the store cannot be read, the crisis lines can still be called.
                Text(str(state.problem.message), color = MaterialTheme.colorScheme.error)
                if (noDialer) NoDialerNotice()
                val locale = LocalStrings.current.locale
                val lines = remember(locale) { crisisLinesForRegion(null, locale.toLanguageTag()) }
                CrisisLinesCard(lines, emptyList(), reach)
            }
            is Load.Ready -> {
                val data = state.value
                FirstCall(data.chain.entries.first(), reach)
                if (noDialer) NoDialerNotice()
                val reasons = data.chain.reasons
                // Written: right under the call, where a hard moment needs them. Not yet: a
                // quiet invitation further down, never in the way of a call.
                if (reasons.isNotEmpty()) ReasonsCard(reasons) { navigator.go(Route.Reasons) }
                ChainCard(data.chain, reach)
                CrisisLinesCard(data.lines, data.chain.entries, reach)
                if (reasons.isEmpty()) ReasonsCard(reasons) { navigator.go(Route.Reasons) }
                PlanSummaryCard(data.plan) { navigator.go(Route.PreventionPlan) }
                PeopleCard(
                    people = data.people,
                    onOpen = { navigator.go(Route.Contacts) },
                    onAdd = { navigator.go(Route.ContactEdit(null)) },
                )
            }
        }
    }
}

/** The one large tap: the first entry of the chain (the primary sponsor when there is one). */
@Composable
private fun FirstCall(first: ChainEntry, reach: ReachOut) {
    Text(str("help_now_body"), style = MaterialTheme.typography.bodyLarge)
    CallButton(
        label = str("call_name", first.who),
        supportingText = chainRoleName(first.role),
        onClick = { reach(first.telUri, Channel.CALL, 0) },
    )
    val sms = first.smsUri ?: return
    OutlinedButton(
        onClick = { reach(sms, Channel.TEXT, 0) },
        modifier = Modifier.fillMaxWidth().heightIn(min = 48.dp),
    ) {
        Icon(Icons.AutoMirrored.Filled.Send, contentDescription = null, modifier = Modifier.size(18.dp))
        Spacer(Modifier.width(8.dp))
        Text(str("text_name", first.who))
    }
}

/** Said where it cannot be missed, and announced, when the dialer could not be opened. */
@Composable
private fun NoDialerNotice() {
    Card(
        modifier = Modifier.fillMaxWidth().semantics { liveRegion = LiveRegionMode.Polite },
        colors = CardDefaults.cardColors(
            containerColor = MaterialTheme.colorScheme.errorContainer,
            contentColor = MaterialTheme.colorScheme.onErrorContainer,
        ),
    ) {
        Text(str("help_no_dialer"), style = MaterialTheme.typography.bodyLarge, modifier = Modifier.padding(16.dp))
    }
}
