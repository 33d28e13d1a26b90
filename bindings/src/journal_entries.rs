//! The person's journal: dated free-text entries, edited and deleted with an audit trail, and
//! searched on the device.

use std::time::SystemTime;

use cairn_core::RecordId;
use cairn_core::companion::{JournalEntryAudit, JournalEntryView};
use cairn_core::journal_entry::JournalEntry;

use crate::CairnError;
use crate::companion::{Companion, instant};

#[uniffi::export(name = "CairnCompanion")]
impl Companion {
    /// Writes a journal entry (not dated in the future; text trimmed, 1 to 5,000 characters,
    /// line breaks allowed) and returns its id.
    pub fn add_journal_entry(
        &self,
        entry: JournalEntry,
        now: SystemTime,
    ) -> Result<RecordId, CairnError> {
        self.with(|c| c.add_journal_entry(entry, instant(now)))
    }

    /// Replaces an entry; the audit trail keeps the previous version.
    pub fn edit_journal_entry(
        &self,
        entry_id: RecordId,
        entry: JournalEntry,
        now: SystemTime,
    ) -> Result<(), CairnError> {
        self.with(|c| c.edit_journal_entry(entry_id, entry, instant(now)))
    }

    /// Deletes an entry; the audit trail keeps what it said.
    pub fn delete_journal_entry(
        &self,
        entry_id: RecordId,
        now: SystemTime,
    ) -> Result<(), CairnError> {
        self.with(|c| c.delete_journal_entry(entry_id, instant(now)))
    }

    /// Every entry, newest first.
    pub fn journal_entries(&self) -> Result<Vec<JournalEntryView>, CairnError> {
        self.with(|c| c.journal_entries())
    }

    /// The entries holding `query`, ignoring case and accents, newest first. The query (1 to
    /// 200 characters, one line) is never stored.
    pub fn search_journal(&self, query: String) -> Result<Vec<JournalEntryView>, CairnError> {
        self.with(|c| c.search_journal(&query))
    }

    /// Every edit and deletion of an entry, the latest first.
    pub fn journal_entry_audit(&self) -> Result<Vec<JournalEntryAudit>, CairnError> {
        self.with(|c| c.journal_entry_audit())
    }
}
