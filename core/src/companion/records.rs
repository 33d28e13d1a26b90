//! What the companion keeps in the store: the sealed forms of journeys, uses and their audit
//! trail, check-ins, pledges, settings, the prevention plan, contacts and reach-outs, journal
//! entries and their audit trail, and the registry of kinds.
//!
//! The rules in [`crate::journal`] work on plain values without ids; these records wrap them
//! with what storage needs (which journey a use belongs to, when it was recorded, which
//! milestones were already celebrated). Every kind number is declared in [`kinds`] so no two
//! collide; a test checks it.

use chrono::{DateTime, NaiveDate, Utc};
use serde::{Deserialize, Serialize};

use crate::checkin::CheckIn;
use crate::contact::{Contact, ReachOut};
use crate::id::RecordId;
use crate::journal::{Journey, PersonalMilestone, UseEvent};
use crate::journal_entry::JournalEntry;
use crate::prevention_plan::PreventionPlan;
use crate::settings::Settings;
use crate::store::{Record, RecordKind};

/// Every record kind in Cairn, in one place so no two collide.
pub mod kinds {
    use crate::store::RecordKind;

    /// [`crate::settings::Settings`].
    pub const SETTINGS: RecordKind = RecordKind(1);
    /// [`super::JourneyRecord`].
    pub const JOURNEY: RecordKind = RecordKind(2);
    /// [`super::UseRecord`].
    pub const USE: RecordKind = RecordKind(3);
    /// [`super::AuditRecord`].
    pub const AUDIT: RecordKind = RecordKind(4);
    /// [`super::CheckInRecord`].
    pub const CHECK_IN: RecordKind = RecordKind(5);
    /// [`crate::prevention_plan::PreventionPlan`].
    pub const PREVENTION_PLAN: RecordKind = RecordKind(6);
    /// [`crate::contact::Contact`].
    pub const CONTACT: RecordKind = RecordKind(7);
    /// [`super::ReachOutRecord`].
    pub const REACH_OUT: RecordKind = RecordKind(8);
    /// [`super::JournalEntryRecord`].
    pub const JOURNAL_ENTRY: RecordKind = RecordKind(12);
    /// [`super::JournalEntryAuditRecord`].
    pub const JOURNAL_ENTRY_AUDIT: RecordKind = RecordKind(13);

    /// [`super::PledgeRecord`]. Numbered apart from the kinds other work on issue 20 adds, so
    /// their branches cannot collide; gaps are harmless.
    pub const PLEDGE: RecordKind = RecordKind(16);

    /// Every kind above, for the uniqueness test and the backup's restore table.
    pub const ALL: [RecordKind; 11] = [
        SETTINGS,
        JOURNEY,
        USE,
        AUDIT,
        CHECK_IN,
        PREVENTION_PLAN,
        CONTACT,
        REACH_OUT,
        JOURNAL_ENTRY,
        JOURNAL_ENTRY_AUDIT,
        PLEDGE,
    ];
}

/// A journey as stored.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct JourneyRecord {
    /// The journey itself.
    pub journey: Journey,
    /// When it was started in Cairn; orders journeys (the first one is the default).
    pub started_at: DateTime<Utc>,
    /// The person's own milestones.
    #[serde(default)]
    pub personal_milestones: Vec<PersonalMilestone>,
    /// The latest local date whose milestones were already reported.
    #[serde(default)]
    pub milestones_seen_through: Option<NaiveDate>,
    /// The key of what another app's export this record came from (see
    /// `companion/import_from.rs`), so importing the same file again adds nothing twice. Sealed
    /// with the record, never a column; absent from records not imported, which keep their
    /// exact bytes.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub import_key: Option<String>,
}

impl Record for JourneyRecord {
    const KIND: RecordKind = kinds::JOURNEY;
}

/// A use as stored, with the journey it belongs to.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct UseRecord {
    /// The journey this use is part of.
    pub journey_id: RecordId,
    /// The use.
    pub event: UseEvent,
    /// When it was recorded (not when it happened: it may be back-dated).
    pub recorded_at: DateTime<Utc>,
    /// The key of what another app's export this record came from (see
    /// [`JourneyRecord::import_key`]), so importing the same file again adds nothing twice. Sealed
    /// with the record, never a column; absent from records not imported, which keep their
    /// exact bytes.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub import_key: Option<String>,
}

impl Record for UseRecord {
    const KIND: RecordKind = kinds::USE;
}

/// What happened to a recorded use.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Enum))]
#[serde(rename_all = "snake_case")]
pub enum AuditChange {
    /// The use was edited; `previous` is how it was before.
    Edited,
    /// The use was deleted; `previous` is what it was.
    Deleted,
}

