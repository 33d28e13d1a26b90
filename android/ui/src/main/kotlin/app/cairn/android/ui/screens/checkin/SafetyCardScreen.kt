// The safety card, after a use that followed three or more clean days: tolerance has dropped and
// the old amount can kill. It takes the whole screen so it cannot be missed, says what the core
// wrote (offline, in the person's language), and puts a call button under every action the core
// offers: sponsor, spotter line, crisis line, emergency. Under the calls, the person's own
// reasons to stay clean, when they wrote some, as the terminal shows them.
package app.cairn.android.ui.screens.checkin

import androidx.compose.foundation.layout.Arrangement
import androidx.compose.foundation.layout.Column
import androidx.compose.foundation.layout.Row
import androidx.compose.foundation.layout.fillMaxWidth
import androidx.compose.foundation.layout.heightIn
import androidx.compose.foundation.layout.padding
import androidx.compose.foundation.layout.size
import androidx.compose.material.icons.Icons
import androidx.compose.material.icons.filled.Favorite
import androidx.compose.material.icons.filled.Info
import androidx.compose.material.icons.filled.Person
import androidx.compose.material.icons.filled.Star
import androidx.compose.material.icons.filled.Warning
import androidx.compose.material3.Card
import androidx.compose.material3.CardDefaults
import androidx.compose.material3.Icon
import androidx.compose.material3.MaterialTheme
import androidx.compose.material3.OutlinedButton
import androidx.compose.material3.Text
import androidx.compose.runtime.Composable
import androidx.compose.ui.Alignment
import androidx.compose.ui.Modifier
import androidx.compose.ui.graphics.vector.ImageVector
import androidx.compose.ui.unit.dp
import app.cairn.android.ui.components.CallButton
import app.cairn.android.ui.components.ReasonsBlock
import app.cairn.android.ui.components.SectionCard
import app.cairn.android.ui.components.ScreenScaffold
import app.cairn.android.ui.session.CairnSession
import app.cairn.android.ui.text.str
import app.cairn.core.SafetyActionKind
import app.cairn.core.SafetyCard
import app.cairn.core.SafetyTopic

@Composable
fun SafetyCardScreen(session: CairnSession, card: SafetyCard, onDone: () -> Unit) {
    ScreenScaffold(title = card.title) {
        Card(
            shape = MaterialTheme.shapes.large,
            colors = CardDefaults.cardColors(
                containerColor = MaterialTheme.colorScheme.primaryContainer,
                contentColor = MaterialTheme.colorScheme.onPrimaryContainer,
            ),
        ) {
            Column(Modifier.padding(20.dp), verticalArrangement = Arrangement.spacedBy(16.dp)) {
                card.lines.forEach { line ->
                    Row(horizontalArrangement = Arrangement.spacedBy(16.dp), verticalAlignment = Alignment.Top) {
                        // The text says it all; the icon only helps the eye find each line.
                        Icon(topicIcon(line.topic), contentDescription = null, modifier = Modifier.size(24.dp))
                        Text(line.text, style = MaterialTheme.typography.bodyLarge, modifier = Modifier.weight(1f))
                    }
                }
            }
        }
        card.actions.forEach { action ->
            CallButton(
                label = str("call_name", action.call.label),
                supportingText = str(actionRole(action.kind)),
                onClick = {
                    if (!session.platform.dialer.call(action.call.telUri)) session.notice = "no_phone_app"
                },
            )
        }
        if (card.reasons.isNotEmpty()) {
            SectionCard(title = str("reasons_title")) { ReasonsBlock(card.reasons, withHeading = false) }
        }
        OutlinedButton(onClick = onDone, modifier = Modifier.fillMaxWidth().heightIn(min = 56.dp)) {
            Text(str("check_in_safety_done"))
        }
    }
}

private fun topicIcon(topic: SafetyTopic): ImageVector = when (topic) {
    SafetyTopic.TOLERANCE -> Icons.Filled.Warning
    SafetyTopic.START_LOW -> Icons.Filled.Info
    SafetyTopic.NOT_ALONE -> Icons.Filled.Person
    SafetyTopic.NALOXONE -> Icons.Filled.Favorite
    SafetyTopic.NALOXONE_WEARS_OFF -> Icons.Filled.Warning
    SafetyTopic.NOT_STARTING_OVER -> Icons.Filled.Star
}

private fun actionRole(kind: SafetyActionKind): String = when (kind) {
    SafetyActionKind.SPONSOR -> "check_in_safety_sponsor"
    SafetyActionKind.SPOTTER -> "check_in_safety_spotter"
    SafetyActionKind.CRISIS -> "check_in_safety_crisis"
    SafetyActionKind.EMERGENCY -> "check_in_safety_emergency"
}
