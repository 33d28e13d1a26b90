// The zone whose calendar days count. A day is a calendar day where the person is, so by
// default the zone follows the phone as they travel; or they may pin a zone on purpose (home
// time while away), and follow the phone again later.
package app.cairn.android.ui.screens.settings

import androidx.compose.foundation.layout.fillMaxWidth
import androidx.compose.foundation.layout.heightIn
import androidx.compose.material3.MaterialTheme
import androidx.compose.material3.OutlinedButton
import androidx.compose.material3.Text
import androidx.compose.runtime.Composable
import androidx.compose.runtime.getValue
import androidx.compose.runtime.mutableStateOf
import androidx.compose.runtime.saveable.rememberSaveable
import androidx.compose.runtime.setValue
import androidx.compose.ui.Modifier
import androidx.compose.ui.unit.dp
import app.cairn.android.ui.components.ErrorText
import app.cairn.android.ui.components.SectionCard
import app.cairn.android.ui.session.CairnSession
import app.cairn.android.ui.text.str
import app.cairn.core.SettingsChange

@Composable
fun TimeZoneCard(session: CairnSession, zone: String, followsPhone: Boolean, writer: SettingsWriter) {
    var picking by rememberSaveable { mutableStateOf(false) }
    SectionCard(title = str("settings_zone_title")) {
        Text(str("settings_zone_body"), style = MaterialTheme.typography.bodyLarge)
        Text(zoneName(zone), style = MaterialTheme.typography.titleMedium)
        Text(
            str(if (followsPhone) "settings_zone_following" else "settings_zone_pinned"),
            style = MaterialTheme.typography.bodyMedium,
        )
        OutlinedButton(onClick = { picking = true }, modifier = Modifier.fillMaxWidth().heightIn(min = 48.dp)) {
            Text(str("settings_zone_choose"))
        }
        if (!followsPhone) {
            OutlinedButton(
                onClick = { writer.change(SettingsChange(timeZone = "device")) },
                modifier = Modifier.fillMaxWidth().heightIn(min = 48.dp),
            ) { Text(str("settings_zone_use_phone", zoneName(session.zone()))) }
        }
        writer.problem?.let { ErrorText(str(it.message)) }
    }
    if (picking) {
        ZonePickerDialog(
            current = zone,
            onPick = {
                picking = false
                writer.change(SettingsChange(timeZone = it))
            },
            onDismiss = { picking = false },
        )
    }
}
