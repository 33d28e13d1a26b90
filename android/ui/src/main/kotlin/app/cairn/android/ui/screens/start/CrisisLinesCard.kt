// The crisis lines of the phone's country, for the rescue screen: they come from the core's
// compiled-in directory with no store at all, so they work however badly the data is broken.
// 112 stands in where no local lines are known.
package app.cairn.android.ui.screens.start

import androidx.compose.foundation.layout.Arrangement
import androidx.compose.foundation.layout.Column
import androidx.compose.foundation.layout.fillMaxWidth
import androidx.compose.foundation.layout.heightIn
import androidx.compose.material3.MaterialTheme
import androidx.compose.material3.OutlinedButton
import androidx.compose.material3.Text
import androidx.compose.runtime.Composable
import androidx.compose.runtime.getValue
import androidx.compose.runtime.mutableStateOf
import androidx.compose.runtime.remember
import androidx.compose.runtime.setValue
import androidx.compose.ui.Modifier
import androidx.compose.ui.unit.dp
import app.cairn.android.ui.components.CallButton
import app.cairn.android.ui.components.ErrorText
import app.cairn.android.ui.components.SectionCard
import app.cairn.android.ui.platform.Dialer
import app.cairn.android.ui.text.LocalStrings
import app.cairn.android.ui.text.str
import app.cairn.ffi.crisisLinesForRegion

@Composable
fun CrisisLinesCard(dialer: Dialer) {
    // The country the phone is set to; an empty one asks the core for its fallback.
    val locale = LocalStrings.current.locale
    val region = locale.country.ifEmpty { null }
    val lines = remember(region, locale) { crisisLinesForRegion(region, locale.toLanguageTag()) }
    var noPhoneApp by remember { mutableStateOf(false) }
    SectionCard(title = str("start_crisis_title")) {
        Text(str("start_crisis_body"), style = MaterialTheme.typography.bodyLarge)
        lines.forEach { line ->
            Column(verticalArrangement = Arrangement.spacedBy(8.dp)) {
                CallButton(
                    label = str("call_name", line.name),
                    supportingText = str("start_crisis_number_hours", line.number, line.hours),
                    onClick = { noPhoneApp = !dialer.call(line.telUri) },
                )
                line.detail?.let { Text(it, style = MaterialTheme.typography.bodyMedium) }
                line.smsUri?.let { sms ->
                    OutlinedButton(
                        onClick = { noPhoneApp = !dialer.text(sms) },
                        modifier = Modifier.fillMaxWidth().heightIn(min = 48.dp),
                    ) { Text(str("text_name", line.name)) }
                }
            }
        }
        if (noPhoneApp) ErrorText(str("no_phone_app"))
    }
}
