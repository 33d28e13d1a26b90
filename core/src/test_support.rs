//! Builders shared by the unit tests of every rule module. Instants are built straight from
//! chrono-tz, not through `calendar::resolve_local`, so tests do not lean on the code they check.

use chrono::{DateTime, NaiveDate, NaiveTime, TimeZone, Utc};
use chrono_tz::Tz;

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

/// An instant written as RFC 3339 ("2026-03-08T07:59:00Z"), for cases that read best as text.
pub fn instant(text: &str) -> DateTime<Utc> {
    DateTime::parse_from_rfc3339(text)
        .expect("RFC 3339 test instant")
        .with_timezone(&Utc)
}

/// A date written "YYYY-MM-DD".
pub fn day(text: &str) -> NaiveDate {
    text.parse().expect("YYYY-MM-DD test date")
}

/// A wall time written "HH:MM".
pub fn clock(text: &str) -> NaiveTime {
    NaiveTime::parse_from_str(text, "%H:%M").expect("HH:MM test time")
}

/// The field and reason of an `InvalidInput`, for compact assertions.
pub fn invalid<T: std::fmt::Debug>(
    result: crate::error::Result<T>,
) -> (&'static str, &'static str) {
    match result {
        Err(crate::error::Error::InvalidInput { field, reason }) => (field, reason),
        other => panic!("expected InvalidInput, got {other:?}"),
    }
}

/// The core's English messages, which most rule tests read.
pub fn english() -> &'static crate::text::Catalogue {
    crate::text::messages(crate::text::Language::English)
}
