package app.cairn.android

import app.cairn.android.ui.Forms
import app.cairn.android.ui.Labels
import app.cairn.android.ui.MedicationLines
import app.cairn.android.ui.Tags
import app.cairn.android.work.CoreRunner
import app.cairn.core.CairnException
import app.cairn.core.ContactRole
import app.cairn.core.DayCounting
import app.cairn.core.Medication
import app.cairn.core.MedicationTaken
import app.cairn.core.MilestoneSet
import app.cairn.core.Stage
import app.cairn.core.Trend
import app.cairn.core.UseKind
import org.junit.jupiter.api.Assertions.assertEquals
import org.junit.jupiter.api.Assertions.assertNotEquals
import org.junit.jupiter.api.Assertions.assertNull
import org.junit.jupiter.api.Assertions.assertTrue
import org.junit.jupiter.api.Test
import java.util.concurrent.Executor

class LogicTest {
    @Test
    fun `the runner calls work on the executor and hands results through post`() {
        val queued = mutableListOf<Runnable>()
        val posted = mutableListOf<Runnable>()
        val runner = CoreRunner(Executor { queued += it }) { posted += it }
        val results = mutableListOf<Result<Int>>()
        runner.run({ 41 + 1 }) { results += it }
        runner.run({ throw StackOverflowError() }) { results += it }
        assertTrue(results.isEmpty())
        queued.forEach { it.run() }
        assertTrue(results.isEmpty())
        posted.forEach { it.run() }
        assertEquals(42, results[0].getOrNull())
        assertTrue(results[1].exceptionOrNull() is StackOverflowError)
    }

    @Test
    fun `background work runs on the executor only`() {
        val queued = mutableListOf<Runnable>()
        var ran = false
        CoreRunner(Executor { queued += it }) { error("nothing to post") }.background { ran = true }
        assertTrue(!ran)
        queued.single().run()
        assertTrue(ran)
    }

    @Test
    fun `tags split on commas and lines`() {
        assertEquals(listOf("stress", "people", "my own"), Forms.tags(" stress, people ,,\n my own "))
        assertEquals(emptyList<String>(), Forms.tags("  "))
        assertNull(Forms.optional("   "))
        assertEquals("x", Forms.optional(" x "))
        assertEquals(30u, Forms.dayCount(" 30 "))
        assertNull(Forms.dayCount("-1"))
    }

    @Test
    fun `medication lines parse and format`() {
        val parsed = MedicationLines.parse("Buprenorphine: 08:00, 20:00\n\n  Methadone 2:  9:30 \nVitamins")
        assertEquals(
            listOf(
                Medication("Buprenorphine", listOf("08:00", "20:00")),
                Medication("Methadone 2", listOf("9:30")),
                Medication("Vitamins", emptyList()),
            ),
            parsed,
        )
        assertEquals(parsed, MedicationLines.parse(MedicationLines.format(parsed)))
    }

    @Test
    fun `saved tags split into ticked keys and own words`() {
        val (ticked, own) = Tags.split(listOf("stress", "my dog", "people"), Tags.triggers)
        assertEquals(setOf("stress", "people"), ticked)
        assertEquals(listOf("my dog"), own)
        assertEquals(10, Tags.triggers.size)
        assertEquals(7, Tags.helped.size)
    }

    @Test
    fun `every enum value has its own label`() {
        fun <E> distinct(
            values: List<E>,
            label: (E) -> Int,
        ) = assertEquals(values.size, values.map(label).toSet().size)
        distinct(Stage.entries, Labels::stage)
        distinct(ContactRole.entries, Labels::role)
        distinct(MilestoneSet.entries, Labels::milestoneSet)
        distinct(DayCounting.entries, Labels::dayCounting)
        distinct(MedicationTaken.entries, Labels::medication)
        distinct(Trend.entries, Labels::trend)
        distinct(UseKind.entries, Labels::useKind)
    }

    @Test
    fun `errors map to messages without personal data`() {
        assertEquals(R.string.error_wrong_recovery_code, Labels.error(CairnException.WrongRecoveryCode()))
        assertEquals(R.string.error_invalid_input, Labels.error(CairnException.InvalidInput("phone", "not a number")))
        assertEquals("phone: not a number", Labels.errorDetail(CairnException.InvalidInput("phone", "not a number")))
        assertEquals(R.string.error_unexpected, Labels.error(RuntimeException("boom")))
        assertNull(Labels.errorDetail(RuntimeException("boom")))
        assertNotEquals(Labels.error(CairnException.Busy()), Labels.error(CairnException.Closed()))
    }
}
