// How a screen reads what it shows: one call into the core, made again whenever the session's
// refresh tick moves (after a write, on resume, at local midnight) or a key of the screen's own
// changes. The screen renders Loading, the value, or the problem.
package app.cairn.android.ui.session

import androidx.compose.runtime.Composable
import androidx.compose.runtime.State
import androidx.compose.runtime.produceState
import app.cairn.ffi.CairnCompanion

/** What a screen has to show so far. */
sealed interface Load<out T> {
    data object Loading : Load<Nothing>
    data class Ready<T>(val value: T) : Load<T>
    data class Failed(val problem: Problem) : Load<Nothing>
}

/** Loads [read] from the store, and again on every refresh and whenever [keys] change. */
@Composable
fun <T> rememberLoad(session: CairnSession, vararg keys: Any?, read: (CairnCompanion) -> T): State<Load<T>> =
    produceState<Load<T>>(Load.Loading, session.refresh, *keys) {
        value = when (val outcome = session.read(read)) {
            is Outcome.Done -> Load.Ready(outcome.value)
            is Outcome.Failed -> Load.Failed(outcome.problem)
        }
    }
