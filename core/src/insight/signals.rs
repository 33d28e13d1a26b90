//! Explainable reach-out signals: simple, named patterns in the check-ins that make a call to the
//! sponsor worth suggesting, each with its reason in plain, kind words.
//!
//! No model and no score: a person should be able to read why the app suggests a call and to
//! disagree. The reasons state facts ("your craving was 7 or more on two of your last three
//! check-ins") and never blame. Every signal suggests one action, reaching out; the caller
//! attaches the sponsor's call action (or the next person in the reach-out chain).
//!
//! Rules, with `T` today in the person's zone. Check-ins dated after `T` are left out, as in the
//! [averages module](mod@crate::insight::averages). "The last three check-ins" are the three latest
//! among those dated in the last [`LOOKBACK_DAYS`] days (`T - 13 ..= T`), so an old pattern does
//! not speak for today (a long silence has its own signal).
//! - [`SignalKind::RecentUse`]: a use dated in `T - 6 ..= T`. Input: the dates of recorded uses
//!   (the facade turns a check-in's "used: yes" into a use event, so it arrives here that way).
//! - [`SignalKind::HighCraving`]: craving of [`HIGH_CRAVING`] or more on at least two of the last
//!   three check-ins (or on both, when only two are recent).
//! - [`SignalKind::MoodFalling`]: mood strictly lower at each of the last three check-ins, in
//!   date order.
//! - [`SignalKind::NoRecentCheckIn`]: no check-in on `T`, `T - 1` or `T - 2`, but at least one
//!   before that (any time ago). Today counts although it is not over: this is a gentle prompt,
//!   not a judgement. A brand-new person with no check-in at all gets no such signal: there is
//!   no habit yet to have broken.
//! - [`SignalKind::EarlyDays`]: the current clean streak (input, as the journal counts it) is at
//!   most [`EARLY_DAYS`] days: the first two weeks, up to and including the 14-day milestone.
//!
//! Priority, highest first, is the order of [`SignalKind`]: a recent use (past use is the
//! strongest lapse predictor, and overdose risk is highest after a period without use), then
//! high craving and falling mood (the self-reports that best predict a lapse), then silence
//! (engagement decays before people drift away), then the early days (true for everyone, so the
//! least specific). Sources: features.md §5.3 and §5.5 (Wyant et al., `jjcurtin/study_lag`;
//! Burgess-Hull & Epstein 2021; Preston et al. 2018; HOPE engagement), seed 003 ("the time both
//! during the detox and directly following you will be at your most vulnerable").

use chrono::{DateTime, NaiveDate, Utc};
use chrono_tz::Tz;
use serde::{Deserialize, Serialize};

use crate::checkin::{CheckIn, days_before, local_today};
use crate::text::Catalogue;

/// A craving at or above this is high.
pub const HIGH_CRAVING: u8 = 7;
/// Check-ins older than this many days (dates ending today) are not "recent" for the patterns.
pub const LOOKBACK_DAYS: u32 = 14;
/// Days without a check-in (today included) before the silence signal.
pub const SILENT_DAYS: u32 = 3;
/// A current streak of at most this many days is in its early days.
pub const EARLY_DAYS: u32 = 14;
/// A use within this many dates ending today is recent.
pub const RECENT_USE_DAYS: u32 = 7;

/// What a signal is about. Stable names (serialized in snake_case); the declaration order is
/// the priority order, highest first.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Enum))]
#[serde(rename_all = "snake_case")]
pub enum SignalKind {
    /// A use was recorded in the last 7 days.
    RecentUse,
    /// Craving of 7 or more on two of the last three check-ins.
    HighCraving,
    /// Mood lower at each of the last three check-ins.
    MoodFalling,
    /// No check-in today or on the two days before.
    NoRecentCheckIn,
    /// The first 14 days of the current clean streak.
    EarlyDays,
}

/// What a signal suggests doing.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Enum))]
#[serde(rename_all = "snake_case")]
pub enum SuggestedAction {
    /// Reach out: call the sponsor or the next person in the chain.
    ReachOut,
}

