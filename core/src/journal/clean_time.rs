//! Clean time as people say it: "1 year, 2 months and 3 days".
//!
//! People count long streaks in years and months, not in 428 days. The breakdown follows the
//! milestones' month-end rule exactly, so on the day the "6 months" milestone is reached the
//! breakdown says "6 months" and nothing else: whole months are the most `T` for which
//! [`DayCounting::date_reaching`]`(clean date, T months)` is not after today (calendar months
//! clamped to the month's end, so a streak from 31 January has its first month on 28 or 29
//! February), and the days are the calendar days since that date. Before the first month the
//! days are the streak's own count (day 0 or day 1 counting as the person chose).

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

use super::model::DayCounting;
use crate::calendar::{self, CalendarSpan};
use crate::text::{Arg, Catalogue};

/// A clean streak in years, months and days.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Record))]
pub struct CleanTime {
    /// Whole years.
    pub years: u32,
    /// Whole months after the years (0 to 11).
    pub months: u32,
    /// Days after the months.
    pub days: u32,
}

/// The breakdown of a streak whose clean date is `start`, as of `today`, whose day count is
/// `current_days` (the streak summary's, which already applies `counting`).
pub fn clean_time(
    start: NaiveDate,
    today: NaiveDate,
    counting: DayCounting,
    current_days: u32,
) -> CleanTime {
    let mut months = 0u32;
    let mut anchor = None;
    // Monotonic in the month count (clamping never moves a later month before an earlier
    // one), so the first month past today ends the search. Bounded for dates near chrono's
    // limits, where additions saturate.
    while months < 12 * 10_000 {
        let reached = counting.date_reaching(start, CalendarSpan::Months(months + 1));
        if reached > today {
            break;
        }
        months += 1;
        anchor = Some(reached);
    }
    let days = match anchor {
        Some(date) => u32::try_from(calendar::days_between(date, today)).unwrap_or(0),
        None => current_days,
    };
    CleanTime {
        years: months / 12,
        months: months % 12,
        days,
    }
}

impl CleanTime {
    /// "1 year, 2 months and 3 days" in the language of `text`, leaving out parts that are 0
    /// ("2 months", "1 year and 3 days"); "0 days" on the clean date with day 0 counting.
    pub fn text(&self, text: &Catalogue) -> String {
        let parts: Vec<String> = [
            ("milestone-years", self.years),
            ("milestone-months", self.months),
            ("milestone-days", self.days),
        ]
        .into_iter()
        .filter(|(_, count)| *count > 0)
        .map(|(id, count)| text.format(id, &[("count", count.into())]))
        .collect();
        match parts.as_slice() {
            [] => text.format("milestone-days", &[("count", 0u32.into())]),
            [one] => one.clone(),
            [first, second] => text.format(
                "clean-time-two",
                &[("first", Arg::from(first)), ("second", Arg::from(second))],
            ),
            [first, second, third, ..] => text.format(
                "clean-time-three",
                &[
                    ("first", Arg::from(first)),
                    ("second", Arg::from(second)),
                    ("third", Arg::from(third)),
                ],
            ),
        }
    }
}
