//! The relapse-prevention plan.

use cairn_core::prevention_plan::{PlanChange, PlanEdit, PlanSection, PreventionPlan};

use crate::CairnError;
use crate::companion::Companion;

#[uniffi::export(name = "CairnCompanion")]
impl Companion {
    /// The relapse-prevention plan (empty sections until the person writes them).
    pub fn prevention_plan(&self) -> Result<PreventionPlan, CairnError> {
        self.with(|c| c.prevention_plan())
    }

    /// Changes one section of the plan and returns the plan.
    pub fn edit_prevention_plan(
        &self,
        section: PlanSection,
        change: PlanChange,
    ) -> Result<PreventionPlan, CairnError> {
        self.with(|c| c.edit_prevention_plan(&PlanEdit { section, change }))
    }
}
