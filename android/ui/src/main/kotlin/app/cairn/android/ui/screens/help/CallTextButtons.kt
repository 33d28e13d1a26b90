// The call and text buttons of the help screens' people and lines. They are the same everywhere,
// so "Call" always looks like "Call".
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
import app.cairn.android.ui.text.str
import app.cairn.core.Channel

/**
 * "Call [who]" and, when there is an [smsUri], "Text [who]", wrapping onto two rows when space is
 * short. [open] gets the link tapped and how to open it.
 */
@OptIn(ExperimentalLayoutApi::class)
@Composable
fun CallTextButtons(
    who: String,
    telUri: String,
    smsUri: String?,
    open: (uri: String, channel: Channel) -> Unit,
    modifier: Modifier = Modifier,
) {
    FlowRow(
        modifier = modifier,
        horizontalArrangement = Arrangement.spacedBy(8.dp),
        verticalArrangement = Arrangement.spacedBy(8.dp),
    ) {
        // The icons only repeat the labels, so TalkBack hears each button once.
        FilledTonalButton(onClick = { open(telUri, Channel.CALL) }, modifier = Modifier.heightIn(min = 48.dp)) {
            Icon(Icons.Filled.Call, contentDescription = null, modifier = Modifier.size(18.dp))
            Spacer(Modifier.width(8.dp))
            Text(str("call_name", who))
        }
        if (smsUri != null) {
            OutlinedButton(onClick = { open(smsUri, Channel.TEXT) }, modifier = Modifier.heightIn(min = 48.dp)) {
                Icon(Icons.AutoMirrored.Filled.Send, contentDescription = null, modifier = Modifier.size(18.dp))
                Spacer(Modifier.width(8.dp))
                Text(str("text_name", who))
            }
        }
    }
}
