//! The pledge's calendar rules: its streak across daylight-saving days and a missed day, the
//! date a pledge is for, and (as properties) that the pledge streak is the check-in streak's
//! rule over other dates.

use chrono::{DateTime, NaiveDate, TimeDelta, Utc};
use chrono_tz::Tz;
use proptest::prelude::*;

use super::{pledge_date, pledge_streak};
use crate::calendar::add_days;
use crate::checkin::checkin_streak;
use crate::test_support::{at, date, invalid, utc};

const NEW_YORK: Tz = Tz::America__New_York;

#[test]
fn a_missed_day_ends_the_streak_and_the_longest_is_kept() {
    // 1 to 5 November pledged, the 6th missed, 7 to 9 pledged.
    let mut dates: Vec<NaiveDate> = (1..=5).map(|d| date(2026, 11, d)).collect();
    dates.extend((7..=9).map(|d| date(2026, 11, d)));
    let on = |d, h| pledge_streak(&dates, at(NEW_YORK, 2026, 11, d, h, 0), NEW_YORK);

    // The morning of the 9th, pledged: 3 days (7, 8, 9), the longest 5.
    let s = on(9, 8);
    assert_eq!(
        (
            s.current_days,
            s.pledged_today,
            s.longest_days,
            s.days_in_last_30
        ),
        (3, true, 5, 8)
    );
    // The 10th before pledging: yesterday still carries the streak.
    let s = on(10, 6);
    assert_eq!((s.current_days, s.pledged_today), (3, false));
    assert_eq!(s.last_pledge, Some(date(2026, 11, 9)));
    // The 11th with the 10th missed: the streak is over, the longest stays.
    let s = on(11, 6);
    assert_eq!((s.current_days, s.longest_days), (0, 5));
    // Seen from the 6th itself (missed so far): 1 to 5 still count until the day ends.
    let s = on(6, 23);
    assert_eq!((s.current_days, s.pledged_today), (5, false));
    // Midnight on the 7th: a new run of one, pledged as the day began.
    let s = on(7, 0);
    assert_eq!(
        (s.current_days, s.pledged_today, s.longest_days),
        (1, true, 5)
    );
}

#[test]
fn daylight_saving_days_are_one_day_each() {
    // New York springs forward on 8 March 2026 (a 23-hour day) and falls back on 1 November
    // (25 hours). A pledge each day is one day each, whatever its length.
    let spring = [date(2026, 3, 7), date(2026, 3, 8), date(2026, 3, 9)];
    let s = pledge_streak(&spring, at(NEW_YORK, 2026, 3, 9, 6, 0), NEW_YORK);
    assert_eq!((s.current_days, s.pledged_today), (3, true));
    // 23:59 on the 8th is only 22 h 59 min after it began, still the 8th.
    let s = pledge_streak(&spring, at(NEW_YORK, 2026, 3, 8, 23, 59), NEW_YORK);
    assert_eq!((s.today, s.current_days), (date(2026, 3, 8), 2));

    let autumn = [date(2026, 10, 31), date(2026, 11, 1), date(2026, 11, 2)];
    // 23:30 EST on the 1st is 04:30 UTC on the 2nd: the 2nd is not counted yet.
    let s = pledge_streak(&autumn, utc(2026, 11, 2, 4, 30), NEW_YORK);
    assert_eq!((s.today, s.current_days), (date(2026, 11, 1), 2));
    let s = pledge_streak(&autumn, utc(2026, 11, 2, 5, 30), NEW_YORK);
    assert_eq!((s.today, s.current_days), (date(2026, 11, 2), 3));
    // A missed day right after the change: on the 4th the 3rd has none.
    let s = pledge_streak(&autumn, at(NEW_YORK, 2026, 11, 4, 0, 30), NEW_YORK);
    assert_eq!((s.current_days, s.longest_days), (0, 3));
}

#[test]
fn the_pledge_is_for_today_where_the_person_is() {
    let instant = utc(2026, 11, 22, 6, 0);
    // Tokyo: 15:00 on the 22nd. Los Angeles: 22:00 on the 21st.
    assert_eq!(
        pledge_date(None, instant, Tz::Asia__Tokyo).ok(),
        Some(date(2026, 11, 22))
    );
    assert_eq!(
        pledge_date(None, instant, Tz::America__Los_Angeles).ok(),
        Some(date(2026, 11, 21))
    );
    // Back-dating is fine, as far back as 1900.
    assert_eq!(
        pledge_date(Some(date(2026, 11, 1)), instant, Tz::UTC).ok(),
        Some(date(2026, 11, 1))
    );
    assert_eq!(
        pledge_date(Some(date(1900, 1, 1)), instant, Tz::UTC).ok(),
        Some(date(1900, 1, 1))
    );
}

