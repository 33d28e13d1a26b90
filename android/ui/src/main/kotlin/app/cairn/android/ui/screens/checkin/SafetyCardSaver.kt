// The safety card comes from the core once, as the use is saved, and cannot be asked for again;
// so the screen keeps it across rotation and process death as plain strings, every field of it:
// a field left out (as the person's reasons once were) would silently vanish on a rotation.
package app.cairn.android.ui.screens.checkin

import androidx.compose.runtime.saveable.Saver
import app.cairn.android.ui.components.nullableListSaver
import app.cairn.core.CallAction
import app.cairn.core.SafetyAction
import app.cairn.core.SafetyActionKind
import app.cairn.core.SafetyCard
import app.cairn.core.SafetyCardLine
import app.cairn.core.SafetyTopic

/**
 * Title, clean days, then each line as topic and text, then each action as kind, label, tel and
 * sms, then the person's reasons to stay clean.
 */
val safetyCardSaver: Saver<SafetyCard?, Any> = nullableListSaver(
    save = { card ->
        listOf(
            card.title,
            card.cleanDaysBefore.toString(),
            ArrayList(card.lines.flatMap { listOf(it.topic.name, it.text) }),
            ArrayList(card.actions.flatMap { listOf(it.kind.name, it.call.label, it.call.telUri, it.call.smsUri.orEmpty()) }),
            ArrayList(card.reasons),
        )
    },
    restore = { saved ->
        @Suppress("UNCHECKED_CAST")
        val lines = (saved[2] as List<String>).chunked(2).map { SafetyCardLine(SafetyTopic.valueOf(it[0]), it[1]) }
        @Suppress("UNCHECKED_CAST")
        val actions = (saved[3] as List<String>).chunked(4).map {
            SafetyAction(SafetyActionKind.valueOf(it[0]), CallAction(it[1], it[2], it[3].ifEmpty { null }))
        }
        @Suppress("UNCHECKED_CAST")
        val reasons = saved[4] as List<String>
        SafetyCard((saved[1] as String).toUInt(), saved[0] as String, lines, actions, reasons)
    },
)
