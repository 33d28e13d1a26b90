//! The relapse-prevention plan, and the person's reasons to stay clean (its section of that
//! name, shown on the safety card, beside the reach-out chain and with the insights' signals).

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

    /// The person's reasons to stay clean, in their order.
    pub fn reasons(&self) -> Result<Vec<String>, CairnError> {
        self.with(|c| c.reasons())
    }

    /// Adds a reason at the end (1 to 200 characters, one line, not one already there, at
    /// most 12) and returns the reasons.
    pub fn add_reason(&self, text: String) -> Result<Vec<String>, CairnError> {
        self.with(|c| c.add_reason(text))
    }

    /// Removes the reason at `index` (0 is the first) and returns the reasons.
    pub fn remove_reason(&self, index: u32) -> Result<Vec<String>, CairnError> {
        self.with(|c| c.remove_reason(index))
    }
}
