// The back stack. A bottom-bar tap starts again from that destination; back pops one screen
// and, at a destination other than Today, goes to Today; at Today it lets the system close the
// app. The Activity forwards the system back gesture to [back].
package app.cairn.android.ui.navigation

import androidx.compose.runtime.Composable
import androidx.compose.runtime.saveable.Saver
import androidx.compose.runtime.saveable.rememberSaveable
import androidx.compose.runtime.snapshots.SnapshotStateList
import androidx.compose.runtime.toMutableStateList

class Navigator(private val stack: SnapshotStateList<Route>) {
    val current: Route get() = stack.last()

    val canGoBack: Boolean get() = stack.size > 1 || current != Route.Today

    /** The keys of the screens on the stack, bottom first. */
    val keys: List<String> get() = stack.map { it.key }

    fun go(route: Route) {
        if (current != route) stack.add(route)
    }

    /** A bottom-bar destination: its own stack of one. */
    fun top(top: Top) {
        stack.clear()
        stack.add(top.route)
    }

    /** One step back; false when there is nowhere to go (the system may close the app). */
    fun back(): Boolean = when {
        stack.size > 1 -> {
            stack.removeAt(stack.lastIndex)
            true
        }
        current != Route.Today -> {
            top(Top.Today)
            true
        }
        else -> false
    }

    companion object {
        val saver: Saver<Navigator, List<String>> = Saver(
            save = { navigator -> navigator.stack.map { it.key } },
            restore = { keys -> Navigator(keys.map(Route::fromKey).ifEmpty { listOf(Route.Today) }.toMutableStateList()) },
        )
    }
}

/** The back stack, kept across rotation and process death. */
@Composable
fun rememberNavigator(): Navigator =
    rememberSaveable(saver = Navigator.saver) { Navigator(mutableListOf<Route>(Route.Today).toMutableStateList()) }
