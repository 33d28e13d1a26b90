// Your people: the person's circle in their order, which is the order of the reach-out chain
// after the primary sponsor. Each card calls or texts in one tap and opens for editing; a call
// to someone on the chain counts as reaching out, as it does on Help.
package app.cairn.android.ui.screens.help

import androidx.compose.foundation.layout.Arrangement
import androidx.compose.foundation.layout.Column
import androidx.compose.foundation.layout.Row
import androidx.compose.foundation.layout.Spacer
import androidx.compose.foundation.layout.fillMaxWidth
import androidx.compose.foundation.layout.heightIn
import androidx.compose.foundation.layout.padding
import androidx.compose.foundation.layout.size
import androidx.compose.foundation.layout.width
import androidx.compose.material.icons.Icons
import androidx.compose.material.icons.filled.Add
import androidx.compose.material.icons.filled.Edit
import androidx.compose.material.icons.filled.Star
import androidx.compose.material3.Button
import androidx.compose.material3.Card
import androidx.compose.material3.CardDefaults
import androidx.compose.material3.Icon
import androidx.compose.material3.IconButton
import androidx.compose.material3.MaterialTheme
import androidx.compose.material3.Text
import androidx.compose.runtime.Composable
import androidx.compose.runtime.getValue
import androidx.compose.runtime.rememberCoroutineScope
import androidx.compose.ui.Alignment
import androidx.compose.ui.Modifier
import androidx.compose.ui.semantics.heading
import androidx.compose.ui.semantics.semantics
import androidx.compose.ui.unit.dp
import app.cairn.android.ui.components.Loaded
import app.cairn.android.ui.components.ScreenScaffold
import app.cairn.android.ui.navigation.Navigator
import app.cairn.android.ui.navigation.Route
import app.cairn.android.ui.session.CairnSession
import app.cairn.android.ui.session.dialOrSayNoApp
import app.cairn.android.ui.session.rememberLoad
import app.cairn.android.ui.text.roleName
import app.cairn.android.ui.text.str
import app.cairn.core.ChainEntry
import app.cairn.core.Channel
import app.cairn.core.ContactView

/** The contacts, and the chain to find each one's place on it. */
data class ContactsData(val contacts: List<ContactView>, val chain: List<ChainEntry>)

@Composable
fun ContactsScreen(session: CairnSession, navigator: Navigator, onBack: () -> Unit) {
    val load by rememberLoad(session) { ContactsData(it.contacts(), it.reachOutChain().entries) }
    val scope = rememberCoroutineScope()
    ScreenScaffold(title = str("contacts_title"), onBack = onBack) {
        Loaded(load) { data ->
            Text(
                str(if (data.contacts.isEmpty()) "contacts_empty" else "contacts_body"),
                style = MaterialTheme.typography.bodyLarge,
            )
            Button(
                onClick = { navigator.go(Route.ContactEdit(null)) },
                modifier = Modifier.fillMaxWidth().heightIn(min = 48.dp),
            ) {
                Icon(Icons.Filled.Add, contentDescription = null)
                Spacer(Modifier.width(8.dp))
                Text(str("contacts_add"))
            }
            data.contacts.forEach { view ->
                val index = data.chain.indexOfFirst { it.contact == view.id }.takeIf { it >= 0 }
                ContactCard(
                    view = view,
                    onEdit = { navigator.go(Route.ContactEdit(view.id)) },
                    open = { uri, channel -> session.dialOrSayNoApp(uri, channel, index, scope) },
                )
            }
        }
    }
}

@Composable
private fun ContactCard(view: ContactView, onEdit: () -> Unit, open: (String, Channel) -> Unit) {
    val contact = view.contact
    Card(
        onClick = onEdit,
        modifier = Modifier.fillMaxWidth(),
        shape = MaterialTheme.shapes.large,
        colors = CardDefaults.cardColors(
            containerColor = MaterialTheme.colorScheme.surfaceContainer,
            contentColor = MaterialTheme.colorScheme.onSurface,
        ),
    ) {
        Column(modifier = Modifier.padding(20.dp), verticalArrangement = Arrangement.spacedBy(6.dp)) {
            Row(verticalAlignment = Alignment.Top) {
                Column(modifier = Modifier.weight(1f), verticalArrangement = Arrangement.spacedBy(4.dp)) {
                    Text(contact.name, style = MaterialTheme.typography.titleLarge, modifier = Modifier.semantics { heading() })
                    Text(roleName(contact.role), style = MaterialTheme.typography.bodyLarge)
                    if (contact.primary) PrimaryMarker()
                    Text(contact.phone, style = MaterialTheme.typography.bodyLarge)
                    val note = contact.note
                    if (note != null) {
                        Text(note, style = MaterialTheme.typography.bodyMedium, color = MaterialTheme.colorScheme.onSurfaceVariant)
                    }
                }
                IconButton(onClick = onEdit) {
                    Icon(Icons.Filled.Edit, contentDescription = str("contacts_edit_label", contact.name))
                }
            }
            CallTextButtons(contact.name, view.telUri, view.smsUri, open, Modifier.padding(top = 4.dp))
        }
    }
}

/** Marks the primary sponsor with a star and words, so colour is never the only sign. */
@Composable
private fun PrimaryMarker() {
    Row(verticalAlignment = Alignment.CenterVertically, horizontalArrangement = Arrangement.spacedBy(6.dp)) {
        Icon(
            Icons.Filled.Star,
            contentDescription = null,
            tint = MaterialTheme.colorScheme.primary,
            modifier = Modifier.size(18.dp),
        )
        Text(str("contacts_primary"), style = MaterialTheme.typography.titleSmall, color = MaterialTheme.colorScheme.primary)
    }
}
