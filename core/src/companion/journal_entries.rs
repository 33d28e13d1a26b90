//! The person's journal through the facade: write, edit, delete, list and search entries.
//!
//! The rules live in [`crate::journal_entry`]; this module dates entries in the person's zone,
//! seals them one record each, and keeps the audit trail: an edit or a deletion writes the
//! entry as it was in the same transaction, as edits of uses do. A search decrypts the entries
//! in memory and keeps nothing of the query.

use chrono::{DateTime, Utc};
use serde::Serialize;

use super::Companion;
use super::records::{AuditChange, JournalEntryAuditRecord, JournalEntryRecord};
use crate::error::{Error, Result};
use crate::id::RecordId;
use crate::journal_entry::{self, JournalEntry, SearchQuery};
use crate::store::{Reader, Stored};

/// A journal entry with its id, as the shells list it.
#[derive(Clone, Debug, PartialEq, Serialize)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Record))]
pub struct JournalEntryView {
    /// The entry's id (for editing or deleting it).
    pub id: RecordId,
    /// The entry.
    #[serde(flatten)]
    pub entry: JournalEntry,
    /// When it was first written.
    pub recorded_at: DateTime<Utc>,
    /// When it was last edited, if ever.
    pub edited_at: Option<DateTime<Utc>>,
}

/// One edit or deletion of a journal entry, with the entry as it was.
#[derive(Clone, Debug, PartialEq, Serialize)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Record))]
pub struct JournalEntryAudit {
    /// The entry that changed.
    pub entry_id: RecordId,
    /// Edit or deletion.
    pub change: AuditChange,
    /// When.
    pub at: DateTime<Utc>,
    /// The entry before the change.
    pub previous: JournalEntry,
}

/// Every readable entry, newest first (see [`journal_entry::newest_first`]).
fn entries_in(reader: &Reader<'_>) -> Result<Vec<JournalEntryView>> {
    let mut records = reader.list::<JournalEntryRecord>()?.records;
    records.sort_by(|a, b| {
        journal_entry::newest_first(
            (&a.value.entry, a.value.recorded_at),
            (&b.value.entry, b.value.recorded_at),
        )
        .then(a.id.cmp(&b.id))
    });
    Ok(records
        .into_iter()
        .map(|stored| JournalEntryView {
            id: stored.id,
            entry: stored.value.entry,
            recorded_at: stored.value.recorded_at,
            edited_at: stored.value.edited_at,
        })
        .collect())
}

fn entry_in(reader: &Reader<'_>, id: RecordId) -> Result<Stored<JournalEntryRecord>> {
    match reader.get::<JournalEntryRecord>(id) {
        Err(Error::NotFound { .. }) => Err(Error::NotFound {
            what: "journal entry",
        }),
        other => other,
    }
}

/// The audit entry that keeps `current` as it was before `change`.
fn audit(
    current: &Stored<JournalEntryRecord>,
    change: AuditChange,
    now: DateTime<Utc>,
) -> JournalEntryAuditRecord {
    JournalEntryAuditRecord {
        subject: current.id,
        change,
        at: now,
        previous: current.value.entry.clone(),
        import_key: current.value.import_key.clone(),
    }
}

impl Companion {
    /// Writes a journal entry and returns its id. It may be back-dated but not dated in the
    /// future in the person's zone; its text is trimmed, with line breaks as `\n`.
    pub fn add_journal_entry(
        &mut self,
        entry: JournalEntry,
        now: DateTime<Utc>,
    ) -> Result<RecordId> {
        let entry = journal_entry::prepare_entry(entry, now, self.zone()?)?;
        let record = JournalEntryRecord {
            entry,
            recorded_at: now,
            edited_at: None,
            import_key: None,
        };
        self.store.write(|writer| writer.insert(&record))
    }

    /// Replaces entry `id` (date, time and text), keeping the previous one in the audit trail.
    pub fn edit_journal_entry(
        &mut self,
        id: RecordId,
        entry: JournalEntry,
        now: DateTime<Utc>,
    ) -> Result<()> {
        let entry = journal_entry::prepare_entry(entry, now, self.zone()?)?;
        self.store.write(|writer| {
            let current = entry_in(writer, id)?;
            writer.insert(&audit(&current, AuditChange::Edited, now))?;
            let record = JournalEntryRecord {
                entry,
                edited_at: Some(now),
                ..current.value
            };
            writer.update(id, &record).map(drop)
        })
    }

    /// Deletes entry `id`; the audit trail keeps what it said.
    pub fn delete_journal_entry(&mut self, id: RecordId, now: DateTime<Utc>) -> Result<()> {
        self.store.write(|writer| {
            let current = entry_in(writer, id)?;
            writer.insert(&audit(&current, AuditChange::Deleted, now))?;
            writer.delete::<JournalEntryRecord>(id)
        })
    }

    /// Every journal entry, newest first.
    pub fn journal_entries(&self) -> Result<Vec<JournalEntryView>> {
        self.store.read(entries_in)
    }

    /// The entries whose text holds `query`, ignoring case and accents, newest first. The
    /// query is checked (1 to 200 characters, one line) before any entry is read.
    pub fn search_journal(&self, query: &str) -> Result<Vec<JournalEntryView>> {
        let query = SearchQuery::new(query)?;
        let mut entries = self.store.read(entries_in)?;
        entries.retain(|view| query.matches(&view.entry.text));
        Ok(entries)
    }

    /// Every edit and deletion of a journal entry, the latest first.
    pub fn journal_entry_audit(&self) -> Result<Vec<JournalEntryAudit>> {
        let mut audit: Vec<JournalEntryAudit> = self
            .store
            .read(|reader| reader.list::<JournalEntryAuditRecord>())?
            .records
            .into_iter()
            .map(|stored| JournalEntryAudit {
                entry_id: stored.value.subject,
                change: stored.value.change,
                at: stored.value.at,
                previous: stored.value.previous,
            })
            .collect();
        audit.sort_by_key(|entry| std::cmp::Reverse(entry.at));
        Ok(audit)
    }
}
