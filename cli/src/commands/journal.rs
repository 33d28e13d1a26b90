//! Commands of the recovery journal: journeys, uses, status, history and milestones.
//!
//! Each parses the person's text into core values (dates and times through the core's calendar
//! parser, so errors name the field), calls one `Companion` method with the clock from the
//! context, and renders the view it returns.

use cairn_core::RecordId;
use cairn_core::calendar::{parse_date, parse_time};
use cairn_core::companion::{History, JourneyStatus, NewJourney};
use cairn_core::journal::{Milestone, PersonalMilestone, UseEvent, UseKind};
use comfy_table::{Table, presets::UTF8_FULL_CONDENSED};
use serde_json::json;

use crate::args::{MilestoneSetArg, UseArgs};
use crate::context::Context;
use crate::output::{CliError, emit};

fn journey_id(text: Option<&str>) -> Result<Option<RecordId>, CliError> {
    Ok(text.map(str::parse).transpose()?)
}

fn table(header: &[&str]) -> Table {
    let mut table = Table::new();
    table.load_preset(UTF8_FULL_CONDENSED).set_header(header);
    table
}

fn percent(share: f64) -> String {
    format!("{:.0}%", share * 100.0)
}

fn kind_word(kind: UseKind) -> &'static str {
    match kind {
        UseKind::Lapse => "lapse",
        UseKind::Relapse => "relapse",
    }
}

/// `cairn journey start`.
pub fn start(
    context: &Context,
    clean_date: &str,
    time: Option<&str>,
    name: Option<&str>,
) -> Result<(), CliError> {
    let new = NewJourney {
        substance: name.map(str::to_owned),
        clean_date: parse_date(clean_date)?,
        clean_time: time.map(parse_time).transpose()?,
    };
    let mut companion = context.open()?;
    let id = companion.start_journey(new, context.now)?;
    let status = companion.status(Some(id), context.now)?;
    emit(
        context.json,
        &json!({ "journey_id": id, "status": status_json(&status) }),
        || format!("Journey started ({id}).\n{}", status_text(&status, &[])),
    )
}

/// `cairn journey list`.
pub fn list(context: &Context) -> Result<(), CliError> {
    let journeys = context.open()?.journeys()?;
    emit(context.json, &journeys, || {
        let mut out = table(&["journey", "since", "id"]);
        for journey in &journeys {
            out.add_row([
                journey.substance.clone(),
                journey.clean_date.to_string(),
                journey.id.to_string(),
            ]);
        }
        out.to_string()
    })
}

/// `cairn use`.
pub fn record_use(context: &Context, args: &UseArgs) -> Result<(), CliError> {
    let mut companion = context.open()?;
    if let Some(id) = &args.delete {
        companion.delete_use(id.parse()?, context.now)?;
        return emit(context.json, &json!({ "deleted": id }), || {
            "Deleted. The history's audit trail keeps what it was.".to_owned()
        });
    }
    let date = args
        .date
        .as_deref()
        .ok_or_else(|| CliError::usage("--date is required"))?;
    let event = UseEvent {
        date: parse_date(date)?,
        time: args.time.as_deref().map(parse_time).transpose()?,
        kind: args.kind.into(),
        note: args.note.clone(),
        triggers: args.triggers.clone(),
    };
    if let Some(id) = &args.edit {
        companion.edit_use(id.parse()?, event, context.now)?;
        let status = companion.status(None, context.now)?;
        return emit(
            context.json,
            &json!({ "edited": id, "status": status_json(&status) }),
            || {
                format!(
                    "Edited. The earlier version stays in the history.\n{}",
                    status_text(&status, &[])
                )
            },
        );
    }
    let recorded =
        companion.record_use(journey_id(args.journey.as_deref())?, event, context.now)?;
    let status = companion.status(journey_id(args.journey.as_deref())?, context.now)?;
    let value = json!({
        "use_id": recorded.id,
        "clean_days_before": recorded.clean_days_before,
        "safety_card": recorded.safety_card,
        "status": status_json(&status),
    });
    emit(context.json, &value, || {
        format!(
            "Recorded. The {} days before it still count, and so does everything since the start: \
             {} clean days in all.\n{}",
            recorded.clean_days_before,
            status.streak.total_clean_days,
            status_text(&status, &[])
        ) + &recorded
            .safety_card
            .as_ref()
            .map(super::checkins::safety_card_text)
            .unwrap_or_default()
    })
}

fn milestone_json(milestone: Option<&Milestone>) -> serde_json::Value {
    milestone.map_or(
        serde_json::Value::Null,
        |m| json!({ "label": m.label, "date": m.date, "days_left": m.days_left, "key": m.key }),
    )
}

/// The JSON of `cairn status`: the documented top-level fields, then the full view.
fn status_json(status: &JourneyStatus) -> serde_json::Value {
    let streak = &status.streak;
    json!({
        "journey_id": status.journey.id,
        "substance": status.journey.substance,
        "time_zone": status.time_zone,
        "today": streak.today,
        "clean_date": streak.current_start,
        "clean_days": streak.current_days,
        "clean_hours": streak.elapsed.map(|e| e.hours),
        "clean_minutes": streak.elapsed.map(|e| e.minutes),
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
        "damaged_records": status.damaged_records,
    })
}

