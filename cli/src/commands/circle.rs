//! Contacts and the reach-out chain in the terminal.

use cairn_core::RecordId;
use cairn_core::contact::{ChainEntry, Channel, ContactRole, NewContact};
use comfy_table::{Table, presets::UTF8_FULL_CONDENSED};
use serde_json::{Value, json};

use crate::args::{ContactsAction, Switch};
use crate::context::Context;
use crate::output::{CliError, emit};

/// `cairn contacts ...`.
pub fn contacts(context: &Context, action: &ContactsAction) -> Result<(), CliError> {
    let mut companion = context.open()?;
    match action {
        ContactsAction::Add {
            name,
            phone,
            role,
            primary,
            can_text,
            note,
        } => {
            let new = NewContact {
                name: name.clone(),
                phone: phone.clone(),
                role: ContactRole::parse(role)?,
                can_text: *can_text,
                note: note.clone(),
            };
            let id = companion.add_contact(new, *primary)?;
            return emit(context.json, &json!({ "contact_id": id }), || {
                format!("Added ({id}).")
            });
        }
        ContactsAction::Edit {
            id,
            name,
            phone,
            role,
            primary,
            can_text,
            note,
        } => {
            let id: RecordId = id.parse()?;
            let current = companion
                .contacts()?
                .into_iter()
                .find(|view| view.id == id)
                .ok_or(cairn_core::Error::NotFound { what: "contact" })?;
            let new = NewContact {
                name: name.clone().unwrap_or(current.contact.name),
                phone: phone
                    .clone()
                    .unwrap_or_else(|| current.contact.phone.canonical()),
                role: role
                    .as_deref()
                    .map(ContactRole::parse)
                    .transpose()?
                    .unwrap_or(current.contact.role),
                can_text: can_text.map_or(current.contact.can_text, |s| matches!(s, Switch::On)),
                note: note.clone().or(current.contact.note),
            };
            companion.edit_contact(id, new, primary.map(|s| matches!(s, Switch::On)))?;
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
