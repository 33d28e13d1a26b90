//! `cairn journal`: the person's journal in the terminal (not `cairn journey`, which is about
//! clean time). Write, list, edit, remove and search entries; the core seals, dates, orders and
//! searches them, and keeps every earlier version.

use std::io::Read;

use cairn_core::RecordId;
use cairn_core::calendar::{local_date, parse_date, parse_time};
use cairn_core::companion::records::AuditChange;
use cairn_core::companion::{JournalEntryAudit, JournalEntryView};
use cairn_core::journal_entry::{JournalEntry, TEXT_MAX_CHARS};
use serde_json::json;

use crate::args::JournalAction;
use crate::context::Context;
use crate::output::{CliError, emit};
use crate::text::{f, t};

/// `cairn journal …`.
pub fn run(context: &Context, action: &JournalAction) -> Result<(), CliError> {
    match action {
        JournalAction::Add { text, date, time } => {
            add(context, text.as_deref(), date.as_deref(), time.as_deref())
        }
        JournalAction::List { audit } => list(context, *audit),
        JournalAction::Edit {
            id,
            text,
            date,
            time,
            clear_time,
        } => edit(
            context,
            id,
            text.as_deref(),
            date.as_deref(),
            time.as_deref(),
            *clear_time,
        ),
        JournalAction::Remove { id } => remove(context, id),
        JournalAction::Search { query } => search(context, query),
    }
}

/// The text from standard input, read no further than an over-long entry needs to be refused
/// (4 bytes a character at most, and one more).
fn stdin_text() -> Result<String, CliError> {
    let limit = u64::try_from(TEXT_MAX_CHARS * 4 + 1).unwrap_or(u64::MAX);
    let mut bytes = Vec::new();
    std::io::stdin()
        .take(limit)
        .read_to_end(&mut bytes)
        .map_err(|error| CliError::Core(error.into()))?;
    String::from_utf8(bytes)
        .map_err(|_| CliError::Core(cairn_core::Error::invalid("text", "not UTF-8 text")))
}

fn add(
    context: &Context,
    text: Option<&str>,
    date: Option<&str>,
    time: Option<&str>,
) -> Result<(), CliError> {
    let text = match text {
        Some(text) => text.to_owned(),
        None => stdin_text()?,
    };
    let time = time.map(parse_time).transpose()?;
    let date = date.map(parse_date).transpose()?;
    let mut companion = context.open()?;
    let date = match date {
        Some(date) => date,
        None => local_date(context.now, companion.zone()?),
    };
    let entry = JournalEntry { date, time, text };
    let id = companion.add_journal_entry(entry, context.now)?;
    emit(context.json, &json!({ "id": id }), || {
        f("journal-added", &[("id", (&id.to_string()).into())])
    })
}

/// One entry for people: its day (and time) and id, then its text, indented.
fn entry_text(entry: &JournalEntry, id: Option<RecordId>) -> String {
    let mut head = entry.date.to_string();
    if let Some(time) = entry.time {
        head.push_str(&format!(" {}", time.format("%H:%M")));
    }
    if let Some(id) = id {
        head.push_str(&format!("  ({id})"));
    }
    let body: Vec<String> = entry.text.lines().map(|line| format!("  {line}")).collect();
    format!("{head}\n{}\n", body.join("\n"))
}

fn entries_text(entries: &[JournalEntryView], empty_id: &str) -> String {
    if entries.is_empty() {
        return t(empty_id);
    }
    let shown: Vec<String> = entries
        .iter()
        .map(|view| entry_text(&view.entry, Some(view.id)))
        .collect();
    shown.join("\n")
}

fn audit_text(audit: &[JournalEntryAudit]) -> String {
    let mut out = format!("\n{}\n", t("journal-audit-header"));
    if audit.is_empty() {
        out.push_str(&format!("  {}\n", t("journal-audit-empty")));
    }
    for change in audit {
        let word = t(match change.change {
            AuditChange::Edited => "journal-audit-edited",
            AuditChange::Deleted => "journal-audit-removed",
        });
        out.push_str(&format!(
            "\n{} {} ({}):\n",
            word,
            change.at.format("%Y-%m-%d %H:%M UTC"),
            change.entry_id
        ));
        out.push_str(&entry_text(&change.previous, None));
    }
    out
}

fn list(context: &Context, with_audit: bool) -> Result<(), CliError> {
    let companion = context.open()?;
    let entries = companion.journal_entries()?;
    let audit = if with_audit {
        Some(companion.journal_entry_audit()?)
    } else {
        None
    };
    let mut value = json!({ "entries": entries });
    if let Some(audit) = &audit {
        value["audit"] = json!(audit);
    }
    emit(context.json, &value, || {
        let mut out = entries_text(&entries, "journal-empty");
        if let Some(audit) = &audit {
            out.push_str(&audit_text(audit));
        }
        out
    })
}

fn edit(
    context: &Context,
    id: &str,
    text: Option<&str>,
    date: Option<&str>,
    time: Option<&str>,
    clear_time: bool,
) -> Result<(), CliError> {
    let id: RecordId = id.parse()?;
    let date = date.map(parse_date).transpose()?;
    let time = time.map(parse_time).transpose()?;
    let mut companion = context.open()?;
    let current = companion
        .journal_entries()?
        .into_iter()
        .find(|view| view.id == id)
        .ok_or(cairn_core::Error::NotFound {
            what: "journal entry",
        })?
        .entry;
    let entry = JournalEntry {
        date: date.unwrap_or(current.date),
        time: if clear_time {
            None
        } else {
            time.or(current.time)
        },
        text: text.map_or(current.text, str::to_owned),
    };
    companion.edit_journal_entry(id, entry, context.now)?;
    emit(context.json, &json!({ "id": id }), || t("journal-edited"))
}

fn remove(context: &Context, id: &str) -> Result<(), CliError> {
    let id: RecordId = id.parse()?;
    context.open()?.delete_journal_entry(id, context.now)?;
    emit(context.json, &json!({ "id": id }), || t("journal-removed"))
}

fn search(context: &Context, query: &str) -> Result<(), CliError> {
    let found = context.open()?.search_journal(query)?;
    emit(context.json, &json!({ "entries": found }), || {
        entries_text(&found, "journal-no-match")
    })
}
