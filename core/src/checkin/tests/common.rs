//! Small builders shared by the check-in tests. Instants are built straight from chrono-tz.

pub use crate::test_support::{at, date, invalid, utc};

use chrono::{DateTime, NaiveDate, Utc};
use chrono_tz::Tz;

use crate::checkin::model::{CheckIn, MedicationTaken};

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
