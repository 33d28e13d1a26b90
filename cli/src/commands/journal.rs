//! Commands of the recovery journal: journeys and their savings, uses, status, history and
//! milestones.
//!
//! Each parses the person's text into core values (dates and times through the core's calendar
//! parser, so errors name the field), calls one `Companion` method with the clock from the
//! context, and renders the view it returns.

use cairn_core::RecordId;
use cairn_core::calendar::{parse_date, parse_time};
use cairn_core::companion::records::AuditChange;
use cairn_core::companion::{CostPerDay, History, JourneySavings, NewJourney};
use cairn_core::journal::{PersonalMilestone, UseEvent, UseKind};
use comfy_table::{Table, presets::UTF8_FULL_CONDENSED};
use serde_json::json;

use super::status::{status_json, status_text};
use crate::args::{MilestoneSetArg, SavingsArgs, UseArgs};
use crate::context::Context;
use crate::output::{CliError, emit};
use crate::text::{f, t};

pub(crate) fn journey_id(text: Option<&str>) -> Result<Option<RecordId>, CliError> {
    Ok(text.map(str::parse).transpose()?)
}

/// A table whose header is the messages `ids`.
pub(crate) fn table(ids: &[&str]) -> Table {
    let mut table = Table::new();
    table
        .load_preset(UTF8_FULL_CONDENSED)
        .set_header(ids.iter().map(|id| t(id)));
    table
}

fn kind_word(kind: UseKind) -> String {
    t(match kind {
        UseKind::Lapse => "use-kind-lapse",
        UseKind::Relapse => "use-kind-relapse",
    })
}

fn change_word(change: AuditChange) -> String {
    t(match change {
        AuditChange::Edited => "history-edited",
        AuditChange::Deleted => "history-deleted",
    })
}

/// The cost per day given on the command line, if any.
fn cost_of(savings: &SavingsArgs) -> Option<CostPerDay> {
    savings.cost_per_day.as_ref().map(|amount| CostPerDay {
        amount: amount.clone(),
        currency: savings.currency.clone(),
    })
}

/// The hours per day given on the command line, if any; text that is not a number is invalid
/// input (exit 4) like any other bad value, not a usage error.
fn hours_of(savings: &SavingsArgs) -> Result<Option<f64>, CliError> {
    Ok(savings
        .hours_per_day
        .as_deref()
        .map(|hours| {
            hours
                .trim()
                .parse::<f64>()
                .map_err(|_| cairn_core::Error::invalid("hours_per_day", "is not a number"))
        })
        .transpose()?)
}

/// `cairn journey start`.
pub fn start(
    context: &Context,
    clean_date: &str,
    time: Option<&str>,
    name: Option<&str>,
    savings: &SavingsArgs,
) -> Result<(), CliError> {
    let new = NewJourney {
        substance: name.map(str::to_owned),
        clean_date: parse_date(clean_date)?,
        clean_time: time.map(parse_time).transpose()?,
        cost_per_day: cost_of(savings),
        hours_per_day: hours_of(savings)?,
    };
    let mut companion = context.open()?;
    let id = companion.start_journey(new, context.now)?;
    let status = companion.status(Some(id), context.now)?;
    emit(
        context.json,
        &json!({ "journey_id": id, "status": status_json(&status) }),
        || {
            format!(
                "{}\n{}",
                f("journey-started", &[("id", (&id.to_string()).into())]),
                status_text(&status, &[])
            )
        },
    )
}

/// `cairn journey edit`: changes the savings given, keeps the others, and shows the status.
pub fn edit(
    context: &Context,
    savings: &SavingsArgs,
    clear_cost: bool,
    clear_hours: bool,
    journey: Option<&str>,
) -> Result<(), CliError> {
    let mut companion = context.open()?;
    let journey = journey_id(journey)?;
    let current = companion.status(journey, context.now)?.journey;
    // What is not named stays: the stored amount in its own currency, the stored hours.
    let kept_cost = current.cost_per_day.map(|cost| CostPerDay {
        amount: cost.amount,
        currency: Some(cost.currency),
    });
    let change = JourneySavings {
        cost_per_day: match cost_of(savings) {
            Some(cost) => Some(cost),
            None if clear_cost => None,
            None => kept_cost,
        },
        hours_per_day: match hours_of(savings)? {
            Some(hours) => Some(hours),
            None if clear_hours => None,
            None => current.hours_per_day,
        },
    };
    companion.set_journey_savings(Some(current.id), change)?;
    let status = companion.status(Some(current.id), context.now)?;
    emit(
        context.json,
        &json!({ "journey_id": current.id, "status": status_json(&status) }),
        || format!("{}\n{}", t("journey-edited"), status_text(&status, &[])),
    )
}

