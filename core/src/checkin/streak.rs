//! The check-in streak: how many days in a row the person has shown up.
//!
//! It rewards the habit, not sobriety, so it is kept apart from the clean streak: a day with a
//! use and an honest check-in still counts here. Rules, with `T` today in the person's zone:
//! - Input is the dates of the stored check-ins (their keys). Repeated dates count once. A date
//!   after `T` (possible only after the zone moved west since it was recorded) is left out until
//!   its day arrives, the same rule the insights use, so nothing counts twice.
//! - **Current streak**: the number of consecutive dates with a check-in ending on `T` if today's
//!   check-in is done, else ending on `T - 1`. So the streak is not shown as broken while today
//!   is still open: at 08:00 a person who checked in every day until yesterday still sees their
//!   streak, with [`CheckInStreak::checked_in_today`] false to prompt today's. With neither `T`
//!   nor `T - 1` checked in, the current streak is 0.
//! - **Longest streak**: the longest run of consecutive dates, the current one included.
//! - **Days in the last 30**: dates with a check-in among `T - 29 ..= T`.
//!
//! Every figure is at most the number of distinct check-in dates, and the current streak is at
//! most the longest.

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

/// Derives the check-in streak from the dates of the stored check-ins, as of `now` in `tz`.
/// See the module doc for the rules.
pub fn checkin_streak(dates: &[NaiveDate], now: DateTime<Utc>, tz: Tz) -> CheckInStreak {
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

    CheckInStreak {
        today,
        current_days: current,
        checked_in_today: last == Some(today),
        longest_days: longest,
        days_in_last_30: u32::try_from(recent).unwrap_or(u32::MAX),
        last_check_in: last,
    }
}
