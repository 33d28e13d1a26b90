// The journal, clicked through over the real core: written from Progress's Journal tab (today by
// default, a time if wanted), listed newest first under their days, searched as the person
// types ignoring case and accents with nothing written to the store, changed and deleted with
// the earlier version kept in the audit trail, each refusal under its own field with nothing
// stored, the counter as the text nears the limit, no entry's words in a notification, and the
// screens accessible at the largest font and photographed.
package app.cairn.android.ui.screens.journal

import androidx.compose.ui.semantics.SemanticsActions
import androidx.compose.ui.test.SemanticsMatcher
import androidx.compose.ui.test.SkikoComposeUiTest
import androidx.compose.ui.test.hasContentDescription
import androidx.compose.ui.test.hasScrollToNodeAction
import androidx.compose.ui.test.performScrollToNode
import androidx.compose.ui.test.assert
import androidx.compose.ui.test.assertIsFocused
import androidx.compose.ui.test.hasClickAction
import androidx.compose.ui.test.hasSetTextAction
import androidx.compose.ui.test.hasText
import androidx.compose.ui.test.onAllNodesWithText
import androidx.compose.ui.test.onNodeWithText
import androidx.compose.ui.test.performClick
import androidx.compose.ui.test.performScrollTo
import androidx.compose.ui.test.performSemanticsAction
import androidx.compose.ui.test.performTextInput
import androidx.compose.ui.test.performTextReplacement
import app.cairn.android.ui.screens.progress.openProgress
import app.cairn.android.ui.testing.AppUnderTest
import app.cairn.android.ui.testing.FakePhone
import app.cairn.android.ui.testing.ScreenVariant
import app.cairn.android.ui.testing.Seed
import app.cairn.android.ui.testing.assertAccessible
import app.cairn.android.ui.testing.core
import app.cairn.android.ui.testing.runApp
import app.cairn.android.ui.testing.said
import app.cairn.android.ui.testing.writeAppScreenshots
import app.cairn.core.AuditChange
import app.cairn.core.JournalEntry
import org.junit.Assert.assertEquals
import org.junit.Assert.assertTrue
import org.junit.Test
import java.io.File
import java.time.LocalDate
import java.time.LocalTime

class JournalScreenTest {
    private fun SkikoComposeUiTest.field(label: String) = onNode(hasSetTextAction() and hasText(label))

    private fun SkikoComposeUiTest.tap(words: String) {
        onNode(hasText(words) and hasClickAction()).performScrollTo().performClick()
        waitForIdle()
    }

    /** A button of a dialog, which does not scroll. */
    private fun SkikoComposeUiTest.press(words: String) {
        onNode(hasText(words) and hasClickAction()).performClick()
        waitForIdle()
    }

    /** Save through the button's action: a tap would leave the desktop window's hover behind. */
    private fun SkikoComposeUiTest.save() {
        onNode(hasText(said("save")) and hasClickAction()).performScrollTo().performSemanticsAction(SemanticsActions.OnClick)
        waitForIdle()
    }

    private fun AppUnderTest.entries() = core { it.journalEntries() }

    @Test
    fun aFirstEntryIsWrittenForTodayFromTheJournalTab() = runApp { app ->
        openJournal()
        onNodeWithText("Your journal").assertExists()
        tap("Write an entry")
        onNodeWithText("Day: November 22, 2026", substring = true).assertExists()
        field("Your entry").performTextInput("First page.\nThe meeting helped more than I thought.")
        save()
        val saved = app.entries().single().entry
        assertEquals(JournalEntry(LocalDate.of(2026, 11, 22), null, "First page.\nThe meeting helped more than I thought."), saved)
        // Back on the tab, under today's date, and said on the snackbar without its words.
        onNodeWithText("Sunday, November 22, 2026").assertExists()
        onNodeWithText("First page.", substring = true).assertExists()
        onNodeWithText("Saved in your journal.").assertExists()
    }

    @Test
    fun aTimeCanBeAdded() = runApp { app ->
        openJournal()
        tap("Write an entry")
        tap("Add the time")
        // Today, the time offered is now (11:30 in Chicago), never a time still to come.
        onNodeWithText("Time: 11:30 AM", substring = true).assertExists()
        field("Your entry").performTextInput("Before the meeting.")
        save()
        assertEquals(LocalTime.of(11, 30), app.entries().single().entry.time)
        onNodeWithText("Sunday, November 22, 2026 at 11:30 AM").assertExists()
    }

    @Test
    fun entriesAreListedNewestFirstUnderTheirDays() = runApp(seed = ::withJournal) {
        openJournal()
        assertOrder(
            listOf(
                "Sunday, November 22, 2026 at 8:10 AM",
                "Sunday, November 22, 2026",
                "Friday, November 20, 2026 at 9:40 PM",
                "Saturday, November 14, 2026",
            ),
        )
    }

