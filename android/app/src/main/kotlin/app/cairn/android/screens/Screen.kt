package app.cairn.android.screens

import app.cairn.android.MainActivity
import app.cairn.android.ui.Ui
import app.cairn.core.CairnCompanion

/** One screen: renders into the activity's column what the core returns. */
abstract class Screen(
    protected val host: MainActivity,
) {
    protected val ui: Ui get() = host.ui

    abstract fun render()

    /** Asks the core, then renders with [onLoaded] only if this screen is still showing. */
    protected fun <T> load(
        work: (CairnCompanion) -> T,
        onLoaded: (T) -> Unit,
    ) = host.core(work) { value -> if (host.isCurrent(this)) onLoaded(value) }

    protected fun s(
        id: Int,
        vararg args: Any,
    ): String = host.getString(id, *args)
}
