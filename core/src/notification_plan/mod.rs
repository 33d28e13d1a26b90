//! The notification plan: which local notifications should be pending, decided in the core.
//!
//! Phones lose scheduled notifications (reboots, time-zone changes, app updates), and a shell
//! that schedules on its own gets daylight saving wrong. So the core computes, from the
//! milestones, the days with a check-in or a pledge, the settings, `now` and the zone, the
//! complete list of notifications that should be pending, and [`reconcile`] turns it into a diff
//! against what the OS has. Re-planning after anything (a check-in, a pledge, a lapse, a
//! settings change, travel, a reboot) and reconciling is always correct.
//!
//! - **Bounded**: at most [`PLAN_MAX`] entries (iOS keeps 64 pending), the soonest first. Daily
//!   entries are planned [`DAILY_HORIZON_DAYS`] days ahead and milestones a year ahead; the shell
//!   re-plans on every launch, so the window moves with the person.
//! - **Stable, keyed ids**: an id is an HMAC, under a key of the store's own ([`PlanInputs`]'s
//!   `id_key`), of everything the OS would show or do (kind, what it is for, the instant, both
//!   texts). Re-planning the same thing gives the same id; any change gives a new id, so
//!   reconciling cancels the stale one. Ids leave the encrypted store (the OS keeps them in
//!   plain lists), so they name no kind and cannot be rebuilt from a guess of a medication and a
//!   time, and two stores holding the same data share none.
//! - **Wall times**: a local time that does not exist (clocks jump forward) moves to the first
//!   valid minute after; one that happens twice takes the first occurrence (see
//!   [`crate::calendar::resolve_local`]).
//! - **Private by default**: each entry has a neutral public text for the lock screen and a
//!   private text; in discreet mode (the default) the private text is neutral too.

mod reconcile;

#[cfg(test)]
mod tests;
#[cfg(test)]
mod tests_pledge;

use std::collections::BTreeSet;

use chrono::{DateTime, NaiveDate, NaiveDateTime, NaiveTime, Utc};
use chrono_tz::Tz;
use ring::hmac;
use serde::{Deserialize, Serialize};

pub use reconcile::{Reconciliation, reconcile};

use crate::calendar::{self, add_days};
use crate::journal::Milestone;
use crate::settings::NotificationSettings;
use crate::text::Catalogue;

/// The most notifications a plan holds (iOS keeps at most 64 pending local notifications).
pub const PLAN_MAX: usize = 60;
/// How many days ahead daily reminders and doses are planned.
pub const DAILY_HORIZON_DAYS: i64 = 14;
/// How many days ahead milestones are planned.
pub const MILESTONE_HORIZON_DAYS: i64 = 366;

/// What a notification is for.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Enum))]
#[serde(rename_all = "snake_case")]
pub enum NotificationKind {
    /// A milestone day.
    Milestone,
    /// The daily check-in reminder.
    CheckInReminder,
    /// A medication dose.
    MedicationDose,
    /// The morning reminder of the daily pledge ("Just for today").
    PledgeReminder,
}

impl NotificationKind {
    fn tag(self) -> &'static str {
        match self {
            NotificationKind::Milestone => "milestone",
            NotificationKind::CheckInReminder => "checkin",
            NotificationKind::MedicationDose => "dose",
            NotificationKind::PledgeReminder => "pledge",
        }
    }
}

/// One notification that should be pending.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Record))]
pub struct PlannedNotification {
    /// Stable id (see the module doc).
    pub id: String,
    /// What it is for.
    pub kind: NotificationKind,
    /// The instant it fires.
    pub fires_at: DateTime<Utc>,
    /// The local wall time it was planned for (before any daylight-saving move).
    pub local_time: NaiveDateTime,
    /// The zone it was planned in.
    pub time_zone: String,
    /// Neutral text for the lock screen.
    pub public_text: String,
    /// The text when the phone is unlocked (neutral too in discreet mode).
    pub private_text: String,
}

