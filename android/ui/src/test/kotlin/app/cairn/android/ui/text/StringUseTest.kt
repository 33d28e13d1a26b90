// Every string the code looks up exists, and every string in the resources is looked up by
// something: a name the code asks for but the XML lacks shows the raw name on a phone, and a
// resource nothing uses is a translation someone keeps paying for (and a sign that a screen
// builds the words some other way).
package app.cairn.android.ui.text

import app.cairn.android.ui.testing.ResourceFolder
import app.cairn.android.ui.testing.XmlStrings
import org.junit.Assert.assertEquals
import org.junit.Assert.assertTrue
import org.junit.Test
import java.io.File

class StringUseTest {
    private val english = ResourceFolder.read(File(XmlStrings.resourcesDir, "values"))
    private val names = english.strings.keys + english.plurals.keys

    /** The Android project's own sources: the screens, the app module, its resources. */
    private val sources: List<File> by lazy {
        val android = XmlStrings.resourcesDir.parentFile.parentFile.parentFile.parentFile
        listOf("ui/src/main", "app/src/main", "app/src/gradle")
            .map { File(android, it) }
            .flatMap { root -> root.walkTopDown().filter { it.isFile && (it.extension == "kt" || it.extension == "xml") } }
            // The string resources themselves do not count as a use of a name.
            .filterNot { it.parentFile.name.startsWith("values") }
    }

    private val text: String by lazy { sources.joinToString("\n") { it.readText() } }

    @Test
    fun everyNameTheCodeAsksForIsInTheResources() {
        assertTrue("no sources found", sources.size > 20)
        val asked = Regex("""\b(?:str|plural|get)\(\s*"([a-z0-9_]+)"""").findAll(text).map { it.groupValues[1] }.toSet()
        assertTrue("no lookups found", asked.size > 100)
        assertEquals(emptySet<String>(), asked - names)
        // A name built at run time ("check_in_mood_$n") can be checked by neither test.
        val built = Regex("""\b(?:str|plural)\(\s*"[^"]*\$""").findAll(text).map { it.value }.toList()
        assertEquals(emptyList<String>(), built)
    }

    @Test
    fun everyStringInTheResourcesIsUsed() {
        val unused = names.filterNot { name ->
            text.contains("\"$name\"") || text.contains("@string/$name") || text.contains("R.string.$name") ||
                text.contains("R.plurals.$name")
        }
        assertEquals(emptyList<String>(), unused.sorted())
    }
}
