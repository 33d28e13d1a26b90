// The app's string resources read straight from android/app/src/main/res, so the JVM tests and
// screenshots show the words a phone would, in the phone's language. Resolves a name as Android
// does (values-es-rUS, then values-es, then values), formats as Android does (Java's Formatter),
// and picks plural forms by the CLDR rules of the languages Cairn ships.
package app.cairn.android.ui.testing

import app.cairn.android.ui.text.Strings
import org.w3c.dom.Element
import java.io.File
import java.util.Locale
import javax.xml.parsers.DocumentBuilderFactory

class XmlStrings(override val locale: Locale = Locale.ENGLISH, private val resDir: File = resourcesDir) : Strings {
    /** The folders Android would search for [locale], most specific first; only those that exist. */
    val folders: List<ResourceFolder> = buildList {
        if (locale.language.isNotEmpty() && locale.country.isNotEmpty()) add("values-${locale.language}-r${locale.country}")
        if (locale.language.isNotEmpty()) add("values-${locale.language}")
        add("values")
    }.map { File(resDir, it) }.filter { it.isDirectory }.map(ResourceFolder::read)

    override fun get(name: String, vararg args: Any): String {
        val template = folders.firstNotNullOfOrNull { it.strings[name] } ?: error("no <string name=\"$name\"> in $resDir")
        return String.format(locale, template, *args)
    }

    override fun plural(name: String, count: Int, vararg args: Any): String {
        // Android takes the whole <plurals> from the best folder that has it, never items from two.
        val forms = folders.firstNotNullOfOrNull { it.plurals[name] } ?: error("no <plurals name=\"$name\"> in $resDir")
        val template = forms[quantity(locale, count)] ?: forms.getValue("other")
        return String.format(locale, template, *args)
    }

    companion object {
        val resourcesDir: File
            get() = File(
                requireNotNull(System.getProperty("cairn.res.dir")) {
                    "cairn.res.dir is not set: run the tests through android/ui/pom.xml"
                },
            )

        /** The plural categories a whole number can fall in, by language (CLDR); what each <plurals> needs. */
        fun quantities(locale: Locale): Set<String> = when (locale.language) {
            "es" -> setOf("one", "many", "other")
            else -> setOf("one", "other")
        }

        /** CLDR cardinal category of whole number [count] in [locale]'s language. */
        fun quantity(locale: Locale, count: Int): String = when {
            count == 1 -> "one"
            // Spanish says "1 millón de días": a million and its multiples take their own form.
            locale.language == "es" && count != 0 && count % 1_000_000 == 0 -> "many"
            else -> "other"
        }
    }
}

/** The `<string>` and `<plurals>` of one values folder, unescaped, with nothing from any other folder. */
class ResourceFolder(val name: String, val strings: Map<String, String>, val plurals: Map<String, Map<String, String>>) {
    companion object {
        fun read(folder: File): ResourceFolder {
            val strings = linkedMapOf<String, String>()
            val plurals = linkedMapOf<String, Map<String, String>>()
            val files = folder.listFiles { file -> file.name.startsWith("strings") && file.name.endsWith(".xml") }
            for (file in files.orEmpty().sortedBy { it.name }) {
                val root = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(file).documentElement
                val stringElements = root.getElementsByTagName("string")
                for (index in 0 until stringElements.length) {
                    val element = stringElements.item(index) as Element
                    strings[element.getAttribute("name")] = unescape(element.textContent)
                }
                val pluralElements = root.getElementsByTagName("plurals")
                for (index in 0 until pluralElements.length) {
                    val element = pluralElements.item(index) as Element
                    val items = element.getElementsByTagName("item")
                    plurals[element.getAttribute("name")] = (0 until items.length).associate { item ->
                        val node = items.item(item) as Element
                        node.getAttribute("quantity") to unescape(node.textContent)
                    }
                }
            }
            return ResourceFolder(folder.name, strings, plurals)
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
    }
}