pub(crate) fn status_text(status: &JourneyStatus, new: &[Milestone]) -> String {
    let streak = &status.streak;
    let mut lines = Vec::new();
    for milestone in new {
        lines.push(format!("Reached: {} ({})", milestone.label, milestone.date));
    }
    let hours = streak.elapsed.map_or(String::new(), |e| {
        format!(" ({}h {:02}m)", e.hours, e.minutes)
    });
    lines.push(format!(
        "{}: {} days clean{hours}, since {}",
        status.journey.substance, streak.current_days, streak.current_start
    ));
    let text = cairn_core::text::messages(status.language);
    let stage = status.stage.stage.label(text);
    lines.push(match (status.stage.next_stage, status.stage.days_left) {
        (Some(next), Some(days)) => format!(
            "Stage: {stage}, {} through; {days} days to {}",
            percent(status.stage.progress),
            next.label(text).to_lowercase()
        ),
        _ => format!("Stage: {stage}"),
    });
    if let Some(next) = &status.next_milestone {
        let when = match next.days_left {
            0 => "today".to_owned(),
            1 => "tomorrow".to_owned(),
            days => format!("in {days} days"),
        };
        lines.push(format!(
            "Next milestone: {} on {} ({when})",
            next.label, next.date
        ));
    }
    lines.push(format!(
        "Longest streak {} days · {} clean days in all · attempt {}",
        streak.longest_days, streak.total_clean_days, streak.attempts
    ));
    lines.push(format!(
        "Clean days: last 30 {} · last 90 {} · last 365 {}",
        percent(streak.share_30.share),
        percent(streak.share_90.share),
        percent(streak.share_365.share)
    ));
    if !status.damaged_records.is_empty() {
        lines.push(format!(
            "{} damaged records could not be read.",
            status.damaged_records.len()
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
        other => other?,
    };
    let status = companion.status(journey, context.now)?;
    let mut value = status_json(&status);
    value["new_milestones"] = serde_json::to_value(&new).map_err(|e| CliError::Output(e.into()))?;
    emit(context.json, &value, || status_text(&status, &new))
}

pub(crate) fn history_text(history: &History) -> String {
    let mut uses = table(&["date", "time", "kind", "triggers", "note", "id"]);
    for entry in &history.uses {
        uses.add_row([
            entry.event.date.to_string(),
            entry
                .event
                .time
                .map(|t| t.format("%H:%M").to_string())
                .unwrap_or_default(),
            kind_word(entry.event.kind).to_owned(),
            entry.event.triggers.join(", "),
            entry.event.note.clone().unwrap_or_default(),
            entry.id.to_string(),
        ]);
    }
    let mut streaks = table(&["from", "to", "days", "ended by"]);
    streaks.add_row([
        history.current_streak_start.to_string(),
        "now".into(),
        String::new(),
        String::new(),
    ]);
    for streak in &history.past_streaks {
        streaks.add_row([
            streak.start.to_string(),
            streak.end.to_string(),
            streak.days.to_string(),
            kind_word(streak.ended_by).to_owned(),
        ]);
    }
    let mut text = format!(
        "{} since {}\n\nStreaks (every one counts):\n{streaks}\n\nUses:\n{uses}",
        history.journey.substance, history.journey.clean_date
    );
    if !history.audit.is_empty() {
        let mut audit = table(&["when", "change", "was", "use id"]);
        for entry in &history.audit {
            audit.add_row([
                entry.at.format("%Y-%m-%d %H:%M UTC").to_string(),
                format!("{:?}", entry.change).to_lowercase(),
                format!("{} {}", entry.previous.date, kind_word(entry.previous.kind)),
                entry.use_id.to_string(),
            ]);
        }
        text.push_str(&format!("\n\nEdits and deletions:\n{audit}"));
    }
    text
}

/// `cairn history`.
pub fn history(context: &Context, journey: Option<&str>) -> Result<(), CliError> {
    let history = context.open()?.history(journey_id(journey)?, context.now)?;
    emit(context.json, &history, || history_text(&history))
}

/// `cairn milestones`.
pub fn milestones(
    context: &Context,
    set: Option<MilestoneSetArg>,
    add_days: Option<u32>,
    add_date: Option<&str>,
    journey: Option<&str>,
) -> Result<(), CliError> {
    let mut companion = context.open()?;
    let journey = journey_id(journey)?;
    let added = match (add_days, add_date) {
        (Some(days), _) => Some(PersonalMilestone::Days(days)),
        (None, Some(date)) => Some(PersonalMilestone::Date(parse_date(date)?)),
        (None, None) => None,
    };
    if let Some(milestone) = added {
        companion.add_personal_milestone(journey, milestone)?;
    }
    let list = companion.milestones(journey, set.map(Into::into), context.now)?;
    emit(context.json, &list, || {
        let mut out = table(&["milestone", "date", "days left", ""]);
        for milestone in &list {
            out.add_row([
                milestone.label.clone(),
                milestone.date.to_string(),
                milestone.days_left.to_string(),
                if milestone.reached {
                    "reached".into()
                } else {
                    String::new()
                },
            ]);
        }
        out.to_string()
    })
}
