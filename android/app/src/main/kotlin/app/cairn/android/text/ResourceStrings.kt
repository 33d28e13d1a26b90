package app.cairn.android.text

import android.content.Context
import android.content.res.Resources
import app.cairn.android.ui.text.Strings
import java.util.Locale
import java.util.concurrent.ConcurrentHashMap

/** How [ResourceStrings] reaches the app's resources: a name to an id, an id to its text. */
interface ResourceLookup {
    val locale: Locale

    /** The id of resource [name] of [type] ("string" or "plurals"), 0 when there is none. */
    fun identifier(
        name: String,
        type: String,
    ): Int

    fun text(id: Int): String

    fun quantityText(
        id: Int,
        count: Int,
    ): String
}

/** [ResourceLookup] on `Resources`, in the language of the Activity's configuration. */
class AndroidResourceLookup(
    private val resources: Resources,
    private val packageName: String,
) : ResourceLookup {
    override val locale: Locale get() = resources.configuration.locales[0]

    // Lookup by name is what the screens' shared code can do (it has no R class); the names are
    // kept from resource shrinking by res/raw/keep.xml.
    override fun identifier(
        name: String,
        type: String,
    ): Int = resources.getIdentifier(name, type, packageName)

    override fun text(id: Int): String = resources.getString(id)

    override fun quantityText(
        id: Int,
        count: Int,
    ): String = resources.getQuantityString(id, count)
}

/**
 * The screens' [Strings] on Android: `<string>` and `<plurals>` resources looked up by name
 * (each name resolved to its id once, then cached), formatted with Java's rules in the
 * resources' language, as the JVM tests' XML reader does, so a phone shows what the
 * screenshots show. A name with no resource shows the name rather than crash the screen.
 */
class ResourceStrings(
    private val lookup: ResourceLookup,
) : Strings {
    constructor(context: Context) : this(AndroidResourceLookup(context.resources, context.packageName))

    private val strings = ConcurrentHashMap<String, Int>()
    private val plurals = ConcurrentHashMap<String, Int>()

    override val locale: Locale get() = lookup.locale

    override fun get(
        name: String,
        vararg args: Any,
    ): String {
        val id = strings.getOrPut(name) { lookup.identifier(name, "string") }
        if (id == 0) return name
        return String.format(locale, lookup.text(id), *args)
    }

    override fun plural(
        name: String,
        count: Int,
        vararg args: Any,
    ): String {
        val id = plurals.getOrPut(name) { lookup.identifier(name, "plurals") }
        if (id == 0) return name
        return String.format(locale, lookup.quantityText(id, count), *args)
    }
}
