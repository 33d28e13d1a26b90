//! Table tests of averages, trends and top tags.

use chrono_tz::Tz;

use super::common::{TZ, ago, at, ci, date, now};
use crate::checkin::{CheckIn, HelpfulAction, Trigger};
use crate::insight::averages::{HelpedCount, Trend, TriggerCount, averages, top_tags};

#[test]
fn no_check_ins_means_no_averages_and_no_trends() {
    let a = averages(&[], now(), TZ);
    assert_eq!(a.today, date(2026, 11, 22));
    assert_eq!(
        (a.last_7.check_ins, a.last_7.mood, a.last_7.craving),
        (0, None, None)
    );
    assert_eq!((a.last_30.days, a.last_30.mood), (30, None));
    assert_eq!((a.mood_trend, a.craving_trend), (None, None));
}

#[test]
fn windows_end_today_and_have_exact_edges() {
    let checkins = [
        ci(ago(0), 5, 0),
        ci(ago(6), 2, 6),              // last day of the 7-day window
        ci(ago(7), 1, 10),             // first day outside it
        ci(ago(29), 3, 3),             // last day of the 30-day window
        ci(ago(30), 1, 10),            // outside
        ci(date(2026, 11, 23), 1, 10), // after today: left out
    ];
    let a = averages(&checkins, now(), TZ);
    assert_eq!(a.last_7.check_ins, 2);
    assert_eq!(a.last_7.mood, Some(3.5));
    assert_eq!(a.last_7.craving, Some(3.0));
    assert_eq!(a.last_30.check_ins, 4);
    assert_eq!(a.last_30.mood, Some(11.0 / 4.0));
    assert_eq!(a.last_30.craving, Some(19.0 / 4.0));
}

#[test]
fn damaged_values_are_clamped_to_their_scales() {
    let a = averages(&[ci(ago(0), 9, 200), ci(ago(1), 0, 0)], now(), TZ);
    assert_eq!(a.last_7.mood, Some(3.0)); // (5 + 1) / 2
    assert_eq!(a.last_7.craving, Some(5.0)); // (10 + 0) / 2
}

/// Three check-ins a week: last week's values, then this week's.
fn weeks(prior: [u8; 3], recent: &[u8], mood: bool) -> Vec<CheckIn> {
    let make = |n: u64, v: u8| {
        if mood {
            ci(ago(n), v, 0)
        } else {
            ci(ago(n), 3, v)
        }
    };
    let mut all: Vec<CheckIn> = prior
        .iter()
        .zip([13, 10, 7])
        .map(|(v, n)| make(n, *v))
        .collect();
    all.extend(recent.iter().zip([6, 4, 2, 0]).map(|(v, n)| make(n, *v)));
    all
}

#[test]
fn trends_use_exact_thresholds() {
    #[rustfmt::skip]
    let cases = [
        ("mood +0.5 exactly", true, [3, 3, 3], vec![3, 4, 3, 4], Some(Trend::Rising)),
        ("mood +0.33", true, [3, 3, 3], vec![3, 3, 4], Some(Trend::Steady)),
        ("mood -0.5 exactly", true, [4, 4, 4], vec![4, 3, 4, 3], Some(Trend::Falling)),
        ("mood -0.33", true, [4, 4, 4], vec![4, 4, 3], Some(Trend::Steady)),
        ("mood flat", true, [2, 3, 4], vec![4, 3, 2], Some(Trend::Steady)),
        ("craving +1 exactly", false, [5, 5, 5], vec![6, 6, 6], Some(Trend::Rising)),
        ("craving +0.67", false, [5, 5, 5], vec![6, 5, 6], Some(Trend::Steady)),
        ("craving -1 exactly", false, [8, 8, 8], vec![7, 7, 7], Some(Trend::Falling)),
        ("craving -4", false, [9, 9, 9], vec![5, 5, 5, 5], Some(Trend::Falling)),
        ("two this week", false, [5, 5, 5], vec![9, 9], None),
    ];
    for (why, mood, prior, recent, expected) in cases {
        let a = averages(&weeks(prior, &recent, mood), now(), TZ);
        let got = if mood { a.mood_trend } else { a.craving_trend };
        assert_eq!(got, expected, "{why}");
    }
    let only_two_last_week = [
        ci(ago(13), 1, 0),
        ci(ago(8), 1, 0),
        ci(ago(6), 5, 0),
        ci(ago(5), 5, 0),
        ci(ago(4), 5, 0),
    ];
    assert_eq!(averages(&only_two_last_week, now(), TZ).mood_trend, None);
}

