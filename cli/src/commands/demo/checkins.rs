//! The demo's check-ins: a month of them and what they give back, then a hard day that says
//! "used" and brings the safety card.

use cairn_core::Companion;
use cairn_core::calendar::{add_days, local_date};
use cairn_core::checkin::{CheckIn, HelpfulAction, MedicationTaken, Trigger};
use cairn_core::journal::UseKind;

use super::tour::Step;
use crate::commands::checkins::safety_card_text;
use crate::commands::status::status_text;
use crate::context::Context;
use crate::output::CliError;

/// Thirty days of check-ins, ending with three hard ones, and the insights they give.
pub fn month(
    context: &Context,
    companion: &mut Companion,
    steps: &mut Vec<Step>,
) -> Result<(), CliError> {
    let today = local_date(context.now, companion.zone()?);
    for offset in (1..=30).rev() {
        let date = add_days(today, -offset);
        let hard = offset <= 3;
        let mood = if hard {
            5 - offset as u8
        } else {
            3 + (offset % 3) as u8
        };
        let craving = if hard {
            6 + offset as u8
        } else {
            (offset % 4) as u8
        };
        let mut checkin = CheckIn::new(
            date,
            mood.clamp(1, 5),
            craving,
            false,
            MedicationTaken::Taken,
        );
        checkin.triggers = if hard {
            vec![Trigger::Loneliness, Trigger::Stress]
        } else {
            vec![Trigger::Stress]
        };
        checkin.helped = if offset % 2 == 0 {
            vec![HelpfulAction::Meeting]
        } else {
            vec![HelpfulAction::Exercise]
        };
        companion.check_in(checkin, UseKind::Lapse, false, context.now)?;
    }
    let insights = companion.insights(context.now)?;
    let mut text = format!(
        "Thirty check-ins, {} days in a row. Mood averaged {:.1} over 30 days, craving {:.1}.",
        insights.checkin_streak.current_days,
        insights.averages.last_30.mood.unwrap_or_default(),
        insights.averages.last_30.craving.unwrap_or_default(),
    );
    for signal in &insights.signals {
        text.push_str(&format!("\n  {}", signal.reason));
    }
    if let Some(action) = &insights.reach_out {
        text.push_str(&format!(
            "\n  Reach out: {} ({})",
            action.label, action.tel_uri
        ));
    }
    steps.push(Step {
        step: "a month of check-ins",
        result: text,
    });
    Ok(())
}

/// Today's check-in says "used": the use is recorded and the safety card comes back.
pub fn hard_day(
    context: &Context,
    companion: &mut Companion,
    steps: &mut Vec<Step>,
) -> Result<(), CliError> {
    let today = local_date(context.now, companion.zone()?);
    let mut checkin = CheckIn::new(today, 1, 9, true, MedicationTaken::Missed);
    checkin.triggers = vec![Trigger::Loneliness];
    let recorded = companion.check_in(checkin, UseKind::Lapse, false, context.now)?;
    let card = recorded
        .safety_card
        .as_ref()
        .map(safety_card_text)
        .unwrap_or_default();
    steps.push(Step {
        step: "a hard day",
        result: format!(
            "Today's check-in says \"used\". It is recorded as a lapse, and because it came after \
             clean days the safety card comes back:{card}\nNothing is lost:\n{}",
            status_text(&companion.status(None, context.now)?, &[])
        ),
    });
    Ok(())
}
