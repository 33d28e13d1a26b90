//! The check-in record, its tags, parsing from what the person typed, and validation.
//!
//! A check-in is keyed by its local date: storage keeps at most one per date, so editing or
//! back-filling a day replaces that day's record ([`CheckIn::key`]). Triggers and helpful actions
//! are a short fixed list (so they can be counted and compared) plus the person's own words
//! (so nothing they feel is forced into a box).
//!
//! Limits (lengths in Unicode scalar values, i.e. `char`s):
//! - mood [`MOOD_MIN`]..=[`MOOD_MAX`]; craving 0..=[`CRAVING_MAX`];
//! - date: not before 1900, not after today in the person's zone (back-fill is fine);
//! - triggers and helpful actions: at most [`TAGS_MAX`] of each; an own tag is 1..=
//!   [`TAG_MAX_CHARS`] chars, trimmed, single-spaced, without control characters, not a
//!   fixed tag in disguise (case-insensitive), and not repeated (case-insensitive);
//! - note: at most [`NOTE_MAX_CHARS`], no control characters except line breaks (`\n`);
//! - pledge kept: the evening review of the day's pledge ([`crate::pledge`]); "kept" on a day
//!   the check-in says "used" contradicts itself and is refused. That the day has a pledge at
//!   all is checked by the facade, which can see the pledges.
//!
//! Parsing (case-insensitive): a list is split on commas, semicolons and line breaks; empty items
//! are skipped; `_`, `-` and runs of spaces count as one space, so "Called-Sponsor" is
//! `called_sponsor`; a few everyday words also name fixed tags (see [`Trigger::NAMES`]);
//! any other word becomes an own tag; duplicates are merged, keeping the first spelling.
//! Error values name the field and a fixed reason, never what the person wrote.

use std::str::FromStr;

use chrono::{DateTime, Datelike, NaiveDate, Utc};
use chrono_tz::Tz;
use serde::{Deserialize, Serialize};

use super::{Tag, local_today, same_tag, words};
use crate::error::{Error, Result};

/// The lowest mood (1 = very low).
pub const MOOD_MIN: u8 = 1;
/// The highest mood (5 = very good).
pub const MOOD_MAX: u8 = 5;
/// The strongest craving (0 = none, 10 = overwhelming).
pub const CRAVING_MAX: u8 = 10;
/// The longest note, in characters: room for a few honest paragraphs, small enough to seal
/// and sync quickly and to keep a check-in a check-in rather than a journal.
pub const NOTE_MAX_CHARS: usize = 2_000;
/// The longest own tag, in characters: a word or a short phrase ("my ex", "payday").
pub const TAG_MAX_CHARS: usize = 40;
/// The most triggers, and separately the most helpful actions, on one check-in.
pub const TAGS_MAX: usize = 12;
/// The earliest year a check-in may be dated (older dates are typing mistakes).
const EARLIEST_YEAR: i32 = 1900;

/// One day's check-in. Storage keys it by [`CheckIn::key`] (the date).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Record))]
pub struct CheckIn {
    /// The local date the check-in is about (today, or an earlier day being back-filled).
    pub date: NaiveDate,
    /// Mood, [`MOOD_MIN`]..=[`MOOD_MAX`].
    pub mood: u8,
    /// Craving, 0..=[`CRAVING_MAX`].
    pub craving: u8,
    /// Whether the person used that day. The facade records a use event for a "yes"; this flag
    /// is the check-in's copy of the answer.
    pub used: bool,
    /// Whether prescribed medication was taken. Medication is treatment, not use.
    pub medication: MedicationTaken,
    /// What triggered cravings, at most [`TAGS_MAX`].
    #[serde(default)]
    pub triggers: Vec<Trigger>,
    /// What helped, at most [`TAGS_MAX`].
    #[serde(default)]
    pub helped: Vec<HelpfulAction>,
    /// Free text, at most [`NOTE_MAX_CHARS`].
    #[serde(default)]
    pub note: Option<String>,
    /// How the day's pledge went, answered in the evening check-in: kept (`Some(true)`), not
    /// kept (`Some(false)`), or not answered (`None`, and always for a day without a pledge).
    #[serde(default)]
    #[cfg_attr(feature = "uniffi", uniffi(default = None))]
    pub pledge_kept: Option<bool>,
}

impl CheckIn {
    /// A check-in with no tags and no note.
    pub fn new(
        date: NaiveDate,
        mood: u8,
        craving: u8,
        used: bool,
        medication: MedicationTaken,
    ) -> Self {
        Self {
            date,
            mood,
            craving,
            used,
            medication,
            triggers: Vec::new(),
            helped: Vec::new(),
            note: None,
            pledge_kept: None,
        }
    }

    /// The storage key: one check-in per local date.
    pub fn key(&self) -> NaiveDate {
        self.date
    }
}

/// Whether prescribed medication (buprenorphine, methadone) was taken that day.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Enum))]
#[serde(rename_all = "snake_case")]
pub enum MedicationTaken {
    /// Taken as prescribed ("taken", "yes").
    Taken,
    /// Missed ("missed", "no").
    Missed,
    /// No medication is prescribed ("none", "not_prescribed", "not prescribed").
    NotPrescribed,
}

