// When something happened (a use, a journal entry): the day, whose picker stops at today, and an
// optional time. Switching the time on offers now when the day is today (a later time would be
// in the future, which the core refuses) and noon on any other day.
package app.cairn.android.ui.components

import androidx.compose.foundation.layout.heightIn
import androidx.compose.runtime.Composable
import androidx.compose.ui.Modifier
import androidx.compose.ui.unit.dp
import java.time.LocalDate
import java.time.LocalTime

/** The words of a [WhenCard]: its title and the labels of the day, the time switch and the time. */
data class WhenWords(val title: String, val day: String, val addTime: String, val time: String)

@Composable
fun WhenCard(
    words: WhenWords,
    date: LocalDate,
    time: LocalTime?,
    today: LocalDate,
    now: LocalTime,
    onDate: (LocalDate) -> Unit,
    onTime: (LocalTime?) -> Unit,
    dateError: String?,
    timeError: String?,
) {
    SectionCard(title = words.title) {
        DateField(label = words.day, date = date, onDate = onDate, latest = today)
        dateError?.let { FieldError(it) }
        SwitchRow(
            label = words.addTime,
            checked = time != null,
            onCheckedChange = { on ->
                val offered = if (date == today) now.withSecond(0).withNano(0) else LocalTime.NOON
                onTime(if (on) offered else null)
            },
            modifier = Modifier.heightIn(min = 56.dp),
        )
        if (time != null) {
            TimeField(label = words.time, time = time, onTime = onTime)
        }
        timeError?.let { FieldError(it) }
    }
}
