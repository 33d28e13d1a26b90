//! Daily check-ins and insights in the terminal.

use cairn_core::calendar::{local_date, parse_date};
use cairn_core::checkin::{CheckIn, MedicationTaken, parse_helped, parse_triggers};
use cairn_core::safety::SafetyCard;
use serde_json::json;

use crate::args::CheckinArgs;
use crate::context::Context;
use crate::output::{CliError, emit};

/// The safety card as text, for people (scripts read the JSON).
pub(crate) fn safety_card_text(card: &SafetyCard) -> String {
    let mut text = format!("\n{}\n", card.title);
    for line in &card.lines {
        text.push_str(&format!("  - {}\n", line.text));
    }
    for action in &card.actions {
        text.push_str(&format!(
            "  Call {}: {}\n",
            action.call.label, action.call.tel_uri
        ));
    }
    text
}

/// `cairn checkin`.
pub fn checkin(context: &Context, args: &CheckinArgs) -> Result<(), CliError> {
    let mut companion = context.open()?;
    let date = match &args.date {
        Some(date) => parse_date(date)?,
        None => local_date(context.now, companion.zone()?),
    };
    let mut checkin = CheckIn::new(
        date,
        args.mood,
        args.craving,
        args.used,
        MedicationTaken::parse(&args.meds)?,
    );
    checkin.triggers = parse_triggers(&args.triggers.join(","))?;
    checkin.helped = parse_helped(&args.helped.join(","))?;
    checkin.note = args.note.clone();
    let recorded = companion.check_in(checkin, args.kind.into(), args.edit, context.now)?;
    let value = json!({
        "date": recorded.date,
        "replaced": recorded.replaced,
        "use_id": recorded.use_recorded.as_ref().map(|used| used.id),
        "checkin_streak_days": recorded.checkin_streak.current_days,
        "safety_card": recorded.safety_card,
    });
    emit(context.json, &value, || {
        let mut text = format!(
            "Check-in {} for {}. {} days in a row with a check-in.",
            if recorded.replaced {
                "replaced"
            } else {
                "saved"
            },
            recorded.date,
            recorded.checkin_streak.current_days
        );
        if recorded.use_recorded.is_some() {
            text.push_str("\nThe use is in your history. Everything before it still counts.");
        }
        if let Some(card) = &recorded.safety_card {
            text.push_str(&safety_card_text(card));
        }
        text
    })
}

/// `cairn insights`.
pub fn insights(context: &Context) -> Result<(), CliError> {
    let insights = context.open()?.insights(context.now)?;
    emit(context.json, &insights, || {
        let averages = &insights.averages;
        let number = |value: Option<f64>| value.map_or("-".to_owned(), |v| format!("{v:.1}"));
        let mut text = format!(
            "Check-ins: {} days in a row, {} of the last 30 days\n\
             Mood: {} (7 days), {} (30 days)   Craving: {} (7 days), {} (30 days)",
            insights.checkin_streak.current_days,
            insights.checkin_streak.days_in_last_30,
            number(averages.last_7.mood),
            number(averages.last_30.mood),
            number(averages.last_7.craving),
            number(averages.last_30.craving),
        );
        let tags = |names: Vec<String>| {
            if names.is_empty() {
                "-".to_owned()
            } else {
                names.join(", ")
            }
        };
        let top = &insights.top_tags;
        text.push_str(&format!(
            "\nTriggers: {}\nWhat helped: {}",
            tags(
                top.triggers
                    .iter()
                    .map(|t| format!("{} ({})", t.tag.key(), t.count))
                    .collect()
            ),
            tags(
                top.helped
                    .iter()
                    .map(|h| format!("{} ({})", h.tag.key(), h.count))
                    .collect()
            ),
        ));
        for signal in &insights.signals {
            text.push_str(&format!("\n\n{}", signal.reason));
        }
        if let Some(action) = &insights.reach_out {
            text.push_str(&format!(
                "\nReach out: {} ({})",
                action.label, action.tel_uri
            ));
        }
        text
    })
}
