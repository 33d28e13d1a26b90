//! Reading what other recovery apps export, so nobody has to start again at zero to switch.
//!
//! A person who has counted 600 days in Quitter or Sobriety (or its fork syfre) brings that
//! history here. This module only *reads*: [`read_quitter`] and [`read_sobriety`] turn the bytes
//! of an export into a plain, validated [`Imported`] description (a journey per substance with
//! its first clean date, its relapses as uses, the streaks those make by Cairn's rule, notes,
//! savings) and touch nothing else. The facade decides what to store. The formats, field by
//! field, with the source file each fact came from, are in `docs/import-formats.md`.
//!
//! Cairn's rule is kept everywhere: a use on local day `R` makes the next clean date `R + 1`
//! (see `journal/streak.rs`). The other apps count differently (Quitter restarts "day 1" on the
//! relapse day itself, Sobriety restarts a stopwatch at the relapse instant); each journey keeps
//! the other app's own lengths in [`ImportedJourney::source_lengths`] so a shell can show both.
//!
//! Times in the files either carry no zone (Quitter) or are instants (Sobriety). Both are read in
//! the zone the caller passes (the device's) and the result names it ([`Imported::zone`],
//! [`Imported::zone_assumed`]). Nothing here reads the clock: whether a clean date lies in the
//! future is for the caller to check against `now`. A bad file is an [`Error::InvalidInput`]
//! naming a field and a fixed reason, never the file's content.

use chrono::{NaiveDate, NaiveTime};
use chrono_tz::Tz;

use crate::calendar;
use crate::error::{Error, Result};
use crate::journal::model::SUBSTANCE_MAX_CHARS;

mod damaged;
mod money;
mod quitter;
mod sobriety;
#[cfg(test)]
mod tests;

pub use money::{Money, round_half_even};
pub use quitter::read_quitter;
pub use sobriety::read_sobriety;

/// The largest export read, in bytes. Real exports are a few kilobytes.
pub const MAX_FILE_BYTES: usize = 4 * 1024 * 1024;
/// The most substances one export may hold.
pub const MAX_JOURNEYS: usize = 200;
/// The most attempts (or recorded streak lengths) one substance may hold.
pub const MAX_ATTEMPTS: usize = 5_000;
/// The most notes (journal entries and daily notes together) one export may hold.
pub const MAX_NOTES: usize = 20_000;
/// The longest note read, in characters.
pub const MAX_NOTE_CHARS: usize = 20_000;

/// Which app wrote the file.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Source {
    /// Quitter (github.com/brandonp2412/Quitter), its settings page's "export data".
    Quitter,
    /// Sobriety (github.com/KiARC/Sobriety) or its fork syfre, same format.
    Sobriety,
}

/// Everything an export holds that Cairn can keep, read but not stored.
#[derive(Debug, Clone, PartialEq)]
pub struct Imported {
    /// The app that wrote the file.
    pub source: Source,
    /// The zone every local date and time below is in (the one the caller passed).
    pub zone: Tz,
    /// True when the file's times carried no zone and were taken as times in [`Self::zone`]
    /// (Quitter); false when they were instants converted into it (Sobriety).
    pub zone_assumed: bool,
    /// One per tracked substance, in the file's order.
    pub journeys: Vec<ImportedJourney>,
    /// Notes tied to no substance (Quitter's journal), oldest first.
    pub journal: Vec<ImportedNote>,
    /// What the reader noticed and did about it; never holds file content.
    pub warnings: Vec<ImportWarning>,
}

/// Where a substance stood in the other app.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum JourneyStatus {
    /// Counting clean time now.
    Ongoing,
    /// The person stopped abstaining (Sobriety's "stop"): the last attempt ended with a use and
    /// no new one began. Cairn has no such state; the caller decides how to show it.
    Stopped,
    /// Set to begin at a later instant (Sobriety's "future"): [`ImportedJourney::first_clean_date`]
    /// may lie after today, which Cairn refuses until that day comes.
    Planned,
}

