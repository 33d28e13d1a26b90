//! Properties of the insights over random zones, instants and check-in histories.

use crate::test_support::english;
use chrono::{DateTime, Days, NaiveDate, Utc};
use chrono_tz::Tz;
use proptest::prelude::*;

use super::common::utc;
use crate::checkin::{CheckIn, HelpfulAction, MedicationTaken, Trigger};
use crate::insight::averages::{TREND_MIN_CHECK_INS, averages, top_tags};
use crate::insight::signals::{SuggestedAction, reach_out_signals};

const ZONES: [Tz; 6] = [
    Tz::Pacific__Kiritimati,
    Tz::Australia__Lord_Howe,
    Tz::Asia__Kathmandu,
    Tz::Europe__Berlin,
    Tz::America__St_Johns,
    Tz::Pacific__Honolulu,
];

#[derive(Debug, Clone)]
struct History {
    tz: Tz,
    now: DateTime<Utc>,
    checkins: Vec<CheckIn>,
    uses: Vec<NaiveDate>,
    streak: Option<u32>,
}

fn shift(date: NaiveDate, offset: i64) -> NaiveDate {
    if offset >= 0 {
        date + Days::new(offset.unsigned_abs())
    } else {
        date - Days::new(offset.unsigned_abs())
    }
}

/// Check-ins with any stored byte for mood and craving (damaged records included), dated
/// around today, with tags from a small pool so that counts collide.
fn history() -> impl Strategy<Value = History> {
    let checkin = (-45i64..3, any::<u8>(), any::<u8>(), 0usize..4, 0usize..3);
    (
        prop::sample::select(ZONES.to_vec()),
        0i64..(3 * 365 * 1_440),
        prop::collection::vec(checkin, 0..40),
        prop::collection::vec(-20i64..3, 0..4),
        prop::option::of(0u32..40),
    )
        .prop_map(|(tz, minutes, raw, use_offsets, streak)| {
            let now = utc(2025, 1, 1, 0, 0) + chrono::TimeDelta::minutes(minutes);
            let today = now.with_timezone(&tz).date_naive();
            let pool = [
                Trigger::Stress,
                Trigger::Pain,
                Trigger::Own("payday".into()),
            ];
            let checkins = raw
                .into_iter()
                .map(|(offset, mood, craving, triggers, helped)| CheckIn {
                    triggers: pool.iter().take(triggers).cloned().collect(),
                    helped: HelpfulAction::NAMES
                        .iter()
                        .take(helped)
                        .map(|n| n.0.clone())
                        .collect(),
                    ..CheckIn::new(
                        shift(today, offset),
                        mood,
                        craving,
                        false,
                        MedicationTaken::Taken,
                    )
                })
                .collect();
            let uses = use_offsets.into_iter().map(|o| shift(today, o)).collect();
            History {
                tz,
                now,
                checkins,
                uses,
                streak,
            }
        })
}

proptest! {
    #[test]
    fn averages_stay_on_their_scales(h in history()) {
        let a = averages(&h.checkins, h.now, h.tz);
        for window in [a.last_7, a.last_30] {
            prop_assert_eq!(window.mood.is_some(), window.check_ins > 0);
            if let Some(mood) = window.mood {
                prop_assert!((1.0..=5.0).contains(&mood), "mood {}", mood);
            }
            if let Some(craving) = window.craving {
                prop_assert!((0.0..=10.0).contains(&craving), "craving {}", craving);
            }
        }
        prop_assert!(a.last_7.check_ins <= a.last_30.check_ins);
        if a.last_7.check_ins < TREND_MIN_CHECK_INS {
            prop_assert!(a.mood_trend.is_none() && a.craving_trend.is_none());
        }
        let mut reversed = h.checkins.clone();
        reversed.reverse();
        prop_assert_eq!(averages(&reversed, h.now, h.tz).mood_trend, a.mood_trend);
    }

    #[test]
    fn top_tags_are_few_sorted_and_order_free(h in history()) {
        let top = top_tags(&h.checkins, h.now, h.tz);
        prop_assert!(top.triggers.len() <= 3 && top.helped.len() <= 3);
        prop_assert!(top.triggers.windows(2).all(|w| w[0].count >= w[1].count));
        prop_assert!(top.helped.windows(2).all(|w| w[0].count >= w[1].count));
        let in_window = averages(&h.checkins, h.now, h.tz).last_30.check_ins;
        prop_assert!(top.triggers.iter().all(|t| t.count >= 1 && t.count <= in_window));
        let mut reversed = h.checkins.clone();
        reversed.reverse();
        prop_assert_eq!(top_tags(&reversed, h.now, h.tz), top);
    }

    #[test]
    fn signals_are_deterministic_sorted_and_explained(h in history()) {
        let found = reach_out_signals(&h.checkins, h.streak, &h.uses, h.now, h.tz, english());
        prop_assert_eq!(&reach_out_signals(&h.checkins, h.streak, &h.uses, h.now, h.tz, english()), &found);
        prop_assert!(found.windows(2).all(|w| w[0].kind < w[1].kind), "sorted, one per kind");
        for signal in &found {
            prop_assert_eq!(signal.action, SuggestedAction::ReachOut);
            prop_assert!(!signal.reason.is_empty());
        }
        let mut checkins = h.checkins.clone();
        checkins.reverse();
        let mut uses = h.uses.clone();
        uses.reverse();
        prop_assert_eq!(reach_out_signals(&checkins, h.streak, &uses, h.now, h.tz, english()), found);
    }
}
