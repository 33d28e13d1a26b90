//! Table and scenario tests of `summarize`: the counting rules of the streak module doc, the peer
//! bugs (UTC dates west of Greenwich, milliseconds across DST), travel across the date line, and
//! the hour counter of the first days measured in real time.

use chrono::{TimeDelta, TimeZone};
use chrono_tz::Tz;

use super::common::{at, date, journey, lapse, lapse_at, relapse, time, utc};
use crate::journal::model::{DayCounting, Journey, UseKind};
use crate::journal::streak::{PastStreak, StreakSummary, summarize};

const ZERO: DayCounting = DayCounting::CleanDateIsDayZero;
const ONE: DayCounting = DayCounting::CleanDateIsDayOne;

fn sum_of_streaks(s: &StreakSummary) -> u32 {
    s.past_streaks.iter().map(|p| p.days).sum::<u32>() + s.current_days
}

#[test]
fn a_fresh_journey_counts_from_its_clean_date_in_either_counting() {
    let j = journey(date(2026, 11, 1));
    let now = at(Tz::Europe__London, 2026, 11, 22, 9, 0);
    let zero = summarize(&j, &[], now, Tz::Europe__London, ZERO);
    assert_eq!(
        (zero.today, zero.current_start, zero.current_days),
        (date(2026, 11, 22), j.clean_date, 21)
    );
    assert_eq!(
        (zero.longest_days, zero.attempts, zero.total_clean_days),
        (21, 1, 21)
    );
    assert_eq!(zero.days_since_first_clean_date, 21);
    assert!(zero.past_streaks.is_empty());
    assert_eq!(
        zero.elapsed, None,
        "hours are only shown in the first 72 hours"
    );
    let one = summarize(&j, &[], now, Tz::Europe__London, ONE);
    assert_eq!(
        (one.current_days, one.longest_days, one.total_clean_days),
        (22, 22, 22)
    );

    // On the clean date itself: day 0, or day 1.
    let first_day = at(Tz::Europe__London, 2026, 11, 1, 18, 0);
    assert_eq!(
        summarize(&j, &[], first_day, Tz::Europe__London, ZERO).current_days,
        0
    );
    assert_eq!(
        summarize(&j, &[], first_day, Tz::Europe__London, ONE).current_days,
        1
    );
}

/// Peer bug: taking "today" from UTC. At 20:00 in Los Angeles UTC is already tomorrow.
#[test]
fn west_of_utc_the_count_uses_the_local_date_not_the_utc_one() {
    let j = journey(date(2026, 11, 1));
    let now = utc(2026, 11, 22, 4, 0); // 2026-11-21 20:00 PST
    let s = summarize(&j, &[], now, Tz::America__Los_Angeles, ZERO);
    assert_eq!(s.today, date(2026, 11, 21));
    assert_eq!(s.current_days, 20);
    let utc_count = (now.date_naive() - j.clean_date).num_days();
    assert_eq!(utc_count, 21, "what a UTC-based count would (wrongly) show");
}

/// Peer bug: days as elapsed milliseconds / 86,400,000, across DST and across Apia's lost day.
#[test]
fn the_count_is_calendar_days_across_dst_changes_and_skipped_dates() {
    #[rustfmt::skip]
    let cases = [
        (Tz::America__New_York, date(2026, 3, 8), at(Tz::America__New_York, 2026, 3, 9, 0, 30), 1),
        (Tz::America__New_York, date(2026, 11, 1), at(Tz::America__New_York, 2026, 11, 1, 23, 30), 0),
        (Tz::Australia__Lord_Howe, date(2026, 10, 4), at(Tz::Australia__Lord_Howe, 2026, 10, 5, 0, 15), 1),
        (Tz::Pacific__Apia, date(2011, 12, 29), at(Tz::Pacific__Apia, 2011, 12, 31, 0, 30), 2),
    ];
    for (tz, clean, now, expected) in cases {
        let s = summarize(&journey(clean), &[], now, tz, ZERO);
        let midnight = tz
            .from_local_datetime(&clean.and_time(time(0, 0)))
            .earliest();
        let by_ms =
            (now - midnight.expect("midnight exists").to_utc()).num_milliseconds() / 86_400_000;
        assert_eq!(s.current_days, expected, "{tz}");
        assert_ne!(
            i64::from(s.current_days),
            by_ms,
            "{tz}: the ms formula must disagree here"
        );
    }
}

