//! The notification plan a shell hands to the OS scheduler.

use std::time::SystemTime;

use cairn_core::notification_plan::{PlannedNotification, Reconciliation};

use crate::CairnError;
use crate::companion::{Companion, instant};

#[uniffi::export(name = "CairnCompanion")]
impl Companion {
    /// The notifications that should be pending now, soonest first, at most 60.
    pub fn notification_plan(
        &self,
        now: SystemTime,
    ) -> Result<Vec<PlannedNotification>, CairnError> {
        self.with(|c| c.notification_plan(instant(now)))
    }

    /// What to cancel and schedule so the OS's pending notifications (`pending` ids) match the
    /// plan. Call it on launch, after boot, on a time or zone change, and after any change.
    pub fn reconcile_notifications(
        &self,
        pending: Vec<String>,
        now: SystemTime,
    ) -> Result<Reconciliation, CairnError> {
        self.with(|c| c.reconcile_notifications(&pending, instant(now)))
    }
}
