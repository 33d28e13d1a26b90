//! The daily check-in: the habit the app lives on.
//!
//! In under 30 seconds a person records how they feel (mood 1-5), how strong the craving is
//! (0-10), whether they used, whether they took their medication, what triggered them and what
//! helped. [`model`] holds that record, its parsing from what the person typed and its
//! validation; [`streak`] derives the check-in streak, which is about showing up and is kept
//! apart from the clean streak on purpose (a day with a use can still be a day with a check-in).
//! What the check-ins give back (averages, trends, reach-out signals) lives in
//! [`crate::insight`].
//!
//! Days are calendar days in the person's zone: every rule takes `now` and the zone (or a local
//! date) as arguments and never reads the clock. This file also holds what the check-in and
//! insight rules share: day arithmetic, and the `Tag` rules common to
//! triggers and helpful actions (matching names, keys, sameness).

pub mod model;
pub mod streak;

#[cfg(test)]
mod tests;

use chrono::NaiveDate;

pub use model::{
    CRAVING_MAX, CheckIn, HelpfulAction, MOOD_MAX, MOOD_MIN, MedicationTaken, NOTE_MAX_CHARS,
    TAG_MAX_CHARS, TAGS_MAX, Trigger, parse_helped, parse_triggers, prepare_checkin,
    validate_checkin,
};
pub use streak::{CheckInStreak, DailyRun, RECENT_WINDOW_DAYS, checkin_streak, daily_run};

pub(crate) use crate::calendar::local_date as local_today;

/// `date` moved `days` calendar days back (see [`crate::calendar::add_days`]).
pub(crate) fn days_before(date: NaiveDate, days: u32) -> NaiveDate {
    crate::calendar::add_days(date, -i64::from(days))
}

/// Lowercase, with `_`, `-` and whitespace runs as single spaces: the form fixed names are
/// matched in.
pub(crate) fn words(input: &str) -> String {
    input
        .to_lowercase()
        .replace(['_', '-'], " ")
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
}

/// What triggers and helpful actions have in common, so one set of rules parses, normalizes,
/// validates and counts both.
pub(crate) trait Tag: Clone + Eq + 'static {
    /// The field named in errors.
    const FIELD: &'static str;
    /// The fixed tags and their names (key first).
    const NAMES: &'static [(Self, &'static [&'static str])];
    /// An own tag.
    fn own(text: String) -> Self;
    /// The own tag's text, or `None` for a fixed tag.
    fn own_text(&self) -> Option<&str>;

    /// The fixed tag named by `typed` in [`words`] form, if any.
    fn fixed_named(typed: &str) -> Option<Self> {
        Self::NAMES
            .iter()
            .find(|(_, names)| names.iter().any(|name| words(name) == typed))
            .map(|(tag, _)| tag.clone())
    }
    /// A fixed tag's position in `NAMES`.
    fn fixed_rank(&self) -> Option<usize> {
        Self::NAMES.iter().position(|(tag, _)| tag == self)
    }
    /// The stable key.
    fn key(&self) -> &str {
        // A tag that is not own is always in `NAMES`, and every entry has at least its key.
        self.own_text().unwrap_or_else(|| {
            Self::NAMES
                .iter()
                .find(|(tag, _)| tag == self)
                .and_then(|(_, names)| names.first().copied())
                .unwrap_or_default()
        })
    }
}

/// Triggers and helpful actions implement [`Tag`] the same way: a fixed list and `Own(text)`.
macro_rules! fixed_or_own_tag {
    ($tag:ty, $field:literal) => {
        impl Tag for $tag {
            const FIELD: &'static str = $field;
            const NAMES: &'static [(Self, &'static [&'static str])] = <$tag>::NAMES;
            fn own(text: String) -> Self {
                Self::Own(text)
            }
            fn own_text(&self) -> Option<&str> {
                match self {
                    Self::Own(text) => Some(text),
                    _ => None,
                }
            }
        }
    };
}

fixed_or_own_tag!(Trigger, "trigger");
fixed_or_own_tag!(HelpfulAction, "helped");

/// Two tags are the same if equal, or if both are own tags equal ignoring case.
pub(crate) fn same_tag<T: Tag>(a: &T, b: &T) -> bool {
    match (a.own_text(), b.own_text()) {
        (Some(x), Some(y)) => x.to_lowercase() == y.to_lowercase(),
        _ => a == b,
    }
}
