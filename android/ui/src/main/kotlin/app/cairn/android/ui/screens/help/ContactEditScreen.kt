// Adding someone to the circle, or changing or removing them. The form itself is in
// ContactForm.kt; this screen finds the contact being edited and frames the form.
package app.cairn.android.ui.screens.help

import androidx.compose.runtime.Composable
import androidx.compose.runtime.getValue
import app.cairn.android.ui.components.ErrorText
import app.cairn.android.ui.components.Loaded
import app.cairn.android.ui.components.ScreenScaffold
import app.cairn.android.ui.session.CairnSession
import app.cairn.android.ui.session.rememberLoad
import app.cairn.android.ui.text.str

/** [contactId] null adds someone new. */
@Composable
fun ContactEditScreen(session: CairnSession, contactId: String?, onBack: () -> Unit) {
    val title = str(if (contactId == null) "contact_add_title" else "contact_edit_title")
    ScreenScaffold(title = title, onBack = onBack) {
        if (contactId == null) {
            ContactForm(session, null, null, onBack)
            return@ScreenScaffold
        }
        val load by rememberLoad(session, contactId) { companion ->
            companion.contacts().firstOrNull { it.id == contactId }?.contact
        }
        Loaded(load) { contact ->
            if (contact == null) {
                ErrorText(str("error_not_found"))
            } else {
                ContactForm(session, contactId, contact, onBack)
            }
        }
    }
}