#[test]
fn a_future_or_prehistoric_date_is_refused() {
    let instant = utc(2026, 11, 22, 6, 0);
    let cases = [
        ("tomorrow", date(2026, 11, 23), Tz::UTC, "in the future"),
        // Already the 22nd in Tokyo, still the 21st in Los Angeles.
        (
            "today in Tokyo",
            date(2026, 11, 22),
            Tz::America__Los_Angeles,
            "in the future",
        ),
        ("1899", date(1899, 12, 31), Tz::UTC, "year before 1900"),
    ];
    for (why, day, zone, reason) in cases {
        assert_eq!(
            invalid(pledge_date(Some(day), instant, zone)),
            ("date", reason),
            "{why}"
        );
    }
}

#[test]
fn json_form() {
    let s = pledge_streak(&[date(2026, 11, 21)], utc(2026, 11, 22, 12, 0), Tz::UTC);
    let json = serde_json::to_value(s).expect("serializes");
    assert_eq!(json["current_days"], 1);
    assert_eq!(json["pledged_today"], false);
    assert_eq!(json["last_pledge"], "2026-11-21");
}

const ZONES: [Tz; 6] = [
    Tz::Pacific__Kiritimati,
    Tz::Pacific__Apia,
    Tz::Australia__Lord_Howe,
    Tz::Asia__Kathmandu,
    Tz::America__St_Johns,
    Tz::America__New_York,
];

fn zone_and_now() -> impl Strategy<Value = (Tz, DateTime<Utc>)> {
    (
        prop::sample::select(ZONES.to_vec()),
        0i64..(4 * 365 * 1_440),
    )
        .prop_map(|(tz, minutes)| (tz, utc(2024, 1, 1, 0, 0) + TimeDelta::minutes(minutes)))
}

proptest! {
    #[test]
    fn the_pledge_streak_is_the_check_in_streaks_rule(
        (tz, now) in zone_and_now(),
        offsets in prop::collection::vec(-60i64..2, 0..50),
    ) {
        let today = now.with_timezone(&tz).date_naive();
        let dates: Vec<NaiveDate> = offsets.iter().map(|o| add_days(today, *o)).collect();
        let pledge = pledge_streak(&dates, now, tz);
        let checkin = checkin_streak(&dates, now, tz);
        prop_assert_eq!(
            (pledge.today, pledge.current_days, pledge.pledged_today, pledge.longest_days,
             pledge.days_in_last_30, pledge.last_pledge),
            (checkin.today, checkin.current_days, checkin.checked_in_today, checkin.longest_days,
             checkin.days_in_last_30, checkin.last_check_in)
        );
    }

    #[test]
    fn a_missed_day_splits_any_run(
        (tz, now) in zone_and_now(),
        length in 2i64..40,
        missed in 1i64..39,
    ) {
        prop_assume!(missed < length);
        // Every day from `length - 1` days ago to today, but one.
        let today = now.with_timezone(&tz).date_naive();
        let dates: Vec<NaiveDate> = (0..length)
            .filter(|o| *o != missed)
            .map(|o| add_days(today, -o))
            .collect();
        let s = pledge_streak(&dates, now, tz);
        prop_assert!(s.pledged_today);
        prop_assert_eq!(i64::from(s.current_days), missed);
        prop_assert_eq!(i64::from(s.longest_days), missed.max(length - missed - 1));
    }

    #[test]
    fn today_in_the_zone_is_the_latest_date_accepted(
        (tz, now) in zone_and_now(),
        offset in -400i64..400,
    ) {
        let today = now.with_timezone(&tz).date_naive();
        let day = add_days(today, offset);
        let result = pledge_date(Some(day), now, tz);
        if offset <= 0 {
            prop_assert_eq!(result.ok(), Some(day));
        } else {
            prop_assert_eq!(invalid(result), ("date", "in the future"));
        }
    }
}
