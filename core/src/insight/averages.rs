//! Averages and trends of mood and craving, and the most frequent triggers and helpful actions.
//!
//! Craving and negative mood are the self-reports that best predict an opioid lapse
//! (features.md §5.5: Burgess-Hull & Epstein 2021; Preston et al. 2018; Wyant et al.), so the
//! person sees them summarized without having to read a chart. Rules, with `T` today in the
//! person's zone:
//! - A window of `N` days is the `N` dates `T - N + 1 ..= T`. Averages are over the check-ins
//!   dated in the window (storage keeps one per date; if given more, each counts), and `None`
//!   when the window has none. A check-in dated after `T` (possible only after a flight west)
//!   is left out until its day arrives.
//! - Values are clamped to their scales (mood 1-5, craving 0-10) before averaging, so even a
//!   damaged record cannot push an average off the scale. Averages are not rounded; the shell
//!   formats them.
//! - **Trend**: the mean of the last 7 days (`T - 6 ..= T`) against the mean of the 7 before
//!   (`T - 13 ..= T - 7`). Each week needs at least [`TREND_MIN_CHECK_INS`] check-ins, else the
//!   trend is `None` (two answers are not a trend). Rising when the recent mean is higher by at
//!   least the threshold ([`MOOD_TREND_STEP_TENTHS`], [`CRAVING_TREND_STEP_TENTHS`]: half a
//!   point of mood, one point of craving, about a tenth of either scale), falling when lower by
//!   at least that much, steady otherwise. Compared in exact integer arithmetic, so a difference
//!   of exactly the threshold is never lost to floating-point rounding.
//! - **Top tags** over the last 30 days: how many check-ins named each tag (a tag counts once per
//!   check-in; own tags that differ only in case are one tag, shown in their smallest spelling).
//!   The top [`TOP_TAGS`], by count; ties go to fixed tags in their list order, then own tags in
//!   alphabetical order (ignoring case), so the result never depends on the input's order.

use std::cmp::Reverse;

use chrono::{DateTime, NaiveDate, Utc};
use chrono_tz::Tz;
use serde::{Deserialize, Serialize};

use crate::checkin::{
    CRAVING_MAX, CheckIn, HelpfulAction, MOOD_MAX, MOOD_MIN, Trigger, days_before, local_today,
};
use crate::checkin::{Tag, same_tag};

/// Each of the two weeks compared by a trend needs at least this many check-ins.
pub const TREND_MIN_CHECK_INS: u32 = 3;
/// A mood trend needs a change of at least this many tenths of a point (0.5).
pub const MOOD_TREND_STEP_TENTHS: u32 = 5;
/// A craving trend needs a change of at least this many tenths of a point (1.0).
pub const CRAVING_TREND_STEP_TENTHS: u32 = 10;
/// How many triggers and how many helpful actions [`top_tags`] returns at most.
pub const TOP_TAGS: usize = 3;
/// The window of [`top_tags`], in dates ending today.
pub const TOP_TAGS_WINDOW_DAYS: u32 = 30;

/// Mood and craving over the last 7 and 30 days, with their trends.
#[derive(Debug, Clone, Copy, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Record))]
pub struct Averages {
    /// Today's date in the zone the averages were computed for.
    pub today: NaiveDate,
    /// The last 7 days, today included.
    pub last_7: WindowAverage,
    /// The last 30 days, today included.
    pub last_30: WindowAverage,
    /// Mood this week against last week; `None` without enough check-ins.
    pub mood_trend: Option<Trend>,
    /// Craving this week against last week; `None` without enough check-ins.
    pub craving_trend: Option<Trend>,
}

/// Averages over one window of dates ending today.
#[derive(Debug, Clone, Copy, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Record))]
pub struct WindowAverage {
    /// The window's length in dates.
    pub days: u32,
    /// Check-ins dated in the window.
    pub check_ins: u32,
    /// Mean mood, in 1.0..=5.0; `None` without check-ins.
    pub mood: Option<f64>,
    /// Mean craving, in 0.0..=10.0; `None` without check-ins.
    pub craving: Option<f64>,
}

/// Which way a measure moved from last week to this week.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Enum))]
#[serde(rename_all = "snake_case")]
pub enum Trend {
    /// Higher this week by at least the threshold.
    Rising,
    /// Lower this week by at least the threshold.
    Falling,
    /// Within the threshold.
    Steady,
}

/// A trigger and the number of check-ins that named it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Record))]
pub struct TriggerCount {
    /// The trigger.
    pub tag: Trigger,
    /// How many check-ins in the window named it.
    pub count: u32,
}

/// A helpful action and the number of check-ins that named it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Record))]
pub struct HelpedCount {
    /// The helpful action.
    pub tag: HelpfulAction,
    /// How many check-ins in the window named it.
    pub count: u32,
}

/// The most frequent triggers and helpful actions over the last 30 days.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Record))]
pub struct TopTags {
    /// The window's length in dates ([`TOP_TAGS_WINDOW_DAYS`]).
    pub window_days: u32,
    /// Up to [`TOP_TAGS`] triggers, most frequent first.
    pub triggers: Vec<TriggerCount>,
    /// Up to [`TOP_TAGS`] helpful actions, most frequent first.
    pub helped: Vec<HelpedCount>,
}

