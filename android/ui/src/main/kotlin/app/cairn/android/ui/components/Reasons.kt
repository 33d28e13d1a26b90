// The person's own reasons to stay clean, as the core returns them with the safety card, the
// reach-out chain and the insights' signals: a small heading and the reasons in their words and
// order. One look everywhere, so a reason reads the same on a hard day wherever it appears.
package app.cairn.android.ui.components

import androidx.compose.foundation.layout.Arrangement
import androidx.compose.foundation.layout.Column
import androidx.compose.foundation.layout.Row
import androidx.compose.material3.LocalContentColor
import androidx.compose.material3.MaterialTheme
import androidx.compose.material3.Text
import androidx.compose.runtime.Composable
import androidx.compose.ui.Modifier
import androidx.compose.ui.semantics.clearAndSetSemantics
import androidx.compose.ui.semantics.heading
import androidx.compose.ui.semantics.semantics
import androidx.compose.ui.unit.dp
import app.cairn.android.ui.text.str

/** "Your reasons to stay clean" and each reason under it; nothing at all when there are none. */
@Composable
fun ReasonsBlock(reasons: List<String>, modifier: Modifier = Modifier, withHeading: Boolean = true) {
    if (reasons.isEmpty()) return
    Column(modifier, verticalArrangement = Arrangement.spacedBy(8.dp)) {
        if (withHeading) {
            Text(
                str("reasons_title"),
                style = MaterialTheme.typography.titleMedium,
                color = LocalContentColor.current,
                modifier = Modifier.semantics { heading() },
            )
        }
        reasons.forEach { reason -> ReasonLine(reason) }
    }
}

/** One reason, after a mark only the eye needs (TalkBack reads the words alone). */
@Composable
fun ReasonLine(reason: String, modifier: Modifier = Modifier) {
    Row(modifier, horizontalArrangement = Arrangement.spacedBy(12.dp)) {
        Text("•", style = MaterialTheme.typography.bodyLarge, modifier = Modifier.clearAndSetSemantics {})
        Text(reason, style = MaterialTheme.typography.bodyLarge, modifier = Modifier.weight(1f))
    }
}
