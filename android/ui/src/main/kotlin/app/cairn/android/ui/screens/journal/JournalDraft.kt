// A journal entry as it is being written, kept across rotation and process death as plain
// values (the person may be pages in), the JournalEntry the core receives when it is saved, and
// how near the text is to the core's limit, so the counter can appear as the person nears it.
package app.cairn.android.ui.screens.journal

import androidx.compose.runtime.saveable.Saver
import app.cairn.android.ui.components.nullableListSaver
import app.cairn.core.JournalEntry
import java.time.LocalDate
import java.time.LocalTime

/** The core's longest entry, in characters (TEXT_MAX_CHARS in core/src/journal_entry/mod.rs). */
const val TEXT_MAX_CHARS = 5_000

/** From here on the counter shows: the last tenth of the room. */
const val COUNTER_FROM_CHARS = 4_500

data class JournalDraft(val date: LocalDate, val time: LocalTime?, val text: String) {
    /** As the core takes it; the core trims the text and turns every line break into "\n". */
    fun toEntry(): JournalEntry = JournalEntry(date, time, text)

    /**
     * The text's length as the core counts it: Unicode characters (not UTF-16 units, so an
     * emoji is one), once trimmed, as the core trims it before counting.
     */
    val length: Int
        get() = text.trim().let { it.codePointCount(0, it.length) }

    companion object {
        fun of(entry: JournalEntry): JournalDraft = JournalDraft(entry.date, entry.time, entry.text)

        val saver: Saver<JournalDraft?, Any> = nullableListSaver(
            save = { draft -> listOf(draft.date.toString(), draft.time?.toString().orEmpty(), draft.text) },
            restore = { saved ->
                JournalDraft(
                    date = LocalDate.parse(saved[0] as String),
                    time = (saved[1] as String).ifEmpty { null }?.let(LocalTime::parse),
                    text = saved[2] as String,
                )
            },
        )
    }
}
