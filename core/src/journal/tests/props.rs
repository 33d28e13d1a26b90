//! Properties over random zones (real chrono-tz zones with odd offsets, 30-minute and 2-hour
//! shifts, and skipped dates), dates, times and use histories, including uses dated after today
//! and a clean date that is still tomorrow in the zone.

use chrono::{
    DateTime, Datelike, MappedLocalTime, NaiveDate, NaiveTime, Offset, TimeDelta, TimeZone, Utc,
};

use super::common::{date, time, utc};
use crate::test_support::english;
use chrono_tz::Tz;
use proptest::prelude::*;

use crate::calendar::{
    add_days, add_months, days_between, local_date, resolve_local, start_of_day,
};
use crate::journal::milestone::{MilestoneSet, PersonalMilestone, milestones};
use crate::journal::model::{DayCounting, Journey, UseEvent, UseKind};
use crate::journal::stage::stage_progress;
use crate::journal::streak::{StreakSummary, summarize};

const ZONES: [Tz; 16] = [
    Tz::Australia__Lord_Howe,
    Tz::Pacific__Apia,
    Tz::Pacific__Kiritimati,
    Tz::America__St_Johns,
    Tz::Asia__Kathmandu,
    Tz::America__Los_Angeles,
    Tz::Europe__London,
    Tz::Pacific__Auckland,
    Tz::Pacific__Honolulu,
    Tz::America__New_York,
    Tz::Europe__Berlin,
    Tz::Pacific__Chatham,
    Tz::Antarctica__Troll,
    Tz::America__Santiago,
    Tz::Asia__Kolkata,
    Tz::UTC,
];

fn zone() -> impl Strategy<Value = Tz> {
    prop::sample::select(ZONES.to_vec())
}

/// Any date from 1900 to about 2100.
fn any_date() -> impl Strategy<Value = NaiveDate> {
    (0i64..73_000).prop_map(|n| add_days(date(1900, 1, 1), n))
}

fn any_time() -> impl Strategy<Value = NaiveTime> {
    (0u32..24, 0u32..60).prop_map(|(h, m)| time(h, m))
}

fn counting() -> impl Strategy<Value = DayCounting> {
    prop_oneof![
        Just(DayCounting::CleanDateIsDayZero),
        Just(DayCounting::CleanDateIsDayOne)
    ]
}

/// A journey, a use history around it and a `now` up to ~3 years later (sometimes, west of UTC,
/// still the day before the clean date).
#[derive(Debug, Clone)]
struct History {
    journey: Journey,
    uses: Vec<UseEvent>,
    now: DateTime<Utc>,
    tz: Tz,
    counting: DayCounting,
}

fn history() -> impl Strategy<Value = History> {
    let use_event = (-40i64..1_200, any::<bool>(), prop::option::of(any_time()));
    (
        (0i64..14_000, prop::option::of(any_time())),
        prop::collection::vec(use_event, 0..12),
        0i64..(1_100 * 1_440),
        zone(),
        counting(),
    )
        .prop_map(|((first, clean_time), raw_uses, minutes, tz, counting)| {
            let clean_date = add_days(base(), first);
            let journey = Journey {
                clean_time,
                ..Journey::new(clean_date)
            };
            let uses = raw_uses
                .into_iter()
                .map(|(offset, relapse, time)| UseEvent {
                    time,
                    ..UseEvent::new(
                        add_days(clean_date, offset),
                        if relapse {
                            UseKind::Relapse
                        } else {
                            UseKind::Lapse
                        },
                    )
                })
                .collect();
            let now = clean_date.and_time(NaiveTime::MIN).and_utc() + TimeDelta::minutes(minutes);
            History {
                journey,
                uses,
                now,
                tz,
                counting,
            }
        })
}

fn base() -> NaiveDate {
    date(1995, 1, 1)
}

fn dst_zone() -> impl Strategy<Value = Tz> {
    prop::sample::select(vec![
        Tz::Australia__Lord_Howe,
        Tz::America__St_Johns,
        Tz::America__Los_Angeles,
        Tz::Europe__London,
        Tz::Pacific__Auckland,
        Tz::America__New_York,
        Tz::Europe__Berlin,
        Tz::Pacific__Chatham,
        Tz::Antarctica__Troll,
        Tz::America__Santiago,
    ])
}

/// The first date within 400 days after `from` whose noon has another UTC offset than the noon
/// before it: the date of a daylight-saving change (or the day after one made at 24:00).
fn next_offset_change(tz: Tz, from: NaiveDate) -> Option<NaiveDate> {
    let offset = |d: NaiveDate| {
        let noon = resolve_local(d, time(12, 0), tz);
        noon.with_timezone(&tz).offset().fix()
    };
    (1..400)
        .map(|n| add_days(from, n))
        .find(|d| offset(*d) != offset(add_days(*d, -1)))
}

