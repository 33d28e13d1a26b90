//! Clean time in years, months and days: month ends, leap days, both day countings, the words
//! in both languages, and agreement with the month milestones.

use proptest::prelude::*;

use super::common::date;
use crate::calendar::CalendarSpan;
use crate::journal::clean_time::{CleanTime, clean_time};
use crate::journal::model::DayCounting;
use crate::test_support::english;
use crate::text::{Language, messages};

const ZERO: DayCounting = DayCounting::CleanDateIsDayZero;
const ONE: DayCounting = DayCounting::CleanDateIsDayOne;

fn breakdown(
    start: (i32, u32, u32),
    today: (i32, u32, u32),
    counting: DayCounting,
) -> (u32, u32, u32) {
    let start = date(start.0, start.1, start.2);
    let today = date(today.0, today.1, today.2);
    let days = u32::try_from((today - start).num_days()).unwrap() + u32::from(counting == ONE);
    let t = clean_time(start, today, counting, days);
    (t.years, t.months, t.days)
}

#[test]
fn month_ends_and_leap_days() {
    for (start, today, counting, expected) in [
        ((2026, 1, 1), (2026, 1, 1), ZERO, (0, 0, 0)),
        ((2026, 1, 1), (2026, 1, 1), ONE, (0, 0, 1)),
        ((2026, 1, 1), (2026, 1, 31), ZERO, (0, 0, 30)),
        ((2026, 1, 1), (2026, 2, 1), ZERO, (0, 1, 0)),
        // From 31 January the first month ends on the last day of February.
        ((2026, 1, 31), (2026, 2, 27), ZERO, (0, 0, 27)),
        ((2026, 1, 31), (2026, 2, 28), ZERO, (0, 1, 0)),
        ((2026, 1, 31), (2026, 3, 30), ZERO, (0, 1, 30)),
        ((2026, 1, 31), (2026, 3, 31), ZERO, (0, 2, 0)),
        // A leap day: the year after 29 February 2024 is reached on 28 February 2025.
        ((2024, 2, 29), (2025, 2, 27), ZERO, (0, 11, 29)),
        ((2024, 2, 29), (2025, 2, 28), ZERO, (1, 0, 0)),
        ((2024, 2, 29), (2028, 2, 29), ZERO, (4, 0, 0)),
        ((2025, 3, 10), (2026, 5, 13), ZERO, (1, 2, 3)),
        // Day 1 counting reaches each month a day earlier, as its milestones do.
        ((2026, 1, 1), (2026, 1, 31), ONE, (0, 1, 0)),
        ((2025, 3, 10), (2026, 5, 12), ONE, (1, 2, 3)),
    ] {
        assert_eq!(
            breakdown(start, today, counting),
            expected,
            "{start:?} to {today:?}, {counting:?}"
        );
    }
}

#[test]
fn words_in_both_languages() {
    let es = messages(Language::Spanish);
    for (time, english_words, spanish_words) in [
        (CleanTime::default(), "0 days", "0 días"),
        (
            CleanTime {
                years: 0,
                months: 0,
                days: 1,
            },
            "1 day",
            "1 día",
        ),
        (
            CleanTime {
                years: 0,
                months: 2,
                days: 0,
            },
            "2 months",
            "2 meses",
        ),
        (
            CleanTime {
                years: 1,
                months: 0,
                days: 3,
            },
            "1 year and 3 days",
            "1 año y 3 días",
        ),
        (
            CleanTime {
                years: 1,
                months: 2,
                days: 3,
            },
            "1 year, 2 months and 3 days",
            "1 año, 2 meses y 3 días",
        ),
        (
            CleanTime {
                years: 21,
                months: 1,
                days: 101,
            },
            "21 years, 1 month and 101 days",
            "21 años, 1 mes y 101 días",
        ),
    ] {
        assert_eq!(time.text(english()), english_words);
        assert_eq!(time.text(es), spanish_words);
    }
}

proptest! {
    /// On the day a month milestone is reached, the breakdown is exactly that many months; the
    /// day before, one month fewer and some days.
    #[test]
    fn agrees_with_the_month_milestones(
        start in 0i64..40_000,
        months in 1u32..400,
        day_one in any::<bool>(),
    ) {
        let counting = if day_one { ONE } else { ZERO };
        let start = date(1950, 1, 1) + chrono::Days::new(u64::try_from(start).unwrap());
        let reached = counting.date_reaching(start, CalendarSpan::Months(months));
        let days = |today: chrono::NaiveDate| {
            u32::try_from((today - start).num_days()).unwrap() + u32::from(day_one)
        };
        let on = clean_time(start, reached, counting, days(reached));
        prop_assert_eq!((on.years * 12 + on.months, on.days), (months, 0));
        let before = reached.pred_opt().unwrap();
        let earlier = clean_time(start, before, counting, days(before));
        prop_assert_eq!(earlier.years * 12 + earlier.months, months - 1);
        prop_assert!(earlier.days > 0);
    }
}
