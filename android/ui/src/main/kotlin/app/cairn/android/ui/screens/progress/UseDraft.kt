// A use as it is being edited, kept across rotation and process death as plain values, and the
// UseEvent the core receives when it is saved.
package app.cairn.android.ui.screens.progress

import androidx.compose.runtime.saveable.Saver
import app.cairn.android.ui.components.nullableListSaver
import app.cairn.core.UseEvent
import app.cairn.core.UseKind
import java.time.LocalDate
import java.time.LocalTime

data class UseDraft(
    val date: LocalDate,
    val time: LocalTime?,
    val kind: UseKind,
    val note: String,
    val triggers: List<String>,
) {
    fun toEvent(): UseEvent = UseEvent(date, time, kind, note.ifBlank { null }, triggers)

    companion object {
        fun of(event: UseEvent): UseDraft = UseDraft(event.date, event.time, event.kind, event.note.orEmpty(), event.triggers)

        val saver: Saver<UseDraft?, Any> = nullableListSaver(
            save = { draft ->
                listOf(draft.date.toString(), draft.time?.toString().orEmpty(), draft.kind.name, draft.note, ArrayList(draft.triggers))
            },
            restore = { saved ->
                @Suppress("UNCHECKED_CAST")
                UseDraft(
                    date = LocalDate.parse(saved[0] as String),
                    time = (saved[1] as String).ifEmpty { null }?.let(LocalTime::parse),
                    kind = UseKind.valueOf(saved[2] as String),
                    note = saved[3] as String,
                    triggers = saved[4] as List<String>,
                )
            },
        )
    }
}
