//! Tests of the milestone sets: dates with calendar months and leap days, both day countings,
//! keys and labels, the open-ended yearly keytags, and "reported once".

use chrono::NaiveDate;

use super::common::{date, invalid};
use crate::journal::milestone::{
    Milestone, MilestoneSet, PersonalMilestone, milestones, newly_reached, next_milestone,
    validate_personal,
};
use crate::journal::model::DayCounting;
use crate::test_support::english;

const ZERO: DayCounting = DayCounting::CleanDateIsDayZero;
const ONE: DayCounting = DayCounting::CleanDateIsDayOne;

fn find<'a>(list: &'a [Milestone], key: &str) -> &'a Milestone {
    list.iter()
        .find(|m| m.key == key)
        .unwrap_or_else(|| panic!("no milestone {key}"))
}

fn dates(list: &[Milestone], keys: &[&str]) -> Vec<NaiveDate> {
    keys.iter().map(|k| find(list, k).date).collect()
}

#[test]
fn keytags_from_a_leap_day_use_clamped_calendar_months() {
    let list = milestones(
        date(2024, 2, 29),
        date(2024, 3, 1),
        MilestoneSet::Keytags,
        &[],
        ZERO,
        english(),
    );
    #[rustfmt::skip]
    let expected = [
        ("days:1", "1 day", date(2024, 3, 1)), ("days:30", "30 days", date(2024, 3, 30)),
        ("days:60", "60 days", date(2024, 4, 29)), ("days:90", "90 days", date(2024, 5, 29)),
        ("months:6", "6 months", date(2024, 8, 29)), ("months:9", "9 months", date(2024, 11, 29)),
        ("years:1", "1 year", date(2025, 2, 28)), ("months:18", "18 months", date(2025, 8, 29)),
        ("years:2", "2 years", date(2026, 2, 28)), ("years:4", "4 years", date(2028, 2, 29)),
        ("days:10000", "10,000 days", date(2051, 7, 17)), ("years:30", "30 years", date(2054, 2, 28)),
    ];
    for (key, label, on) in expected {
        let m = find(&list, key);
        assert_eq!((m.label.as_str(), m.date), (label, on), "{key}");
    }
    assert_eq!(list.last().map(|m| m.key.as_str()), Some("years:30"));
    assert_eq!(list.len(), 9 + 29, "9 fixed keytags and years 2..=30");
    let day_one = find(&list, "days:1");
    assert_eq!((day_one.reached, day_one.days_left), (true, 0));
    assert_eq!(find(&list, "days:30").days_left, 29);
}

#[test]
fn month_milestones_from_the_31st_clamp_to_month_ends() {
    let list = milestones(
        date(2026, 1, 31),
        date(2026, 1, 31),
        MilestoneSet::Keytags,
        &[],
        ZERO,
        english(),
    );
    let got = dates(&list, &["months:6", "months:9", "years:1", "months:18"]);
    assert_eq!(
        got,
        [
            date(2026, 7, 31),
            date(2026, 10, 31),
            date(2027, 1, 31),
            date(2027, 7, 31)
        ]
    );
    let list = milestones(
        date(2025, 8, 31),
        date(2025, 8, 31),
        MilestoneSet::Keytags,
        &[],
        ZERO,
        english(),
    );
    let got = dates(&list, &["months:6", "months:9", "months:18"]);
    assert_eq!(
        got,
        [date(2026, 2, 28), date(2026, 5, 31), date(2027, 2, 28)]
    );
}

#[test]
fn day_one_counting_reaches_every_milestone_a_day_earlier() {
    let start = date(2026, 1, 1);
    let zero = milestones(start, start, MilestoneSet::All, &[], ZERO, english());
    let one = milestones(start, start, MilestoneSet::All, &[], ONE, english());
    assert_eq!(zero.len(), one.len());
    for (a, b) in zero.iter().zip(&one) {
        assert_eq!(a.key, b.key);
        assert_eq!(b.date, a.date.pred_opt().expect("in range"), "{}", a.key);
    }
    assert!(
        find(&one, "days:1").reached,
        "with day 1 counting the clean date is 1 day"
    );
    assert!(!find(&zero, "days:1").reached);
    assert_eq!(find(&one, "years:1").date, date(2026, 12, 31));
}

#[test]
fn sets_select_their_milestones_and_overlaps_appear_once() {
    let start = date(2026, 11, 1);
    let today = date(2026, 11, 22);
    let keys = |set| -> Vec<String> {
        let personal = [PersonalMilestone::Days(100), PersonalMilestone::Days(30)];
        milestones(start, today, set, &personal, ZERO, english())
            .into_iter()
            .map(|m| m.key)
            .collect()
    };
    let early = keys(MilestoneSet::Early);
    assert_eq!(
        early,
        ["days:1", "days:2", "days:3", "days:7", "days:14", "days:21"]
    );
    assert_eq!(keys(MilestoneSet::Personal), ["days:30", "days:100"]);
    let all = keys(MilestoneSet::All);
    assert_eq!(all.iter().filter(|k| *k == "days:1").count(), 1);
    assert_eq!(all.iter().filter(|k| *k == "days:30").count(), 1);
    assert!(all.contains(&"days:100".to_owned()) && all.contains(&"days:21".to_owned()));
    assert_eq!(all.len(), keys(MilestoneSet::Keytags).len() + 5 + 1);
}

