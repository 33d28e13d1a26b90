// The two lists on Help that dial: the reach-out chain in its order (the person's people, then
// the region's lines) and the crisis lines with what each is for and where its number comes
// from. A tap on a line that is also on the chain is logged as that chain entry.
package app.cairn.android.ui.screens.help

import androidx.compose.foundation.layout.Arrangement
import androidx.compose.foundation.layout.Column
import androidx.compose.foundation.layout.padding
import androidx.compose.material3.HorizontalDivider
import androidx.compose.material3.MaterialTheme
import androidx.compose.material3.Text
import androidx.compose.runtime.Composable
import androidx.compose.ui.Modifier
import androidx.compose.ui.unit.dp
import app.cairn.android.ui.components.SectionCard
import app.cairn.android.ui.text.str
import app.cairn.core.ChainEntry
import app.cairn.core.Channel
import app.cairn.core.ReachOutChain
import app.cairn.ffi.CrisisLine

@Composable
fun ChainCard(chain: ReachOutChain, reach: ReachOut) {
    SectionCard(title = str("help_chain_title")) {
        Text(str("help_chain_body"), style = MaterialTheme.typography.bodyLarge)
        chain.entries.forEachIndexed { index, entry ->
            HorizontalDivider()
            ChainRow(index, entry, reach)
        }
        val note = chain.note
        if (note != null) {
            Text(note, style = MaterialTheme.typography.bodyMedium, color = MaterialTheme.colorScheme.onSurfaceVariant)
        }
    }
}

@Composable
private fun ChainRow(index: Int, entry: ChainEntry, reach: ReachOut) {
    Column(verticalArrangement = Arrangement.spacedBy(4.dp)) {
        Text(str("help_chain_position", index + 1, entry.who), style = MaterialTheme.typography.titleMedium)
        val hours = entry.hours
        Text(
            if (hours == null) chainRoleName(entry.role) else str("help_role_hours", chainRoleName(entry.role), hours),
            style = MaterialTheme.typography.bodyMedium,
            color = MaterialTheme.colorScheme.onSurfaceVariant,
        )
        CallTextButtons(
            who = entry.who,
            telUri = entry.telUri,
            smsUri = entry.smsUri,
            open = { uri, channel -> reach(uri, channel, index) },
            modifier = Modifier.padding(top = 4.dp),
        )
    }
}

/** The region's lines; [chain] tells which of them a tap should log. */
@Composable
fun CrisisLinesCard(lines: List<CrisisLine>, chain: List<ChainEntry>, reach: ReachOut) {
    SectionCard(title = str("help_lines_title")) {
        Text(str("help_lines_body"), style = MaterialTheme.typography.bodyLarge)
        lines.forEach { line ->
            HorizontalDivider()
            val index = chain.indexOfFirst { it.line == line.id }.takeIf { it >= 0 }
            LineRow(line) { uri, channel -> reach(uri, channel, index) }
        }
    }
}

@Composable
private fun LineRow(line: CrisisLine, open: (String, Channel) -> Unit) {
    Column(verticalArrangement = Arrangement.spacedBy(4.dp)) {
        Text(line.name, style = MaterialTheme.typography.titleMedium)
        Text(str("help_line_number_hours", line.number, line.hours), style = MaterialTheme.typography.bodyLarge)
        val detail = line.detail
        if (detail != null) Text(detail, style = MaterialTheme.typography.bodyMedium)
        CallTextButtons(line.number, line.telUri, line.smsUri, open, Modifier.padding(vertical = 4.dp))
        Text(
            str("help_line_source", line.source),
            style = MaterialTheme.typography.bodySmall,
            color = MaterialTheme.colorScheme.onSurfaceVariant,
        )
    }
}
