// The Spanish resources against the English ones: a key missing in either language shows a
// raw name or English on a Spanish phone, a missing plural form falls back to "other" and
// reads wrong, a format argument lost or renumbered crashes or misplaces a number, and a string
// left in English is a translation forgotten. Also how XmlStrings resolves a locale, since the
// screenshots and every other test trust it to do what Android does.
package app.cairn.android.ui.text

import app.cairn.android.ui.testing.ResourceFolder
import app.cairn.android.ui.testing.XmlStrings
import org.junit.Assert.assertEquals
import org.junit.Assert.assertTrue
import org.junit.Rule
import org.junit.Test
import org.junit.rules.TemporaryFolder
import java.io.File
import java.util.Locale

class TranslationsTest {
    private val english = ResourceFolder.read(File(XmlStrings.resourcesDir, "values"))
    private val spanish = ResourceFolder.read(File(XmlStrings.resourcesDir, "values-es"))
    private val languages = listOf(english to Locale.ENGLISH, spanish to SPANISH)

    @get:Rule
    val temporary = TemporaryFolder()

    @Test
    fun everyEnglishStringAndPluralIsInSpanishAndNothingMore() {
        assertTrue("the English strings were not found", english.strings.size > 100)
        assertEquals("<string>s only in English", emptySet<String>(), english.strings.keys - spanish.strings.keys)
        assertEquals("<string>s only in Spanish", emptySet<String>(), spanish.strings.keys - english.strings.keys)
        assertEquals("<plurals> only in English", emptySet<String>(), english.plurals.keys - spanish.plurals.keys)
        assertEquals("<plurals> only in Spanish", emptySet<String>(), spanish.plurals.keys - english.plurals.keys)
    }

    @Test
    fun everyPluralHasExactlyTheFormsItsLanguageUses() {
        for ((folder, locale) in languages) {
            val wrong = folder.plurals.filterValues { it.keys != XmlStrings.quantities(locale) }
                .map { (name, forms) -> "${folder.name}/$name has ${forms.keys}" }
            assertEquals("plurals need ${XmlStrings.quantities(locale)}", emptyList<String>(), wrong)
        }
    }

    @Test
    fun formatArgumentsAreTheSameInBothLanguages() {
        val different = english.strings.mapNotNull { (name, text) ->
            val theirs = spanish.strings[name] ?: return@mapNotNull null
            "$name: ${arguments(text)} in English, ${arguments(theirs)} in Spanish".takeIf { arguments(text) != arguments(theirs) }
        } + english.plurals.mapNotNull { (name, forms) ->
            // A form may leave its number out ("The last day"), so the forms are compared together.
            val ours = forms.values.flatMap(::arguments).toSet()
            val theirs = spanish.plurals[name]?.values?.flatMap(::arguments)?.toSet() ?: return@mapNotNull null
            "$name: $ours in English, $theirs in Spanish".takeIf { ours != theirs }
        }
        assertEquals(emptyList<String>(), different)
    }

    @Test
    fun everyStringFormatsInItsOwnLanguage() {
        for ((folder, locale) in languages) {
            // A plural's forms are given the same arguments, so they are sampled together.
            val groups = folder.strings.values.map(::listOf) + folder.plurals.values.map { it.values.toList() }
            for (templates in groups) {
                val byIndex = templates.flatMap(::arguments).associate { it.substringBefore('$').toInt() to it.last() }
                val sample = (1..(byIndex.keys.maxOrNull() ?: 0)).map { sampleFor(byIndex[it] ?: 's') }.toTypedArray()
                for (template in templates) {
                    runCatching { String.format(locale, template, *sample) }
                        .onFailure { throw AssertionError("${folder.name}: \"$template\" does not format: $it") }
                }
            }
        }
    }

    @Test
    fun noSpanishStringIsLeftInEnglish() {
        val untranslated = english.strings.filter { (name, text) -> spanish.strings[name] == text && hasWords(text) }.keys +
            english.plurals.filter { (name, forms) ->
                spanish.plurals[name]?.let { it["other"] == forms["other"] } == true && hasWords(forms.getValue("other"))
            }.keys
        assertEquals(emptySet<String>(), untranslated)
    }

    @Test
    fun spanishPicksOneManyAndOtherAsCldrSays() {
        val strings = XmlStrings(SPANISH)
        assertEquals("1 día limpio", strings.plural("clean_days", 1, 1))
        assertEquals("0 días limpios", strings.plural("clean_days", 0, 0))
        assertEquals("21 días limpios", strings.plural("clean_days", 21, 21))
        assertEquals("101 días limpios", strings.plural("clean_days", 101, 101))
        assertEquals("many", XmlStrings.quantity(SPANISH, 1_000_000))
        assertEquals("other", XmlStrings.quantity(Locale.ENGLISH, 1_000_000))
        assertEquals("1 hora y 1 minuto", strings.get("clean_hours_and_minutes", strings.plural("clean_hours_count", 1, 1), strings.plural("clean_minutes_count", 1, 1)))
        assertEquals("1 hour and 2 minutes", XmlStrings().let { it.get("clean_hours_and_minutes", it.plural("clean_hours_count", 1, 1), it.plural("clean_minutes_count", 2, 2)) })
    }

    @Test
    fun spanishComesFromValuesEsAndFallsBackToValuesAsAndroidDoes() {
        val res = temporary.newFolder("res")
        write(res, "values", """<string name="a">English a</string><string name="b">English b</string>""")
        write(res, "values-es", """<string name="a">Español a</string>""")
        write(res, "values-es-rMX", """<string name="b">México b</string>""")
        val us = XmlStrings(SPANISH, res)
        assertEquals("Español a", us.get("a"))
        assertEquals("English b", us.get("b"))
        assertEquals("México b", XmlStrings(Locale.forLanguageTag("es-MX"), res).get("b"))
        assertEquals("English a", XmlStrings(Locale.ENGLISH, res).get("a"))
    }

    private fun write(res: File, folder: String, body: String) {
        File(res, folder).apply { mkdirs() }.resolve("strings.xml")
            .writeText("""<?xml version="1.0" encoding="utf-8"?><resources>$body</resources>""")
    }

    private companion object {
        val SPANISH: Locale = Locale.forLanguageTag("es-US")

        /** The format specifiers of [template] ("1$,d", "2$s"), without %% and %n. */
        private val specifier = Regex("""%(\d+\$)?([-#+ 0,(]*\d*(?:\.\d+)?[a-zA-Z%])""")

        fun arguments(template: String): Set<String> = specifier.findAll(template)
            .filter { it.groupValues[2] != "%" && it.groupValues[2] != "n" }
            .map {
                check(it.groupValues[1].isNotEmpty()) { "\"$template\": number every argument (%1\$s), so a translation can reorder them" }
                it.groupValues[1] + it.groupValues[2]
            }
            .toSet()

        fun sampleFor(conversion: Char): Any = when (conversion) {
            'd' -> 3
            'f' -> 2.5
            else -> "x"
        }

        /** Letters left once the format arguments are taken out: "%1\$s: %2\$s" has none, "Cairn" has. */
        fun hasWords(text: String): Boolean =
            specifier.replace(text, "").any { it.isLetter() } && text !in sameInBothLanguages

        /** Names and numbers that are the same word in Spanish. */
        val sameInBothLanguages = setOf("Cairn", "OK", "Quitter", "Sobriety")
    }
}
