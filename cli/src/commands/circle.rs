//! Contacts and the reach-out chain in the terminal.

use cairn_core::RecordId;
use cairn_core::contact::{ChainEntry, Channel, Contact, ContactRole, NewContact};
use comfy_table::{Table, presets::UTF8_FULL_CONDENSED};
use serde_json::{Value, json};

use crate::args::{ContactAdd, ContactEdit, ContactsAction, Switch};
use crate::context::Context;
use crate::output::{CliError, emit};

/// `cairn contacts ...`.
pub fn contacts(context: &Context, action: &ContactsAction) -> Result<(), CliError> {
    let mut companion = context.open()?;
    match action {
        ContactsAction::Add(add) => {
            let id = companion.add_contact(new_contact(add)?, add.primary)?;
            return emit(context.json, &json!({ "contact_id": id }), || {
                format!("Added ({id}).")
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
        let mut table = Table::new();
        table
            .load_preset(UTF8_FULL_CONDENSED)
            .set_header(["name", "role", "call", "text", "id"]);
        for view in &contacts {
            let role = if view.contact.primary {
                "sponsor (primary)".to_owned()
            } else {
                view.contact.role.as_str().to_owned()
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
    });
    emit(context.json, &value, || {
        let mut out = String::new();
        if let Some(action) = logged {
            out.push_str(&format!(
                "Logged. It counts as \"{}\" in today's check-in.\n\n",
                action.key().replace('_', " ")
            ));
        }
        for (number, entry) in chain.entries.iter().enumerate() {
            let role = serde_json::to_value(entry.role)
                .ok()
                .and_then(|v| v.as_str().map(str::to_owned))
                .unwrap_or_default();
            out.push_str(&format!(
                "{}. {} ({role}): {}",
                number + 1,
                entry.who,
                entry.tel_uri
            ));
            if let Some(sms) = &entry.sms_uri {
                out.push_str(&format!("  text: {sms}"));
            }
            out.push('\n');
        }
        if let Some(note) = chain.note {
            out.push_str(&note);
        }
        out
    })
}
