//! "Just for today": the daily pledge, a one-tap promise in the morning to stay clean for this
//! one day, reviewed in the evening check-in.
//!
//! Recovery is lived a day at a time, and the other apps people use make this their core habit:
//! one tap in the morning, one answer in the evening. The pledge has its own streak, kept apart
//! from clean time like the check-in streak: it counts showing up to make the promise, so a day
//! whose pledge was not kept still counts as a day pledged (the evening answer is honest and
//! stays in the check-in; nobody is shamed out of a streak for telling the truth).
//!
//! Rules, with `T` today in the person's zone:
//! - **One pledge per local day.** A pledge is keyed by its local date. Pledging again a day
//!   that already has one is not an error: it changes nothing and says so (the facade's
//!   `already_pledged`), because a double tap or a retry after a lost answer is not a mistake
//!   a person should see.
//! - **Back-datable** like check-ins: any date from 1900 ([`crate::calendar::EARLIEST_YEAR`],
//!   the era every dated record keeps) to `T`; a date after `T` is refused.
//! - **The pledge streak** is the check-in streak's rule applied to the pledge dates
//!   ([`crate::checkin::daily_run`], written once): consecutive days with a pledge ending on `T`,
//!   or on `T - 1` while today's is not made yet.
//! - **The evening review** is the check-in's optional `pledge_kept` answer
//!   ([`crate::checkin::CheckIn::pledge_kept`]), so the whole day is told in the one evening
//!   flow; only a day with a pledge can be answered.
//! - **The morning reminder** is optional (off by default: a new kind of notification should
//!   not appear unasked) and skipped on days already pledged; see
//!   [`crate::notification_plan`].

#[cfg(test)]
mod tests;

use chrono::{DateTime, Datelike, NaiveDate, Utc};
use chrono_tz::Tz;
use serde::{Deserialize, Serialize};

use crate::calendar::{self, EARLIEST_YEAR};
use crate::checkin::daily_run;
use crate::error::{Error, Result};

/// The pledge streak as of `today`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Record))]
pub struct PledgeStreak {
    /// Today's date in the zone the streak was computed for.
    pub today: NaiveDate,
    /// Consecutive days with a pledge, ending today or, while today's is not made, yesterday.
    pub current_days: u32,
    /// Whether today's pledge is made.
    pub pledged_today: bool,
    /// The longest run of consecutive days with a pledge, the current one included.
    pub longest_days: u32,
    /// Days with a pledge among the last 30 dates, today included.
    pub days_in_last_30: u32,
    /// The latest pledge date on or before today, if any.
    pub last_pledge: Option<NaiveDate>,
}

/// The pledge streak from the dates of the stored pledges, as of `now` in `tz`: the check-in
/// streak's rules (see [`crate::checkin::streak`]) over other dates.
pub fn pledge_streak(dates: &[NaiveDate], now: DateTime<Utc>, tz: Tz) -> PledgeStreak {
    let run = daily_run(dates, now, tz);
    PledgeStreak {
        today: run.today,
        current_days: run.current_days,
        pledged_today: run.done_today,
        longest_days: run.longest_days,
        days_in_last_30: run.days_in_last_30,
        last_pledge: run.last_day,
    }
}

/// The date a pledge is for: `date` if given, else today in `tz` at `now`. Errors use
/// `field: "date"`: a year before 1900, or a day after today in `tz`.
pub fn pledge_date(date: Option<NaiveDate>, now: DateTime<Utc>, tz: Tz) -> Result<NaiveDate> {
    let today = calendar::local_date(now, tz);
    let date = date.unwrap_or(today);
    if date.year() < EARLIEST_YEAR {
        return Err(Error::invalid("date", "year before 1900"));
    }
    if date > today {
        return Err(Error::invalid("date", "in the future"));
    }
    Ok(date)
}
