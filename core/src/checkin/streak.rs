//! The check-in streak: how many days in a row the person has shown up; and the rules every
//! daily habit's streak shares (the pledge streak in [`crate::pledge`] is the other one).
//!
//! It rewards the habit, not sobriety, so it is kept apart from the clean streak: a day with a
//! use and an honest check-in still counts here. Rules of [`daily_run`], with `T` today in the
//! person's zone:
//! - Input is the local dates the habit was done on (a check-in's or a pledge's key). Repeated
//!   dates count once. A date after `T` (possible only after the zone moved west since it was
//!   recorded) is left out until its day arrives, the same rule the insights use, so nothing
//!   counts twice.
//! - **Current streak**: the number of consecutive dates ending on `T` if today's is done, else
//!   ending on `T - 1`. So the streak is not shown as broken while today is still open: at 08:00
//!   a person who checked in every day until yesterday still sees their streak, with
//!   [`CheckInStreak::checked_in_today`] false to prompt today's. With neither `T` nor `T - 1`
//!   done, the current streak is 0.
//! - **Longest streak**: the longest run of consecutive dates, the current one included.
//! - **Days in the last 30**: dates done among `T - 29 ..= T`.
//!
//! Every figure is at most the number of distinct dates, and the current streak is at most the
//! longest. [`checkin_streak`] names these figures for check-ins; the rules are written once.

use chrono::{DateTime, NaiveDate, Utc};
use chrono_tz::Tz;
use serde::{Deserialize, Serialize};

use super::{days_before, local_today};

/// The window of [`CheckInStreak::days_in_last_30`], in dates ending today.
pub const RECENT_WINDOW_DAYS: u32 = 30;

/// The check-in streak as of `today`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Record))]
pub struct CheckInStreak {
    /// Today's date in the zone the streak was computed for.
    pub today: NaiveDate,
    /// Consecutive days with a check-in, ending today or, while today's is not done, yesterday.
    pub current_days: u32,
    /// Whether today's check-in is done.
    pub checked_in_today: bool,
    /// The longest run of consecutive days with a check-in, the current one included.
    pub longest_days: u32,
    /// Days with a check-in among the last [`RECENT_WINDOW_DAYS`] dates, today included.
    pub days_in_last_30: u32,
    /// The latest check-in date on or before today, if any.
    pub last_check_in: Option<NaiveDate>,
}

/// The figures of a daily habit's streak as of `today`, before a habit names them (see the
/// module doc for the rules).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct DailyRun {
    /// Today's date in the zone the run was computed for.
    pub today: NaiveDate,
    /// Consecutive days done, ending today or, while today is not done, yesterday.
    pub current_days: u32,
    /// Whether today is done.
    pub done_today: bool,
    /// The longest run of consecutive days done, the current one included.
    pub longest_days: u32,
    /// Days done among the last [`RECENT_WINDOW_DAYS`] dates, today included.
    pub days_in_last_30: u32,
    /// The latest date done on or before today, if any.
    pub last_day: Option<NaiveDate>,
}

/// The run of a daily habit done on `dates`, as of `now` in `tz`. See the module doc for the
/// rules; every daily streak in Cairn is computed here.
pub fn daily_run(dates: &[NaiveDate], now: DateTime<Utc>, tz: Tz) -> DailyRun {
    let today = local_today(now, tz);
    let mut days: Vec<NaiveDate> = dates.iter().copied().filter(|d| *d <= today).collect();
    days.sort_unstable();
    days.dedup();

    // One pass over the sorted dates: the length of the run ending at each date.
    let mut longest = 0u32;
    let mut run = 0u32;
    let mut previous: Option<NaiveDate> = None;
    for &day in &days {
        run = match previous {
            Some(p) if p.succ_opt() == Some(day) => run.saturating_add(1),
            _ => 1,
        };
        longest = longest.max(run);
        previous = Some(day);
    }

    let last = days.last().copied();
    let yesterday = days_before(today, 1);
    // `run` is the run ending at `last`; it is current only if `last` is today or yesterday.
    let current = match last {
        Some(day) if day == today || day == yesterday => run,
        _ => 0,
    };
    let window_start = days_before(today, RECENT_WINDOW_DAYS - 1);
    let recent = days.iter().filter(|d| **d >= window_start).count();

    DailyRun {
        today,
        current_days: current,
        done_today: last == Some(today),
        longest_days: longest,
        days_in_last_30: u32::try_from(recent).unwrap_or(u32::MAX),
        last_day: last,
    }
}

/// Derives the check-in streak from the dates of the stored check-ins, as of `now` in `tz`.
/// See the module doc for the rules.
pub fn checkin_streak(dates: &[NaiveDate], now: DateTime<Utc>, tz: Tz) -> CheckInStreak {
    let run = daily_run(dates, now, tz);
    CheckInStreak {
        today: run.today,
        current_days: run.current_days,
        checked_in_today: run.done_today,
        longest_days: run.longest_days,
        days_in_last_30: run.days_in_last_30,
        last_check_in: run.last_day,
    }
}
