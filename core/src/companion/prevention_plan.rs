//! The relapse-prevention plan through the facade: one sealed record, edited a section at a
//! time by the rules in [`crate::prevention_plan`].
//!
//! The person's reasons to stay clean are the plan's section of that name, not a second list:
//! written once, in the help flow or with the reasons calls here, and shown on the safety card,
//! beside the reach-out chain and with the insights' signals ([`reasons_in`]).

use super::Companion;
use crate::error::Result;
use crate::prevention_plan::{self, PlanChange, PlanEdit, PlanSection, PreventionPlan};
use crate::store::Reader;

/// The plan as stored, or an empty one.
fn plan_in(reader: &Reader<'_>) -> Result<PreventionPlan> {
    Ok(reader
        .find::<PreventionPlan>(b"prevention_plan")?
        .map(|stored| stored.value)
        .unwrap_or_default())
}

/// The person's reasons to stay clean, in their order and words (empty until they write one).
pub(super) fn reasons_in(reader: &Reader<'_>) -> Result<Vec<String>> {
    Ok(plan_in(reader)?.reasons_to_stay_clean)
}

impl Companion {
    /// The person's relapse-prevention plan (empty until they write one).
    pub fn prevention_plan(&self) -> Result<PreventionPlan> {
        self.store.read(plan_in)
    }

    /// Applies one edit to the plan and returns it.
    pub fn edit_prevention_plan(&mut self, edit: &PlanEdit) -> Result<PreventionPlan> {
        let plan = prevention_plan::edit_plan(&self.prevention_plan()?, edit)?;
        self.store.write(|writer| writer.put_by_key(&plan))?;
        Ok(plan)
    }

    /// The person's reasons to stay clean, in their order.
    pub fn reasons(&self) -> Result<Vec<String>> {
        self.store.read(reasons_in)
    }

    /// Adds a reason at the end (1 to 200 characters, one line, not one already there, at most
    /// [`prevention_plan::REASONS_MAX`]) and returns the reasons.
    pub fn add_reason(&mut self, text: String) -> Result<Vec<String>> {
        self.edit_reasons(PlanChange::Add { text })
    }

    /// Removes the reason at `index` (0 is the first) and returns the reasons.
    pub fn remove_reason(&mut self, index: u32) -> Result<Vec<String>> {
        self.edit_reasons(PlanChange::Remove { index })
    }

    fn edit_reasons(&mut self, change: PlanChange) -> Result<Vec<String>> {
        let section = PlanSection::ReasonsToStayClean;
        let plan = self.edit_prevention_plan(&PlanEdit { section, change })?;
        Ok(plan.reasons_to_stay_clean)
    }
}
