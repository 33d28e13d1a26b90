//! Table tests of every reach-out signal, its edges and its wording, and of the priority order.

use chrono::NaiveDate;
use chrono_tz::Tz;

use super::common::{TZ, ago, ci, date, now, utc};
use crate::checkin::CheckIn;
use crate::insight::signals::{Signal, SignalKind, SuggestedAction, reach_out_signals};
use crate::test_support::english;

fn signals(checkins: &[CheckIn], streak: Option<u32>, uses: &[NaiveDate]) -> Vec<Signal> {
    reach_out_signals(checkins, streak, uses, now(), TZ, english())
}

fn kinds(found: &[Signal]) -> Vec<SignalKind> {
    found.iter().map(|s| s.kind).collect()
}

fn only(found: &[Signal], kind: SignalKind) -> Option<&str> {
    found
        .iter()
        .find(|s| s.kind == kind)
        .map(|s| s.reason.as_str())
}

/// Check-ins on the last `values.len()` days up to today, oldest first, as (mood, craving).
fn days(values: &[(u8, u8)]) -> Vec<CheckIn> {
    let n = values.len() as u64;
    values
        .iter()
        .enumerate()
        .map(|(i, (m, c))| ci(ago(n - 1 - i as u64), *m, *c))
        .collect()
}

#[test]
fn nothing_to_say_for_a_new_person() {
    assert!(signals(&[], None, &[]).is_empty());
    assert!(signals(&days(&[(3, 2), (3, 2), (3, 2)]), Some(40), &[]).is_empty());
}

#[test]
fn high_craving_on_two_of_the_last_three() {
    use SignalKind::HighCraving;
    #[rustfmt::skip]
    let cases = [
        ("8, 3, 7", vec![(3, 8), (3, 3), (3, 7)], Some("Your craving was 7 or more on two of your last three check-ins.")),
        ("9, 9, 9", vec![(3, 9), (3, 9), (3, 9)], Some("Your craving was 7 or more on each of your last three check-ins.")),
        ("only two, both high", vec![(3, 7), (3, 10)], Some("Your craving was 7 or more on both of your last two check-ins.")),
        ("8, 3, 3", vec![(3, 8), (3, 3), (3, 3)], None),
        ("6, 6, 6", vec![(3, 6), (3, 6), (3, 6)], None),
        ("high, but not in the last three", vec![(3, 9), (3, 9), (3, 2), (3, 2), (3, 2)], None),
        ("only one check-in", vec![(3, 10)], None),
    ];
    for (why, values, expected) in cases {
        let found = signals(&days(&values), None, &[]);
        let reason = only(&found, HighCraving);
        assert_eq!(reason.is_some(), expected.is_some(), "{why}");
        if let (Some(reason), Some(start)) = (reason, expected) {
            assert!(reason.starts_with(start), "{why}: {reason}");
        }
    }
    // Old check-ins (before the 14-day lookback) do not speak for today.
    let old = [ci(ago(14), 3, 9), ci(ago(15), 3, 9), ci(ago(16), 3, 9)];
    assert_eq!(
        kinds(&signals(&old, None, &[])),
        [SignalKind::NoRecentCheckIn]
    );
    let edge = [ci(ago(13), 3, 9), ci(ago(12), 3, 9)];
    assert!(only(&signals(&edge, None, &[]), HighCraving).is_some());
}

#[test]
fn mood_falling_three_check_ins_in_a_row() {
    #[rustfmt::skip]
    let cases = [
        ("4, 3, 2", vec![(4, 0), (3, 0), (2, 0)], true),
        ("5, 1, 4, 3, 2", vec![(5, 0), (1, 0), (4, 0), (3, 0), (2, 0)], true),
        ("4, 3, 3", vec![(4, 0), (3, 0), (3, 0)], false),
        ("4, 4, 3", vec![(4, 0), (4, 0), (3, 0)], false),
        ("2, 3, 4", vec![(2, 0), (3, 0), (4, 0)], false),
        ("only two", vec![(5, 0), (1, 0)], false),
    ];
    for (why, values, expected) in cases {
        let found = signals(&days(&values), None, &[]);
        assert_eq!(
            only(&found, SignalKind::MoodFalling).is_some(),
            expected,
            "{why}"
        );
    }
    // Gaps between check-ins do not matter, the order of dates does.
    let spread = [ci(ago(9), 5, 0), ci(ago(1), 3, 0), ci(ago(5), 4, 0)];
    assert!(only(&signals(&spread, None, &[]), SignalKind::MoodFalling).is_some());
}

