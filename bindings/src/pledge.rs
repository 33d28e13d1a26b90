//! The daily pledge ("Just for today"): make today's with one tap, or a back-dated day's; read
//! the pledges with their evening answers and the streak.

use std::time::SystemTime;

use cairn_core::companion::{PledgeRecorded, Pledges};
use cairn_core::pledge::PledgeStreak;
use chrono::NaiveDate;

use crate::CairnError;
use crate::companion::{Companion, instant};

#[uniffi::export(name = "CairnCompanion")]
impl Companion {
    /// Makes the pledge of `date` (`null`: today in the person's zone). A date after today is
    /// `InvalidInput`. Pledging a day that already has one changes nothing and says
    /// `alreadyPledged`; it is not an error.
    pub fn pledge(
        &self,
        date: Option<NaiveDate>,
        now: SystemTime,
    ) -> Result<PledgeRecorded, CairnError> {
        self.with(|c| c.pledge(date, instant(now)))
    }

    /// The pledge streak now.
    pub fn pledge_streak(&self, now: SystemTime) -> Result<PledgeStreak, CairnError> {
        self.with(|c| c.pledge_streak(instant(now)))
    }

    /// Every pledge, newest first, with the evening check-in's answer, and the streak.
    pub fn pledges(&self, now: SystemTime) -> Result<Pledges, CairnError> {
        self.with(|c| c.pledges(instant(now)))
    }
}
