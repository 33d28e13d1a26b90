// The person's circle over a lived-in store: adding someone, changing their role and number,
// making them the primary sponsor (which puts them first on the chain and on Help), removing
// someone, and a number the core refuses, shown under the phone field with nothing typed lost.
package app.cairn.android.ui.screens.help

import androidx.compose.ui.test.SkikoComposeUiTest
import androidx.compose.ui.semantics.SemanticsActions
import androidx.compose.ui.test.assert
import androidx.compose.ui.test.performSemanticsAction
import androidx.compose.ui.test.assertIsDisplayed
import androidx.compose.ui.test.assertIsFocused
import androidx.compose.ui.test.assertIsSelected
import androidx.compose.ui.test.hasClickAction
import androidx.compose.ui.test.hasSetTextAction
import androidx.compose.ui.test.hasText
import androidx.compose.ui.test.isSelectable
import androidx.compose.ui.test.isToggleable
import androidx.compose.ui.test.onAllNodesWithText
import androidx.compose.ui.test.onNodeWithContentDescription
import androidx.compose.ui.test.onNodeWithText
import androidx.compose.ui.test.performClick
import androidx.compose.ui.test.performScrollTo
import androidx.compose.ui.test.performTextInput
import androidx.compose.ui.test.performTextReplacement
import app.cairn.android.ui.navigation.Route
import app.cairn.android.ui.testing.ScreenVariant
import app.cairn.android.ui.testing.assertAccessible
import app.cairn.android.ui.testing.core
import app.cairn.android.ui.testing.runApp
import app.cairn.android.ui.testing.said
import app.cairn.android.ui.testing.writeAppScreenshots
import app.cairn.core.ContactRole
import org.junit.Assert.assertEquals
import org.junit.Assert.assertFalse
import org.junit.Assert.assertTrue
import org.junit.Test

class ContactsScreenTest {
    private fun SkikoComposeUiTest.field(label: String) = onNode(hasSetTextAction() and hasText(label))

    private fun SkikoComposeUiTest.save() {
        onNodeWithText("Save").performScrollTo().performClick()
        waitForIdle()
    }

    @Test
    fun showsTheCircleInOrderWithThePrimarySponsorMarked() = runApp { app ->
        openFromHelp(app, Route.Contacts)
        onNodeWithText("Primary sponsor").assertExists()
        onNodeWithText("Calls back within the hour").assertExists()
        onNodeWithText("Call Alex").performScrollTo().performClick()
        waitForIdle()
        assertEquals(listOf("tel:+15550109921"), app.phone.dialer.opened)
        onNodeWithContentDescription("Change Dr. Rivera's clinic").performScrollTo().performClick()
        waitForIdle()
        field("Name").assert(hasText("Dr. Rivera's clinic"))
        field("Note (optional)").assert(hasText("Mon–Fri"))
    }

    @Test
    fun addEditAndMakePrimaryChangesTheChain() = runApp { app ->
        openFromHelp(app, Route.Contacts)
        onNode(hasText("Add someone") and hasClickAction()).performClick()
        waitForIdle()
        field("Name").performTextInput("Sam")
        field("Phone number").performTextInput("555 010 7788")
        save()
        val added = app.core { c -> c.contacts().first { it.contact.name == "Sam" }.contact }
        assertEquals(ContactRole.FRIEND, added.role)
        assertEquals("5550107788", added.phone)
        onNodeWithText("Sam").performScrollTo().assertExists()

        onNodeWithContentDescription("Change Sam").performScrollTo().performClick()
        waitForIdle()
        onNode(hasText("Sponsor") and isSelectable()).performScrollTo().performClick()
        field("Phone number").performTextReplacement("555 010 7799")
        save()
        val edited = app.core { c -> c.contacts().first { it.contact.name == "Sam" }.contact }
        assertEquals(ContactRole.SPONSOR, edited.role)
        assertEquals("5550107799", edited.phone)
        assertFalse(edited.primary)
        assertEquals("Jordan", app.core { it.reachOutChain().entries.first().who })

        onNodeWithContentDescription("Change Sam").performScrollTo().performClick()
        waitForIdle()
        onNode(hasText("Primary sponsor") and isToggleable()).performScrollTo().performClick()
        save()
        val chain = app.core { c -> c.reachOutChain().entries.map { it.who } }
        // Sam is first now; Jordan stays on the chain with the others, after the backup.
        assertEquals(listOf("Sam", "Alex", "Jordan"), chain.take(3))
        assertTrue(app.core { c -> c.contacts().single { it.contact.primary }.contact.name == "Sam" })
        // Help's large button now calls Sam.
        openHelp()
        onAllNodesWithText("Call Sam")[0].performClick()
        waitForIdle()
        assertEquals(listOf("tel:5550107799"), app.phone.dialer.opened)
    }

