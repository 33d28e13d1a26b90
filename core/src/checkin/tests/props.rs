//! Properties of the check-in rules over random zones, instants, dates and typed text.

use chrono::{DateTime, Days, NaiveDate, Utc};
use chrono_tz::Tz;
use proptest::prelude::*;

use super::common::{date, invalid, utc};
use crate::checkin::model::{
    CheckIn, MedicationTaken, TAGS_MAX, Trigger, parse_helped, parse_triggers, prepare_checkin,
    validate_checkin,
};
use crate::checkin::streak::checkin_streak;

const ZONES: [Tz; 8] = [
    Tz::Pacific__Kiritimati,
    Tz::Pacific__Apia,
    Tz::Australia__Lord_Howe,
    Tz::Asia__Kathmandu,
    Tz::Europe__London,
    Tz::America__St_Johns,
    Tz::America__New_York,
    Tz::Pacific__Honolulu,
];

/// A zone and an instant within about four years around 2026.
fn zone_and_now() -> impl Strategy<Value = (Tz, DateTime<Utc>)> {
    (
        prop::sample::select(ZONES.to_vec()),
        0i64..(4 * 365 * 1_440),
    )
        .prop_map(|(tz, minutes)| {
            (
                tz,
                utc(2024, 1, 1, 0, 0) + chrono::TimeDelta::minutes(minutes),
            )
        })
}

fn shift(date: NaiveDate, offset: i64) -> NaiveDate {
    if offset >= 0 {
        date + Days::new(offset.unsigned_abs())
    } else {
        date - Days::new(offset.unsigned_abs())
    }
}

proptest! {
    #[test]
    fn streak_is_bounded_by_the_check_ins(
        (tz, now) in zone_and_now(),
        offsets in prop::collection::vec(-90i64..3, 0..60),
    ) {
        let today = now.with_timezone(&tz).date_naive();
        let dates: Vec<NaiveDate> = offsets.iter().map(|o| shift(today, *o)).collect();
        let s = checkin_streak(&dates, now, tz);
        let mut distinct: Vec<NaiveDate> = dates.iter().copied().filter(|d| *d <= today).collect();
        distinct.sort();
        distinct.dedup();
        let n = u32::try_from(distinct.len()).expect("small");
        prop_assert!(s.current_days <= s.longest_days);
        prop_assert!(s.longest_days <= n);
        prop_assert!(s.days_in_last_30 <= n.min(30));
        prop_assert_eq!(s.checked_in_today, distinct.contains(&today));
        if s.current_days > 0 {
            prop_assert!(s.last_check_in >= Some(shift(today, -1)));
        }
        let mut reversed = dates.clone();
        reversed.reverse();
        prop_assert_eq!(checkin_streak(&reversed, now, tz), s);
    }

    #[test]
    fn whatever_is_typed_parses_to_valid_tags_or_a_named_error(text in "\\PC{0,80}|[a-zA-Z ,;\\t\\n\\x07-]{0,200}") {
        let parsed = parse_triggers(&text);
        if let Ok(tags) = &parsed {
            prop_assert!(tags.len() <= TAGS_MAX);
            let mut c = CheckIn::new(date(2026, 1, 1), 3, 3, false, MedicationTaken::Taken);
            c.triggers = tags.clone();
            prop_assert!(validate_checkin(&c, utc(2026, 1, 2, 0, 0), Tz::UTC).is_ok());
        } else {
            prop_assert_eq!(invalid(parsed).0, "trigger");
        }
        let helped = parse_helped(&text);
        if helped.is_err() {
            prop_assert_eq!(invalid(helped).0, "helped");
        }
    }

    #[test]
    fn prepare_is_idempotent(
        words in prop::collection::vec("[A-Za-z]{1,6}( {1,3}[A-Za-z]{1,6})?", 0..8),
        mood in 1u8..=5,
        craving in 0u8..=10,
    ) {
        let mut c = CheckIn::new(date(2026, 5, 1), mood, craving, false, MedicationTaken::Missed);
        c.triggers = words.iter().map(|w| Trigger::Own(format!(" {w} "))).collect();
        let now = utc(2026, 5, 2, 0, 0);
        let once = prepare_checkin(c, now, Tz::UTC).expect("valid");
        prop_assert_eq!(prepare_checkin(once.clone(), now, Tz::UTC).expect("valid"), once);
    }
}
