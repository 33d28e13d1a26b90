//! Milestones of the current streak: which ones, on what date, and which to celebrate now.
//!
//! A person chooses which set to follow: the keytags many fellowships hand out, the early days
//! that track acute withdrawal (it starts 8-24 hours after the last use, peaks at days 1-3 and
//! eases by days 4-10), their own dates and day counts, or all of them. Every milestone is a
//! date in the person's zone computed from the current streak's clean date `S` with the chosen
//! [`DayCounting`]: a span of N days is reached on `S + N` with day 0 counting and on
//! `S + N - 1` with day 1 counting (where the clean date itself is "1 day"). Month and year
//! spans are calendar months clamped to the month's end (a streak from 31 January reaches
//! "6 months" on 31 July and "1 month" would be 28 or 29 February).
//!
//! Lists are sorted by date (then by key), and unique by key: a span offered by two sets, such
//! as "days:1", appears once. Keys are stable across versions, so the shell may store them:
//! `days:N`, `months:N`, `years:N`, `date:YYYY-MM-DD`.
//!
//! "Reported once": [`newly_reached`] is the pure half of celebrating a milestone reached while
//! the app was closed. The caller persists the last date it reported up to.

use chrono::{Datelike, NaiveDate};
use serde::{Deserialize, Serialize};

use super::model::DayCounting;
use crate::calendar::{self, CalendarSpan};
use crate::error::{Error, Result};
use crate::text::Catalogue;

/// Yearly keytags are listed through at least this year, and always up to the next upcoming one.
pub const KEYTAG_YEARS_AT_LEAST: u32 = 30;
/// The most personal milestones a person can keep.
pub const PERSONAL_MAX: usize = 50;
/// The largest personal day count (about 100 years).
pub const PERSONAL_MAX_DAYS: u32 = 36_525;

/// Early days: withdrawal peaks at days 1-3 and eases within the first weeks.
const EARLY_DAYS: [u32; 6] = [1, 2, 3, 7, 14, 21];

/// Which milestones to show.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default, Serialize, Deserialize)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Enum))]
#[serde(rename_all = "snake_case")]
pub enum MilestoneSet {
    /// 1 day; 30, 60, 90 days; 6 and 9 months; 1 year; 18 months; every year; 10,000 days.
    #[default]
    Keytags,
    /// 1, 2, 3, 7, 14 and 21 days.
    Early,
    /// Only the person's own milestones.
    Personal,
    /// All of the above.
    All,
}

/// A milestone the person chose.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Enum))]
#[serde(rename_all = "snake_case")]
pub enum PersonalMilestone {
    /// A day count of the current streak, 1..=[`PERSONAL_MAX_DAYS`].
    Days(u32),
    /// A fixed date (a birthday, an anniversary). Shown while it is not before the current
    /// streak's clean date; a date that belongs to an earlier streak is not listed.
    Date(NaiveDate),
}

/// One milestone of the current streak.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Record))]
pub struct Milestone {
    /// Stable identifier: `days:30`, `months:6`, `years:2`, `date:2027-01-01`.
    pub key: String,
    /// Display text in the person's language: "30 days", "6 meses", "10,000 days", "2027-01-01".
    pub label: String,
    /// The local date on which it is reached.
    pub date: NaiveDate,
    /// Calendar days from today to `date`; 0 once reached.
    pub days_left: u32,
    /// Whether `date` is today or earlier.
    pub reached: bool,
}

/// What a milestone measures, before it is dated.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Mark {
    Span(CalendarSpan),
    Date(NaiveDate),
}

/// The milestones of a streak whose clean date is `streak_start`, as of `today`, for `set`
/// (with `personal` used by `Personal` and `All`), sorted by date and unique by key, labelled in
/// the language of `text`.
pub fn milestones(
    streak_start: NaiveDate,
    today: NaiveDate,
    set: MilestoneSet,
    personal: &[PersonalMilestone],
    counting: DayCounting,
    text: &Catalogue,
) -> Vec<Milestone> {
    let mut marks = Vec::new();
    if matches!(set, MilestoneSet::Keytags | MilestoneSet::All) {
        marks.extend(keytags(streak_start, today, counting));
    }
    if matches!(set, MilestoneSet::Early | MilestoneSet::All) {
        marks.extend(EARLY_DAYS.map(|days| Mark::Span(CalendarSpan::Days(days))));
    }
    if matches!(set, MilestoneSet::Personal | MilestoneSet::All) {
        marks.extend(personal.iter().filter_map(|p| match *p {
            PersonalMilestone::Days(0) => None,
            PersonalMilestone::Days(days) => Some(Mark::Span(CalendarSpan::Days(days))),
            PersonalMilestone::Date(date) if date < streak_start => None,
            PersonalMilestone::Date(date) => Some(Mark::Date(date)),
        }));
    }

    let mut list: Vec<Milestone> = marks
        .into_iter()
        .map(|mark| {
            let date = match mark {
                Mark::Span(span) => counting.date_reaching(streak_start, span),
                Mark::Date(date) => date,
            };
            let left = calendar::days_between(today, date).max(0);
            Milestone {
                key: key(mark),
                label: label(mark, text),
                date,
                days_left: u32::try_from(left).unwrap_or(u32::MAX),
                reached: date <= today,
            }
        })
        .collect();
    list.sort_by(|a, b| a.date.cmp(&b.date).then_with(|| a.key.cmp(&b.key)));
    // Equal keys always carry equal dates, so after sorting duplicates are neighbours.
    list.dedup_by(|a, b| a.key == b.key);
    list
}

