// The app's string resources read straight from android/app/src/main/res, so the JVM tests and
// screenshots show the words a phone would. Formats as Android does (Java's Formatter), and
// picks plural forms by the CLDR rules of the languages Cairn ships.
package app.cairn.android.ui.testing

import app.cairn.android.ui.text.Strings
import org.w3c.dom.Element
import java.io.File
import java.util.Locale
import javax.xml.parsers.DocumentBuilderFactory

class XmlStrings(override val locale: Locale = Locale.ENGLISH, resDir: File = resourcesDir) : Strings {
    private val strings = mutableMapOf<String, String>()
    private val plurals = mutableMapOf<String, Map<String, String>>()

    init {
        // The default language first, then the locale's own files over it, as Android resolves.
        val folders = listOf("values") + listOfNotNull(locale.language.takeIf { it != "en" }?.let { "values-$it" })
        for (folder in folders) {
            val files = File(resDir, folder).listFiles { file -> file.name.startsWith("strings") && file.name.endsWith(".xml") }
            files.orEmpty().sortedBy { it.name }.forEach(::read)
        }
    }

    val names: Set<String> get() = strings.keys + plurals.keys

    override fun get(name: String, vararg args: Any): String {
        val template = strings[name] ?: error("no <string name=\"$name\"> in $resourcesDir")
        return String.format(locale, template, *args)
    }

    override fun plural(name: String, count: Int, vararg args: Any): String {
        val forms = plurals[name] ?: error("no <plurals name=\"$name\"> in $resourcesDir")
        val template = forms[quantity(count)] ?: forms.getValue("other")
        return String.format(locale, template, *args)
    }

    /** CLDR cardinal categories for whole numbers in English and Spanish. */
    private fun quantity(count: Int): String = when {
        count == 1 -> "one"
        locale.language == "es" && count != 0 && count % 1_000_000 == 0 -> "many"
        else -> "other"
    }

    private fun read(file: File) {
        val document = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(file)
        val root = document.documentElement
        val strings = root.getElementsByTagName("string")
        for (index in 0 until strings.length) {
            val element = strings.item(index) as Element
            this.strings[element.getAttribute("name")] = unescape(element.textContent)
        }
        val plurals = root.getElementsByTagName("plurals")
        for (index in 0 until plurals.length) {
            val element = plurals.item(index) as Element
            val items = element.getElementsByTagName("item")
            this.plurals[element.getAttribute("name")] = (0 until items.length).associate { item ->
                val node = items.item(item) as Element
                node.getAttribute("quantity") to unescape(node.textContent)
            }
        }
    }

    /** Android's resource escapes: \' \" \n \t \@ \?, and surrounding quotes. */
    private fun unescape(raw: String): String {
        val text = raw.trim().removeSurrounding("\"")
        val out = StringBuilder()
        var index = 0
        while (index < text.length) {
            val char = text[index]
            if (char == '\\' && index + 1 < text.length) {
                when (val next = text[index + 1]) {
                    'n' -> out.append('\n')
                    't' -> out.append('\t')
                    else -> out.append(next)
                }
                index += 2
            } else {
                out.append(char)
                index += 1
            }
        }
        return out.toString()
    }

    companion object {
        val resourcesDir: File
            get() = File(
                requireNotNull(System.getProperty("cairn.res.dir")) {
                    "cairn.res.dir is not set: run the tests through android/ui/pom.xml"
                },
            )
    }
}