    @Test
    fun searchFindsAsYouTypeIgnoringCaseAndAccentsAndStoresNothing() = runApp(seed = ::withJournal) { app ->
        openJournal()
        val before = storeBytes(app)
        field("Search your journal").performTextInput("MANANA")
        onNodeWithText("1 entry matches.").assertExists()
        onNodeWithText("Mañana voy a la reunión", substring = true).assertExists()
        onNodeWithText("Woke up before the alarm", substring = true).assertDoesNotExist()
        field("Search your journal").performTextReplacement("jordan")
        onNodeWithText("1 entry matches.").assertExists()
        // "the" is in every entry ("Therapy" too).
        field("Search your journal").performTextReplacement("the")
        onNodeWithText("4 entries match.").assertExists()
        field("Search your journal").performTextReplacement("methadone clinic")
        onNodeWithText("Nothing in your journal matches.").assertExists()
        onNodeWithText("Write an entry").assertExists()
        // A search reads; nothing of it reaches the store's files.
        assertTrue("a search changed the store", before.contentDeepEquals(storeBytes(app)))
        tap("Clear the search")
        onNodeWithText("Woke up before the alarm", substring = true).assertExists()
    }

    @Test
    fun aTooLongSearchIsRefusedUnderTheSearchField() = runApp(seed = ::withJournal) {
        openJournal()
        field("Search your journal").performTextInput("a".repeat(201))
        field("Search your journal").assert(hasText("Search for up to 200 characters, on one line."))
    }

    @Test
    fun changingAnEntryKeepsTheEarlierVersionInTheAudit() = runApp(seed = ::withJournal) { app ->
        openJournal()
        change("Friday, November 20, 2026")
        onNodeWithText("Change an entry").assertExists()
        field("Your entry").performTextReplacement("Hard evening, but I walked by the river.")
        save()
        val changed = app.entries().first { it.entry.date == LocalDate.of(2026, 11, 20) }
        assertEquals("Hard evening, but I walked by the river.", changed.entry.text)
        assertEquals(LocalTime.of(21, 40), changed.entry.time)
        val audit = app.core { it.journalEntryAudit() }.single()
        assertEquals(AuditChange.EDITED, audit.change)
        assertTrue(audit.previous.text.startsWith("Hard evening. Walked by the river"))
        onNodeWithText("Saved. The earlier version stays in the journal's sealed audit trail.").assertExists()
        reveal(hasText("Changed on Nov 22, 2026"))
    }

    @Test
    fun deletingAsksFirstAndKeepsTheEntryInTheAudit() = runApp(seed = ::withJournal) { app ->
        openJournal()
        change("Sunday, November 22, 2026")
        tap("Delete this entry")
        onNodeWithText("Delete this entry?").assertExists()
        onNodeWithText("stays in the journal's sealed audit trail", substring = true).assertExists()
        press("Cancel")
        assertEquals(4, app.entries().size)
        tap("Delete this entry")
        press("Delete")
        assertEquals(3, app.entries().size)
        val audit = app.core { it.journalEntryAudit() }.single()
        assertEquals(AuditChange.DELETED, audit.change)
        assertTrue(audit.previous.text.startsWith("Woke up before the alarm"))
        onNodeWithText("Deleted. What it said stays in the sealed audit trail.").assertExists()
        onNodeWithText("Woke up before the alarm", substring = true).assertDoesNotExist()
    }

    @Test
    fun eachRefusalShowsUnderItsFieldAndNothingIsStored() = runApp(seed = ::withJournal) { app ->
        val before = app.entries()
        openJournal()
        tap("Write an entry")
        save()
        field("Your entry").assertIsFocused().assert(hasText("Write something first."))
        assertEquals(before, app.entries())

        field("Your entry").performTextInput("Pasted\tfrom a note")
        save()
        field("Your entry").assert(hasText("invisible character", substring = true))
        assertEquals(before, app.entries())

        field("Your entry").performTextReplacement("x".repeat(5_001))
        save()
        field("Your entry").assertIsFocused().assert(hasText("An entry holds up to 5,000 characters", substring = true))
        assertEquals(before, app.entries())
    }

    @Test
    fun theCounterAppearsNearTheLimit() = runApp(seed = ::withJournal) {
        openJournal()
        tap("Write an entry")
        field("Your entry").performTextInput("x".repeat(4_499))
        onNodeWithText("characters", substring = true).assertDoesNotExist()
        // An emoji is one character to the core (and here), not two UTF-16 units.
        field("Your entry").performTextReplacement("x".repeat(4_499) + "\uD83C\uDF31")
        field("Your entry").assert(hasText("4,500 of 5,000 characters"))
        field("Your entry").performTextReplacement("x".repeat(5_002))
        field("Your entry").assert(hasText("5,002 of 5,000 characters: 2 too many"))
    }

    @Test
    fun noEntryWordsReachANotification() = runApp(seed = ::withJournal) { app ->
        openJournal()
        tap("Write an entry")
        field("Your entry").performTextInput("Secret words for nobody")
        save()
        assertEquals(5, app.entries().size)
        val scheduled = app.phone.notifications.scheduled.values
        assertTrue("the seeded plan schedules notifications", scheduled.isNotEmpty())
        scheduled.forEach { planned -> assertTrue(planned.toString(), "Secret" !in planned.toString()) }
    }

