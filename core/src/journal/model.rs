//! The recovery journal's records and their validation.
//!
//! These are the facts a person enters: what they are recovering from and since when (a
//! [`Journey`]), and the uses they record along the way ([`UseEvent`]). Everything Cairn shows
//! about streaks, stages and milestones is derived from them by pure functions, so the records
//! stay small and honest: a use is recorded, never erased, and carries whether it was a single
//! lapse or a return to regular use. Records carry no ids; storage wraps them. Prescribed
//! medication (buprenorphine, methadone) is treatment, not use: it is never a [`UseEvent`] and is
//! tracked elsewhere, so nothing in this module can let a dose break a streak.
//!
//! Validation limits (all lengths in Unicode scalar values, i.e. `char`s):
//! - substance: 1..=[`SUBSTANCE_MAX_CHARS`], not blank, no control characters;
//! - note: at most [`NOTE_MAX_CHARS`], no control characters except line breaks (`\n`), since a
//!   note is free text that may span lines;
//! - triggers: at most [`TRIGGERS_MAX`] tags of 1..=[`TRIGGER_MAX_CHARS`], not blank, no control
//!   characters, no duplicates (ignoring case);
//! - dates: not before [`EARLIEST_YEAR`](crate::calendar::EARLIEST_YEAR), and a clean date or a
//!   use may not lie in the future relative to `now` in the person's zone (a date and time is
//!   compared as an instant, so a use "today at 23:00" is refused at 22:00).
//!
//! - cost and hours per day: checked when made ([`DailyCost::parse`], [`HoursPerDay::new`]) and
//!   again when read from the store.
//!
//! Error values name the field and a fixed reason, never the content.

use chrono::{DateTime, Datelike, NaiveDate, NaiveTime, Utc};
use chrono_tz::Tz;
use serde::{Deserialize, Serialize};

use super::savings::HoursPerDay;
use crate::calendar::{self, CalendarSpan};
use crate::error::{Error, Result};
use crate::money::DailyCost;

/// The substance a journey is about when the person does not say otherwise.
pub const DEFAULT_SUBSTANCE: &str = "opioids";
/// The longest substance name, in characters.
pub const SUBSTANCE_MAX_CHARS: usize = 60;
/// The longest note on a use, in characters.
pub const NOTE_MAX_CHARS: usize = 1000;
/// The most trigger tags on one use.
pub const TRIGGERS_MAX: usize = 10;
/// The longest trigger tag, in characters.
pub const TRIGGER_MAX_CHARS: usize = 40;

/// What a person is recovering from, and since when.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Journey {
    /// What the journey is about, e.g. "opioids" (the default) or "alcohol".
    #[serde(default = "default_substance")]
    pub substance: String,
    /// The first clean date: the local date the journey began. Later uses start new streaks, but
    /// this date stays the start of the cumulative measures.
    pub clean_date: NaiveDate,
    /// Optional local time on the clean date, for the hour counter of the first days and to tell
    /// a last use earlier that same day apart from a lapse.
    #[serde(default)]
    pub clean_time: Option<NaiveTime>,
    /// What a day of using cost, if the person says (see [`super::savings`]). Left out of the
    /// stored form when absent, so journeys without it keep their exact bytes; journeys stored
    /// before it existed read as `None`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub cost_per_day: Option<DailyCost>,
    /// Hours a day of using took, if the person says. Stored and read like `cost_per_day`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub hours_per_day: Option<HoursPerDay>,
}

impl Journey {
    /// A journey about [`DEFAULT_SUBSTANCE`] beginning on `clean_date`, with no time.
    pub fn new(clean_date: NaiveDate) -> Self {
        Self {
            substance: DEFAULT_SUBSTANCE.to_owned(),
            clean_date,
            clean_time: None,
            cost_per_day: None,
            hours_per_day: None,
        }
    }
}

/// Whether a use was a single slip or a return to regular use. Both restart the continuous
/// streak the same way; the distinction is kept for the person's history, as the seeds keep it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Enum))]
#[serde(rename_all = "snake_case")]
pub enum UseKind {
    /// A single use, then back on track.
    Lapse,
    /// A return to regular use.
    Relapse,
}

/// A recorded use. Back-datable and editable (by storage); never erased by the rules.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Record))]
pub struct UseEvent {
    /// The local date of the use.
    pub date: NaiveDate,
    /// The local time of the use, if the person gave one.
    #[serde(default)]
    pub time: Option<NaiveTime>,
    /// Lapse or relapse.
    pub kind: UseKind,
    /// Free text, at most [`NOTE_MAX_CHARS`].
    #[serde(default)]
    pub note: Option<String>,
    /// What led to it (e.g. "stress", "people"), at most [`TRIGGERS_MAX`] tags.
    #[serde(default)]
    pub triggers: Vec<String>,
}

impl UseEvent {
    /// A use on `date` with no time, note or triggers.
    pub fn new(date: NaiveDate, kind: UseKind) -> Self {
        Self {
            date,
            time: None,
            kind,
            note: None,
            triggers: Vec::new(),
        }
    }
}

