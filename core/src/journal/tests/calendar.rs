//! Table tests of the calendar's known traps: daylight-saving gaps and overlaps in several zones
//! (including Lord Howe's 30-minute and Troll's 2-hour shifts), dates that never happened (Apia
//! 2011-12-30, Kiritimati 1994-12-31), month ends, leap days, and the two classic peer bugs.

use chrono::TimeZone;
use chrono_tz::Tz;

use super::common::{at, date, invalid, time, utc};
use crate::calendar::{
    add_days, add_months, add_years, days_between, local_date, parse_date, parse_time,
    parse_time_zone, resolve_local, start_of_day,
};

#[test]
fn zone_names_parse_and_unknown_names_are_invalid_without_echoing_them() {
    for name in [
        "Australia/Lord_Howe",
        "Pacific/Apia",
        "America/St_Johns",
        "UTC",
        "Asia/Kathmandu",
    ] {
        let tz = parse_time_zone(name).expect("real zone");
        assert_eq!(tz.name(), name);
    }
    for bad in [
        "",
        "  ",
        "Mars/Olympus_Mons",
        "europe/london",
        "Europe/London ",
        "GMT+25",
    ] {
        assert_eq!(invalid(parse_time_zone(bad)).0, "time_zone", "{bad:?}");
    }
    let text = parse_time_zone("Secret/Place")
        .map(|_| ())
        .expect_err("unknown")
        .to_string();
    assert!(
        !text.contains("Secret"),
        "error text must not carry the input: {text}"
    );
}

#[test]
fn resolve_local_moves_gaps_forward_and_takes_the_first_of_an_overlap() {
    use Tz::*;
    #[rustfmt::skip]
    let cases = [
        // (zone, local date, local time, expected instant, why)
        (America__New_York, date(2026, 3, 8), time(1, 59), utc(2026, 3, 8, 6, 59), "before the gap"),
        (America__New_York, date(2026, 3, 8), time(2, 0), utc(2026, 3, 8, 7, 0), "gap start -> 03:00 EDT"),
        (America__New_York, date(2026, 3, 8), time(2, 30), utc(2026, 3, 8, 7, 0), "inside gap -> 03:00 EDT"),
        (America__New_York, date(2026, 3, 8), time(3, 0), utc(2026, 3, 8, 7, 0), "first minute after"),
        (America__New_York, date(2026, 11, 1), time(1, 30), utc(2026, 11, 1, 5, 30), "overlap: EDT, the first"),
        (America__New_York, date(2026, 11, 1), time(2, 0), utc(2026, 11, 1, 7, 0), "after overlap, EST"),
        (Europe__Berlin, date(2026, 3, 29), time(2, 15), utc(2026, 3, 29, 1, 0), "gap -> 03:00 CEST"),
        (Europe__Berlin, date(2026, 10, 25), time(2, 30), utc(2026, 10, 25, 0, 30), "overlap: CEST"),
        (Australia__Lord_Howe, date(2026, 10, 4), time(2, 0), utc(2026, 10, 3, 15, 30), "30 min gap -> 02:30"),
        (Australia__Lord_Howe, date(2026, 10, 4), time(2, 29), utc(2026, 10, 3, 15, 30), "30 min gap -> 02:30"),
        (Australia__Lord_Howe, date(2026, 10, 4), time(2, 30), utc(2026, 10, 3, 15, 30), "end of gap"),
        (Australia__Lord_Howe, date(2026, 4, 5), time(1, 45), utc(2026, 4, 4, 14, 45), "30 min overlap: +11"),
        (Australia__Lord_Howe, date(2026, 4, 5), time(2, 0), utc(2026, 4, 4, 15, 30), "after overlap: +10:30"),
        (Pacific__Auckland, date(2026, 9, 27), time(2, 30), utc(2026, 9, 26, 14, 0), "gap -> 03:00 NZDT"),
        (Pacific__Auckland, date(2026, 4, 5), time(2, 30), utc(2026, 4, 4, 13, 30), "overlap: NZDT"),
        (America__St_Johns, date(2026, 3, 8), time(2, 30), utc(2026, 3, 8, 5, 30), "gap -> 03:00 NDT"),
        (Antarctica__Troll, date(2026, 3, 29), time(1, 30), utc(2026, 3, 29, 1, 0), "2 h gap -> 03:00"),
        (Pacific__Apia, date(2011, 12, 30), time(0, 0), utc(2011, 12, 30, 10, 0), "skipped date -> 31st 00:00"),
        (Pacific__Apia, date(2011, 12, 30), time(23, 59), utc(2011, 12, 30, 10, 0), "skipped date -> 31st 00:00"),
        (Pacific__Apia, date(2011, 12, 29), time(23, 59), utc(2011, 12, 30, 9, 59), "last minute before"),
        (Pacific__Kiritimati, date(1994, 12, 31), time(12, 0), utc(1994, 12, 31, 10, 0), "skipped date"),
        (Asia__Kathmandu, date(2026, 11, 22), time(9, 0), utc(2026, 11, 22, 3, 15), "+05:45, no change"),
    ];
    for (tz, day, wall, expected, why) in cases {
        assert_eq!(
            resolve_local(day, wall, tz),
            expected,
            "{tz} {day} {wall}: {why}"
        );
    }
}

