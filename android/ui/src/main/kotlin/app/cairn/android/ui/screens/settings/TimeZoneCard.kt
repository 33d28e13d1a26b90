// The zone whose calendar days count. A day is a calendar day where the person is, so after
// travel they may want the phone's zone; or they may pin a zone on purpose.
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
fun TimeZoneCard(session: CairnSession, zone: String, writer: SettingsWriter) {
    var picking by rememberSaveable { mutableStateOf(false) }
    SectionCard(title = str("settings_zone_title")) {
        Text(str("settings_zone_body"), style = MaterialTheme.typography.bodyLarge)
        Text(zoneName(zone), style = MaterialTheme.typography.titleMedium)
        OutlinedButton(onClick = { picking = true }, modifier = Modifier.fillMaxWidth().heightIn(min = 48.dp)) {
            Text(str("settings_zone_choose"))
        }
        val phoneZone = session.zone()
        if (phoneZone != zone) {
            OutlinedButton(
                onClick = { writer.change(SettingsChange(timeZone = phoneZone)) },
                modifier = Modifier.fillMaxWidth().heightIn(min = 48.dp),
            ) { Text(str("settings_zone_use_phone", zoneName(phoneZone))) }
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