/// The contract of `resolve_local` for one wall time, checked against chrono-tz directly.
fn check_wall_time(tz: Tz, day: NaiveDate, wall: NaiveTime) -> Result<(), TestCaseError> {
    let wanted = day.and_time(wall);
    let instant = resolve_local(day, wall, tz);
    let shown = instant.with_timezone(&tz).naive_local();
    prop_assert!(shown >= wanted, "{} {} read back as {}", tz, wanted, shown);
    prop_assert!(shown.date() >= day);
    match tz.from_local_datetime(&wanted) {
        MappedLocalTime::Single(t) => prop_assert_eq!(instant, t.with_timezone(&Utc)),
        MappedLocalTime::Ambiguous(a, b) => {
            prop_assert!(a != b);
            prop_assert_eq!(
                instant,
                a.min(b).with_timezone(&Utc),
                "the first occurrence"
            );
        }
        MappedLocalTime::None => {
            // Every whole minute from the wanted one up to the result is missing, and the
            // result is the very first one that exists.
            let mut probe = wanted;
            while probe < shown {
                prop_assert!(
                    tz.from_local_datetime(&probe).earliest().is_none(),
                    "{} exists",
                    probe
                );
                probe += TimeDelta::minutes(1);
            }
            prop_assert_eq!(probe, shown, "lands on a whole minute");
            prop_assert!(shown - wanted <= TimeDelta::hours(25));
        }
    }
    Ok(())
}

fn run(h: &History) -> StreakSummary {
    summarize(&h.journey, &h.uses, h.now, h.tz, h.counting)
}

fn check_invariants(h: &History, s: &StreakSummary) -> Result<(), TestCaseError> {
    let first = h.journey.clean_date;
    prop_assert_eq!(s.today, local_date(h.now, h.tz));
    let mut expected_start = first;
    for streak in s.past_streaks.iter().rev() {
        prop_assert_eq!(streak.start, expected_start, "streaks tile the journey");
        prop_assert!(streak.start <= streak.end, "a streak is never negative");
        prop_assert_eq!(
            i64::from(streak.days),
            days_between(streak.start, streak.end)
        );
        expected_start = add_days(streak.end, 1);
    }
    prop_assert_eq!(s.current_start, expected_start);
    prop_assert_eq!(
        i64::from(s.current_days),
        h.counting.count(s.current_start, s.today).max(0)
    );
    let since = h.counting.count(first, s.today).max(0);
    prop_assert_eq!(i64::from(s.days_since_first_clean_date), since);
    prop_assert!(s.total_clean_days <= s.days_since_first_clean_date);
    let streak_sum: u32 = s.past_streaks.iter().map(|p| p.days).sum::<u32>() + s.current_days;
    prop_assert_eq!(s.total_clean_days, streak_sum);
    let longest = s
        .past_streaks
        .iter()
        .map(|p| p.days)
        .fold(s.current_days, u32::max);
    prop_assert_eq!(s.longest_days, longest);
    prop_assert_eq!(s.attempts as usize, s.past_streaks.len() + 1);
    for share in [s.share_30, s.share_90, s.share_365] {
        prop_assert!((0.0..=1.0).contains(&share.share));
        prop_assert!(
            share.clean_days <= share.counted_days && share.counted_days <= share.window_days
        );
    }
    if let Some(elapsed) = s.elapsed {
        prop_assert!(elapsed.hours < 72 && elapsed.minutes < 60);
    }
    Ok(())
}