#[test]
fn local_midnight_can_be_skipped_and_start_of_day_then_takes_the_first_minute() {
    // Apia's 2011-12-31 begins the instant 2011-12-29 ends there.
    assert_eq!(
        start_of_day(date(2011, 12, 31), Tz::Pacific__Apia),
        utc(2011, 12, 30, 10, 0)
    );
    assert_eq!(
        start_of_day(date(2011, 12, 30), Tz::Pacific__Apia),
        utc(2011, 12, 30, 10, 0)
    );
    // America/Santiago springs forward at 24:00: 2026-09-06 00:00 does not exist there.
    let start = start_of_day(date(2026, 9, 6), Tz::America__Santiago);
    let wall = start.with_timezone(&Tz::America__Santiago).naive_local();
    assert_eq!(wall, date(2026, 9, 6).and_time(time(1, 0)));
}

#[test]
fn local_date_west_of_utc_is_still_yesterday_when_utc_has_turned() {
    // 2026-11-22T04:00Z is 20:00 on the 21st in Los Angeles: a UTC-based count is a day ahead.
    let now = utc(2026, 11, 22, 4, 0);
    assert_eq!(now.date_naive(), date(2026, 11, 22));
    assert_eq!(
        local_date(now, Tz::America__Los_Angeles),
        date(2026, 11, 21)
    );
    assert_eq!(local_date(now, Tz::Pacific__Kiritimati), date(2026, 11, 22));
    assert_eq!(local_date(now, Tz::Pacific__Honolulu), date(2026, 11, 21));
    // Apia: one minute apart, two days apart on the calendar.
    assert_eq!(
        local_date(utc(2011, 12, 30, 9, 59), Tz::Pacific__Apia),
        date(2011, 12, 29)
    );
    assert_eq!(
        local_date(utc(2011, 12, 30, 10, 0), Tz::Pacific__Apia),
        date(2011, 12, 31)
    );
}

/// Peer bug: "days = elapsed milliseconds / 86,400,000". Across a DST change that floor is off by
/// one in either direction; the calendar difference of local dates is what a person means.
#[test]
fn dividing_milliseconds_by_a_day_is_wrong_across_dst_and_days_between_is_right() {
    use Tz::*;
    #[rustfmt::skip]
    let cases = [
        // (zone, from local midnight of, to local wall time, calendar days, what ms/86.4M gives)
        (America__New_York, (2026, 3, 8), (2026, 3, 9, 0, 30), 1, 0),   // 23.5 h elapsed
        (America__New_York, (2026, 11, 1), (2026, 11, 1, 23, 30), 0, 1), // 24.5 h elapsed
        (Europe__Berlin, (2026, 3, 29), (2026, 3, 30, 0, 30), 1, 0),
        (Europe__Berlin, (2026, 10, 25), (2026, 10, 25, 23, 30), 0, 1),
        (Australia__Lord_Howe, (2026, 10, 4), (2026, 10, 5, 0, 15), 1, 0), // 23.75 h elapsed
        (Pacific__Apia, (2011, 12, 29), (2011, 12, 31, 0, 30), 2, 1),     // 24.5 h, two dates
    ];
    for (tz, (y, m, d), (ty, tm, td, th, tmin), calendar_days, ms_days) in cases {
        let from = at(tz, y, m, d, 0, 0);
        let to = at(tz, ty, tm, td, th, tmin);
        let naive_ms = (to - from).num_milliseconds() / 86_400_000;
        assert_eq!(naive_ms, ms_days, "{tz}: the peer formula's (wrong) answer");
        let ours = days_between(local_date(from, tz), local_date(to, tz));
        assert_eq!(ours, calendar_days, "{tz}: calendar days");
        assert_ne!(
            ours, naive_ms,
            "{tz}: the two must differ for this case to mean anything"
        );
    }
}

