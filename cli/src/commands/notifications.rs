//! `cairn notifications`: the plan a shell would hand the OS, and the diff against what is
//! pending. Instants are printed with the offset of the person's zone.

use cairn_core::notification_plan::PlannedNotification;
use serde_json::{Value, json};

use crate::context::Context;
use crate::output::{CliError, emit};
use crate::text::{count, f};

fn entry_json(entry: &PlannedNotification, zone: chrono_tz::Tz) -> Value {
    json!({
        "id": entry.id,
        "kind": entry.kind,
        "fires_at": entry.fires_at.with_timezone(&zone).to_rfc3339(),
        "local_time": entry.local_time.format("%Y-%m-%dT%H:%M").to_string(),
        "public_text": entry.public_text,
        "private_text": entry.private_text,
    })
}

/// `cairn notifications [--pending ID,ID,...]`.
pub fn run(context: &Context, pending: &[String]) -> Result<(), CliError> {
    let companion = context.open()?;
    let zone = companion.zone()?;
    let diff = companion.reconcile_notifications(pending, context.now)?;
    let value = json!({
        "schedule": diff.schedule.iter().map(|entry| entry_json(entry, zone)).collect::<Vec<_>>(),
        "cancel": diff.cancel,
    });
    emit(context.json, &value, || {
        let mut text = f(
            "notifications-to-schedule",
            &[("count", count(diff.schedule.len()))],
        );
        text.push('\n');
        for entry in &diff.schedule {
            text.push_str(&format!(
                "  {}  {}  {}\n",
                entry
                    .fires_at
                    .with_timezone(&zone)
                    .format("%Y-%m-%d %H:%M %Z"),
                entry.private_text,
                entry.id
            ));
        }
        text.push_str(&f(
            "notifications-to-cancel",
            &[("count", count(diff.cancel.len()))],
        ));
        text.push('\n');
        for id in &diff.cancel {
            text.push_str(&format!("  {id}\n"));
        }
        text
    })
}
