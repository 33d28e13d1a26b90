// A form's last problem, kept across rotation and process death like the fields it points at,
// so the error stays beside the field the person is fixing.
package app.cairn.android.ui.screens.help

import androidx.compose.runtime.Composable
import androidx.compose.runtime.MutableState
import androidx.compose.runtime.mutableStateOf
import androidx.compose.runtime.saveable.Saver
import androidx.compose.runtime.saveable.rememberSaveable
import app.cairn.android.ui.session.Problem
import app.cairn.android.ui.text.str

private val problemSaver: Saver<Problem?, ArrayList<String?>> = Saver(
    save = { problem -> problem?.let { arrayListOf(it.message, it.field, it.reason) } },
    restore = { saved -> Problem(requireNotNull(saved[0]), saved[1], saved.getOrNull(2)) },
)

/** A saveable slot for a form's problem, null when there is none. */
@Composable
fun rememberProblem(vararg keys: Any?): MutableState<Problem?> =
    rememberSaveable(*keys, stateSaver = problemSaver) { mutableStateOf(null) }

/** The message to show beside [field], if the problem is about it. */
@Composable
fun Problem?.about(field: String): String? =
    this?.takeIf { it.field == field }?.let { str(it.message) }
