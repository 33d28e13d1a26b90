//! Small builders shared by the journal tests. Instants are built straight from chrono-tz here,
//! not through `calendar::resolve_local`, so that the tests do not lean on the code they check.

pub use crate::test_support::{at, date, invalid, time, utc};

use chrono::{NaiveDate, NaiveTime};

use crate::journal::model::{Journey, UseEvent, UseKind};

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
