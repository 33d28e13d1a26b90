//! The relapse-prevention plan in the terminal: show it, or edit one section.

use cairn_core::prevention_plan::{PlanChange, PlanEdit, PlanSection, PreventionPlan};

use crate::args::PlanAction;
use crate::context::Context;
use crate::output::{CliError, emit};
use crate::text::t;

fn section_id(section: PlanSection) -> &'static str {
    match section {
        PlanSection::WarningSigns => "plan-warning-signs",
        PlanSection::TriggersToAvoid => "plan-triggers-to-avoid",
        PlanSection::CopingSteps => "plan-coping-steps",
        PlanSection::ReasonsToStayClean => "plan-reasons-to-stay-clean",
        PlanSection::PeopleToCall => "plan-people-to-call",
        PlanSection::SafePlaces => "plan-safe-places",
    }
}

fn plan_text(plan: &PreventionPlan) -> String {
    let mut text = String::new();
    for section in PlanSection::ALL {
        text.push_str(&format!("{}:\n", t(section_id(section))));
        let items = plan.section(section);
        if items.is_empty() {
            text.push_str(&format!("  {}\n", t("plan-empty")));
        }
        for (number, item) in items.iter().enumerate() {
            text.push_str(&format!("  {}. {item}\n", number + 1));
        }
    }
    text
}

/// `cairn prevention-plan [show|edit]`.
pub fn prevention_plan(context: &Context, action: Option<&PlanAction>) -> Result<(), CliError> {
    let mut companion = context.open()?;
    let plan = match action {
        None | Some(PlanAction::Show) => companion.prevention_plan()?,
        Some(PlanAction::Edit {
            section,
            add,
            remove,
            replace,
            text,
        }) => {
            let position = |n: usize| {
                n.checked_sub(1)
                    .and_then(|index| u32::try_from(index).ok())
                    .ok_or_else(|| CliError::usage("usage-positions"))
            };
            let change = match (add, remove, replace) {
                (Some(text), _, _) => PlanChange::Add { text: text.clone() },
                (None, Some(n), _) => PlanChange::Remove {
                    index: position(*n)?,
                },
                (None, None, Some(n)) => PlanChange::Replace {
                    index: position(*n)?,
                    text: text.clone().unwrap_or_default(),
                },
                _ => {
                    return Err(CliError::usage("usage-plan-edit"));
                }
            };
            companion.edit_prevention_plan(&PlanEdit {
                section: PlanSection::parse(section)?,
                change,
            })?
        }
    };
    emit(context.json, &plan, || plan_text(&plan))
}