/// Averages and trends of mood and craving as of `now` in `tz` (see the module doc).
pub fn averages(checkins: &[CheckIn], now: DateTime<Utc>, tz: Tz) -> Averages {
    let today = local_today(now, tz);
    let week = Sums::over(checkins, today, 0, 7);
    let week_before = Sums::over(checkins, today, 7, 7);
    Averages {
        today,
        last_7: week.average(7),
        last_30: Sums::over(checkins, today, 0, 30).average(30),
        mood_trend: trend(
            (week.mood, week.count),
            (week_before.mood, week_before.count),
            MOOD_TREND_STEP_TENTHS,
        ),
        craving_trend: trend(
            (week.craving, week.count),
            (week_before.craving, week_before.count),
            CRAVING_TREND_STEP_TENTHS,
        ),
    }
}

/// The most frequent triggers and helpful actions over the last 30 days as of `now` in `tz`.
pub fn top_tags(checkins: &[CheckIn], now: DateTime<Utc>, tz: Tz) -> TopTags {
    let today = local_today(now, tz);
    let from = days_before(today, TOP_TAGS_WINDOW_DAYS - 1);
    let window: Vec<&CheckIn> = checkins
        .iter()
        .filter(|c| c.date >= from && c.date <= today)
        .collect();
    TopTags {
        window_days: TOP_TAGS_WINDOW_DAYS,
        triggers: most_frequent(window.iter().map(|c| c.triggers.as_slice()))
            .into_iter()
            .map(|(tag, count)| TriggerCount { tag, count })
            .collect(),
        helped: most_frequent(window.iter().map(|c| c.helped.as_slice()))
            .into_iter()
            .map(|(tag, count)| HelpedCount { tag, count })
            .collect(),
    }
}

/// Sums of clamped mood and craving over the `len` dates ending `skip` days before `today`.
#[derive(Debug, Clone, Copy, Default)]
struct Sums {
    count: u32,
    mood: u32,
    craving: u32,
}

impl Sums {
    fn over(checkins: &[CheckIn], today: NaiveDate, skip: u32, len: u32) -> Self {
        let last = days_before(today, skip);
        let first = days_before(last, len.saturating_sub(1));
        checkins
            .iter()
            .filter(|c| c.date >= first && c.date <= last)
            .fold(Self::default(), |sums, c| Self {
                count: sums.count.saturating_add(1),
                mood: sums
                    .mood
                    .saturating_add(u32::from(c.mood.clamp(MOOD_MIN, MOOD_MAX))),
                craving: sums
                    .craving
                    .saturating_add(u32::from(c.craving.min(CRAVING_MAX))),
            })
    }

    fn average(self, days: u32) -> WindowAverage {
        let mean = |sum: u32| (self.count > 0).then(|| f64::from(sum) / f64::from(self.count));
        WindowAverage {
            days,
            check_ins: self.count,
            mood: mean(self.mood),
            craving: mean(self.craving),
        }
    }
}

/// Compares `recent` and `prior` (sum, count) means against a threshold in tenths, exactly:
/// `recent/nr - prior/np >= step/10`  ⇔  `10 * (recent*np - prior*nr) >= step * nr * np`.
fn trend(recent: (u32, u32), prior: (u32, u32), step_tenths: u32) -> Option<Trend> {
    let ((sr, nr), (sp, np)) = (recent, prior);
    if nr < TREND_MIN_CHECK_INS || np < TREND_MIN_CHECK_INS {
        return None;
    }
    let [sr, nr, sp, np, step] = [sr, nr, sp, np, step_tenths].map(i128::from);
    let difference = 10 * (sr * np - sp * nr);
    let threshold = step * nr * np;
    Some(if difference >= threshold {
        Trend::Rising
    } else if difference <= -threshold {
        Trend::Falling
    } else {
        Trend::Steady
    })
}

/// Counts tags over check-ins (once per check-in) and returns the top [`TOP_TAGS`] with their
/// counts, in the deterministic order described in the module doc.
fn most_frequent<'a, T: Tag + 'a>(lists: impl Iterator<Item = &'a [T]>) -> Vec<(T, u32)> {
    let mut counts: Vec<(T, u32)> = Vec::new();
    for list in lists {
        let mut seen_here: Vec<&T> = Vec::new();
        for tag in list {
            if seen_here.iter().any(|seen| same_tag(*seen, tag)) {
                continue;
            }
            seen_here.push(tag);
            match counts
                .iter_mut()
                .find(|(counted, _)| same_tag(counted, tag))
            {
                Some((counted, count)) => {
                    *count = count.saturating_add(1);
                    // Own tags differing in case show their smallest spelling, whatever the order.
                    if let (Some(new), Some(old)) = (tag.own_text(), counted.own_text())
                        && new < old
                    {
                        *counted = tag.clone();
                    }
                }
                None => counts.push((tag.clone(), 1)),
            }
        }
    }
    counts.sort_by_cached_key(|(tag, count)| (Reverse(*count), tie_rank(tag)));
    counts.truncate(TOP_TAGS);
    counts
}

/// Fixed tags first in list order, then own tags alphabetically ignoring case (then by exact
/// text, so the order is total).
fn tie_rank<T: Tag>(tag: &T) -> (usize, String, String) {
    match (tag.fixed_rank(), tag.own_text()) {
        (Some(rank), _) => (rank, String::new(), String::new()),
        (None, text) => {
            let text = text.unwrap_or_default();
            (usize::MAX, text.to_lowercase(), text.to_owned())
        }
    }
}