/// Whether the clean date itself is day 0 or day 1. An explicit setting because peers disagree.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default, Serialize, Deserialize)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Enum))]
#[serde(rename_all = "snake_case")]
pub enum DayCounting {
    /// As NA counts clean time: the clean date is day 0 and the next day is "1 day clean", so
    /// the count is the number of whole days completed since the clean date.
    #[default]
    CleanDateIsDayZero,
    /// The clean date is already "1 day": the count includes the day in progress.
    CleanDateIsDayOne,
}

impl DayCounting {
    /// The day count shown on `today` for a streak whose clean date is `start`. Negative when
    /// `start` is still ahead (possible right after a use, or after a flight west); callers
    /// clamp to 0 for display.
    pub fn count(self, start: NaiveDate, today: NaiveDate) -> i64 {
        let days = calendar::days_between(start, today);
        match self {
            Self::CleanDateIsDayZero => days,
            Self::CleanDateIsDayOne => days.saturating_add(1),
        }
    }

    /// The first date on which a streak whose clean date is `start` has lasted `span`, as the
    /// count shows it: `start + span` for day 0 counting, one day earlier for day 1 counting
    /// (where "1 day" is the clean date itself).
    pub fn date_reaching(self, start: NaiveDate, span: CalendarSpan) -> NaiveDate {
        let date = calendar::add_span(start, span);
        match self {
            Self::CleanDateIsDayZero => date,
            Self::CleanDateIsDayOne => calendar::add_days(date, -1),
        }
    }
}

/// Checks a journey: substance name limits, clean date not before 1900 and not in the future
/// relative to `now` in `tz` (with its time, if given).
pub fn validate_journey(journey: &Journey, now: DateTime<Utc>, tz: Tz) -> Result<()> {
    validate_text(&journey.substance, "substance", SUBSTANCE_MAX_CHARS, false)?;
    if journey.substance.trim().is_empty() {
        return Err(Error::invalid("substance", "empty"));
    }
    validate_not_future(
        journey.clean_date,
        journey.clean_time,
        now,
        tz,
        "clean_date",
        "clean_time",
    )
}

/// Checks a use: note and trigger limits, date not before 1900 and not in the future relative
/// to `now` in `tz` (with its time, if given).
pub fn validate_use(event: &UseEvent, now: DateTime<Utc>, tz: Tz) -> Result<()> {
    if let Some(note) = &event.note {
        validate_text(note, "note", NOTE_MAX_CHARS, true)?;
    }
    validate_triggers(&event.triggers)?;
    validate_not_future(event.date, event.time, now, tz, "date", "time")
}

/// Checks a list of trigger tags (see the module doc for the limits).
pub fn validate_triggers(triggers: &[String]) -> Result<()> {
    if triggers.len() > TRIGGERS_MAX {
        return Err(Error::invalid("triggers", "too many"));
    }
    let mut seen: Vec<String> = Vec::with_capacity(triggers.len());
    for trigger in triggers {
        validate_text(trigger, "trigger", TRIGGER_MAX_CHARS, false)?;
        let folded = trigger.trim().to_lowercase();
        if folded.is_empty() {
            return Err(Error::invalid("trigger", "empty"));
        }
        if seen.contains(&folded) {
            return Err(Error::invalid("triggers", "duplicate"));
        }
        seen.push(folded);
    }
    Ok(())
}

/// Length and control-character checks shared by every text field.
fn validate_text(
    text: &str,
    field: &'static str,
    max_chars: usize,
    allow_line_breaks: bool,
) -> Result<()> {
    if text.chars().count() > max_chars {
        return Err(Error::invalid(field, "too long"));
    }
    if text
        .chars()
        .any(|c| c.is_control() && !(allow_line_breaks && c == '\n'))
    {
        return Err(Error::invalid(field, "contains control characters"));
    }
    Ok(())
}

/// A local date (and optional time) must not be later than `now` in `tz`, nor before 1900. With
/// a time, the comparison is between instants, so it stays right across daylight-saving changes.
/// Journal entries ([`crate::journal_entry`]) are dated by the same rule.
pub(crate) fn validate_not_future(
    date: NaiveDate,
    time: Option<NaiveTime>,
    now: DateTime<Utc>,
    tz: Tz,
    date_field: &'static str,
    time_field: &'static str,
) -> Result<()> {
    if date.year() < calendar::EARLIEST_YEAR {
        return Err(Error::invalid(date_field, "year before 1900"));
    }
    let today = calendar::local_date(now, tz);
    if date > today {
        return Err(Error::invalid(date_field, "in the future"));
    }
    if let Some(time) = time
        && date == today
        && calendar::resolve_local(date, time, tz) > now
    {
        return Err(Error::invalid(time_field, "in the future"));
    }
    Ok(())
}

fn default_substance() -> String {
    DEFAULT_SUBSTANCE.to_owned()
}