#[test]
fn days_between_counts_dates_and_add_days_inverts_it() {
    assert_eq!(days_between(date(2026, 3, 7), date(2026, 3, 9)), 2);
    assert_eq!(days_between(date(2026, 3, 9), date(2026, 3, 7)), -2);
    assert_eq!(days_between(date(2024, 2, 28), date(2024, 3, 1)), 2);
    assert_eq!(days_between(date(2025, 2, 28), date(2025, 3, 1)), 1);
    assert_eq!(days_between(date(2025, 11, 22), date(2026, 11, 22)), 365);
    assert_eq!(add_days(date(2024, 2, 28), 1), date(2024, 2, 29));
    assert_eq!(add_days(date(2026, 1, 1), -1), date(2025, 12, 31));
    assert_eq!(add_days(date(2026, 1, 1), i64::MAX), chrono::NaiveDate::MAX);
}

#[test]
fn months_and_years_clamp_to_the_end_of_the_month() {
    #[rustfmt::skip]
    let months = [
        (date(2026, 1, 31), 1, date(2026, 2, 28)),
        (date(2024, 1, 31), 1, date(2024, 2, 29)),
        (date(2026, 1, 31), 2, date(2026, 3, 31)), // from the date itself, not chained
        (date(2026, 3, 31), 1, date(2026, 4, 30)),
        (date(2026, 8, 31), 6, date(2027, 2, 28)),
        (date(2026, 12, 31), 2, date(2027, 2, 28)),
        (date(2024, 2, 29), 18, date(2025, 8, 29)),
        (date(2026, 5, 15), 0, date(2026, 5, 15)),
    ];
    for (from, n, expected) in months {
        assert_eq!(add_months(from, n), expected, "{from} + {n} months");
    }
    assert_eq!(add_years(date(2024, 2, 29), 1), date(2025, 2, 28));
    assert_eq!(add_years(date(2024, 2, 29), 4), date(2028, 2, 29));
    assert_eq!(add_years(date(2024, 2, 29), 5), date(2029, 2, 28));
    assert_eq!(
        add_years(date(2026, 11, 22), u32::MAX),
        chrono::NaiveDate::MAX
    );
}

#[test]
fn user_dates_parse_strictly_with_clear_reasons() {
    assert_eq!(parse_date("2026-11-22").expect("ok"), date(2026, 11, 22));
    assert_eq!(parse_date(" 2024-02-29 ").expect("ok"), date(2024, 2, 29));
    assert_eq!(parse_date("1900-01-01").expect("ok"), date(1900, 1, 1));
    #[rustfmt::skip]
    let bad = [
        ("", "expected YYYY-MM-DD"), ("2026-1-22", "expected YYYY-MM-DD"),
        ("22/11/2026", "expected YYYY-MM-DD"), ("2026-11-22T00:00", "expected YYYY-MM-DD"),
        ("+2026-11-2", "expected YYYY-MM-DD"), ("２０２６-11-22", "expected YYYY-MM-DD"),
        ("1899-12-31", "year before 1900"), ("2026-13-01", "month must be 01 to 12"),
        ("2026-00-10", "month must be 01 to 12"), ("2025-02-29", "no such day in that month"),
        ("2026-04-31", "no such day in that month"), ("2026-04-00", "no such day in that month"),
    ];
    for (input, reason) in bad {
        assert_eq!(invalid(parse_date(input)), ("date", reason), "{input:?}");
    }
}

#[test]
fn user_times_parse_strictly_with_clear_reasons() {
    assert_eq!(parse_time("09:05").expect("ok"), time(9, 5));
    assert_eq!(parse_time("9:05").expect("ok"), time(9, 5));
    assert_eq!(parse_time("23:59").expect("ok"), time(23, 59));
    assert_eq!(parse_time("00:00").expect("ok"), time(0, 0));
    #[rustfmt::skip]
    let bad = [
        ("", "expected HH:MM"), ("9", "expected HH:MM"), ("09:5", "expected HH:MM"),
        ("123:00", "expected HH:MM"), ("09:05:00", "expected HH:MM"), ("-1:00", "expected HH:MM"),
        ("9.05", "expected HH:MM"), ("24:00", "hour must be 00 to 23"),
        ("12:60", "minute must be 00 to 59"),
    ];
    for (input, reason) in bad {
        assert_eq!(invalid(parse_time(input)), ("time", reason), "{input:?}");
    }
}

#[test]
fn resolved_instants_read_back_as_the_same_wall_time_when_it_exists() {
    let tz = Tz::Asia__Kathmandu;
    let instant = resolve_local(date(2026, 11, 22), time(7, 45), tz);
    assert_eq!(
        tz.from_utc_datetime(&instant.naive_utc()).time(),
        time(7, 45)
    );
}
