//! Tests of the import readers: table tests over files built the way each app writes them
//! (fixtures under `core/tests/fixtures/import/`, and files built inline with the same code
//! paths: Dart's `jsonEncode` and `Uint8List.fromList(json.codeUnits)`, kotlinx's `Json`).

mod money;
mod quitter;
mod sobriety;

use chrono::{NaiveDate, NaiveTime};

use crate::error::{Error, Result};

/// A date from `YYYY-MM-DD`.
fn d(text: &str) -> NaiveDate {
    NaiveDate::parse_from_str(text, "%Y-%m-%d").unwrap()
}

/// A time from `HH:MM:SS`.
fn t(text: &str) -> NaiveTime {
    NaiveTime::parse_from_str(text, "%H:%M:%S").unwrap()
}

/// Asserts a read was refused as invalid `field` for `reason`.
#[track_caller]
fn assert_refused<T: std::fmt::Debug>(result: Result<T>, field: &str, reason: &str) {
    match result {
        Err(Error::InvalidInput {
            field: got_field,
            reason: got_reason,
        }) => assert_eq!((got_field, got_reason), (field, reason)),
        other => panic!("expected invalid {field}: {reason}, got {other:?}"),
    }
}