/// One reach-out signal.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Record))]
pub struct Signal {
    /// What the signal is about.
    pub kind: SignalKind,
    /// Why, in plain words, for the person to read.
    pub reason: String,
    /// What the signal suggests.
    pub action: SuggestedAction,
}

/// The reach-out signals as of `now` in `tz`, sorted by priority (highest first), at most one of
/// each kind. `current_streak_days` is the journal's current clean streak (`None` without a
/// journey); `use_dates` are the dates of recorded uses (older ones are ignored).
/// Deterministic: the same records give the same signals, whatever their order.
pub fn reach_out_signals(
    checkins: &[CheckIn],
    current_streak_days: Option<u32>,
    use_dates: &[NaiveDate],
    now: DateTime<Utc>,
    tz: Tz,
    text: &Catalogue,
) -> Vec<Signal> {
    let today = local_today(now, tz);
    let mut known: Vec<&CheckIn> = checkins.iter().filter(|c| c.date <= today).collect();
    // Sorted on every field the rules read, so input order never matters.
    known.sort_by_key(|c| (c.date, c.mood, c.craving));
    let lookback = days_before(today, LOOKBACK_DAYS - 1);
    let recent: Vec<&CheckIn> = known
        .iter()
        .copied()
        .filter(|c| c.date >= lookback)
        .collect();
    let last_three = &recent[recent.len().saturating_sub(3)..];

    let mut signals: Vec<Signal> = [
        recent_use(use_dates, today, text),
        high_craving(last_three, text),
        mood_falling(last_three, text),
        no_recent_checkin(known.last().map(|c| c.date), today, text),
        current_streak_days.and_then(|days| early_days(days, text)),
    ]
    .into_iter()
    .flatten()
    .map(|(kind, reason)| Signal {
        kind,
        reason,
        action: SuggestedAction::ReachOut,
    })
    .collect();
    signals.sort_by_key(|signal| signal.kind);
    signals
}

type Found = Option<(SignalKind, String)>;

fn recent_use(use_dates: &[NaiveDate], today: NaiveDate, text: &Catalogue) -> Found {
    let from = days_before(today, RECENT_USE_DAYS - 1);
    let latest = use_dates
        .iter()
        .filter(|d| **d >= from && **d <= today)
        .max()?;
    let days = u32::try_from((today - *latest).num_days()).unwrap_or(0);
    Some((
        SignalKind::RecentUse,
        text.format("signal-recent-use", &[("days", days.into())]),
    ))
}

fn high_craving(last_three: &[&CheckIn], text: &Catalogue) -> Found {
    let high = last_three
        .iter()
        .filter(|c| c.craving >= HIGH_CRAVING)
        .count();
    let id = match (high, last_three.len()) {
        (2, 2) => "signal-craving-both-of-two",
        (2, 3) => "signal-craving-two-of-three",
        (3, 3) => "signal-craving-each-of-three",
        _ => return None,
    };
    Some((
        SignalKind::HighCraving,
        text.format(id, &[("craving", u32::from(HIGH_CRAVING).into())]),
    ))
}

fn mood_falling(last_three: &[&CheckIn], text: &Catalogue) -> Found {
    let [a, b, c] = last_three else {
        return None;
    };
    (a.mood > b.mood && b.mood > c.mood)
        .then(|| (SignalKind::MoodFalling, text.text("signal-mood-falling")))
}

fn no_recent_checkin(last: Option<NaiveDate>, today: NaiveDate, text: &Catalogue) -> Found {
    let last = last?;
    let days = u32::try_from((today - last).num_days()).unwrap_or(0);
    (days >= SILENT_DAYS).then(|| {
        (
            SignalKind::NoRecentCheckIn,
            text.format("signal-no-recent-check-in", &[("days", days.into())]),
        )
    })
}

fn early_days(streak_days: u32, text: &Catalogue) -> Found {
    (streak_days <= EARLY_DAYS).then(|| {
        (
            SignalKind::EarlyDays,
            text.format(
                "signal-early-days",
                &[("day", streak_days.into()), ("early", EARLY_DAYS.into())],
            ),
        )
    })
}
