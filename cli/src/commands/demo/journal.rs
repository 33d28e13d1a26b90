//! The demo's journal: two years of a journey with what using cost, its history and its
//! milestones.

use cairn_core::Companion;
use cairn_core::calendar::{add_days, local_date, parse_time};
use cairn_core::companion::{CostPerDay, NewJourney};
use cairn_core::journal::{MilestoneSet, UseEvent, UseKind};

use super::tour::{Step, sample_note};
use crate::commands::journal::history_text;
use crate::commands::status::status_text;
use crate::context::Context;
use crate::output::CliError;
use crate::text::{f, t};

/// Two years of a journey: detox, a lapse in the second month, a relapse later, and the
/// milestones of the streak since.
pub fn journey(
    context: &Context,
    companion: &mut Companion,
    steps: &mut Vec<Step>,
) -> Result<(), CliError> {
    let today = local_date(context.now, companion.zone()?);
    let clean_date = add_days(today, -730);
    let detox = NewJourney {
        substance: None,
        clean_date,
        clean_time: parse_time("07:30").ok(),
        // Money and hours not spent show in the status below; the region is set later, so
        // the currency is named.
        cost_per_day: Some(CostPerDay {
            amount: "20".into(),
            currency: Some("USD".into()),
        }),
        hours_per_day: Some(3.0),
    };
    companion.start_journey(detox, context.now)?;
    let mut lapse = UseEvent::new(add_days(clean_date, 45), UseKind::Lapse);
    lapse.note = Some(sample_note());
    lapse.triggers = vec!["people".into(), "stress".into()];
    companion.record_use(None, lapse, context.now)?;
    let mut relapse = UseEvent::new(add_days(clean_date, 300), UseKind::Relapse);
    relapse.triggers = vec!["loneliness".into(), "pain".into()];
    let recorded = companion.record_use(None, relapse, context.now)?;
    let last_use = add_days(clean_date, 318);
    let mut back_to_it = UseEvent::new(last_use, UseKind::Relapse);
    back_to_it.note = Some(t("demo-sample-last-use"));
    companion.edit_use(recorded.id, back_to_it, context.now)?;
    steps.push(Step::new(
        "a two-year journey",
        "demo-title-journey",
        format!(
            "{}\n{}",
            f(
                "demo-journey",
                &[("date", (&clean_date.to_string()).into())]
            ),
            status_text(&companion.status(None, context.now)?, &[])
        ),
    ));
    let history = companion.history(None, context.now)?;
    steps.push(Step::new(
        "history",
        "demo-title-history",
        history_text(&history),
    ));
    let reached: Vec<String> = companion
        .milestones(None, Some(MilestoneSet::All), context.now)?
        .into_iter()
        .filter(|milestone| milestone.reached)
        .map(|milestone| format!("{} ({})", milestone.label, milestone.date))
        .collect();
    steps.push(Step::new(
        "milestones reached since the last use",
        "demo-title-milestones",
        reached.join(", "),
    ));
    Ok(())
}