impl MedicationTaken {
    /// Parses the person's answer, case-insensitively; anything else is
    /// `InvalidInput { field: "medication", .. }`.
    pub fn parse(input: &str) -> Result<Self> {
        match words(input).as_str() {
            "taken" | "yes" => Ok(Self::Taken),
            "missed" | "no" => Ok(Self::Missed),
            "none" | "not prescribed" => Ok(Self::NotPrescribed),
            _ => Err(Error::invalid(
                "medication",
                "expected taken, missed or none",
            )),
        }
    }
}

impl FromStr for MedicationTaken {
    type Err = Error;
    fn from_str(input: &str) -> Result<Self> {
        Self::parse(input)
    }
}

/// What triggered a craving: a fixed list, plus the person's own words.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Enum))]
#[serde(rename_all = "snake_case")]
pub enum Trigger {
    /// Particular people (old friends who use, a dealer).
    People,
    /// Particular places.
    Places,
    /// Stress.
    Stress,
    /// Boredom.
    Boredom,
    /// Physical pain.
    Pain,
    /// A conflict or argument.
    Conflict,
    /// Money: payday, debt.
    Money,
    /// Loneliness.
    Loneliness,
    /// Withdrawal symptoms.
    Withdrawal,
    /// A celebration.
    Celebration,
    /// The person's own tag (normalized: trimmed and single-spaced).
    Own(String),
}

impl Trigger {
    /// Every fixed trigger with the words that name it: its stable key first, then everyday
    /// synonyms. This order also breaks ties in counts.
    pub const NAMES: &'static [(Trigger, &'static [&'static str])] = &[
        (Self::People, &["people"]),
        (Self::Places, &["places"]),
        (Self::Stress, &["stress", "stressed"]),
        (Self::Boredom, &["boredom", "bored"]),
        (Self::Pain, &["pain"]),
        (Self::Conflict, &["conflict"]),
        (Self::Money, &["money"]),
        (Self::Loneliness, &["loneliness", "lonely"]),
        (
            Self::Withdrawal,
            &["withdrawal", "withdrawals", "dope sick"],
        ),
        (Self::Celebration, &["celebration", "celebrating"]),
    ];

    /// Parses one trigger typed by the person: a fixed trigger by any of its [`Self::NAMES`],
    /// else an own tag. Errors use `field: "trigger"`.
    pub fn parse(input: &str) -> Result<Self> {
        parse_tag(input)
    }

    /// The stable key: the snake_case name of a fixed trigger, or the own tag's text.
    pub fn key(&self) -> &str {
        Tag::key(self)
    }
}

/// What helped: a fixed list, plus the person's own words.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Enum))]
#[serde(rename_all = "snake_case")]
pub enum HelpfulAction {
    /// Went to a meeting.
    Meeting,
    /// Called the sponsor.
    CalledSponsor,
    /// Therapy or counselling.
    Therapy,
    /// Exercise.
    Exercise,
    /// Took medication as prescribed.
    Medication,
    /// Rest.
    Rest,
    /// Reached out to someone.
    ReachedOut,
    /// The person's own tag (normalized: trimmed and single-spaced).
    Own(String),
}

impl HelpfulAction {
    /// Every fixed helpful action with the words that name it, like [`Trigger::NAMES`].
    pub const NAMES: &'static [(HelpfulAction, &'static [&'static str])] = &[
        (Self::Meeting, &["meeting", "meetings"]),
        (Self::CalledSponsor, &["called_sponsor", "sponsor"]),
        (Self::Therapy, &["therapy", "counselling", "counseling"]),
        (Self::Exercise, &["exercise", "exercised"]),
        (Self::Medication, &["medication", "meds"]),
        (Self::Rest, &["rest", "rested"]),
        (Self::ReachedOut, &["reached_out", "reach out"]),
    ];

    /// Parses one helpful action typed by the person, like [`Trigger::parse`]. Errors use
    /// `field: "helped"`.
    pub fn parse(input: &str) -> Result<Self> {
        parse_tag(input)
    }

    /// The stable key: the snake_case name of a fixed action, or the own tag's text.
    pub fn key(&self) -> &str {
        Tag::key(self)
    }
}

/// Parses a list of triggers typed by the person (see the module doc). Errors use
/// `field: "trigger"`: an own tag too long or with control characters, or more than
/// [`TAGS_MAX`] distinct triggers.
pub fn parse_triggers(input: &str) -> Result<Vec<Trigger>> {
    parse_tag_list(input)
}

/// Parses a list of helpful actions typed by the person, like [`parse_triggers`]. Errors use
/// `field: "helped"`.
pub fn parse_helped(input: &str) -> Result<Vec<HelpfulAction>> {
    parse_tag_list(input)
}