/// One substance, described as Cairn records it: a first clean date and the uses since.
#[derive(Debug, Clone, PartialEq)]
pub struct ImportedJourney {
    /// The substance's name, cut to Cairn's limit, without control characters.
    pub name: String,
    /// True when the name passed through damaged text (see [`ImportWarning::TextDamaged`]).
    pub name_damaged: bool,
    /// Ongoing, stopped or planned.
    pub status: JourneyStatus,
    /// The local date the first attempt began: the journey's clean date in Cairn.
    pub first_clean_date: NaiveDate,
    /// The local time the first attempt began, when the file has one.
    pub first_clean_time: Option<NaiveTime>,
    /// The current streak's clean date by Cairn's rule: the day after the last use, or the first
    /// clean date when there was none.
    pub clean_date: NaiveDate,
    /// Each relapse as a use (all of kind relapse), oldest first.
    pub uses: Vec<ImportedUse>,
    /// The ended streaks those uses make by Cairn's rule, oldest first.
    pub past_streaks: Vec<ImportedStreak>,
    /// The other app's own length of each ended attempt, in its own counting, oldest first
    /// (Quitter: the recorded day count; Sobriety: whole 24-hour days).
    pub source_lengths: Vec<u32>,
    /// Spans the other app did not track (stopped, then started again), first and last day;
    /// the uses at both ends are recorded, the days between are not known to be clean.
    pub untracked: Vec<(NaiveDate, NaiveDate)>,
    /// Notes the app kept for this substance, oldest first.
    pub notes: Vec<ImportedNote>,
    /// Money not spent per day, when the file has it in a recognisable currency.
    pub cost_per_day: Option<Money>,
    /// Other daily savings the file names (amounts in units that are not money).
    pub other_savings: Vec<OtherSaving>,
    /// Time not spent per day, in minutes, when the file has it.
    pub minutes_per_day: Option<u32>,
    /// True when the uses' dates were rebuilt from streak lengths (Quitter keeps no dates).
    pub rebuilt_dates: bool,
}

/// A use (a relapse in the other app).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub struct ImportedUse {
    /// Its local date.
    pub date: NaiveDate,
    /// Its local time, when known.
    pub time: Option<NaiveTime>,
}

/// A streak a use ended, counted as Cairn counts: clean days `start..end`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ImportedStreak {
    /// Its clean date.
    pub start: NaiveDate,
    /// The date of the use that ended it.
    pub end: NaiveDate,
    /// `end - start` calendar days.
    pub days: u32,
}

/// A dated free-text note.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ImportedNote {
    /// The local date the app filed it under.
    pub date: NaiveDate,
    /// The text, line breaks kept, other control characters replaced by spaces.
    pub text: String,
    /// True when the text passed through damaged text (see [`ImportWarning::TextDamaged`]).
    pub damaged: bool,
}

/// A daily saving that is not money ("cigarettes: 20 a day").
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct OtherSaving {
    /// What is saved, as the person named it.
    pub name: String,
    /// How much per day, as a decimal string.
    pub amount: String,
    /// The unit the person wrote.
    pub unit: String,
}

/// Something the reader noticed. Counts and indexes only, never file content.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ImportWarning {
    /// The file came from Quitter's phone export, which keeps only the low byte of each UTF-16
    /// unit. Characters U+0000..=U+00FF were recovered exactly; `replaced` others were detected
    /// and replaced by U+FFFD; others may have turned into wrong letters without a trace, so
    /// every name and note holding non-ASCII text is marked damaged. Dates and numbers are
    /// ASCII and came through whole.
    TextDamaged {
        /// Characters replaced by U+FFFD.
        replaced: usize,
    },
    /// The dates of journey `journey`'s uses were rebuilt from streak lengths alone.
    DatesRebuilt {
        /// Index into [`Imported::journeys`].
        journey: usize,
    },
    /// Streak lengths were kept for `count` substances that are no longer tracked; skipped.
    LengthsWithoutSubstance {
        /// How many.
        count: usize,
    },
    /// `count` substances had never begun (no date, or only an empty attempt); skipped.
    NeverStarted {
        /// How many.
        count: usize,
    },
    /// `count` names were longer than Cairn allows and were shortened.
    NamesShortened {
        /// How many.
        count: usize,
    },
    /// Journey `journey` has savings in more than one currency; only the first is its cost per
    /// day, the others are listed as other savings.
    SeveralCurrencies {
        /// Index into [`Imported::journeys`].
        journey: usize,
    },
    /// A field of an older version of the app was present and ignored, as the app ignores it.
    LegacyFieldIgnored {
        /// The field's name in the file.
        field: &'static str,
    },
}

