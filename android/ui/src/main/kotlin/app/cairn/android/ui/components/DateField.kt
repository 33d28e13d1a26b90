// Dates and times are chosen with Material 3's pickers, never typed: a field shows the choice
// and opens the picker. Future dates can be refused (a use or a check-in cannot be in the future;
// the core refuses them too, but the picker should not offer them).
package app.cairn.android.ui.components

import androidx.compose.foundation.layout.Spacer
import androidx.compose.foundation.layout.fillMaxWidth
import androidx.compose.foundation.layout.heightIn
import androidx.compose.foundation.layout.width
import androidx.compose.material.icons.Icons
import androidx.compose.material.icons.filled.DateRange
import androidx.compose.material3.DatePicker
import androidx.compose.material3.DatePickerDialog
import androidx.compose.material3.ExperimentalMaterial3Api
import androidx.compose.material3.Icon
import androidx.compose.material3.OutlinedButton
import androidx.compose.material3.SelectableDates
import androidx.compose.material3.Text
import androidx.compose.material3.TextButton
import androidx.compose.material3.TimePicker
import androidx.compose.material3.rememberDatePickerState
import androidx.compose.material3.rememberTimePickerState
import androidx.compose.runtime.Composable
import androidx.compose.runtime.getValue
import androidx.compose.runtime.mutableStateOf
import androidx.compose.runtime.saveable.rememberSaveable
import androidx.compose.runtime.setValue
import androidx.compose.ui.Modifier
import androidx.compose.ui.unit.dp
import app.cairn.android.ui.text.longDate
import app.cairn.android.ui.text.shortTime
import app.cairn.android.ui.text.str
import java.time.Instant
import java.time.LocalDate
import java.time.LocalTime
import java.time.ZoneOffset

/** A button showing "[label]: [date]" that opens a date picker; [latest] is the last day offered. */
@OptIn(ExperimentalMaterial3Api::class)
@Composable
fun DateField(
    label: String,
    date: LocalDate,
    onDate: (LocalDate) -> Unit,
    modifier: Modifier = Modifier,
    latest: LocalDate? = null,
) {
    var open by rememberSaveable { mutableStateOf(false) }
    PickerButton(str("labelled_value", label, longDate(date)), modifier, icon = true) { open = true }
    if (!open) return
    // The picker speaks UTC midnights; a LocalDate maps to its own midnight there and back.
    val state = rememberDatePickerState(
        initialSelectedDateMillis = date.atStartOfDay(ZoneOffset.UTC).toInstant().toEpochMilli(),
        selectableDates = object : SelectableDates {
            override fun isSelectableDate(utcTimeMillis: Long): Boolean =
                latest == null || !utcDate(utcTimeMillis).isAfter(latest)
        },
    )
    DatePickerDialog(
        onDismissRequest = { open = false },
        confirmButton = {
            TextButton(onClick = {
                state.selectedDateMillis?.let { onDate(utcDate(it)) }
                open = false
            }) { Text(str("done")) }
        },
        dismissButton = { TextButton(onClick = { open = false }) { Text(str("cancel")) } },
    ) { DatePicker(state = state, title = { Text(str("choose_date"), Modifier.fillMaxWidth()) }) }
}

/** A button showing "[label]: [time]" that opens a time picker. */
@OptIn(ExperimentalMaterial3Api::class)
@Composable
fun TimeField(
    label: String,
    time: LocalTime,
    onTime: (LocalTime) -> Unit,
    modifier: Modifier = Modifier,
) {
    var open by rememberSaveable { mutableStateOf(false) }
    PickerButton(str("labelled_value", label, shortTime(time)), modifier, icon = false) { open = true }
    if (!open) return
    val state = rememberTimePickerState(initialHour = time.hour, initialMinute = time.minute)
    ConfirmDialog(
        title = str("choose_time"),
        confirm = str("done"),
        onConfirm = {
            onTime(LocalTime.of(state.hour, state.minute))
            open = false
        },
        onDismiss = { open = false },
    ) { TimePicker(state = state) }
}

/** What a field shows until it is tapped: the label and the current choice, full width. */
@Composable
private fun PickerButton(text: String, modifier: Modifier, icon: Boolean, onClick: () -> Unit) {
    OutlinedButton(onClick = onClick, modifier = modifier.fillMaxWidth().heightIn(min = 56.dp)) {
        if (icon) {
            Icon(Icons.Filled.DateRange, contentDescription = null)
            Spacer(Modifier.width(8.dp))
        }
        Text(text, modifier = Modifier.fillMaxWidth())
    }
}

private fun utcDate(millis: Long): LocalDate = LocalDate.ofInstant(Instant.ofEpochMilli(millis), ZoneOffset.UTC)
