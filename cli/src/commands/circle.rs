//! Contacts and the reach-out chain in the terminal.

use cairn_core::RecordId;
use cairn_core::contact::{
    ChainEntry, ChainRole, Channel, Contact, ContactRole, LineKind, NewContact,
};
use serde_json::{Value, json};

use crate::args::{ContactAdd, ContactEdit, ContactsAction, Switch};
use crate::context::Context;
use crate::output::{CliError, emit};
use crate::text::{f, t};

/// `cairn contacts ...`.
pub fn contacts(context: &Context, action: &ContactsAction) -> Result<(), CliError> {
    let mut companion = context.open()?;
    match action {
        ContactsAction::Add(add) => {
            let id = companion.add_contact(new_contact(add)?, add.primary)?;
            return emit(context.json, &json!({ "contact_id": id }), || {
                f("contacts-added", &[("id", (&id.to_string()).into())])
            });
        }
        ContactsAction::Edit(edit) => {
            let id: RecordId = edit.id.parse()?;
            let current = companion
                .contacts()?
                .into_iter()
                .find(|view| view.id == id)
                .ok_or(cairn_core::Error::NotFound { what: "contact" })?;
            let primary = edit.primary.map(|s| matches!(s, Switch::On));
            companion.edit_contact(id, edited_contact(edit, current.contact)?, primary)?;
        }
        ContactsAction::Remove { id } => companion.remove_contact(id.parse()?)?,
        ContactsAction::List => {}
    }
    let contacts = companion.contacts()?;
    emit(context.json, &contacts, || {
        let mut table = super::journal::table(&[
            "contacts-name",
            "contacts-role",
            "contacts-call",
            "contacts-text",
            "header-id",
        ]);
        for view in &contacts {
            let role = if view.contact.primary {
                t("role-primary-sponsor")
            } else {
                role_word(view.contact.role)
            };
            table.add_row([
                view.contact.name.clone(),
                role,
                view.tel_uri.clone(),
                view.sms_uri.clone().unwrap_or_default(),
                view.id.to_string(),
            ]);
        }
        table.to_string()
    })
}

/// A contact's role in the person's language.
fn role_word(role: ContactRole) -> String {
    t(match role {
        ContactRole::Sponsor => "role-sponsor",
        ContactRole::Backup => "role-backup",
        ContactRole::Counselor => "role-counselor",
        ContactRole::PrescriberOrClinic => "role-prescriber-or-clinic",
        ContactRole::Pharmacy => "role-pharmacy",
        ContactRole::Family => "role-family",
        ContactRole::Friend => "role-friend",
        ContactRole::Peer => "role-peer",
    })
}

/// Who an entry of the chain is, in the person's language.
fn chain_role_word(role: ChainRole) -> String {
    match role {
        ChainRole::Contact(role) => role_word(role),
        ChainRole::Line(LineKind::CrisisLine) => t("role-crisis-line"),
        ChainRole::Line(LineKind::Emergency) => t("role-emergency"),
    }
}

/// The contact `cairn contacts add` describes.
fn new_contact(add: &ContactAdd) -> Result<NewContact, CliError> {
    Ok(NewContact {
        name: add.name.clone(),
        phone: add.phone.clone(),
        role: ContactRole::parse(&add.role)?,
        can_text: add.can_text,
        note: add.note.clone(),
    })
}

/// `current` with what `cairn contacts edit` changes; what it leaves out stays.
fn edited_contact(edit: &ContactEdit, current: Contact) -> Result<NewContact, CliError> {
    Ok(NewContact {
        name: edit.name.clone().unwrap_or(current.name),
        phone: edit
            .phone
            .clone()
            .unwrap_or_else(|| current.phone.canonical()),
        role: edit
            .role
            .as_deref()
            .map(ContactRole::parse)
            .transpose()?
            .unwrap_or(current.role),
        can_text: edit
            .can_text
            .map_or(current.can_text, |s| matches!(s, Switch::On)),
        note: edit.note.clone().or(current.note),
    })
}

/// One chain entry as `cairn reach-out --json` prints it.
fn entry_json(entry: &ChainEntry) -> Value {
    let mut value = json!({
        "name": entry.who,
        "role": entry.role,
        "tel_uri": entry.tel_uri,
        "contact_id": entry.contact,
        "line_id": entry.line,
    });
    if let Some(sms) = &entry.sms_uri {
        value["sms_uri"] = json!(sms);
    }
    value
}

/// `cairn reach-out [--log ID] [--text]`.
pub fn reach_out(context: &Context, log: Option<&str>, text: bool) -> Result<(), CliError> {
    let mut companion = context.open()?;
    let chain = companion.reach_out_chain()?;
    let logged = match log {
        None => None,
        Some(id) => {
            let index = chain
                .entries
                .iter()
                .position(|entry| {
                    entry.line.as_deref() == Some(id)
                        || entry.contact.is_some_and(|c| c.to_string() == id)
                })
                .ok_or(cairn_core::Error::NotFound {
                    what: "chain entry",
                })?;
            let channel = if text { Channel::Text } else { Channel::Call };
            Some(companion.log_reach_out(index, channel, context.now)?)
        }
    };
    let value = json!({
        "chain": chain.entries.iter().map(entry_json).collect::<Vec<_>>(),
        "note": chain.note,
        "logged": logged.as_ref().map(|action| action.key()),
        "reasons": chain.reasons,
    });
    emit(context.json, &value, || {
        let mut out = String::new();
        if let Some(action) = logged {
            out.push_str(&f(
                "reach-out-logged",
                &[("action", (&super::checkins::tag_word(action.key())).into())],
            ));
            out.push_str("\n\n");
        }
        for (number, entry) in chain.entries.iter().enumerate() {
            out.push_str(&format!(
                "{}. {} ({}): {}",
                number + 1,
                entry.who,
                chain_role_word(entry.role),
                entry.tel_uri
            ));
            if let Some(sms) = &entry.sms_uri {
                out.push_str("  ");
                out.push_str(&f("reach-out-text", &[("link", sms.into())]));
            }
            out.push('\n');
        }
        if let Some(note) = chain.note {
            out.push_str(&note);
        }
        out.push_str(super::reasons::reasons_text(&chain.reasons).trim_end());
        out
    })
}
