// Every word on screen comes from the app's string resources (android/app/src/main/res), looked
// up by name: on Android through Resources, in the JVM tests by reading the same XML, so the
// screenshots show the real text and translations live where Android translators expect them.
package app.cairn.android.ui.text

import androidx.compose.runtime.Composable
import androidx.compose.runtime.ReadOnlyComposable
import androidx.compose.runtime.staticCompositionLocalOf
import java.util.Locale

/** Looks up `<string>` and `<plurals>` resources by name and formats them with Java's rules. */
interface Strings {
    /** The language the strings are in (dates and numbers are formatted for it too). */
    val locale: Locale

    fun get(name: String, vararg args: Any): String

    fun plural(name: String, count: Int, vararg args: Any): String
}

val LocalStrings = staticCompositionLocalOf<Strings> { error("CairnApp provides the strings") }

/** The string resource [name], formatted with [args]. */
@Composable
@ReadOnlyComposable
fun str(name: String, vararg args: Any): String = LocalStrings.current.get(name, *args)

/** The plural resource [name] for [count]; [args] default to the count itself. */
@Composable
@ReadOnlyComposable
fun plural(name: String, count: Int, vararg args: Any): String =
    LocalStrings.current.plural(name, count, *(if (args.isEmpty()) arrayOf(count) else args))
