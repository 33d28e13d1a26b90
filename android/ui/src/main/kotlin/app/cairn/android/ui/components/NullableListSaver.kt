// Keeping a screen's value that may not exist yet (a draft not started, a card not shown) across
// rotation and process death, as plain values a Bundle takes: the value as a list, none as an
// empty one.
package app.cairn.android.ui.components

import androidx.compose.runtime.saveable.Saver
import androidx.compose.runtime.saveable.listSaver

/** [save] turns a value into a non-empty list of plain values; [restore] reads one back. */
fun <T : Any> nullableListSaver(save: (T) -> List<Any>, restore: (List<Any>) -> T): Saver<T?, Any> = listSaver(
    save = { value -> if (value == null) emptyList() else save(value) },
    restore = { saved -> if (saved.isEmpty()) null else restore(saved) },
)
