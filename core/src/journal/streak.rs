//! Streaks and cumulative measures, derived from a journey and its uses.
//!
//! The continuous streak is honest: it restarts after a use. But nothing is lost and nobody is
//! shamed: every earlier streak stays in the history, and the cumulative measures (total clean
//! days, longest streak, share of clean days) keep growing. [`summarize`] is a pure function of
//! the records, `now` and the zone the person is in *now*: all days are calendar days of that
//! zone, so after a flight the counts follow the new local calendar.
//!
//! Counting rules, with `F` the journey's clean date, `T` today in the current zone:
//! - **Use days.** Uses are grouped by date; several uses on one date are one use day. A use
//!   dated before `F` (or on `F` at a time before the journey's clean time, when both times are
//!   given) is history from before the journey and creates no streak; any other use on `F` ends
//!   the first streak at 0 days. A use dated after `T` (possible only when the zone moved
//!   west since it was logged) counts as a use on `T`, so no record can lengthen a streak or
//!   make one negative.
//! - **Streaks.** The first streak starts on `F`. A use on `D` ends the streak that started on
//!   `S` with `D - S` days (its clean days `S..D`, possibly 0), and the next streak starts on
//!   `D + 1`, its day 0. A streak ended by a use day is `ended_by` `Relapse` if any use that day
//!   was a relapse, else `Lapse`.
//! - **Current streak days** = `T - S` (day 0 counting) or `T - S + 1` (day 1 counting), never
//!   below 0 (on the day of a use the next streak has not begun: 0).
//! - **Hours clean** are shown while under 72 real hours have passed since the anchor: the
//!   journey's clean time on `F` for the first streak; for a later one the latest given time
//!   among the uses that ended the previous streak; else local midnight of the streak's start.
//!   Measured between instants, so a 23-hour day counts 23 hours.
//! - **Longest streak** = the largest of the current streak's days and every past streak's days.
//! - **Attempts** = the number of streaks begun = past streaks + 1.
//! - **Days since the first clean date** = the count from `F` to `T` in the chosen counting
//!   (`T - F` or `T - F + 1`, never below 0): the upper bound of total clean days.
//! - **Total clean days** = those counted days (`F..T`, or `F..=T` for day 1 counting) that are
//!   not use days. It always equals the sum of the past streaks' days and the current streak's.
//! - **Share of clean days** over the last `N` days (30, 90, 365): the window is the `N` dates
//!   ending today, `T - N + 1 ..= T` (today included, in either counting), cut to dates on or
//!   after `F` so days before the journey are not held against a newcomer; share = dates that are
//!   not use days / dates in the cut window, and 0.0 when the cut window is empty.
//!
//! Doses of prescribed medication (buprenorphine, methadone) are treatment, not uses: they are
//! never [`UseEvent`]s, so they cannot end a streak here.

use chrono::{DateTime, NaiveDate, NaiveTime, TimeDelta, Utc};
use chrono_tz::Tz;
use serde::{Deserialize, Serialize};

use super::model::{DayCounting, Journey, UseEvent, UseKind};
use crate::calendar;

/// While less than this much real time has passed, the current streak also shows hours.
const HOURS_SHOWN_UNDER: TimeDelta = TimeDelta::hours(72);
/// The windows of the clean-day shares.
const SHARE_WINDOWS: [u32; 3] = [30, 90, 365];

/// Everything the streak screen shows, as of `today`.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Record))]
pub struct StreakSummary {
    /// Today's date in the zone the summary was made for.
    pub today: NaiveDate,
    /// The current streak's clean date (its day 0, or day 1 with day 1 counting). After a use
    /// today this is tomorrow.
    pub current_start: NaiveDate,
    /// The current streak's day count in the chosen counting, never negative.
    pub current_days: u32,
    /// Hours and minutes clean, while under 72 hours have passed.
    pub elapsed: Option<Elapsed>,
    /// The longest streak so far, including the current one, in days.
    pub longest_days: u32,
    /// How many streaks have begun: 1 plus one per use day since the first clean date.
    pub attempts: u32,
    /// The journey's first clean date.
    pub first_clean_date: NaiveDate,
    /// Days counted from the first clean date to today, in the chosen counting.
    pub days_since_first_clean_date: u32,
    /// Counted days since the first clean date that were not use days.
    pub total_clean_days: u32,
    /// Share of clean days over the last 30 days.
    pub share_30: CleanShare,
    /// Share of clean days over the last 90 days.
    pub share_90: CleanShare,
    /// Share of clean days over the last 365 days.
    pub share_365: CleanShare,
    /// Every ended streak, newest first.
    pub past_streaks: Vec<PastStreak>,
}

/// Real time clean for the first days.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Record))]
pub struct Elapsed {
    /// The instant the count runs from (see the module doc).
    pub since: DateTime<Utc>,
    /// Whole hours since then.
    pub hours: u32,
    /// Minutes past those hours (0..=59).
    pub minutes: u32,
}

/// Clean days over a window of recent dates.
#[derive(Debug, Clone, Copy, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Record))]
pub struct CleanShare {
    /// The window's length in dates (30, 90 or 365).
    pub window_days: u32,
    /// Dates of the window on or after the first clean date (the denominator).
    pub counted_days: u32,
    /// Counted dates that were not use days.
    pub clean_days: u32,
    /// `clean_days / counted_days`, in 0.0..=1.0; 0.0 when nothing is counted yet.
    pub share: f64,
}