/// Everything the plan is computed from.
pub struct PlanInputs<'a> {
    /// The milestones of the current streak (any set the person chose).
    pub milestones: &'a [Milestone],
    /// Local dates that already have a check-in.
    pub checked_in: &'a BTreeSet<NaiveDate>,
    /// Local dates that already have a pledge.
    pub pledged: &'a BTreeSet<NaiveDate>,
    /// The notification settings.
    pub settings: &'a NotificationSettings,
    /// Now.
    pub now: DateTime<Utc>,
    /// The person's zone now.
    pub zone: Tz,
    /// The messages in the person's language.
    pub text: &'a Catalogue,
    /// The store's notification-id key.
    pub id_key: &'a hmac::Key,
}

fn entry(
    inputs: &PlanInputs<'_>,
    kind: NotificationKind,
    subject: &str,
    date: NaiveDate,
    time: NaiveTime,
    private_text: String,
) -> Option<PlannedNotification> {
    let fires_at = calendar::resolve_local(date, time, inputs.zone);
    if fires_at <= inputs.now {
        return None;
    }
    let public_text = inputs.text.text("notification-public");
    let private_text = if inputs.settings.discreet {
        public_text.clone()
    } else {
        private_text
    };
    let mut context = hmac::Context::with_key(inputs.id_key);
    for part in [
        kind.tag(),
        subject,
        &fires_at.timestamp().to_string(),
        &public_text,
        &private_text,
    ] {
        context.update(part.as_bytes());
        context.update(&[0]);
    }
    let id = format!("cairn-{}", hex::encode(&context.sign().as_ref()[..16]));
    Some(PlannedNotification {
        id,
        kind,
        fires_at,
        local_time: date.and_time(time),
        time_zone: inputs.zone.name().to_owned(),
        public_text,
        private_text,
    })
}

/// Computes the notifications that should be pending, soonest first, at most [`PLAN_MAX`].
pub fn plan(inputs: &PlanInputs<'_>) -> Vec<PlannedNotification> {
    let today = calendar::local_date(inputs.now, inputs.zone);
    let settings = inputs.settings;
    let mut planned = Vec::new();

    let milestone_end = add_days(today, MILESTONE_HORIZON_DAYS);
    for milestone in inputs
        .milestones
        .iter()
        .filter(|m| m.date >= today && m.date <= milestone_end)
    {
        let text = inputs.text.format(
            "notification-milestone",
            &[("milestone", (&milestone.label).into())],
        );
        planned.extend(entry(
            inputs,
            NotificationKind::Milestone,
            &milestone.key,
            milestone.date,
            settings.milestone_time,
            text,
        ));
    }
    // The two daily reminders: each at its own time, and not on a day already done.
    let daily = [
        (
            settings.reminder_time,
            inputs.checked_in,
            NotificationKind::CheckInReminder,
            "notification-check-in",
        ),
        (
            settings.pledge_reminder_time,
            inputs.pledged,
            NotificationKind::PledgeReminder,
            "notification-pledge",
        ),
    ];
    for offset in 0..DAILY_HORIZON_DAYS {
        let date = add_days(today, offset);
        for (time, done, kind, message) in daily {
            if let Some(time) = time.filter(|_| !done.contains(&date)) {
                let text = inputs.text.text(message);
                planned.extend(entry(inputs, kind, "daily", date, time, text));
            }
        }
        for medication in &settings.medications {
            for time in &medication.dose_times {
                let at = time.format("%H:%M").to_string();
                let text = inputs.text.format(
                    "notification-dose",
                    &[
                        ("medication", (&medication.name).into()),
                        ("time", (&at).into()),
                    ],
                );
                planned.extend(entry(
                    inputs,
                    NotificationKind::MedicationDose,
                    &medication.name,
                    date,
                    *time,
                    text,
                ));
            }
        }
    }
    planned.sort_by(|a, b| (a.fires_at, a.kind, &a.id).cmp(&(b.fires_at, b.kind, &b.id)));
    planned.dedup_by(|a, b| a.id == b.id);
    planned.truncate(PLAN_MAX);
    planned
}