proptest! {
    #[test]
    fn streak_invariants_hold_for_any_history(h in history()) {
        let s = run(&h);
        check_invariants(&h, &s)?;
        let mut shuffled = h.clone();
        shuffled.uses.reverse();
        prop_assert_eq!(run(&shuffled), s, "the order of records does not matter");
    }

    #[test]
    fn back_dating_a_lapse_never_increases_the_longest_streak(h in history(), pick in any::<u32>()) {
        let before = run(&h);
        // Any date from 40 days before the journey up to today (in the zone).
        let earliest = add_days(h.journey.clean_date, -40);
        let span = days_between(earliest, before.today).max(0) + 1;
        let on = add_days(earliest, i64::from(pick) % span);
        let mut more = h.clone();
        more.uses.push(UseEvent::new(on, UseKind::Lapse));
        let after = run(&more);
        check_invariants(&more, &after)?;
        prop_assert!(after.longest_days <= before.longest_days);
        prop_assert!(after.total_clean_days <= before.total_clean_days);
        prop_assert!(after.current_days <= before.current_days);
        prop_assert!(after.attempts >= before.attempts);
        prop_assert!(after.past_streaks.len() >= before.past_streaks.len(), "history only grows");
        prop_assert!(after.share_30.clean_days <= before.share_30.clean_days);
    }

    #[test]
    fn day_counts_depend_only_on_the_local_date(h in history(), other in zone(), wall in any_time()) {
        // Move to another zone at an instant where its calendar shows the same date.
        let s = run(&h);
        let moved_now = resolve_local(s.today, wall, other);
        prop_assume!(local_date(moved_now, other) == s.today);
        let moved = run(&History { now: moved_now, tz: other, ..h.clone() });
        prop_assert_eq!(moved.current_days, s.current_days);
        prop_assert_eq!(moved.total_clean_days, s.total_clean_days);
        prop_assert_eq!(moved.longest_days, s.longest_days);
        prop_assert_eq!(moved.share_365, s.share_365);
    }

    #[test]
    fn milestones_are_sorted_unique_and_consistent(
        start in any_date(),
        ahead in -30i64..20_000,
        set in prop::sample::select(vec![MilestoneSet::Keytags, MilestoneSet::Early, MilestoneSet::Personal, MilestoneSet::All]),
        days in prop::collection::vec(0u32..12_000, 0..6),
        dates in prop::collection::vec(-400i64..12_000, 0..4),
        counting in counting(),
    ) {
        let today = add_days(start, ahead);
        let personal: Vec<PersonalMilestone> = days.into_iter().map(PersonalMilestone::Days)
            .chain(dates.into_iter().map(|d| PersonalMilestone::Date(add_days(start, d))))
            .collect();
        let list = milestones(start, today, set, &personal, counting, english());
        prop_assert!(list.windows(2).all(|w| w[0].date <= w[1].date), "sorted by date");
        let mut keys: Vec<&str> = list.iter().map(|m| m.key.as_str()).collect();
        keys.sort_unstable();
        let count = keys.len();
        keys.dedup();
        prop_assert_eq!(keys.len(), count, "unique keys");
        for m in &list {
            prop_assert_eq!(m.reached, m.date <= today);
            prop_assert_eq!(i64::from(m.days_left), days_between(today, m.date).max(0));
            prop_assert!(m.date >= start, "nothing before the streak");
        }
        if matches!(set, MilestoneSet::Keytags | MilestoneSet::All) {
            prop_assert!(keys.contains(&"years:30") && keys.contains(&"days:10000"));
            prop_assert!(list.iter().any(|m| m.key.starts_with("years:") && !m.reached), "next year listed");
        }
    }

    #[test]
    fn resolve_local_never_goes_back_and_only_moves_out_of_gaps(
        day in any_date(), wall in any_time(), tz in zone()
    ) {
        check_wall_time(tz, day, wall)?;
    }

    /// Random wall times almost never fall in a gap, so also sweep both dates around the next
    /// offset change after a random date, every 5 minutes: each case crosses a gap or an overlap.
    #[test]
    fn resolve_local_around_offset_changes(tz in dst_zone(), from in 0i64..24_000) {
        let from = add_days(date(1970, 1, 1), from);
        let Some(change) = next_offset_change(tz, from) else {
            return Err(TestCaseError::reject("no offset change within 400 days"));
        };
        for day in [add_days(change, -1), change] {
            for minute in (0..1_440).step_by(5) {
                check_wall_time(tz, day, time(minute / 60, minute % 60))?;
            }
        }
    }

    #[test]
    fn days_start_before_their_instants(minutes in 0i64..(200 * 365 * 1_440), tz in zone()) {
        let instant = utc(1900, 1, 1, 0, 0)
            + TimeDelta::minutes(minutes);
        let today = local_date(instant, tz);
        prop_assert!(start_of_day(today, tz) <= instant);
        prop_assert!(local_date(start_of_day(today, tz), tz) >= today);
        prop_assert!(start_of_day(add_days(today, 1), tz) > instant);
    }

    #[test]
    fn calendar_arithmetic_is_consistent(day in any_date(), n in -40_000i64..40_000, months in 0u32..2_400) {
        prop_assert_eq!(days_between(day, add_days(day, n)), n);
        let moved = add_months(day, months);
        let total = day.year() * 12 + day.month0() as i32 + months as i32;
        prop_assert_eq!((moved.year(), moved.month0() as i32), (total.div_euclid(12), total.rem_euclid(12)));
        prop_assert!(moved.day() <= day.day());
        if moved.day() < day.day() {
            prop_assert_eq!(add_days(moved, 1).day(), 1, "clamped only to the month's last day");
        }
    }

    #[test]
    fn stages_only_move_forward_and_progress_is_a_fraction(start in any_date(), a in -10i64..4_000, b in 0i64..4_000) {
        let early = stage_progress(start, add_days(start, a));
        let late = stage_progress(start, add_days(start, a + b));
        prop_assert!(early.stage <= late.stage);
        for p in [early, late] {
            prop_assert!((0.0..=1.0).contains(&p.progress));
            prop_assert_eq!(p.days_left.is_some(), p.next_stage.is_some());
        }
    }
}