/// A streak that a use ended.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Record))]
pub struct PastStreak {
    /// Its clean date.
    pub start: NaiveDate,
    /// The date of the use that ended it (its clean days are `start..end`).
    pub end: NaiveDate,
    /// `end - start` calendar days.
    pub days: u32,
    /// Lapse, or relapse if any use that day was one.
    pub ended_by: UseKind,
}

/// One date with at least one use, after grouping.
#[derive(Debug, Clone, Copy)]
struct UseDay {
    date: NaiveDate,
    kind: UseKind,
    /// The latest instant among that date's uses that have a time.
    last_instant: Option<DateTime<Utc>>,
}

/// Derives the streak screen from a journey and its uses, as of `now` in `tz`.
/// See the module doc for exactly how each figure is counted.
pub fn summarize(
    journey: &Journey,
    uses: &[UseEvent],
    now: DateTime<Utc>,
    tz: Tz,
    counting: DayCounting,
) -> StreakSummary {
    let today = calendar::local_date(now, tz);
    let first = journey.clean_date;
    let use_days = group_use_days(journey, uses, today, tz);

    let mut start = first;
    let mut past = Vec::with_capacity(use_days.len());
    for day in &use_days {
        past.push(PastStreak {
            start,
            end: day.date,
            days: to_count(calendar::days_between(start, day.date)),
            ended_by: day.kind,
        });
        start = calendar::add_days(day.date, 1);
    }
    let current_days = to_count(counting.count(start, today));
    let longest_days = past.iter().map(|p| p.days).fold(current_days, u32::max);

    let anchor = match use_days.last() {
        None => calendar::resolve_local(first, journey.clean_time.unwrap_or(NaiveTime::MIN), tz),
        Some(day) => day
            .last_instant
            .unwrap_or_else(|| calendar::start_of_day(start, tz)),
    };

    // Counted dates are F..T (day 0) or F..=T (day 1): the span ends before `counted_end`.
    let days_since_first = to_count(counting.count(first, today));
    let counted_end = calendar::add_days(first, i64::from(days_since_first));
    let uses_counted = use_days.iter().filter(|d| d.date < counted_end).count();
    let total_clean_days = days_since_first.saturating_sub(len_count(uses_counted));

    let [share_30, share_90, share_365] =
        SHARE_WINDOWS.map(|window| clean_share(window, first, today, &use_days));
    past.reverse();

    StreakSummary {
        today,
        current_start: start,
        current_days,
        elapsed: elapsed_since(anchor, now),
        longest_days,
        attempts: len_count(past.len()).saturating_add(1),
        first_clean_date: first,
        days_since_first_clean_date: days_since_first,
        total_clean_days,
        share_30,
        share_90,
        share_365,
        past_streaks: past,
    }
}

/// Groups the uses that count into distinct use days, oldest first (see the module doc).
fn group_use_days(journey: &Journey, uses: &[UseEvent], today: NaiveDate, tz: Tz) -> Vec<UseDay> {
    // A future-dated use counts on today; if the journey itself starts after today (a flight
    // west on the clean date), on the clean date, so that it never falls before the journey.
    let horizon = today.max(journey.clean_date);
    let mut days: Vec<UseDay> = uses
        .iter()
        .filter(|event| !before_journey(journey, event))
        .map(|event| UseDay {
            date: event.date.min(horizon),
            kind: event.kind,
            last_instant: event
                .time
                .map(|t| calendar::resolve_local(event.date, t, tz)),
        })
        .collect();
    days.sort_by_key(|day| day.date);
    days.dedup_by(|later, kept| {
        if later.date != kept.date {
            return false;
        }
        if later.kind == UseKind::Relapse {
            kept.kind = UseKind::Relapse;
        }
        kept.last_instant = kept.last_instant.max(later.last_instant);
        true
    });
    days
}

/// A use before the clean date, or on it before the clean time, happened before the journey.
fn before_journey(journey: &Journey, event: &UseEvent) -> bool {
    event.date < journey.clean_date
        || (event.date == journey.clean_date
            && matches!((event.time, journey.clean_time), (Some(u), Some(c)) if u < c))
}

/// The share of clean dates among the last `window` dates that are on or after `first`.
fn clean_share(window: u32, first: NaiveDate, today: NaiveDate, use_days: &[UseDay]) -> CleanShare {
    let window_start = calendar::add_days(today, 1 - i64::from(window));
    let from = window_start.max(first);
    let counted = to_count(calendar::days_between(from, today).saturating_add(1));
    let used = use_days
        .iter()
        .filter(|d| d.date >= from && d.date <= today)
        .count();
    let clean_days = counted.saturating_sub(len_count(used));
    let share = if counted == 0 {
        0.0
    } else {
        f64::from(clean_days) / f64::from(counted)
    };
    CleanShare {
        window_days: window,
        counted_days: counted,
        clean_days,
        share,
    }
}

/// Hours and minutes from `since` to `now` while under 72 hours; a `since` in the future
/// (possible after a flight west) reads as 0 h 0 min.
fn elapsed_since(since: DateTime<Utc>, now: DateTime<Utc>) -> Option<Elapsed> {
    let passed = (now - since).max(TimeDelta::zero());
    if passed >= HOURS_SHOWN_UNDER {
        return None;
    }
    let minutes = passed.num_minutes();
    Some(Elapsed {
        since,
        hours: to_count(minutes / 60),
        minutes: to_count(minutes % 60),
    })
}

/// A day count for display: negative becomes 0, and absurdly large saturates.
fn to_count(days: i64) -> u32 {
    u32::try_from(days.max(0)).unwrap_or(u32::MAX)
}

/// A number of records as a count, saturating.
fn len_count(n: usize) -> u32 {
    u32::try_from(n).unwrap_or(u32::MAX)
}