#[test]
fn windows_count_calendar_days_across_daylight_saving() {
    // Berlin falls back on 2026-10-25 (a 25-hour day). At 00:30 on 1 November the 7-day window
    // is 26 October ..= 1 November: the 25th is out, though it is less than 7 x 24 h earlier
    // plus the extra hour.
    let tz = Tz::Europe__Berlin;
    let now = at(tz, 2026, 11, 1, 0, 30);
    let checkins = [ci(date(2026, 10, 25), 1, 10), ci(date(2026, 10, 26), 5, 0)];
    let a = averages(&checkins, now, tz);
    assert_eq!(
        (a.today, a.last_7.check_ins, a.last_7.mood),
        (date(2026, 11, 1), 1, Some(5.0))
    );
    // The same instant is still 31 October in New York: both days are in its window.
    let a = averages(&checkins, now, TZ);
    assert_eq!((a.today, a.last_7.check_ins), (date(2026, 10, 31), 2));
}

fn tagged(on: chrono::NaiveDate, triggers: &[Trigger], helped: &[HelpfulAction]) -> CheckIn {
    CheckIn {
        triggers: triggers.to_vec(),
        helped: helped.to_vec(),
        ..ci(on, 3, 3)
    }
}

fn own(text: &str) -> Trigger {
    Trigger::Own(text.to_owned())
}

#[test]
fn top_tags_count_once_per_check_in_and_break_ties_deterministically() {
    use Trigger::*;
    let checkins = vec![
        tagged(ago(0), &[Pain, own("payday"), Pain], &[HelpfulAction::Rest]),
        tagged(
            ago(1),
            &[own("Payday"), Stress, People],
            &[HelpfulAction::Rest, HelpfulAction::Meeting],
        ),
        tagged(ago(2), &[Stress, own("my ex")], &[]),
        tagged(ago(3), &[own("apple"), Pain], &[]),
        tagged(ago(30), &[Boredom, Boredom], &[]), // outside the window
        tagged(ago(31), &[Boredom], &[]),
    ];
    let top = top_tags(&checkins, now(), TZ);
    assert_eq!(top.window_days, 30);
    // Ties at 2 go to fixed tags in list order (people, places, stress, boredom, pain, ...),
    // then own tags; "payday" and "Payday" are one tag, shown as the smaller "Payday".
    assert_eq!(
        top.triggers,
        vec![
            TriggerCount {
                tag: Stress,
                count: 2
            },
            TriggerCount {
                tag: Pain,
                count: 2
            },
            TriggerCount {
                tag: own("Payday"),
                count: 2
            },
        ]
    );
    assert_eq!(
        top.helped,
        vec![
            HelpedCount {
                tag: HelpfulAction::Rest,
                count: 2
            },
            HelpedCount {
                tag: HelpfulAction::Meeting,
                count: 1
            },
        ]
    );
    let mut reversed = checkins.clone();
    reversed.reverse();
    assert_eq!(top_tags(&reversed, now(), TZ), top);
    // Own tags tied on count come alphabetically, ignoring case.
    let owns = [tagged(
        ago(0),
        &[own("zebra"), own("Apple"), own("mango")],
        &[],
    )];
    let names: Vec<String> = top_tags(&owns, now(), TZ)
        .triggers
        .iter()
        .map(|t| t.tag.key().to_owned())
        .collect();
    assert_eq!(names, ["Apple", "mango", "zebra"]);
}

#[test]
fn json_form() {
    let a = averages(&[ci(ago(0), 4, 2)], now(), TZ);
    let json = serde_json::to_value(a).expect("serializes");
    assert_eq!(json["last_7"]["mood"], 4.0);
    assert_eq!(json["mood_trend"], serde_json::Value::Null);
    assert_eq!(serde_json::to_value(Trend::Rising).expect("ok"), "rising");
    let top = serde_json::to_value(top_tags(
        &[tagged(ago(0), &[Trigger::Money], &[])],
        now(),
        TZ,
    ))
    .expect("ok");
    assert_eq!(
        top["triggers"],
        serde_json::json!([{"tag": "money", "count": 1}])
    );
}
