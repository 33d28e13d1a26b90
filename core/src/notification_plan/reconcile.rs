//! Reconciling a plan with what the OS has pending: the diff a shell applies.

use std::collections::HashSet;

use serde::{Deserialize, Serialize};

use super::PlannedNotification;

/// What a shell must do so the OS holds exactly the plan.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Record))]
pub struct Reconciliation {
    /// Pending ids that are not in the plan: cancel them.
    pub cancel: Vec<String>,
    /// Planned notifications the OS does not have: schedule them.
    pub schedule: Vec<PlannedNotification>,
}

/// The diff between `plan` and the ids the OS reports as pending. Ids that are not Cairn's
/// own are left alone. Reconciling a plan against its own ids gives an empty diff.
pub fn reconcile(plan: &[PlannedNotification], pending: &[String]) -> Reconciliation {
    let planned: HashSet<&str> = plan.iter().map(|entry| entry.id.as_str()).collect();
    let pending_set: HashSet<&str> = pending.iter().map(String::as_str).collect();
    let mut cancel: Vec<String> = pending
        .iter()
        .filter(|id| id.starts_with("cairn-") && !planned.contains(id.as_str()))
        .cloned()
        .collect();
    cancel.sort();
    cancel.dedup();
    let schedule = plan
        .iter()
        .filter(|entry| !pending_set.contains(entry.id.as_str()))
        .cloned()
        .collect();
    Reconciliation { cancel, schedule }
}
