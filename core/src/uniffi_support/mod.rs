//! What UniFFI needs from the core, behind the `uniffi` feature: custom types for the values
//! that have no UniFFI shape of their own, and the one error a shell sees ([`CairnError`]).
//!
//! Dates and times cross as ISO-8601 text ("2026-11-22", "07:30", "2026-11-22T09:00"; Kotlin
//! reads them as `java.time` values, see `core/uniffi.toml`), instants as `SystemTime` (Kotlin
//! `Instant`, Swift `Date`), record ids as 32 hexadecimal digits, phone numbers in their
//! canonical form and regions as ISO 3166-1 codes. Text a shell sends that is none of these
//! fails to lift as [`CairnError::InvalidInput`], the same error the core gives for any other
//! bad input: UniFFI hands a lift failure back to the caller as the method's own error when it
//! is that error type, which is why this error lives here and not in `cairn-ffi`.

mod error;

use std::time::SystemTime;

use chrono::{NaiveDate, NaiveDateTime, NaiveTime, Utc};

pub use error::CairnError;

use crate::calendar::{parse_date, parse_time};
use crate::contact::{PhoneNumber, Region};
use crate::error::Error;
use crate::id::RecordId;

/// A core result as UniFFI's lift expects it, its error already the one a shell sees.
fn lifted<T>(result: Result<T, Error>) -> uniffi::Result<T> {
    result.map_err(|error| CairnError::from(error).into())
}

uniffi::custom_type!(NaiveDate, String, {
    remote,
    lower: |date| date.format("%Y-%m-%d").to_string(),
    try_lift: |text| lifted(parse_date(&text)),
});

uniffi::custom_type!(NaiveTime, String, {
    remote,
    lower: |time| time.format("%H:%M").to_string(),
    try_lift: |text| lifted(parse_time(&text)),
});

uniffi::custom_type!(NaiveDateTime, String, {
    remote,
    lower: |local| local.format("%Y-%m-%dT%H:%M").to_string(),
    try_lift: |text| lifted(parse_local_date_time(&text)),
});

/// An instant in UTC; crosses as the platform's own instant type.
pub type Instant = chrono::DateTime<Utc>;

uniffi::custom_type!(Instant, SystemTime, {
    remote,
    lower: |instant| SystemTime::from(instant),
    try_lift: |time| Ok(Instant::from(time)),
});

uniffi::custom_type!(RecordId, String, {
    remote,
    lower: |id| id.to_string(),
    try_lift: |text| lifted(text.parse::<RecordId>().map_err(Error::from)),
});

uniffi::custom_type!(PhoneNumber, String, {
    remote,
    lower: |phone| phone.canonical(),
    try_lift: |text| lifted(PhoneNumber::parse(&text)),
});

uniffi::custom_type!(Region, String, {
    remote,
    lower: |region| region.code().to_owned(),
    try_lift: |text| lifted(Region::parse(&text)),
});

/// "YYYY-MM-DDTHH:MM", the form [`NaiveDateTime`] is lowered to.
fn parse_local_date_time(text: &str) -> Result<NaiveDateTime, Error> {
    let (date, time) = text
        .split_once('T')
        .ok_or(Error::invalid("local_time", "expected YYYY-MM-DDTHH:MM"))?;
    Ok(parse_date(date)?.and_time(parse_time(time)?))
}
