//! The demo's notification plan: a medication dose, the check-in reminder and milestones,
//! planned in the person's zone with a neutral lock-screen text.

use cairn_core::Companion;
use cairn_core::settings::{Medication, SettingsChange};
use chrono::NaiveTime;

use super::tour::Step;
use crate::context::Context;
use crate::output::CliError;

/// Reminders, medication doses and milestones, planned in the person's zone.
pub fn notifications(
    context: &Context,
    companion: &mut Companion,
    steps: &mut Vec<Step>,
) -> Result<(), CliError> {
    let dose = NaiveTime::from_hms_opt(8, 0, 0).unwrap_or_default();
    let medication = Medication {
        name: "buprenorphine".into(),
        dose_times: vec![dose],
    };
    companion.update_settings(SettingsChange {
        medications: Some(vec![medication]),
        ..Default::default()
    })?;
    let plan = companion.notification_plan(context.now)?;
    let zone = companion.zone()?;
    let first: Vec<String> = plan
        .iter()
        .take(4)
        .map(|entry| {
            format!(
                "  {}  {:?}",
                entry.fires_at.with_timezone(&zone).format("%a %d %b %H:%M"),
                entry.kind
            )
        })
        .collect();
    steps.push(Step {
        step: "notifications",
        result: format!(
            "{} notifications should be pending (at most 60), soonest first; the lock screen only \
             ever says \"{}\":\n{}",
            plan.len(),
            companion.messages()?.text("notification-public"),
            first.join("\n")
        ),
    });
    Ok(())
}
