//! Small builders shared by the insight tests. Instants are built straight from chrono-tz.

pub use crate::test_support::{at, date, utc};

use chrono::{DateTime, Days, NaiveDate, Utc};
use chrono_tz::Tz;

use crate::checkin::{CheckIn, MedicationTaken};

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
