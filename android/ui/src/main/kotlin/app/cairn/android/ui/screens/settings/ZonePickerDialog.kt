// Choosing a time zone among the few hundred IANA names, by typing part of a city or of the
// zone's name in the person's language ("Chicago", "Central"). Legacy aliases are left out so
// each place appears once.
package app.cairn.android.ui.screens.settings

import androidx.compose.foundation.layout.Arrangement
import androidx.compose.foundation.layout.Column
import androidx.compose.foundation.layout.heightIn
import androidx.compose.foundation.lazy.LazyColumn
import androidx.compose.foundation.lazy.items
import androidx.compose.material3.AlertDialog
import androidx.compose.material3.MaterialTheme
import androidx.compose.material3.Text
import androidx.compose.material3.TextButton
import androidx.compose.runtime.Composable
import androidx.compose.runtime.ReadOnlyComposable
import androidx.compose.runtime.getValue
import androidx.compose.runtime.mutableStateOf
import androidx.compose.runtime.remember
import androidx.compose.runtime.saveable.rememberSaveable
import androidx.compose.runtime.setValue
import androidx.compose.ui.Modifier
import androidx.compose.ui.semantics.heading
import androidx.compose.ui.semantics.semantics
import androidx.compose.ui.unit.dp
import app.cairn.android.ui.components.PrivateTextField
import app.cairn.android.ui.components.RadioRow
import app.cairn.android.ui.text.LocalStrings
import app.cairn.android.ui.text.str
import java.time.ZoneId
import java.time.format.TextStyle
import java.util.Locale

/** The areas of the IANA database that name places; "US/Central" and "Etc/GMT+6" do not. */
private val areas = setOf(
    "Africa", "America", "Antarctica", "Arctic", "Asia", "Atlantic", "Australia", "Europe", "Indian", "Pacific",
)

/** "America/Chicago (Central Time)", in the language on screen. */
@Composable
@ReadOnlyComposable
fun zoneName(zone: String): String {
    val locale = LocalStrings.current.locale
    return str("settings_zone_name", zone.replace('_', ' '), longZoneName(zone, locale))
}

private fun longZoneName(zone: String, locale: Locale): String =
    runCatching { ZoneId.of(zone).getDisplayName(TextStyle.FULL, locale) }.getOrDefault(zone)

@Composable
fun ZonePickerDialog(current: String, onPick: (String) -> Unit, onDismiss: () -> Unit) {
    var query by rememberSaveable { mutableStateOf("") }
    val locale = LocalStrings.current.locale
    val zones = remember(locale) {
        ZoneId.getAvailableZoneIds()
            .filter { it.substringBefore('/') in areas && '/' in it }
            .sorted()
            .map { it to longZoneName(it, locale) }
    }
    val wanted = query.trim()
    val shown = zones.filter { (id, long) ->
        wanted.isEmpty() || id.replace('_', ' ').contains(wanted, ignoreCase = true) || long.contains(wanted, ignoreCase = true)
    }
    AlertDialog(
        onDismissRequest = onDismiss,
        title = { Text(str("settings_zone_choose"), modifier = Modifier.semantics { heading() }) },
        text = {
            Column(verticalArrangement = Arrangement.spacedBy(8.dp)) {
                PrivateTextField(value = query, onValueChange = { query = it }, label = str("settings_zone_search"))
                if (shown.isEmpty()) Text(str("settings_zone_none"), style = MaterialTheme.typography.bodyLarge)
                LazyColumn(Modifier.heightIn(max = 360.dp)) {
                    items(shown, key = { it.first }) { (id, long) ->
                        RadioRow(
                            label = id.replace('_', ' '),
                            selected = id == current,
                            onSelect = { onPick(id) },
                            supportingText = long,
                            labelStyle = MaterialTheme.typography.bodyLarge,
                        )
                    }
                }
            }
        },
        confirmButton = {},
        dismissButton = { TextButton(onClick = onDismiss) { Text(str("cancel")) } },
    )
}
