//! Small builders shared by the journal tests. Instants are built straight from chrono-tz here,
//! not through `calendar::resolve_local`, so that the tests do not lean on the code they check.

use chrono::{DateTime, NaiveDate, NaiveTime, TimeZone, Utc};
use chrono_tz::Tz;

use crate::journal::model::{Journey, UseEvent, UseKind};

pub fn date(y: i32, m: u32, d: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, d).expect("valid test date")
}

pub fn time(h: u32, m: u32) -> NaiveTime {
    NaiveTime::from_hms_opt(h, m, 0).expect("valid test time")
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

pub fn journey(clean_date: NaiveDate) -> Journey {
    Journey::new(clean_date)
}

pub fn lapse(on: NaiveDate) -> UseEvent {
    UseEvent::new(on, UseKind::Lapse)
}

pub fn relapse(on: NaiveDate) -> UseEvent {
    UseEvent::new(on, UseKind::Relapse)
}

pub fn lapse_at(on: NaiveDate, at: NaiveTime) -> UseEvent {
    UseEvent {
        time: Some(at),
        ..lapse(on)
    }
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
