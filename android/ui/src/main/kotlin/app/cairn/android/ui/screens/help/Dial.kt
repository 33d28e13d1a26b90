// Calling and texting from the help screens. The phone's dialer opens the core's tel:/sms: link
// and, for someone on the reach-out chain, the tap is logged, because reaching out counts in
// today's check-in. The buttons are the same everywhere, so "Call" always looks like "Call".
package app.cairn.android.ui.screens.help

import androidx.compose.foundation.layout.Arrangement
import androidx.compose.foundation.layout.ExperimentalLayoutApi
import androidx.compose.foundation.layout.FlowRow
import androidx.compose.foundation.layout.Spacer
import androidx.compose.foundation.layout.heightIn
import androidx.compose.foundation.layout.size
import androidx.compose.foundation.layout.width
import androidx.compose.material.icons.Icons
import androidx.compose.material.icons.automirrored.filled.Send
import androidx.compose.material.icons.filled.Call
import androidx.compose.material3.FilledTonalButton
import androidx.compose.material3.Icon
import androidx.compose.material3.OutlinedButton
import androidx.compose.material3.Text
import androidx.compose.runtime.Composable
import androidx.compose.ui.Modifier
import androidx.compose.ui.unit.dp
import app.cairn.android.ui.session.CairnSession
import app.cairn.android.ui.text.str
import app.cairn.core.Channel
import kotlinx.coroutines.CoroutineScope
import kotlinx.coroutines.launch

/**
 * Opens [uri] in the phone's dialer ([Channel.CALL]) or messages app ([Channel.TEXT]). When the
 * link belongs to entry [chainIndex] of the reach-out chain, the tap is logged in [scope].
 * Returns false when no app can take the link, so the screen can say so.
 */
fun CairnSession.dial(uri: String, channel: Channel, chainIndex: Int?, scope: CoroutineScope): Boolean {
    val opened = when (channel) {
        Channel.CALL -> platform.dialer.call(uri)
        Channel.TEXT -> platform.dialer.text(uri)
    }
    if (opened && chainIndex != null && chainIndex >= 0) {
        scope.launch { write { it.logReachOut(chainIndex.toUInt(), channel, platform.clock.now()) } }
    }
    return opened
}

/** "Call [who]" and, when [canText], "Text [who]", wrapping onto two rows when space is short. */
@OptIn(ExperimentalLayoutApi::class)
@Composable
fun CallTextButtons(
    who: String,
    canText: Boolean,
    onCall: () -> Unit,
    onText: () -> Unit,
    modifier: Modifier = Modifier,
) {
    FlowRow(
        modifier = modifier,
        horizontalArrangement = Arrangement.spacedBy(8.dp),
        verticalArrangement = Arrangement.spacedBy(8.dp),
    ) {
        // The icons only repeat the labels, so TalkBack hears each button once.
        FilledTonalButton(onClick = onCall, modifier = Modifier.heightIn(min = 48.dp)) {
            Icon(Icons.Filled.Call, contentDescription = null, modifier = Modifier.size(18.dp))
            Spacer(Modifier.width(8.dp))
            Text(str("call_name", who))
        }
        if (canText) {
            OutlinedButton(onClick = onText, modifier = Modifier.heightIn(min = 48.dp)) {
                Icon(Icons.AutoMirrored.Filled.Send, contentDescription = null, modifier = Modifier.size(18.dp))
                Spacer(Modifier.width(8.dp))
                Text(str("text_name", who))
            }
        }
    }
}