    @Test
    fun aSpanishPhoneSearchesWithoutAccents() = runApp(variant = ScreenVariant.Spanish, seed = ::withJournal) {
        openJournal()
        onNodeWithText("Diario").assertExists()
        field("Buscar en tu diario").performTextInput("reunion")
        onNodeWithText("Coincide 1 entrada.").assertExists()
        onNodeWithText("Mañana voy a la reunión", substring = true).assertExists()
        onNodeWithText("Woke up before the alarm", substring = true).assertDoesNotExist()
    }

    @Test
    fun theJournalIsAccessibleAtTheLargestFont() = runApp(variant = ScreenVariant.Large, seed = ::withJournal) {
        openJournal()
        assertAccessible()
    }

    @Test
    fun theEmptyJournalIsAccessibleAtTheLargestFont() = runApp(variant = ScreenVariant.Large) {
        openJournal()
        assertAccessible()
    }

    @Test
    fun theEditorIsAccessibleAtTheLargestFont() = runApp(variant = ScreenVariant.Large, seed = ::withJournal) {
        openJournal()
        change("Sunday, November 22, 2026")
        assertAccessible()
    }

    @Test
    fun screenshots() {
        writeAppScreenshots("journal", seed = ::withJournal) { openJournal() }
        writeAppScreenshots("journal-empty") { openJournal() }
        writeAppScreenshots("journal-entry", seed = ::withJournal) {
            openJournal()
            // Through the button's action: at the largest text the button is below the fold.
            onAllNodesWithText(said("journal_entry_change"))[0].performSemanticsAction(SemanticsActions.OnClick)
        }
        writeAppScreenshots("journal-search-none", seed = ::withJournal) {
            openJournal()
            field(said("journal_search")).performTextInput("methadone clinic")
        }
    }
}

/**
 * Opens Progress's Journal tab, through the tab's action: a tap would leave the desktop
 * window's hover highlight on it in the screenshots.
 */
fun SkikoComposeUiTest.openJournal() {
    openProgress()
    onNode(hasText(said("journal_tab")) and hasClickAction()).performSemanticsAction(SemanticsActions.OnClick)
    waitForIdle()
}

/** Scrolls the journal's lazy list until a node matching [matcher] is composed and shown. */
private fun SkikoComposeUiTest.reveal(matcher: SemanticsMatcher) {
    onNode(hasScrollToNodeAction()).performScrollToNode(matcher)
    waitForIdle()
}

/** Opens the first entry (the newest) of [day] for changing or deleting, by its TalkBack label. */
private fun SkikoComposeUiTest.change(day: String) {
    val button = hasContentDescription("Change or delete the entry of $day")
    reveal(button)
    onAllNodes(button)[0].performClick()
    waitForIdle()
}

/**
 * [texts] are shown from top to bottom in this order: each next one, scrolled into view at the
 * bottom, lies below the one before it (still in view: an entry is shorter than the screen).
 */
private fun SkikoComposeUiTest.assertOrder(texts: List<String>) {
    texts.zipWithNext().forEach { (upper, lower) ->
        reveal(hasText(lower))
        val top = onNodeWithText(upper).fetchSemanticsNode().positionInRoot.y
        val below = onNodeWithText(lower).fetchSemanticsNode().positionInRoot.y
        assertTrue("$upper should come before $lower", top < below)
    }
}

/** The store's files as bytes, to compare before and after something that must only read. */
private fun storeBytes(app: AppUnderTest): Array<ByteArray> =
    listOf("cairn.db", "cairn.db-wal").map { File(app.phone.store.folder, it) }.filter { it.exists() }.map { it.readBytes() }.toTypedArray()

/** The lived-in store with four journal entries over the last ten days, two of them today. */
private fun withJournal(phone: FakePhone) {
    phone.store.openWithPlatformKey(phone.clock.zone().id).use {
        Seed.lived(it, phone)
        val now = phone.clock.now()
        listOf(
            JournalEntry(
                LocalDate.of(2026, 11, 14),
                null,
                "Therapy homework: three things that went right this week. Slept through twice. Called my sister. Cooked instead of ordering.",
            ),
            JournalEntry(
                LocalDate.of(2026, 11, 20),
                LocalTime.of(21, 40),
                "Hard evening. Walked by the river instead of answering that text.\nMañana voy a la reunión de las siete.",
            ),
            JournalEntry(LocalDate.of(2026, 11, 22), null, "Jordan says to write the letter even if I never send it. Maybe tonight."),
            JournalEntry(
                LocalDate.of(2026, 11, 22),
                LocalTime.of(8, 10),
                "Woke up before the alarm and did not reach for my phone first. Small win. Meeting at noon.",
            ),
        ).forEach { entry -> it.addJournalEntry(entry, now) }
    }
}
