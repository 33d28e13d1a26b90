//! The demo's notification plan: a medication dose, the check-in reminder and milestones,
//! planned in the person's zone with a neutral lock-screen text, each shown with the day and
//! time it fires and what it is for.

use cairn_core::Companion;
use cairn_core::notification_plan::NotificationKind;
use cairn_core::settings::{Medication, SettingsChange};
use chrono::NaiveTime;

use super::tour::{Step, short_date};
use crate::context::Context;
use crate::output::CliError;
use crate::text::{count, f, t};

/// The most notifications a plan holds (iOS keeps 64 pending; the core plans at most 60).
const PLAN_MAX: u64 = 60;

/// What a notification is for, in the person's language.
fn kind_words(kind: NotificationKind) -> String {
    t(match kind {
        NotificationKind::Milestone => "demo-kind-milestone",
        NotificationKind::CheckInReminder => "demo-kind-check-in",
        NotificationKind::MedicationDose => "demo-kind-dose",
        NotificationKind::PledgeReminder => "demo-kind-pledge",
    })
}

/// Reminders, medication doses and milestones, planned in the person's zone.
pub fn notifications(
    context: &Context,
    companion: &mut Companion,
    steps: &mut Vec<Step>,
) -> Result<(), CliError> {
    let dose = NaiveTime::from_hms_opt(8, 0, 0).unwrap_or_default();
    let medication = Medication {
        name: t("demo-sample-medication"),
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
            let local = entry.fires_at.with_timezone(&zone);
            format!(
                "  {} {}  {}",
                short_date(local.date_naive()),
                local.format("%H:%M"),
                kind_words(entry.kind)
            )
        })
        .collect();
    steps.push(Step::new(
        "notifications",
        "demo-title-notifications",
        format!(
            "{}\n{}",
            f(
                "demo-notifications",
                &[
                    ("count", count(plan.len())),
                    ("max", PLAN_MAX.into()),
                    (
                        "public",
                        (&companion.messages()?.text("notification-public")).into()
                    ),
                ],
            ),
            first.join("\n")
        ),
    ));
    Ok(())
}
