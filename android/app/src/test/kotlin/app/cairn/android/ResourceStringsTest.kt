package app.cairn.android

import app.cairn.android.text.ResourceLookup
import app.cairn.android.text.ResourceStrings
import org.junit.jupiter.api.Assertions.assertEquals
import org.junit.jupiter.api.Test
import java.util.Locale

/** Resources, faked: names to ids, ids to texts, and a count of every by-name lookup. */
class FakeResources(
    override val locale: Locale = Locale.ENGLISH,
) : ResourceLookup {
    val strings = mapOf(1 to "Cairn", 2 to "Call %1\$s", 3 to "%1\$.1f average", 4 to "100%% yours")
    val plurals = mapOf(10 to mapOf("one" to "%1\$d day", "other" to "%1\$d days"))
    private val ids = mapOf("string/app_name" to 1, "string/call_name" to 2, "string/average" to 3, "string/percent" to 4, "plurals/days" to 10)
    val lookups = mutableListOf<String>()

    override fun identifier(
        name: String,
        type: String,
    ): Int {
        lookups += "$type/$name"
        return ids["$type/$name"] ?: 0
    }

    override fun text(id: Int): String = strings.getValue(id)

    override fun quantityText(
        id: Int,
        count: Int,
    ): String = plurals.getValue(id).getValue(if (count == 1) "one" else "other")
}

class ResourceStringsTest {
    @Test
    fun `looks a string up by name once, then from the cache`() {
        val resources = FakeResources()
        val strings = ResourceStrings(resources)
        repeat(3) { assertEquals("Cairn", strings.get("app_name")) }
        assertEquals(listOf("string/app_name"), resources.lookups)
    }

    @Test
    fun `formats arguments in the resources' language, as the JVM tests do`() {
        assertEquals("Call Sam", ResourceStrings(FakeResources()).get("call_name", "Sam"))
        assertEquals("2.5 average", ResourceStrings(FakeResources(Locale.ENGLISH)).get("average", 2.5))
        assertEquals("2,5 average", ResourceStrings(FakeResources(Locale.GERMAN)).get("average", 2.5))
        assertEquals(Locale.GERMAN, ResourceStrings(FakeResources(Locale.GERMAN)).locale)
        // Always formatted, so an escaped %% reads as on the screenshots.
        assertEquals("100% yours", ResourceStrings(FakeResources()).get("percent"))
    }

    @Test
    fun `plurals pick the form for the count and are cached apart from strings`() {
        val resources = FakeResources()
        val strings = ResourceStrings(resources)
        assertEquals("1 day", strings.plural("days", 1, 1))
        assertEquals("12 days", strings.plural("days", 12, 12))
        assertEquals(listOf("plurals/days"), resources.lookups)
    }

    @Test
    fun `a missing name shows the name instead of crashing, and is looked up only once`() {
        val resources = FakeResources()
        val strings = ResourceStrings(resources)
        assertEquals("no_such_string", strings.get("no_such_string"))
        assertEquals("no_such_string", strings.get("no_such_string", 3))
        assertEquals("no_such_plural", strings.plural("no_such_plural", 2, 2))
        assertEquals(listOf("string/no_such_string", "plurals/no_such_plural"), resources.lookups)
    }
}
