package app.cairn.android.screens

import android.app.AlertDialog
import android.text.InputType
import app.cairn.android.MainActivity
import app.cairn.android.R
import app.cairn.android.ui.Dialer
import app.cairn.android.ui.Forms
import app.cairn.android.ui.Labels
import app.cairn.core.Contact
import app.cairn.core.ContactRole
import app.cairn.core.NewContact

/** The person's people: add, edit, call, text, remove. The core validates numbers and builds the URIs. */
class ContactsScreen(
    host: MainActivity,
) : Screen(host) {
    override fun render() {
        load({ it.contacts() }) { contacts ->
            ui.headline(s(R.string.contacts_title))
            if (contacts.isEmpty()) ui.small(s(R.string.no_contacts))
            for (contact in contacts) show(contact)
            ui.divider()
            ui.button(s(R.string.add_contact)) { host.show(ContactForm(host, null)) }
        }
    }

    private fun show(contact: Contact) {
        val role = s(Labels.role(contact.role))
        ui.text(if (contact.primary) s(R.string.contact_primary, contact.name, role) else s(R.string.contact_line, contact.name, role))
        ui.small(contact.phone + (contact.note?.let { " \u00b7 $it" } ?: ""))
        val buttons =
            mutableListOf<Triple<CharSequence, CharSequence, () -> Unit>>(
                Triple(s(R.string.call), s(R.string.call_someone_description, contact.name), { Dialer.dial(host, contact.telUri) }),
            )
        contact.smsUri?.let { sms ->
            buttons += Triple(s(R.string.text), s(R.string.text_someone_description, contact.name), { Dialer.text(host, sms) })
        }
        buttons += Triple(s(R.string.edit), s(R.string.edit_description, contact.name), { host.show(ContactForm(host, contact)) })
        buttons += Triple(s(R.string.remove), s(R.string.remove_description, contact.name), { confirmRemove(contact) })
        ui.rowWithDescriptions(*buttons.toTypedArray())
    }

    private fun confirmRemove(contact: Contact) {
        host.secureDialog(
            AlertDialog
                .Builder(host)
                .setMessage(s(R.string.remove_contact_question, contact.name))
                .setPositiveButton(R.string.remove) { _, _ ->
                    host.core({ it.removeContact(contact.id) }) {
                        host.background { host.app.resync() }
                        host.open(MainActivity.Tab.CONTACTS)
                    }
                }.setNegativeButton(R.string.cancel, null),
        )
    }
}

/** Adding ([existing] null) or editing one contact. */
class ContactForm(
    host: MainActivity,
    private val existing: Contact?,
) : Screen(host) {
    override fun render() {
        ui.headline(s(if (existing == null) R.string.add_contact else R.string.edit_contact))
        val name = ui.labelledField(R.string.contact_name, existing?.name, InputType.TYPE_CLASS_TEXT or InputType.TYPE_TEXT_VARIATION_PERSON_NAME)
        val phone = ui.labelledField(R.string.contact_phone, existing?.phone, InputType.TYPE_CLASS_PHONE)
        ui.small(s(R.string.contact_role))
        val roles = ContactRole.entries
        val role = ui.choice(roles.map { s(Labels.role(it)) }, roles.indexOf(existing?.role ?: ContactRole.SPONSOR))
        val canText = ui.check(s(R.string.contact_can_text), existing?.canText ?: true)
        val primary = ui.check(s(R.string.contact_is_primary), existing?.primary ?: false)
        val note = ui.labelledField(R.string.contact_note, existing?.note)
        ui.button(s(R.string.save)) {
            val contact =
                NewContact(
                    name = name.text.toString().trim(),
                    phone = phone.text.toString().trim(),
                    role = roles[role.indexOfFirst { it.isChecked }.coerceAtLeast(0)],
                    canText = canText.isChecked,
                    note = Forms.optional(note.text.toString()),
                )
            val id = existing?.id
            host.core({ core ->
                if (id == null) {
                    core.addContact(contact, primary.isChecked)
                } else {
                    core.editContact(id, contact, primary.isChecked)
                }
            }) {
                host.background { host.app.resync() }
                host.open(MainActivity.Tab.CONTACTS)
            }
        }
        ui.button(s(R.string.cancel)) { host.open(MainActivity.Tab.CONTACTS) }
    }
}
