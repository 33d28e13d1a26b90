//! `cairn status`: clean time, stage and the next milestone, for a person or a script.
//!
//! Its own module because the same view follows every change to the journal (a journey
//! started, a use recorded or edited) and each line of it is a sentence with plurals.

use cairn_core::companion::JourneyStatus;
use cairn_core::journal::Milestone;
use serde_json::json;

use super::journal::journey_id;
use crate::context::Context;
use crate::output::{CliError, emit};
use crate::text::f;

/// A share of days as a whole percentage ("40%", "40 %"), as the language writes it.
fn percent(share: f64) -> String {
    // Rounded to whole percents, so the cast is exact.
    #[allow(clippy::cast_possible_truncation, clippy::cast_sign_loss)]
    let whole = (share * 100.0).round().max(0.0) as u64;
    f("status-percent", &[("value", whole.into())])
}

fn milestone_json(milestone: Option<&Milestone>) -> serde_json::Value {
    milestone.map_or(
        serde_json::Value::Null,
        |m| json!({ "label": m.label, "date": m.date, "days_left": m.days_left, "key": m.key }),
    )
}

/// The JSON of `cairn status`: the documented top-level fields, then the full view.
pub(crate) fn status_json(status: &JourneyStatus) -> serde_json::Value {
    let streak = &status.streak;
    json!({
        "journey_id": status.journey.id,
        "substance": status.journey.substance,
        "time_zone": status.time_zone,
        "language": status.language,
        "today": streak.today,
        "clean_date": streak.current_start,
        "clean_days": streak.current_days,
        "clean_hours": streak.elapsed.map(|e| e.hours),
        "clean_minutes": streak.elapsed.map(|e| e.minutes),
        "clean_time": status.clean_time,
        "clean_time_text": status.clean_time_text,
        "longest_streak_days": streak.longest_days,
        "total_clean_days": streak.total_clean_days,
        "attempts": streak.attempts,
        "clean_share_30": streak.share_30.share,
        "clean_share_90": streak.share_90.share,
        "clean_share_365": streak.share_365.share,
        "stage": status.stage.stage,
        "stage_progress": status.stage.progress,
        "next_stage": status.stage.next_stage,
        "next_stage_days_left": status.stage.days_left,
        "next_milestone": milestone_json(status.next_milestone.as_ref()),
        "cost_per_day": status.journey.cost_per_day,
        "hours_per_day": status.journey.hours_per_day,
        "money_saved": status.money_saved,
        "hours_saved": status.hours_saved,
        "pledge_streak_days": status.pledge.current_days,
        "pledged_today": status.pledge.pledged_today,
        "damaged_records": status.damaged_records,
    })
}

pub(crate) fn status_text(status: &JourneyStatus, new: &[Milestone]) -> String {
    let streak = &status.streak;
    let mut lines = Vec::new();
    for milestone in new {
        lines.push(f(
            "status-reached",
            &[
                ("milestone", (&milestone.label).into()),
                ("date", (&milestone.date.to_string()).into()),
            ],
        ));
    }
    let substance = status.journey.substance.as_str();
    let since = streak.current_start.to_string();
    lines.push(match streak.elapsed {
        Some(e) => f(
            "status-clean-days-hours",
            &[
                ("substance", substance.into()),
                ("days", streak.current_days.into()),
                ("hours", e.hours.into()),
                ("minutes", (&format!("{:02}", e.minutes)).into()),
                ("since", (&since).into()),
            ],
        ),
        None => f(
            "status-clean-days",
            &[
                ("substance", substance.into()),
                ("days", streak.current_days.into()),
                ("since", (&since).into()),
            ],
        ),
    });
    lines.push(f(
        "status-clean-time",
        &[("time", (&status.clean_time_text).into())],
    ));
    let core = crate::text::core();
    let stage = status.stage.stage.label(core);
    lines.push(match (status.stage.next_stage, status.stage.days_left) {
        (Some(next), Some(days)) => f(
            "status-stage-progress",
            &[
                ("stage", (&stage).into()),
                ("percent", (&percent(status.stage.progress)).into()),
                ("days", days.into()),
                ("next", (&next.label(core).to_lowercase()).into()),
            ],
        ),
        _ => f("status-stage", &[("stage", (&stage).into())]),
    });
    if let Some(next) = &status.next_milestone {
        lines.push(f(
            "status-next-milestone",
            &[
                ("milestone", (&next.label).into()),
                ("date", (&next.date.to_string()).into()),
                ("days", next.days_left.into()),
            ],
        ));
    }
    lines.push(f(
        "status-totals",
        &[
            ("longest", streak.longest_days.into()),
            ("total", streak.total_clean_days.into()),
            ("attempt", streak.attempts.into()),
        ],
    ));
    if let Some(amount) = &status.money_saved_text {
        lines.push(f("status-money-saved", &[("amount", amount.into())]));
    }
    if let Some(hours) = &status.hours_saved_text {
        lines.push(f("status-hours-saved", &[("hours", hours.into())]));
    }
    lines.push(super::pledge::status_line(&status.pledge));
    lines.push(f(
        "status-shares",
        &[
            ("share30", (&percent(streak.share_30.share)).into()),
            ("share90", (&percent(streak.share_90.share)).into()),
            ("share365", (&percent(streak.share_365.share)).into()),
        ],
    ));
    if !status.damaged_records.is_empty() {
        lines.push(f(
            "status-damaged",
            &[("count", crate::text::count(status.damaged_records.len()))],
        ));
    }
    lines.join("\n")
}

/// `cairn status`: also celebrates, once, milestones reached since the last time.
pub fn status(context: &Context, journey: Option<&str>) -> Result<(), CliError> {
    let mut companion = context.open()?;
    let journey = journey_id(journey)?;
    // On a full disk the milestones cannot be marked as seen: the status still shows, and
    // they are celebrated the next time there is room.
    let new = match companion.take_new_milestones(journey, context.now) {
        Err(cairn_core::Error::StorageFull) => Vec::new(),
        // Before any journey there is nothing to show yet: say how to start one.
        Err(cairn_core::Error::NotFound { what: "journey" }) if journey.is_none() => {
            return Err(CliError::NoJourney);
        }
        other => other?,
    };
    let status = companion.status(journey, context.now)?;
    let mut value = status_json(&status);
    value["new_milestones"] = serde_json::to_value(&new).map_err(|e| CliError::Output(e.into()))?;
    emit(context.json, &value, || status_text(&status, &new))
}
