//! Small builders shared by the insight tests. Instants are built straight from chrono-tz.

use chrono::{DateTime, Days, NaiveDate, TimeZone, Utc};
use chrono_tz::Tz;

use crate::checkin::{CheckIn, MedicationTaken};

pub fn date(y: i32, m: u32, d: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, d).expect("valid test date")
}

pub fn utc(y: i32, mo: u32, d: u32, h: u32, mi: u32) -> DateTime<Utc> {
    Utc.with_ymd_and_hms(y, mo, d, h, mi, 0)
        .single()
        .expect("valid UTC instant")
}

/// The instant a wall clock in `tz` shows the given time; the wall time must exist exactly once.
pub fn at(tz: Tz, y: i32, mo: u32, d: u32, h: u32, mi: u32) -> DateTime<Utc> {
    tz.with_ymd_and_hms(y, mo, d, h, mi, 0)
        .single()
        .expect("unambiguous local test time")
        .with_timezone(&Utc)
}

/// The zone of the fixed "today" (2026-11-22).
pub const TZ: Tz = Tz::America__New_York;

/// Noon on 2026-11-22 in New York.
pub fn now() -> DateTime<Utc> {
    at(TZ, 2026, 11, 22, 12, 0)
}

/// 2026-11-22 moved back `n` days.
pub fn ago(n: u64) -> NaiveDate {
    date(2026, 11, 22) - Days::new(n)
}

/// A check-in with the given mood and craving and no tags.
pub fn ci(on: NaiveDate, mood: u8, craving: u8) -> CheckIn {
    CheckIn::new(on, mood, craving, false, MedicationTaken::Taken)
}