    @Test
    fun aBadNumberIsShownUnderThePhoneFieldAndNothingTypedIsLost() = runApp { app ->
        openFromHelp(app, Route.ContactEdit(null))
        field("Name").performTextInput("Sam")
        field("Phone number").performTextInput("call me")
        onNode(hasText("Peer") and isSelectable()).performScrollTo().performClick()
        field("Note (optional)").performScrollTo().performTextInput("From the Tuesday meeting")
        save()
        // The signs are joined by no-break spaces, so a line never ends between them.
        val error = "That number cannot be dialled. Use digits and spaces, and only these signs:\u00A0+\u00A0(\u00A0)\u00A0-"
        // The refused field takes the focus, which brings it back into view above the Save button.
        field("Phone number").assertIsFocused().assertIsDisplayed().assert(hasText(error)).assert(hasText("call me"))
        field("Name").assert(hasText("Sam")).assert(hasText(error).not())
        field("Note (optional)").assert(hasText("From the Tuesday meeting"))
        onNode(hasText("Peer") and isSelectable()).assertIsSelected()
        assertFalse(app.core { c -> c.contacts().any { it.contact.name == "Sam" } })

        field("Phone number").performTextReplacement("555 010 7788")
        save()
        assertEquals(ContactRole.PEER, app.core { c -> c.contacts().first { it.contact.name == "Sam" }.contact.role })
    }

    @Test
    fun removingSomeoneAsksFirst() = runApp { app ->
        openFromHelp(app, Route.ContactEdit(app.contactId("Alex")))
        onNodeWithText("Remove from your people").performScrollTo().performClick()
        waitForIdle()
        onNodeWithText("Remove Alex?").assertExists()
        onNodeWithText("Remove").performClick()
        waitForIdle()
        assertFalse(app.core { c -> c.contacts().any { it.contact.name == "Alex" } })
        assertEquals(listOf("Jordan", "Dr. Rivera's clinic"), app.core { c -> c.contacts().map { it.contact.name } })
    }

    @Test
    fun contactsAccessibleAtTheLargestFont() = runApp(variant = ScreenVariant.Large) { app ->
        openFromHelp(app, Route.Contacts)
        assertAccessible()
    }

    @Test
    fun contactEditAccessibleAtTheLargestFont() = runApp(variant = ScreenVariant.Large) { app ->
        openFromHelp(app, Route.ContactEdit(app.contactId("Jordan")))
        assertAccessible()
    }

    @Test
    fun screenshots() {
        writeAppScreenshots("contacts") { app -> openFromHelp(app, Route.Contacts) }
        writeAppScreenshots("contact-edit") { app -> openFromHelp(app, Route.ContactEdit(app.contactId("Jordan"))) }
        writeAppScreenshots("contact-edit-error") { app ->
            openFromHelp(app, Route.ContactEdit(null))
            field(said("contact_name")).performTextInput("Sam")
            field(said("contact_phone")).performTextInput("call me")
            // Through the button's action, not a tap: the desktop test window would leave a
            // hover highlight on whatever the error scrolls under the spot where Save was.
            onNodeWithText(said("save")).performSemanticsAction(SemanticsActions.OnClick)
        }
    }
}