#[test]
fn personal_dates_belong_to_the_current_streak_and_sort_among_the_others() {
    let start = date(2026, 11, 1);
    let personal = [
        PersonalMilestone::Date(date(2026, 12, 1)),
        PersonalMilestone::Date(date(2026, 10, 15)), // before this streak: not listed
        PersonalMilestone::Days(0),                  // meaningless: not listed
    ];
    let list = milestones(
        start,
        date(2026, 11, 22),
        MilestoneSet::All,
        &personal,
        ZERO,
        english(),
    );
    assert!(
        list.iter()
            .all(|m| m.key != "date:2026-10-15" && m.key != "days:0")
    );
    let m = find(&list, "date:2026-12-01");
    assert_eq!(
        (m.label.as_str(), m.days_left, m.reached),
        ("2026-12-01", 9, false)
    );
    // 2026-12-01 is also "30 days" from 2026-11-01: ties order by key, dates never go back.
    let keys: Vec<&str> = list.iter().map(|m| m.key.as_str()).collect();
    let at = keys
        .iter()
        .position(|k| *k == "date:2026-12-01")
        .expect("listed");
    assert_eq!(keys[at + 1], "days:30");
    assert!(list.windows(2).all(|w| w[0].date <= w[1].date));
    assert_eq!(
        next_milestone(&list).map(|m| m.key.as_str()),
        Some("date:2026-12-01")
    );
}

#[test]
fn yearly_keytags_always_include_the_next_one_for_long_streaks() {
    let start = date(1985, 6, 15);
    let list = milestones(
        start,
        date(2026, 11, 22),
        MilestoneSet::Keytags,
        &[],
        ZERO,
        english(),
    );
    let last = list.last().expect("non-empty");
    assert_eq!(
        (last.key.as_str(), last.date, last.reached),
        ("years:42", date(2027, 6, 15), false)
    );
    assert!(find(&list, "years:41").reached);
    assert_eq!(
        next_milestone(&list).map(|m| m.key.as_str()),
        Some("years:42")
    );
}

#[test]
fn a_milestone_reached_while_closed_is_reported_once() {
    let start = date(2026, 10, 20);
    let list = |today| milestones(start, today, MilestoneSet::Keytags, &[], ZERO, english());
    // Last opened on Nov 17; "30 days" fell on Nov 19 while the app was closed.
    let today = date(2026, 11, 22);
    let reported = newly_reached(&list(today), Some(date(2026, 11, 17)), today);
    let keys: Vec<&str> = reported.iter().map(|m| m.key.as_str()).collect();
    assert_eq!(keys, ["days:30"]);
    // The caller stores today; the next open the same day or later reports nothing again.
    assert!(newly_reached(&list(today), Some(today), today).is_empty());
    assert!(newly_reached(&list(date(2026, 12, 1)), Some(today), date(2026, 12, 1)).is_empty());
    // Several at once, oldest first; future ones never.
    let reported = newly_reached(&list(today), Some(date(2026, 10, 1)), today);
    let keys: Vec<&str> = reported.iter().map(|m| m.key.as_str()).collect();
    assert_eq!(keys, ["days:1", "days:30"]);
    // First run ever: only what falls today.
    assert!(newly_reached(&list(today), None, today).is_empty());
    let on_day = date(2026, 11, 19);
    let keys: Vec<String> = newly_reached(&list(on_day), None, on_day)
        .into_iter()
        .map(|m| m.key)
        .collect();
    assert_eq!(keys, ["days:30"]);
}

#[test]
fn personal_milestones_are_validated() {
    assert!(validate_personal(&[PersonalMilestone::Days(1000)]).is_ok());
    assert_eq!(
        invalid(validate_personal(&[PersonalMilestone::Days(0)])).0,
        "personal_milestone"
    );
    assert_eq!(
        invalid(validate_personal(&[PersonalMilestone::Days(40_000)])).1,
        "day count too large"
    );
    let old = [PersonalMilestone::Date(date(1899, 12, 31))];
    assert_eq!(invalid(validate_personal(&old)).1, "year before 1900");
    let many = vec![PersonalMilestone::Days(5); 51];
    assert_eq!(invalid(validate_personal(&many)).1, "too many");
    let json = serde_json::to_string(&[
        PersonalMilestone::Days(5),
        PersonalMilestone::Date(date(2027, 1, 1)),
    ]);
    assert_eq!(
        json.expect("serialises"),
        r#"[{"days":5},{"date":"2027-01-01"}]"#
    );
}