#[test]
fn no_check_in_today_or_the_two_days_before() {
    use SignalKind::NoRecentCheckIn;
    let found = signals(&[ci(ago(3), 3, 0)], None, &[]);
    assert_eq!(
        only(&found, NoRecentCheckIn),
        Some(
            "Your last check-in was 3 days ago. However things are going, a quick call to someone you trust can help."
        )
    );
    assert!(only(&signals(&[ci(ago(2), 3, 0)], None, &[]), NoRecentCheckIn).is_none());
    let long_ago = signals(&[ci(ago(40), 3, 0)], None, &[]);
    assert!(only(&long_ago, NoRecentCheckIn).is_some_and(|r| r.contains("40 days ago")));
    // A check-in dated after today (after a flight west) does not count, and is not "last".
    let future = [ci(ago(5), 3, 0), ci(date(2026, 11, 23), 3, 0)];
    assert!(
        only(&signals(&future, None, &[]), NoRecentCheckIn).is_some_and(|r| r.contains("5 days"))
    );
    let only_future = [ci(date(2026, 11, 23), 3, 0)];
    assert!(signals(&only_future, None, &[]).is_empty());
}

#[test]
fn early_days_include_the_day_count() {
    #[rustfmt::skip]
    let cases: Vec<(Option<u32>, Option<&str>)> = vec![
        (None, None),
        (Some(0), Some("Your new streak begins today. The first 14 days")),
        (Some(1), Some("You are on day 1 of your streak.")),
        (Some(9), Some("You are on day 9 of your streak.")),
        (Some(14), Some("You are on day 14 of your streak.")),
        (Some(15), None),
        (Some(u32::MAX), None),
    ];
    for (streak, expected) in cases {
        let found = signals(&[], streak, &[]);
        match expected {
            None => assert!(found.is_empty(), "{streak:?}"),
            Some(start) => {
                let reason = only(&found, SignalKind::EarlyDays).expect("early days");
                assert!(reason.starts_with(start), "{streak:?}: {reason}");
            }
        }
    }
}

#[test]
fn a_use_in_the_last_seven_days() {
    #[rustfmt::skip]
    let cases: Vec<(Vec<NaiveDate>, Option<&str>)> = vec![
        (vec![ago(0)], Some("You recorded a use today.")),
        (vec![ago(1)], Some("You recorded a use yesterday.")),
        (vec![ago(6), ago(20)], Some("You recorded a use 6 days ago.")),
        (vec![ago(5), ago(2)], Some("You recorded a use 2 days ago.")),
        (vec![ago(7)], None),
        (vec![date(2026, 11, 23)], None),
        (vec![], None),
    ];
    for (uses, expected) in cases {
        let found = signals(&[], None, &uses);
        let reason = only(&found, SignalKind::RecentUse);
        assert_eq!(reason.is_some(), expected.is_some(), "{uses:?}");
        if let (Some(reason), Some(start)) = (reason, expected) {
            assert!(reason.starts_with(start), "{reason}");
        }
    }
}

#[test]
fn signals_come_in_priority_order_and_speak_kindly() {
    // Falling mood with high craving three to five days ago, silence since, a use yesterday,
    // and a streak that began today: every signal at once.
    let checkins = [ci(ago(3), 3, 8), ci(ago(5), 5, 9), ci(ago(4), 4, 7)];
    let found = signals(&checkins, Some(0), &[ago(1)]);
    assert_eq!(
        kinds(&found),
        [
            SignalKind::RecentUse,
            SignalKind::HighCraving,
            SignalKind::MoodFalling,
            SignalKind::NoRecentCheckIn,
            SignalKind::EarlyDays,
        ]
    );
    for signal in &found {
        assert_eq!(signal.action, SuggestedAction::ReachOut);
        assert!(signal.reason.ends_with('.'), "{}", signal.reason);
        let lower = signal.reason.to_lowercase();
        for word in [
            "fail",
            "relapse",
            "start over",
            "should",
            "must",
            "!",
            "day 0",
            "addict",
        ] {
            assert!(!lower.contains(word), "{word:?} in {}", signal.reason);
        }
    }
    let json = serde_json::to_value(&found[1]).expect("serializes");
    assert_eq!(json["kind"], "high_craving");
    assert_eq!(json["action"], "reach_out");
}

#[test]
fn today_comes_from_the_instant_in_the_persons_zone() {
    // 03:00 UTC on the 22nd: 22:00 on the 21st in New York, noon on the 22nd in Tokyo.
    let instant = utc(2026, 11, 22, 3, 0);
    let uses = [date(2026, 11, 15)];
    let ny = reach_out_signals(&[], None, &uses, instant, TZ, english());
    assert!(only(&ny, SignalKind::RecentUse).is_some_and(|r| r.contains("6 days ago")));
    let tokyo = reach_out_signals(&[], None, &uses, instant, Tz::Asia__Tokyo, english());
    assert!(tokyo.is_empty());
    // A check-in three days back in Tokyo is only two days back in New York.
    let checkins = [ci(date(2026, 11, 19), 3, 0)];
    let ny = reach_out_signals(&checkins, None, &[], instant, TZ, english());
    assert!(ny.is_empty());
    let tokyo = reach_out_signals(&checkins, None, &[], instant, Tz::Asia__Tokyo, english());
    assert_eq!(kinds(&tokyo), [SignalKind::NoRecentCheckIn]);
}
