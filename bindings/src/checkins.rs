//! Daily check-ins and what they give back (insights).

use std::time::SystemTime;

use cairn_core::checkin::CheckIn;
use cairn_core::companion::{CheckInRecorded, Insights};
use cairn_core::journal::UseKind;

use crate::CairnError;
use crate::companion::{Companion, instant};

#[uniffi::export(name = "CairnCompanion")]
impl Companion {
    /// Records the check-in of its date. A second one for the day needs `replace`. Saying
    /// "used" records a use of `use_kind` and may return the safety card.
    pub fn check_in(
        &self,
        checkin: CheckIn,
        use_kind: UseKind,
        replace: bool,
        now: SystemTime,
    ) -> Result<CheckInRecorded, CairnError> {
        self.with(|c| c.check_in(checkin, use_kind, replace, instant(now)))
    }

    /// Every check-in, newest first.
    pub fn checkins(&self) -> Result<Vec<CheckIn>, CairnError> {
        self.with(|c| c.checkins())
    }

    /// Averages, trends, frequent triggers and helpful actions, and reasons to reach out.
    pub fn insights(&self, now: SystemTime) -> Result<Insights, CairnError> {
        self.with(|c| c.insights(instant(now)))
    }
}
