// Every recorded use, newest first, with its note and triggers and a way to change or delete
// it; and the audit trail, where every earlier version and every deleted use is kept, so that
// correcting the record never loses any of it.
package app.cairn.android.ui.screens.progress

import androidx.compose.foundation.layout.Arrangement
import androidx.compose.foundation.layout.Column
import androidx.compose.foundation.layout.ExperimentalLayoutApi
import androidx.compose.foundation.layout.FlowRow
import androidx.compose.foundation.layout.heightIn
import androidx.compose.foundation.layout.padding
import androidx.compose.material3.HorizontalDivider
import androidx.compose.material3.MaterialTheme
import androidx.compose.material3.OutlinedButton
import androidx.compose.material3.Surface
import androidx.compose.material3.Text
import androidx.compose.runtime.Composable
import androidx.compose.runtime.ReadOnlyComposable
import androidx.compose.ui.Modifier
import androidx.compose.ui.unit.dp
import app.cairn.android.ui.components.SectionCard
import app.cairn.android.ui.navigation.Navigator
import app.cairn.android.ui.navigation.Route
import app.cairn.android.ui.screens.checkin.triggerName
import app.cairn.android.ui.screens.checkin.useKindName
import app.cairn.android.ui.text.longDate
import app.cairn.android.ui.text.shortTime
import app.cairn.android.ui.text.str
import app.cairn.core.AuditChange
import app.cairn.core.AuditEntry
import app.cairn.core.UseEntry
import app.cairn.core.UseEvent
import java.time.LocalDate
import java.time.ZoneId

@Composable
fun UseList(uses: List<UseEntry>, navigator: Navigator) {
    SectionCard(title = str("progress_history_uses_title")) {
        if (uses.isEmpty()) Text(str("progress_history_uses_none"), style = MaterialTheme.typography.bodyLarge)
        uses.forEachIndexed { index, entry ->
            if (index > 0) HorizontalDivider()
            Column(verticalArrangement = Arrangement.spacedBy(8.dp)) {
                UseDetails(entry.event)
                OutlinedButton(
                    onClick = { navigator.go(Route.UseEdit(entry.id)) },
                    modifier = Modifier.heightIn(min = 48.dp),
                ) { Text(str("progress_history_use_change")) }
            }
        }
    }
}

@Composable
fun AuditTrail(audit: List<AuditEntry>, zone: ZoneId) {
    SectionCard(title = str("progress_history_audit_title")) {
        Text(str("progress_history_audit_body"), style = MaterialTheme.typography.bodyLarge)
        if (audit.isEmpty()) Text(str("progress_history_audit_none"), style = MaterialTheme.typography.bodyMedium)
        audit.sortedByDescending { it.at }.forEach { entry ->
            HorizontalDivider()
            Column(verticalArrangement = Arrangement.spacedBy(8.dp)) {
                val day = longDate(LocalDate.ofInstant(entry.at, zone))
                Text(
                    str(
                        when (entry.change) {
                            AuditChange.EDITED -> "progress_history_audit_edited"
                            AuditChange.DELETED -> "progress_history_audit_deleted"
                        },
                        day,
                    ),
                    style = MaterialTheme.typography.bodyMedium,
                    color = MaterialTheme.colorScheme.onSurfaceVariant,
                )
                UseDetails(entry.previous)
            }
        }
    }
}

/** When, which kind, the note and the triggers of one use. */
@Composable
private fun UseDetails(event: UseEvent) {
    Text(useWhen(event), style = MaterialTheme.typography.titleMedium)
    Text(useKindName(event.kind), style = MaterialTheme.typography.bodyLarge)
    event.note?.let { Text(it, style = MaterialTheme.typography.bodyLarge) }
    if (event.triggers.isNotEmpty()) TagPills(event.triggers.map { triggerName(it) })
}

@Composable
@ReadOnlyComposable
private fun useWhen(event: UseEvent): String {
    val time = event.time
    return if (time == null) longDate(event.date) else str("progress_history_use_at", longDate(event.date), shortTime(time))
}

/** Tags to read, not to tap: each its own pill, so no list of words is glued together. */
@OptIn(ExperimentalLayoutApi::class)
@Composable
private fun TagPills(tags: List<String>) {
    FlowRow(horizontalArrangement = Arrangement.spacedBy(8.dp), verticalArrangement = Arrangement.spacedBy(8.dp)) {
        tags.forEach { tag ->
            Surface(
                shape = MaterialTheme.shapes.small,
                color = MaterialTheme.colorScheme.secondaryContainer,
                contentColor = MaterialTheme.colorScheme.onSecondaryContainer,
            ) {
                Text(tag, style = MaterialTheme.typography.labelLarge, modifier = Modifier.padding(horizontal = 12.dp, vertical = 6.dp))
            }
        }
    }
}