/// Checks a check-in as it will be stored, against today in `tz` at `now` (see the module doc
/// for every limit). Tags must already be normalized: run [`prepare_checkin`] on anything a
/// person or a shell built by hand.
pub fn validate_checkin(checkin: &CheckIn, now: DateTime<Utc>, tz: Tz) -> Result<()> {
    if checkin.date.year() < EARLIEST_YEAR {
        return Err(Error::invalid("date", "year before 1900"));
    }
    if checkin.date > local_today(now, tz) {
        return Err(Error::invalid("date", "in the future"));
    }
    if !(MOOD_MIN..=MOOD_MAX).contains(&checkin.mood) {
        return Err(Error::invalid("mood", "must be 1 to 5"));
    }
    if checkin.craving > CRAVING_MAX {
        return Err(Error::invalid("craving", "must be 0 to 10"));
    }
    if checkin.used && checkin.pledge_kept == Some(true) {
        return Err(Error::invalid("pledge_kept", "kept on a day with a use"));
    }
    validate_tags(&checkin.triggers)?;
    validate_tags(&checkin.helped)?;
    if let Some(note) = &checkin.note {
        if note.chars().count() > NOTE_MAX_CHARS {
            return Err(Error::invalid("note", "too long"));
        }
        if note.chars().any(|c| c.is_control() && c != '\n') {
            return Err(Error::invalid("note", "contains control characters"));
        }
    }
    Ok(())
}

/// Normalizes a check-in built by a shell and then validates it: own tags are trimmed and
/// single-spaced, an own tag that names a fixed one becomes the fixed one, duplicates are merged
/// (first kept), `\r\n` and `\r` in the note become `\n`, and a blank note becomes `None`.
pub fn prepare_checkin(mut checkin: CheckIn, now: DateTime<Utc>, tz: Tz) -> Result<CheckIn> {
    checkin.triggers = normalize_tags(checkin.triggers);
    checkin.helped = normalize_tags(checkin.helped);
    checkin.note = checkin
        .note
        .map(|note| note.replace("\r\n", "\n").replace('\r', "\n"))
        .filter(|note| !note.trim().is_empty());
    validate_checkin(&checkin, now, tz)?;
    Ok(checkin)
}

/// An own tag's stored form: trimmed, inner whitespace runs as one space, case kept.
fn single_spaced(input: &str) -> String {
    input.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// Parses one tag; an empty one is an error here (a list skips empty items instead).
fn parse_tag<T: Tag>(input: &str) -> Result<T> {
    let tag = normalize_tag(T::own(single_spaced(input)));
    validate_tag(&tag)?;
    Ok(tag)
}

/// Parses, merges and counts as it goes, so a huge paste fails fast instead of being merged
/// item by item against itself.
fn parse_tag_list<T: Tag>(input: &str) -> Result<Vec<T>> {
    let mut kept: Vec<T> = Vec::new();
    for item in input
        .split([',', ';', '\n'])
        .filter(|i| !i.trim().is_empty())
    {
        let tag = parse_tag::<T>(item)?;
        if !kept.iter().any(|seen| same_tag(seen, &tag)) {
            if kept.len() == TAGS_MAX {
                return Err(Error::invalid(T::FIELD, "too many"));
            }
            kept.push(tag);
        }
    }
    Ok(kept)
}

/// An own tag in canonical form: single-spaced, or the fixed tag it names.
fn normalize_tag<T: Tag>(tag: T) -> T {
    match tag.own_text() {
        None => tag,
        Some(text) => T::fixed_named(&words(text)).unwrap_or_else(|| T::own(single_spaced(text))),
    }
}

/// Canonical tags with duplicates (case-insensitive for own tags) merged, first kept; empty
/// own tags are left for validation to refuse.
fn normalize_tags<T: Tag>(tags: Vec<T>) -> Vec<T> {
    let mut kept: Vec<T> = Vec::with_capacity(tags.len());
    for tag in tags.into_iter().map(normalize_tag) {
        if !kept.iter().any(|seen| same_tag(seen, &tag)) {
            kept.push(tag);
        }
    }
    kept
}

fn validate_tag<T: Tag>(tag: &T) -> Result<()> {
    let Some(text) = tag.own_text() else {
        return Ok(());
    };
    if text.chars().any(char::is_control) {
        return Err(Error::invalid(T::FIELD, "contains control characters"));
    }
    if text.trim().is_empty() {
        return Err(Error::invalid(T::FIELD, "empty"));
    }
    if text.chars().count() > TAG_MAX_CHARS {
        return Err(Error::invalid(T::FIELD, "too long"));
    }
    if text != single_spaced(text) {
        return Err(Error::invalid(T::FIELD, "not trimmed"));
    }
    if T::fixed_named(&words(text)).is_some() {
        return Err(Error::invalid(T::FIELD, "names a fixed tag"));
    }
    Ok(())
}

fn validate_tags<T: Tag>(tags: &[T]) -> Result<()> {
    if tags.len() > TAGS_MAX {
        return Err(Error::invalid(T::FIELD, "too many"));
    }
    for (i, tag) in tags.iter().enumerate() {
        validate_tag(tag)?;
        if tags[..i].iter().any(|seen| same_tag(seen, tag)) {
            return Err(Error::invalid(T::FIELD, "duplicate"));
        }
    }
    Ok(())
}