/// Builds a journey from its first clean date and its uses: sorts the uses, drops exact
/// repeats, and derives the current clean date and the past streaks by Cairn's rule.
fn journey_from_uses(
    name: (String, bool),
    status: JourneyStatus,
    first: (NaiveDate, Option<NaiveTime>),
    mut uses: Vec<ImportedUse>,
    source_lengths: Vec<u32>,
    rebuilt_dates: bool,
) -> ImportedJourney {
    uses.sort();
    uses.dedup();
    let (first_clean_date, first_clean_time) = first;
    let mut start = first_clean_date;
    let mut past_streaks = Vec::new();
    let mut last_use_day: Option<NaiveDate> = None;
    for use_ in &uses {
        if last_use_day == Some(use_.date) || use_.date < start {
            continue;
        }
        let days = u32::try_from(calendar::days_between(start, use_.date)).unwrap_or(0);
        past_streaks.push(ImportedStreak {
            start,
            end: use_.date,
            days,
        });
        last_use_day = Some(use_.date);
        start = calendar::add_days(use_.date, 1);
    }
    ImportedJourney {
        name: name.0,
        name_damaged: name.1,
        status,
        first_clean_date,
        first_clean_time,
        clean_date: start,
        uses,
        past_streaks,
        source_lengths,
        untracked: Vec::new(),
        notes: Vec::new(),
        cost_per_day: None,
        other_savings: Vec::new(),
        minutes_per_day: None,
        rebuilt_dates,
    }
}

/// A name as Cairn can keep it: control characters become spaces, outer blanks go, and it is cut
/// to [`SUBSTANCE_MAX_CHARS`]. `None` when nothing is left; the flag says it was cut.
fn clean_name(raw: &str) -> Option<(String, bool)> {
    let spaced: String = raw
        .chars()
        .map(|c| if c.is_control() { ' ' } else { c })
        .collect();
    let trimmed = spaced.trim();
    if trimmed.is_empty() {
        return None;
    }
    if trimmed.chars().count() <= SUBSTANCE_MAX_CHARS {
        return Some((trimmed.to_owned(), false));
    }
    let cut: String = trimmed.chars().take(SUBSTANCE_MAX_CHARS).collect();
    Some((cut.trim_end().to_owned(), true))
}

/// A note's text as Cairn can keep it: `\r\n` and `\r` become `\n`, other control characters
/// spaces. `None` when blank; an error when longer than [`MAX_NOTE_CHARS`].
fn clean_note(raw: &str) -> Result<Option<String>> {
    if raw.chars().count() > MAX_NOTE_CHARS {
        return Err(Error::invalid("note", "too long"));
    }
    let text: String = raw
        .replace("\r\n", "\n")
        .chars()
        .map(|c| match c {
            '\r' => '\n',
            '\n' => '\n',
            c if c.is_control() => ' ',
            c => c,
        })
        .collect();
    if text.trim().is_empty() {
        return Ok(None);
    }
    Ok(Some(text))
}

/// Whether text that came through a damaged file may have been changed: anything not ASCII.
fn looks_damaged(text: &str, file_damaged: bool) -> bool {
    file_damaged && !text.is_ascii()
}

/// Refuses a file over [`MAX_FILE_BYTES`] or with nothing but blanks in it.
fn check_size(bytes: &[u8]) -> Result<()> {
    if bytes.len() > MAX_FILE_BYTES {
        return Err(Error::invalid("file", "too large"));
    }
    if bytes.iter().all(u8::is_ascii_whitespace) {
        return Err(Error::invalid("file", "empty"));
    }
    Ok(())
}

/// The error for JSON that does not parse: cut short, or not JSON at all.
fn json_error(error: &serde_json::Error) -> Error {
    match error.classify() {
        serde_json::error::Category::Eof => Error::invalid("file", "cut short"),
        _ => Error::invalid("file", "not a JSON export"),
    }
}
