//! Table tests of the check-in streak, including month ends, leap days, daylight-saving days and
//! the same instant seen from different zones.

use chrono::NaiveDate;
use chrono_tz::Tz;

use super::common::{TZ, ago, at, date, now, today, utc};
use crate::checkin::streak::{CheckInStreak, checkin_streak};

fn streak(dates: &[NaiveDate]) -> CheckInStreak {
    checkin_streak(dates, now(), TZ)
}

#[test]
fn current_longest_and_recent_counts() {
    #[rustfmt::skip]
    let cases = [
        // (why, dates, (current, checked in today, longest, days in last 30))
        ("nothing yet", vec![], (0, false, 0, 0)),
        ("today only", vec![ago(0)], (1, true, 1, 1)),
        ("three up to today", vec![ago(2), ago(1), ago(0)], (3, true, 3, 3)),
        ("up to yesterday: not broken yet", vec![ago(3), ago(2), ago(1)], (3, false, 3, 3)),
        ("last was two days ago: broken", vec![ago(4), ago(3), ago(2)], (0, false, 3, 3)),
        ("gap then today", vec![ago(5), ago(4), ago(3), ago(1), ago(0)], (2, true, 3, 5)),
        ("unsorted, repeated", vec![ago(0), ago(1), ago(0), ago(2), ago(1)], (3, true, 3, 3)),
        ("future date left out", vec![ago(1), date(2026, 11, 23)], (1, false, 1, 1)),
        ("30-day window edges", vec![ago(30), ago(29)], (0, false, 2, 1)),
    ];
    for (why, dates, (current, done, longest, recent)) in cases {
        let s = streak(&dates);
        assert_eq!(
            (
                s.current_days,
                s.checked_in_today,
                s.longest_days,
                s.days_in_last_30
            ),
            (current, done, longest, recent),
            "{why}"
        );
        assert_eq!(s.today, today(), "{why}");
    }
}

#[test]
fn longest_streak_is_kept_after_a_break() {
    let mut dates: Vec<NaiveDate> = (1..=10).map(|d| date(2026, 10, d)).collect();
    dates.extend([ago(1), ago(0)]);
    let s = streak(&dates);
    assert_eq!((s.current_days, s.longest_days), (2, 10));
    assert_eq!(s.last_check_in, Some(today()));
}

#[test]
fn month_ends_and_leap_days_are_consecutive() {
    let leap = [date(2024, 2, 28), date(2024, 2, 29), date(2024, 3, 1)];
    let s = checkin_streak(&leap, utc(2024, 3, 1, 12, 0), Tz::UTC);
    assert_eq!((s.current_days, s.longest_days), (3, 3));
    let plain = [date(2025, 2, 28), date(2025, 3, 1)];
    let s = checkin_streak(&plain, utc(2025, 3, 1, 12, 0), Tz::UTC);
    assert_eq!(s.current_days, 2);
    let year_end = [date(2025, 12, 31), date(2026, 1, 1)];
    let s = checkin_streak(&year_end, utc(2026, 1, 2, 12, 0), Tz::UTC);
    assert_eq!((s.current_days, s.checked_in_today), (2, false));
}

#[test]
fn daylight_saving_days_count_as_one_day_each() {
    // New York: 2026-03-08 has 23 hours, 2026-11-01 has 25.
    let spring = [date(2026, 3, 7), date(2026, 3, 8), date(2026, 3, 9)];
    let s = checkin_streak(&spring, at(TZ, 2026, 3, 9, 0, 5), TZ);
    assert_eq!((s.current_days, s.checked_in_today), (3, true));

    let autumn = [date(2026, 10, 31), date(2026, 11, 1), date(2026, 11, 2)];
    // 23:30 EST on the 1st is 04:30 UTC on the 2nd: the 2nd's check-in is not counted yet.
    let s = checkin_streak(&autumn, utc(2026, 11, 2, 4, 30), TZ);
    assert_eq!(
        (s.today, s.current_days, s.checked_in_today),
        (date(2026, 11, 1), 2, true)
    );
    let s = checkin_streak(&autumn, utc(2026, 11, 2, 5, 30), TZ);
    assert_eq!(
        (s.today, s.current_days, s.checked_in_today),
        (date(2026, 11, 2), 3, true)
    );
    // Two days later, at 00:30 on the 4th, yesterday (the 3rd) has none: the streak is over.
    let s = checkin_streak(&autumn, at(TZ, 2026, 11, 4, 0, 30), TZ);
    assert_eq!((s.current_days, s.longest_days), (0, 3));
}

#[test]
fn the_same_instant_is_a_different_day_in_different_zones() {
    let instant = utc(2026, 11, 22, 6, 0);
    let dates = [date(2026, 11, 20), date(2026, 11, 21), date(2026, 11, 22)];
    // Tokyo: 15:00 on the 22nd, today's check-in is done.
    let tokyo = checkin_streak(&dates, instant, Tz::Asia__Tokyo);
    assert_eq!((tokyo.current_days, tokyo.checked_in_today), (3, true));
    // Los Angeles: 22:00 on the 21st; the 22nd is still ahead and is left out.
    let la = checkin_streak(&dates, instant, Tz::America__Los_Angeles);
    assert_eq!(
        (la.today, la.current_days, la.checked_in_today),
        (date(2026, 11, 21), 2, true)
    );
    assert_eq!(la.last_check_in, Some(date(2026, 11, 21)));
}

#[test]
fn json_form() {
    let json = serde_json::to_value(streak(&[ago(1)])).expect("serializes");
    assert_eq!(json["current_days"], 1);
    assert_eq!(json["checked_in_today"], false);
    assert_eq!(json["last_check_in"], "2026-11-21");
}
