// Which country's crisis lines Cairn offers in the reach-out chain and on the safety card. The
// countries with sourced lines come first; any other ISO code is accepted, and gets 112.
package app.cairn.android.ui.screens.settings

import androidx.compose.foundation.layout.Column
import androidx.compose.foundation.layout.fillMaxWidth
import androidx.compose.foundation.layout.heightIn
import androidx.compose.foundation.selection.selectableGroup
import androidx.compose.material3.MaterialTheme
import androidx.compose.material3.OutlinedButton
import androidx.compose.material3.Text
import androidx.compose.runtime.Composable
import androidx.compose.runtime.getValue
import androidx.compose.runtime.mutableStateOf
import androidx.compose.runtime.saveable.rememberSaveable
import androidx.compose.runtime.setValue
import androidx.compose.ui.Modifier
import androidx.compose.ui.text.input.KeyboardType
import androidx.compose.ui.unit.dp
import app.cairn.android.ui.components.ErrorText
import app.cairn.android.ui.components.PrivateTextField
import app.cairn.android.ui.components.RadioRow
import app.cairn.android.ui.components.SectionCard
import app.cairn.android.ui.text.LocalStrings
import app.cairn.android.ui.text.str
import app.cairn.core.SettingsChange
import java.util.Locale

/** The regions whose lines the core's directory has sourced. */
private val listed = listOf("US", "CA", "GB", "IE", "AU")

@Composable
fun RegionCard(region: String?, writer: SettingsWriter) {
    val locale = LocalStrings.current.locale
    var other by rememberSaveable { mutableStateOf(region != null && region !in listed) }
    var code by rememberSaveable { mutableStateOf(region?.takeIf { it !in listed }.orEmpty()) }
    SectionCard(title = str("settings_region_title")) {
        Text(
            if (region == null) str("settings_region_none") else str("settings_region_now", countryName(region, locale)),
            style = MaterialTheme.typography.bodyLarge,
        )
        Column(Modifier.selectableGroup()) {
            listed.forEach { option ->
                RadioRow(
                    label = countryName(option, locale),
                    selected = !other && option == region,
                    onSelect = {
                        other = false
                        if (option != region) writer.change(SettingsChange(region = option))
                    },
                )
            }
            RadioRow(label = str("settings_region_other"), selected = other, onSelect = { other = true })
        }
        if (!other) writer.problem?.let { ErrorText(str(it.message)) }
        if (other) {
            val problem = writer.problem
            PrivateTextField(
                value = code,
                onValueChange = { code = it },
                label = str("settings_region_code"),
                keyboardType = KeyboardType.Ascii,
                // The core names the field "region" and has no sentence of its own for it.
                error = problem?.let { str(if (it.field == "region") "settings_region_invalid" else it.message) },
            )
            OutlinedButton(
                onClick = { writer.change(SettingsChange(region = code.trim())) },
                enabled = code.isNotBlank(),
                modifier = Modifier.fillMaxWidth().heightIn(min = 48.dp),
            ) { Text(str("settings_region_save")) }
        }
    }
}

/** "United States", in the language on screen; the code itself when Java has no name for it. */
private fun countryName(code: String, locale: Locale): String =
    Locale.Builder().setRegion(code).build().getDisplayCountry(locale).ifEmpty { code }
