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
use crate::text::{f, t};

/// An average with one decimal, with a point in both languages (as Spanish in the US and
/// Mexico writes it, and as `cairn insights` shows it).
fn decimal(value: Option<f64>) -> String {
    format!("{:.1}", value.unwrap_or_default())
}

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
    let mut text = f(
        "demo-check-ins",
        &[
            ("streak", insights.checkin_streak.current_days.into()),
            ("mood", (&decimal(insights.averages.last_30.mood)).into()),
            (
                "craving",
                (&decimal(insights.averages.last_30.craving)).into(),
            ),
        ],
    );
    for signal in &insights.signals {
        text.push_str(&format!("\n  {}", signal.reason));
    }
    if let Some(action) = &insights.reach_out {
        text.push_str("\n  ");
        text.push_str(&f(
            "insights-reach-out",
            &[
                ("who", (&action.label).into()),
                ("link", (&action.tel_uri).into()),
            ],
        ));
    }
    steps.push(Step::new("a month of check-ins", "demo-title-month", text));
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
    steps.push(Step::new(
        "a hard day",
        "demo-title-hard-day",
        format!(
            "{}{card}\n{}\n{}",
            t("demo-hard-day"),
            t("demo-nothing-lost"),
            status_text(&companion.status(None, context.now)?, &[])
        ),
    ));
    Ok(())
}