/// A trip from Auckland to Honolulu: the same instant is a day earlier on Honolulu's calendar,
/// and the count follows the zone of each call.
#[test]
fn crossing_the_date_line_follows_the_current_zones_calendar() {
    let j = journey(date(2026, 11, 1));
    let before = utc(2026, 11, 22, 0, 30); // 13:30 on the 22nd in Auckland (NZDT, +13)
    let akl = summarize(&j, &[], before, Tz::Pacific__Auckland, ZERO);
    assert_eq!((akl.today, akl.current_days), (date(2026, 11, 22), 21));
    let after_flight = before + TimeDelta::hours(9); // 23:30 on the 21st in Honolulu (-10)
    let hnl = summarize(&j, &[], after_flight, Tz::Pacific__Honolulu, ZERO);
    assert_eq!((hnl.today, hnl.current_days), (date(2026, 11, 21), 20));
    let next_morning = after_flight + TimeDelta::hours(9);
    let hnl = summarize(&j, &[], next_morning, Tz::Pacific__Honolulu, ZERO);
    assert_eq!((hnl.today, hnl.current_days), (date(2026, 11, 22), 21));

    // A lapse logged on Auckland's 22nd is "tomorrow" in Honolulu: it counts as today, so the
    // streak can neither grow past the use nor turn negative.
    let uses = [lapse(date(2026, 11, 22))];
    let s = summarize(&j, &uses, after_flight, Tz::Pacific__Honolulu, ZERO);
    assert_eq!((s.current_start, s.current_days), (date(2026, 11, 22), 0));
    assert_eq!(s.past_streaks[0].end, date(2026, 11, 21));
    assert_eq!(s.past_streaks[0].days, 20);
    assert_eq!(s.total_clean_days, sum_of_streaks(&s));
}

#[test]
fn a_use_ends_a_streak_and_the_next_one_starts_the_day_after() {
    let j = journey(date(2026, 10, 1));
    let uses = [lapse(date(2026, 11, 10)), relapse(date(2026, 11, 20))];
    let now = at(Tz::America__New_York, 2026, 11, 22, 12, 0);
    let s = summarize(&j, &uses, now, Tz::America__New_York, ZERO);
    assert_eq!(s.current_start, date(2026, 11, 21));
    assert_eq!(s.current_days, 1);
    let expected = vec![
        PastStreak {
            start: date(2026, 11, 11),
            end: date(2026, 11, 20),
            days: 9,
            ended_by: UseKind::Relapse,
        },
        PastStreak {
            start: date(2026, 10, 1),
            end: date(2026, 11, 10),
            days: 40,
            ended_by: UseKind::Lapse,
        },
    ];
    assert_eq!(s.past_streaks, expected, "newest first, nothing lost");
    assert_eq!((s.longest_days, s.attempts), (40, 3));
    assert_eq!(s.days_since_first_clean_date, 52);
    assert_eq!(s.total_clean_days, 50);
    assert_eq!(s.total_clean_days, sum_of_streaks(&s));
    // 30 dates (Oct 24 ..= Nov 22), 2 of them use days; 90 and 365 are cut to Oct 1 ..= Nov 22.
    assert_eq!((s.share_30.counted_days, s.share_30.clean_days), (30, 28));
    assert!((s.share_30.share - 28.0 / 30.0).abs() < 1e-12);
    assert_eq!((s.share_90.counted_days, s.share_90.clean_days), (53, 51));
    assert_eq!((s.share_365.counted_days, s.share_365.clean_days), (53, 51));
    // The same history with day 1 counting: one more counted day, same use days.
    let one = summarize(&j, &uses, now, Tz::America__New_York, ONE);
    assert_eq!(
        (one.current_days, one.total_clean_days, one.longest_days),
        (2, 51, 40)
    );
    assert_eq!(one.total_clean_days, sum_of_streaks(&one));
}