/// `cairn journey list`.
pub fn list(context: &Context) -> Result<(), CliError> {
    let journeys = context.open()?.journeys()?;
    emit(context.json, &journeys, || {
        let mut out = table(&["journey-list-journey", "journey-list-since", "header-id"]);
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
        return emit(context.json, &json!({ "deleted": id }), || t("use-deleted"));
    }
    let date = args
        .date
        .as_deref()
        .ok_or_else(|| CliError::usage("usage-date-required"))?;
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
            || format!("{}\n{}", t("use-edited"), status_text(&status, &[])),
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
            "{}\n{}",
            f(
                "use-recorded",
                &[
                    ("before", recorded.clean_days_before.into()),
                    ("total", status.streak.total_clean_days.into()),
                ]
            ),
            status_text(&status, &[])
        ) + &recorded
            .safety_card
            .as_ref()
            .map(super::checkins::safety_card_text)
            .unwrap_or_default()
    })
}

pub(crate) fn history_text(history: &History) -> String {
    let mut uses = table(&[
        "header-date",
        "header-time",
        "history-kind",
        "history-triggers",
        "history-note",
        "header-id",
    ]);
    for entry in &history.uses {
        uses.add_row([
            entry.event.date.to_string(),
            entry
                .event
                .time
                .map(|t| t.format("%H:%M").to_string())
                .unwrap_or_default(),
            kind_word(entry.event.kind),
            entry
                .event
                .triggers
                .iter()
                .map(|key| super::checkins::tag_word(key))
                .collect::<Vec<_>>()
                .join(", "),
            entry.event.note.clone().unwrap_or_default(),
            entry.id.to_string(),
        ]);
    }
    let mut streaks = table(&[
        "history-from",
        "history-to",
        "history-days",
        "history-ended-by",
    ]);
    streaks.add_row([
        history.current_streak_start.to_string(),
        t("history-now"),
        String::new(),
        String::new(),
    ]);
    for streak in &history.past_streaks {
        streaks.add_row([
            streak.start.to_string(),
            streak.end.to_string(),
            streak.days.to_string(),
            kind_word(streak.ended_by),
        ]);
    }
    let mut text = format!(
        "{}\n\n{}\n{streaks}\n\n{}\n{uses}",
        f(
            "history-since",
            &[
                ("substance", (&history.journey.substance).into()),
                ("date", (&history.journey.clean_date.to_string()).into()),
            ]
        ),
        t("history-streaks"),
        t("history-uses"),
    );
    if !history.audit.is_empty() {
        let mut audit = table(&[
            "history-when",
            "history-change",
            "history-was",
            "history-use-id",
        ]);
        for entry in &history.audit {
            audit.add_row([
                entry.at.format("%Y-%m-%d %H:%M UTC").to_string(),
                change_word(entry.change),
                format!("{} {}", entry.previous.date, kind_word(entry.previous.kind)),
                entry.use_id.to_string(),
            ]);
        }
        text.push_str(&format!("\n\n{}\n{audit}", t("history-edits")));
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
        let mut out = table(&[
            "milestones-milestone",
            "header-date",
            "milestones-days-left",
            "milestones-reached-header",
        ]);
        for milestone in &list {
            out.add_row([
                milestone.label.clone(),
                milestone.date.to_string(),
                milestone.days_left.to_string(),
                if milestone.reached {
                    t("milestones-reached")
                } else {
                    String::new()
                },
            ]);
        }
        out.to_string()
    })
}
