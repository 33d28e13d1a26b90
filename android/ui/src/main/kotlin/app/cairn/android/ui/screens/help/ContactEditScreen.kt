// Adding someone to the circle, or changing or removing them. The form itself is in
// ContactForm.kt; this screen finds the contact being edited and frames the form.
package app.cairn.android.ui.screens.help

import androidx.compose.material3.MaterialTheme
import androidx.compose.material3.Text
import androidx.compose.runtime.Composable
import androidx.compose.runtime.getValue
import app.cairn.android.ui.components.ScreenScaffold
import app.cairn.android.ui.session.CairnSession
import app.cairn.android.ui.session.Load
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
        when (val state = load) {
            Load.Loading -> Unit
            is Load.Failed -> Text(str(state.problem.message), color = MaterialTheme.colorScheme.error)
            is Load.Ready -> {
                val contact = state.value
                if (contact == null) {
                    Text(str("error_not_found"), color = MaterialTheme.colorScheme.error)
                } else {
                    ContactForm(session, contactId, contact, onBack)
                }
            }
        }
    }
}