#[test]
fn several_uses_on_one_date_are_one_use_day_and_a_relapse_among_them_is_kept() {
    let j = journey(date(2026, 11, 1));
    let uses = [
        lapse(date(2026, 11, 5)),
        relapse(date(2026, 11, 5)),
        lapse(date(2026, 11, 5)),
    ];
    let now = at(Tz::Europe__Berlin, 2026, 11, 22, 12, 0);
    let s = summarize(&j, &uses, now, Tz::Europe__Berlin, ZERO);
    assert_eq!(s.attempts, 2);
    assert_eq!(s.past_streaks.len(), 1);
    assert_eq!(s.past_streaks[0].ended_by, UseKind::Relapse);
    assert_eq!(s.current_start, date(2026, 11, 6));
}

#[test]
fn uses_before_the_journey_are_history_and_make_no_streak() {
    let mut j = journey(date(2026, 11, 1));
    j.clean_time = Some(time(10, 0));
    let now = at(Tz::Europe__London, 2026, 11, 22, 12, 0);
    let before = [
        lapse(date(2026, 10, 31)),
        lapse_at(date(2026, 11, 1), time(8, 0)),
    ];
    let s = summarize(&j, &before, now, Tz::Europe__London, ZERO);
    assert_eq!(
        (s.current_start, s.current_days, s.attempts),
        (date(2026, 11, 1), 21, 1)
    );
    assert_eq!(s.share_30.clean_days, s.share_30.counted_days);
    // On the clean date after the clean time, or with no time, a use is a lapse of the journey.
    for on_clean_date in [
        lapse_at(date(2026, 11, 1), time(11, 0)),
        lapse(date(2026, 11, 1)),
    ] {
        let s = summarize(&j, &[on_clean_date], now, Tz::Europe__London, ZERO);
        assert_eq!(
            (s.current_start, s.current_days, s.attempts),
            (date(2026, 11, 2), 20, 2)
        );
        assert_eq!(s.past_streaks[0].days, 0);
    }
}

#[test]
fn on_the_day_of_a_use_the_count_is_zero_and_the_hours_run_from_the_use() {
    let j = journey(date(2026, 11, 1));
    let tz = Tz::America__Los_Angeles;
    let now = at(tz, 2026, 11, 22, 13, 30);
    let s = summarize(
        &j,
        &[lapse_at(date(2026, 11, 22), time(9, 15))],
        now,
        tz,
        ZERO,
    );
    assert_eq!((s.current_start, s.current_days), (date(2026, 11, 23), 0));
    assert_eq!((s.longest_days, s.total_clean_days), (21, 21));
    let elapsed = s.elapsed.expect("shown on the first days");
    assert_eq!((elapsed.hours, elapsed.minutes), (4, 15));
    assert_eq!(elapsed.since, at(tz, 2026, 11, 22, 9, 15));
    // Without a time, the hours run from midnight of the new clean date: not yet begun.
    let s = summarize(&j, &[lapse(date(2026, 11, 22))], now, tz, ZERO);
    let elapsed = s.elapsed.expect("shown on the first days");
    assert_eq!((elapsed.hours, elapsed.minutes), (0, 0));
    assert_eq!(elapsed.since, at(tz, 2026, 11, 23, 0, 0));
    // With day 1 counting the day of the use is also 0: the new clean date is tomorrow.
    assert_eq!(
        summarize(&j, &[lapse(date(2026, 11, 22))], now, tz, ONE).current_days,
        0
    );
}