/// One entry of the audit trail: an edit or deletion never loses what was there before.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct AuditRecord {
    /// The use that changed.
    pub subject: RecordId,
    /// The journey it belonged to.
    pub journey_id: RecordId,
    /// Edit or deletion.
    pub change: AuditChange,
    /// When.
    pub at: DateTime<Utc>,
    /// The use as it was before the change.
    pub previous: UseEvent,
    /// The import key of the record as it was (see [`JourneyRecord::import_key`]), so an
    /// imported record edited or deleted here is not brought back by importing its file again.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub import_key: Option<String>,
}

impl Record for AuditRecord {
    const KIND: RecordKind = kinds::AUDIT;
}

/// A day's check-in as stored; one per local date, found by that date.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct CheckInRecord {
    /// The check-in.
    pub checkin: CheckIn,
    /// When it was first recorded.
    pub recorded_at: DateTime<Utc>,
}

impl Record for CheckInRecord {
    const KIND: RecordKind = kinds::CHECK_IN;

    fn lookup_key(&self) -> Option<Vec<u8>> {
        Some(self.checkin.date.to_string().into_bytes())
    }
}

/// Only the date of a stored check-in: what the check-in streak and the notification plan
/// need, read with [`crate::store::Reader::list_as`] without decoding notes and tags.
#[derive(Clone, Copy, Debug, PartialEq, Deserialize)]
pub struct CheckInDate {
    checkin: DateOnly,
}

#[derive(Clone, Copy, Debug, PartialEq, Deserialize)]
struct DateOnly {
    date: NaiveDate,
}

impl CheckInDate {
    /// The check-in's local date.
    pub fn date(&self) -> NaiveDate {
        self.checkin.date
    }
}

impl From<CheckInRecord> for CheckInDate {
    fn from(record: CheckInRecord) -> Self {
        Self {
            checkin: DateOnly {
                date: record.checkin.date,
            },
        }
    }
}

/// A day's pledge ("Just for today") as stored; one per local date, found by that date. Its
/// evening review is the answer in that day's check-in.
#[derive(Clone, Copy, Debug, PartialEq, Serialize, Deserialize)]
pub struct PledgeRecord {
    /// The local date it is for.
    pub date: NaiveDate,
    /// When it was made (not the day it is for: it may be back-dated).
    pub pledged_at: DateTime<Utc>,
}

impl Record for PledgeRecord {
    const KIND: RecordKind = kinds::PLEDGE;

    fn lookup_key(&self) -> Option<Vec<u8>> {
        Some(self.date.to_string().into_bytes())
    }
}

impl Record for Settings {
    const KIND: RecordKind = kinds::SETTINGS;

    fn lookup_key(&self) -> Option<Vec<u8>> {
        Some(b"settings".to_vec())
    }
}

impl Record for PreventionPlan {
    const KIND: RecordKind = kinds::PREVENTION_PLAN;

    fn lookup_key(&self) -> Option<Vec<u8>> {
        Some(b"prevention_plan".to_vec())
    }
}

impl Record for Contact {
    const KIND: RecordKind = kinds::CONTACT;
}

/// A logged reach-out (a tap on the chain), kept so the day's check-in counts it.
pub type ReachOutRecord = ReachOut;

impl Record for ReachOutRecord {
    const KIND: RecordKind = kinds::REACH_OUT;
}

/// A journal entry as stored.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct JournalEntryRecord {
    /// The entry.
    pub entry: JournalEntry,
    /// When it was first written (not the day it is about: it may be back-dated).
    pub recorded_at: DateTime<Utc>,
    /// When it was last edited, if ever.
    #[serde(default)]
    pub edited_at: Option<DateTime<Utc>>,
    /// The key of what another app's export this record came from (see
    /// [`JourneyRecord::import_key`]), so importing the same file again adds nothing twice. Sealed
    /// with the record, never a column; absent from records not imported, which keep their
    /// exact bytes.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub import_key: Option<String>,
}

impl Record for JournalEntryRecord {
    const KIND: RecordKind = kinds::JOURNAL_ENTRY;
}

/// One edit or deletion of a journal entry, with the entry as it was: kept like a use's
/// [`AuditRecord`], so an entry is never lost by a slip of the finger.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct JournalEntryAuditRecord {
    /// The entry that changed.
    pub subject: RecordId,
    /// Edit or deletion.
    pub change: AuditChange,
    /// When.
    pub at: DateTime<Utc>,
    /// The entry as it was before the change.
    pub previous: JournalEntry,
    /// The import key of the record as it was (see [`JourneyRecord::import_key`]), so an
    /// imported record edited or deleted here is not brought back by importing its file again.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub import_key: Option<String>,
}

impl Record for JournalEntryAuditRecord {
    const KIND: RecordKind = kinds::JOURNAL_ENTRY_AUDIT;
}

#[cfg(test)]
mod tests {
    use super::kinds;

    #[test]
    fn record_kinds_are_unique() {
        let mut codes: Vec<u16> = kinds::ALL.iter().map(|kind| kind.0).collect();
        codes.sort_unstable();
        codes.dedup();
        assert_eq!(codes.len(), kinds::ALL.len());
    }
}
