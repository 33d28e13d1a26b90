// What a screen shows for a read from the store (session/Load.kt): nothing while it runs, the
// screen's content once the value is there, and the core's problem in words if it failed, so
// every screen says a failed read the same way.
package app.cairn.android.ui.components

import androidx.compose.runtime.Composable
import app.cairn.android.ui.session.Load
import app.cairn.android.ui.text.str

@Composable
fun <T> Loaded(load: Load<T>, content: @Composable (T) -> Unit) {
    when (load) {
        Load.Loading -> Unit
        is Load.Failed -> ErrorText(str(load.problem.message))
        is Load.Ready -> content(load.value)
    }
}
