//! Small builders shared by the check-in tests. Instants are built straight from chrono-tz.

use chrono::{DateTime, NaiveDate, TimeZone, Utc};
use chrono_tz::Tz;

use crate::checkin::model::{CheckIn, MedicationTaken};

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

/// The project's "today": 2026-11-22 at noon in New York.
pub const TZ: Tz = Tz::America__New_York;

pub fn now() -> DateTime<Utc> {
    at(TZ, 2026, 11, 22, 12, 0)
}

pub fn today() -> NaiveDate {
    date(2026, 11, 22)
}

/// `today()` moved back `n` days.
pub fn ago(n: u64) -> NaiveDate {
    today()
        .checked_sub_days(chrono::Days::new(n))
        .expect("in range")
}

/// A valid check-in with no tags.
pub fn checkin(on: NaiveDate) -> CheckIn {
    CheckIn::new(on, 3, 2, false, MedicationTaken::Taken)
}

/// The field and reason of an `InvalidInput`, for compact assertions.
pub fn invalid<T: std::fmt::Debug>(
    result: crate::error::Result<T>,
) -> (&'static str, &'static str) {
    match result {
        Err(crate::error::Error::InvalidInput { field, reason }) => (field, reason),
        // Written as a catch-all so the helper still compiles where `Error` has more variants.
        other => panic!("expected InvalidInput, got {other:?}"),
    }
}