#[test]
fn the_hour_counter_uses_real_instants_so_dst_days_are_short_or_long() {
    #[rustfmt::skip]
    let cases = [
        // (zone, clean date, clean time, now (local wall time), hours, minutes)
        (Tz::America__New_York, date(2026, 3, 8), None, (2026, 3, 8, 12, 0), 11, 0),
        (Tz::America__New_York, date(2026, 11, 1), None, (2026, 11, 1, 12, 0), 13, 0),
        (Tz::Australia__Lord_Howe, date(2026, 10, 4), None, (2026, 10, 4, 12, 0), 11, 30),
        (Tz::Australia__Lord_Howe, date(2026, 4, 5), None, (2026, 4, 5, 12, 0), 12, 30),
        (Tz::Europe__London, date(2026, 11, 20), Some(time(22, 15)), (2026, 11, 22, 9, 0), 34, 45),
        (Tz::Europe__London, date(2026, 11, 20), Some(time(22, 15)), (2026, 11, 23, 22, 14), 71, 59),
        (Tz::Pacific__Apia, date(2011, 12, 29), Some(time(12, 0)), (2011, 12, 31, 12, 0), 24, 0),
    ];
    for (tz, clean, clean_time, (y, m, d, h, mi), hours, minutes) in cases {
        let j = Journey {
            clean_time,
            ..journey(clean)
        };
        let s = summarize(&j, &[], at(tz, y, m, d, h, mi), tz, ZERO);
        let elapsed = s.elapsed.expect("under 72 hours");
        assert_eq!(
            (elapsed.hours, elapsed.minutes),
            (hours, minutes),
            "{tz} {clean}"
        );
    }
    // At exactly 72 hours the counter gives way to days.
    let j = Journey {
        clean_time: Some(time(22, 15)),
        ..journey(date(2026, 11, 20))
    };
    let s = summarize(
        &j,
        &[],
        at(Tz::Europe__London, 2026, 11, 23, 22, 15),
        Tz::Europe__London,
        ZERO,
    );
    assert_eq!((s.elapsed, s.current_days), (None, 3));
}

#[test]
fn a_newcomer_is_measured_only_from_their_clean_date() {
    let j = journey(date(2026, 11, 22));
    let now = at(Tz::Asia__Kathmandu, 2026, 11, 22, 8, 0);
    let s = summarize(&j, &[], now, Tz::Asia__Kathmandu, ZERO);
    for share in [s.share_30, s.share_90, s.share_365] {
        assert_eq!(
            (share.counted_days, share.clean_days, share.share),
            (1, 1, 1.0)
        );
    }
    assert_eq!(
        (
            s.current_days,
            s.total_clean_days,
            s.days_since_first_clean_date
        ),
        (0, 0, 0)
    );
    // A clean date that is tomorrow here (set in a zone further east): nothing counted, no error.
    let s = summarize(
        &journey(date(2026, 11, 23)),
        &[],
        now,
        Tz::Asia__Kathmandu,
        ZERO,
    );
    assert_eq!(
        (s.current_days, s.total_clean_days, s.share_30.counted_days),
        (0, 0, 0)
    );
    assert_eq!(s.share_30.share, 0.0);
}

#[test]
fn the_summary_serialises_with_snake_case_kinds() {
    let j = journey(date(2026, 11, 1));
    let now = at(Tz::Europe__London, 2026, 11, 22, 9, 0);
    let s = summarize(
        &j,
        &[relapse(date(2026, 11, 10))],
        now,
        Tz::Europe__London,
        ZERO,
    );
    let json = serde_json::to_string(&s).expect("serialises");
    assert!(json.contains(r#""ended_by":"relapse""#), "{json}");
    let back: StreakSummary = serde_json::from_str(&json).expect("round trip");
    // Shares are floats, which a JSON round trip may move by an ulp: compare them apart.
    let close = |a: f64, b: f64| (a - b).abs() < 1e-12;
    assert!(
        close(back.share_30.share, s.share_30.share)
            && close(back.share_365.share, s.share_365.share)
    );
    let with_shares = StreakSummary {
        share_30: s.share_30,
        share_90: s.share_90,
        share_365: s.share_365,
        ..back
    };
    assert_eq!(with_shares, s);
}
