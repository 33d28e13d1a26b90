//! Commands of the recovery journal: journeys, uses, status, history and milestones.
//!
//! Each parses the person's text into core values (dates and times through the core's calendar
//! parser, so errors name the field), calls one `Companion` method with the clock from the
//! context, and renders the view it returns.

use cairn_core::RecordId;
use cairn_core::calendar::{parse_date, parse_time};
use cairn_core::companion::records::AuditChange;
use cairn_core::companion::{History, JourneyStatus, NewJourney};
use cairn_core::journal::{Milestone, PersonalMilestone, UseEvent, UseKind};
use comfy_table::{Table, presets::UTF8_FULL_CONDENSED};
use serde_json::json;

use crate::args::{MilestoneSetArg, UseArgs};
use crate::context::Context;
use crate::output::{CliError, emit};
use crate::text::{f, t};

fn journey_id(text: Option<&str>) -> Result<Option<RecordId>, CliError> {
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

/// A share of days as a whole percentage ("40%", "40 %"), as the language writes it.
fn percent(share: f64) -> String {
    // Rounded to whole percents, so the cast is exact.
    #[allow(clippy::cast_possible_truncation, clippy::cast_sign_loss)]
    let whole = (share * 100.0).round().max(0.0) as u64;
    f("status-percent", &[("value", whole.into())])
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

/// What a journey is about, as the person reads it: the default ("opioids", stored in
/// English) in their language, their own word as they typed it.
pub(crate) fn substance(name: &str) -> String {
    if name == cairn_core::journal::model::DEFAULT_SUBSTANCE {
        t("journey-default-substance")
    } else {
        name.to_owned()
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
        || {
            format!(
                "{}\n{}",
                f("journey-started", &[("id", (&id.to_string()).into())]),
                status_text(&status, &[])
            )
        },
    )
}

/// `cairn journey list`.
pub fn list(context: &Context) -> Result<(), CliError> {
    let journeys = context.open()?.journeys()?;
    emit(context.json, &journeys, || {
        let mut out = table(&["journey-list-journey", "journey-list-since", "header-id"]);
        for journey in &journeys {
            out.add_row([
                substance(&journey.substance),
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
            t("use-deleted")
        });
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
            || {
                format!("{}\n{}", t("use-edited"), status_text(&status, &[]))
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
    let substance = substance(&status.journey.substance);
    let since = streak.current_start.to_string();
    lines.push(match streak.elapsed {
        Some(e) => f(
            "status-clean-days-hours",
            &[
                ("substance", (&substance).into()),
                ("days", streak.current_days.into()),
                ("hours", e.hours.into()),
                ("minutes", (&format!("{:02}", e.minutes)).into()),
                ("since", (&since).into()),
            ],
        ),
        None => f(
            "status-clean-days",
            &[
                ("substance", (&substance).into()),
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
                ("substance", (&substance(&history.journey.substance)).into()),
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
