//! The relapse-prevention plan through the facade: one sealed record, edited a section at a
//! time by the rules in [`crate::prevention_plan`].

use super::Companion;
use crate::error::Result;
use crate::prevention_plan::{self, PlanEdit, PreventionPlan};

impl Companion {
    /// The person's relapse-prevention plan (empty until they write one).
    pub fn prevention_plan(&self) -> Result<PreventionPlan> {
        Ok(self
            .store
            .read(|reader| reader.find::<PreventionPlan>(b"prevention_plan"))?
            .map(|stored| stored.value)
            .unwrap_or_default())
    }

    /// Applies one edit to the plan and returns it.
    pub fn edit_prevention_plan(&mut self, edit: &PlanEdit) -> Result<PreventionPlan> {
        let plan = prevention_plan::edit_plan(&self.prevention_plan()?, edit)?;
        self.store.write(|writer| writer.put_by_key(&plan))?;
        Ok(plan)
    }
}
