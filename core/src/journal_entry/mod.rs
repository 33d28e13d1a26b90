//! The person's journal: dated free-text entries, apart from check-ins and uses.
//!
//! A check-in note is a few lines about one day (one check-in a day); people in recovery also
//! write at length, several times a day, about anything (therapy homework, a letter they will
//! not send, what a meeting stirred up). Every app they compare Cairn with keeps such a journal,
//! so Cairn keeps one too. It is not the recovery journal of [`crate::journal`] (journeys, uses
//! and streaks): entries count for nothing and belong to no journey.
//!
//! Rules (lengths in Unicode scalar values, i.e. `char`s):
//! - an entry has a local date (not before 1900, not in the future in the person's zone) and an
//!   optional local time (not later than now when the date is today), as a use has;
//! - its text is 1..=[`TEXT_MAX_CHARS`] characters once trimmed, with no control characters
//!   except line breaks; `\r\n` and `\r` become `\n` ([`prepare_entry`]);
//! - any number of entries a day; they are listed newest first ([`newest_first`]).
//!
//! Searching ([`search`]) runs over the decrypted entries on the device, ignoring case and
//! accents. Error values name the field and a fixed reason, never the text.

pub mod search;

#[cfg(test)]
mod tests;

use std::cmp::Ordering;

use chrono::{DateTime, NaiveDate, NaiveTime, Utc};
use chrono_tz::Tz;
use serde::{Deserialize, Serialize};

use crate::error::{Error, Result};
use crate::journal::model::validate_not_future;

pub use search::{QUERY_MAX_CHARS, SearchQuery};

/// The longest entry, in characters: a few pages, small enough to seal and search at once.
pub const TEXT_MAX_CHARS: usize = 5_000;

/// One journal entry, as the person wrote it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Record))]
pub struct JournalEntry {
    /// The local date it is about (today, or an earlier day).
    pub date: NaiveDate,
    /// The local time, if the person gave one.
    #[serde(default)]
    pub time: Option<NaiveTime>,
    /// What they wrote: 1..=[`TEXT_MAX_CHARS`] characters, line breaks allowed.
    pub text: String,
}

impl JournalEntry {
    /// An entry on `date` with no time.
    pub fn new(date: NaiveDate, text: impl Into<String>) -> Self {
        Self {
            date,
            time: None,
            text: text.into(),
        }
    }
}

/// Checks an entry as it will be stored, against `now` in `tz` (see the module doc).
pub fn validate_entry(entry: &JournalEntry, now: DateTime<Utc>, tz: Tz) -> Result<()> {
    let text = &entry.text;
    if text.trim().is_empty() {
        return Err(Error::invalid("text", "empty"));
    }
    if text.trim() != text {
        return Err(Error::invalid("text", "not trimmed"));
    }
    if text.chars().count() > TEXT_MAX_CHARS {
        return Err(Error::invalid("text", "too long"));
    }
    if text.chars().any(|c| c.is_control() && c != '\n') {
        return Err(Error::invalid("text", "contains control characters"));
    }
    validate_not_future(entry.date, entry.time, now, tz, "date", "time")
}

/// Normalizes an entry a shell built (line breaks as `\n`, the text trimmed at both ends) and
/// validates it.
pub fn prepare_entry(mut entry: JournalEntry, now: DateTime<Utc>, tz: Tz) -> Result<JournalEntry> {
    let text = entry.text.replace("\r\n", "\n").replace('\r', "\n");
    entry.text = text.trim().to_owned();
    validate_entry(&entry, now, tz)?;
    Ok(entry)
}

/// The order entries are listed in: the latest date first; on one date, the latest time first,
/// entries without a time after those with one; then the one written last first.
pub fn newest_first(
    a: (&JournalEntry, DateTime<Utc>),
    b: (&JournalEntry, DateTime<Utc>),
) -> Ordering {
    let key = |(entry, written): (&JournalEntry, DateTime<Utc>)| (entry.date, entry.time, written);
    key(b).cmp(&key(a))
}
