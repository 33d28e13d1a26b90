// The contact form: name, number, role, whether they take texts, a note and, for a sponsor,
// whether they are the first call. The core validates; its problem shows beside the field it
// names, and everything typed stays as it was so one fix is enough.
package app.cairn.android.ui.screens.help

import androidx.compose.foundation.layout.Arrangement
import androidx.compose.foundation.layout.Column
import androidx.compose.foundation.layout.fillMaxWidth
import androidx.compose.foundation.relocation.BringIntoViewRequester
import androidx.compose.foundation.relocation.bringIntoViewRequester
import androidx.compose.foundation.layout.heightIn
import androidx.compose.material3.Button
import androidx.compose.material3.ButtonDefaults
import androidx.compose.material3.MaterialTheme
import androidx.compose.material3.OutlinedButton
import androidx.compose.material3.Text
import androidx.compose.runtime.Composable
import androidx.compose.runtime.LaunchedEffect
import androidx.compose.runtime.getValue
import androidx.compose.runtime.mutableStateOf
import androidx.compose.runtime.remember
import androidx.compose.runtime.rememberCoroutineScope
import androidx.compose.runtime.saveable.rememberSaveable
import androidx.compose.runtime.setValue
import androidx.compose.ui.Modifier
import androidx.compose.ui.focus.FocusRequester
import androidx.compose.ui.focus.focusRequester
import androidx.compose.ui.text.input.KeyboardType
import androidx.compose.ui.unit.dp
import app.cairn.android.ui.components.ConfirmDialog
import app.cairn.android.ui.components.PrivateTextField
import app.cairn.android.ui.components.RadioChoice
import app.cairn.android.ui.components.SectionCard
import app.cairn.android.ui.components.SwitchRow
import app.cairn.android.ui.session.CairnSession
import app.cairn.android.ui.session.Outcome
import app.cairn.android.ui.text.roleName
import app.cairn.android.ui.text.str
import app.cairn.core.Contact
import app.cairn.core.ContactRole
import app.cairn.core.NewContact
import kotlinx.coroutines.launch

/** The text fields, which take the focus when the core refuses what is in them. */
private val fieldsWithFocus = listOf("name", "phone", "note")

/** Fields the form shows its own problems under; any other problem shows above Save. */
private val formFields = fieldsWithFocus + "primary"

/** Edits [initial] (the contact [contactId]), or adds someone new when both are null. */
@Composable
fun ContactForm(session: CairnSession, contactId: String?, initial: Contact?, onBack: () -> Unit) {
    var name by rememberSaveable { mutableStateOf(initial?.name.orEmpty()) }
    var phone by rememberSaveable { mutableStateOf(initial?.phone.orEmpty()) }
    var role by rememberSaveable { mutableStateOf(initial?.role ?: ContactRole.FRIEND) }
    var canText by rememberSaveable { mutableStateOf(initial?.canText ?: true) }
    var note by rememberSaveable { mutableStateOf(initial?.note.orEmpty()) }
    var primary by rememberSaveable { mutableStateOf(initial?.primary ?: false) }
    var problem by rememberProblem()
    var confirmRemove by rememberSaveable { mutableStateOf(false) }
    val scope = rememberCoroutineScope()
    // Save is at the foot of a long form: the field the core refused is brought back into view.
    // Name and number come into view together, so the person sees both are still as typed.
    val identity = remember { BringIntoViewRequester() }
    val noteView = remember { BringIntoViewRequester() }
    val focus = remember { fieldsWithFocus.associateWith { FocusRequester() } }
    LaunchedEffect(problem) {
        val field = problem?.field ?: return@LaunchedEffect
        val requester = focus[field] ?: return@LaunchedEffect
        (if (field == "note") noteView else identity).bringIntoView()
        requester.requestFocus()
    }

    Column(Modifier.bringIntoViewRequester(identity), verticalArrangement = Arrangement.spacedBy(16.dp)) {
        PrivateTextField(
            value = name,
            onValueChange = { name = it },
            label = str("contact_name"),
            modifier = Modifier.focusRequester(focus.getValue("name")),
            error = problem.about("name"),
        )
        PrivateTextField(
            value = phone,
            onValueChange = { phone = it },
            label = str("contact_phone"),
            modifier = Modifier.focusRequester(focus.getValue("phone")),
            error = problem.about("phone"),
            keyboardType = KeyboardType.Phone,
        )
    }
    SectionCard(title = str("contact_role")) {
        // All eight at once, so nothing hides in a menu at large font sizes.
        RadioChoice(
            options = ContactRole.entries,
            selected = role,
            onSelect = { role = it },
            label = { roleName(it) },
            labelStyle = MaterialTheme.typography.bodyLarge,
        )
    }
    SwitchRow(
        label = str("contact_can_text"),
        supportingText = str("contact_can_text_detail"),
        checked = canText,
        onCheckedChange = { canText = it },
    )
    // Only a sponsor can be the first call; the choice is not offered for anyone else.
    if (role == ContactRole.SPONSOR) {
        SwitchRow(
            label = str("contact_primary"),
            supportingText = str("contact_primary_detail"),
            checked = primary,
            onCheckedChange = { primary = it },
        )
        problem?.takeIf { it.field == "primary" }?.let {
            Text(str("contact_error_primary"), color = MaterialTheme.colorScheme.error)
        }
    }
    PrivateTextField(
        value = note,
        onValueChange = { note = it },
        label = str("contact_note"),
        modifier = Modifier.bringIntoViewRequester(noteView).focusRequester(focus.getValue("note")),
        error = problem.about("note"),
        singleLine = false,
        minLines = 2,
    )
    problem?.takeIf { it.field !in formFields }?.let {
        Text(str(it.message), color = MaterialTheme.colorScheme.error)
    }
    Button(
        onClick = {
            val contact = NewContact(name, phone, role, canText, note.takeIf { it.isNotBlank() })
            val first = role == ContactRole.SPONSOR && primary
            scope.launch {
                val outcome = session.write { companion ->
                    if (contactId == null) companion.addContact(contact, first) else companion.editContact(contactId, contact, first)
                }
                // The list the person returns to shows the change; no message needs to cover it.
                when (outcome) {
                    is Outcome.Done -> onBack()
                    is Outcome.Failed -> problem = outcome.problem
                }
            }
        },
        modifier = Modifier.fillMaxWidth().heightIn(min = 48.dp),
    ) { Text(str("save")) }
    if (contactId != null && initial != null) {
        OutlinedButton(
            onClick = { confirmRemove = true },
            modifier = Modifier.fillMaxWidth().heightIn(min = 48.dp),
            colors = ButtonDefaults.outlinedButtonColors(contentColor = MaterialTheme.colorScheme.error),
        ) { Text(str("contact_remove")) }
    }
    if (confirmRemove && contactId != null && initial != null) {
        ConfirmDialog(
            title = str("contact_remove_title", initial.name),
            confirm = str("contact_remove_confirm"),
            destructive = true,
            onDismiss = { confirmRemove = false },
            onConfirm = {
                confirmRemove = false
                scope.launch {
                    when (val outcome = session.write { it.removeContact(contactId) }) {
                        is Outcome.Done -> onBack()
                        is Outcome.Failed -> problem = outcome.problem
                    }
                }
            },
        ) { Text(str("contact_remove_body")) }
    }
}