/// The first milestone not yet reached, if any.
pub fn next_milestone(milestones: &[Milestone]) -> Option<&Milestone> {
    milestones.iter().find(|m| !m.reached)
}

/// The milestones to celebrate now, oldest first: those reached after `last_seen` and by
/// `today`. With no `last_seen` (the first run ever) only a milestone falling today counts, so a
/// new user with years clean is not flooded with old milestones.
///
/// The caller then persists `max(last_seen, today)`; keeping the maximum matters after a flight
/// west, when `today` can move back a day and would otherwise report a milestone twice.
pub fn newly_reached(
    milestones: &[Milestone],
    last_seen: Option<NaiveDate>,
    today: NaiveDate,
) -> Vec<Milestone> {
    milestones
        .iter()
        .filter(|m| m.date <= today)
        .filter(|m| match last_seen {
            None => m.date == today,
            Some(seen) => m.date > seen,
        })
        .cloned()
        .collect()
}

/// Checks personal milestones: at most [`PERSONAL_MAX`], day counts 1..=[`PERSONAL_MAX_DAYS`],
/// dates not before 1900. Errors use `field: "personal_milestone"`.
pub fn validate_personal(personal: &[PersonalMilestone]) -> Result<()> {
    let invalid = |reason| Error::invalid("personal_milestone", reason);
    if personal.len() > PERSONAL_MAX {
        return Err(invalid("too many"));
    }
    for milestone in personal {
        match *milestone {
            PersonalMilestone::Days(0) => return Err(invalid("day count must be at least 1")),
            PersonalMilestone::Days(days) if days > PERSONAL_MAX_DAYS => {
                return Err(invalid("day count too large"));
            }
            PersonalMilestone::Date(date) if date.year() < calendar::EARLIEST_YEAR => {
                return Err(invalid("year before 1900"));
            }
            _ => {}
        }
    }
    Ok(())
}

/// The keytag marks: fixed ones, then yearly ones through at least year
/// [`KEYTAG_YEARS_AT_LEAST`] and at least the first one still ahead of `today`.
fn keytags(streak_start: NaiveDate, today: NaiveDate, counting: DayCounting) -> Vec<Mark> {
    let mut marks = vec![
        Mark::Span(CalendarSpan::Days(1)),
        Mark::Span(CalendarSpan::Days(30)),
        Mark::Span(CalendarSpan::Days(60)),
        Mark::Span(CalendarSpan::Days(90)),
        Mark::Span(CalendarSpan::Months(6)),
        Mark::Span(CalendarSpan::Months(9)),
        Mark::Span(CalendarSpan::Years(1)),
        Mark::Span(CalendarSpan::Months(18)),
        Mark::Span(CalendarSpan::Days(10_000)),
    ];
    // Bounded so that even a date at chrono's limit (where additions saturate) ends the loop.
    for year in 2..=10_000 {
        let span = CalendarSpan::Years(year);
        marks.push(Mark::Span(span));
        if year >= KEYTAG_YEARS_AT_LEAST && counting.date_reaching(streak_start, span) > today {
            break;
        }
    }
    marks
}

fn key(mark: Mark) -> String {
    match mark {
        Mark::Span(CalendarSpan::Days(n)) => format!("days:{n}"),
        Mark::Span(CalendarSpan::Months(n)) => format!("months:{n}"),
        Mark::Span(CalendarSpan::Years(n)) => format!("years:{n}"),
        Mark::Date(date) => format!("date:{}", date.format("%Y-%m-%d")),
    }
}

fn label(mark: Mark, text: &Catalogue) -> String {
    let (id, count) = match mark {
        Mark::Span(CalendarSpan::Days(n)) => ("milestone-days", n),
        Mark::Span(CalendarSpan::Months(n)) => ("milestone-months", n),
        Mark::Span(CalendarSpan::Years(n)) => ("milestone-years", n),
        Mark::Date(date) => return date.format("%Y-%m-%d").to_string(),
    };
    text.format(id, &[("count", count.into())])
}
