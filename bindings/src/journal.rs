//! The recovery journal: journeys and their savings, uses, the Today view, history and
//! milestones.

use std::time::SystemTime;

use cairn_core::RecordId;
use cairn_core::companion::{
    History, JourneySavings, JourneyStatus, JourneyView, NewJourney, UseRecorded,
};
use cairn_core::journal::{Milestone, MilestoneSet, PersonalMilestone, UseEvent};

use crate::CairnError;
use crate::companion::{Companion, instant};

#[uniffi::export(name = "CairnCompanion")]
impl Companion {
    /// Starts a journey and returns its id.
    pub fn start_journey(
        &self,
        journey: NewJourney,
        now: SystemTime,
    ) -> Result<RecordId, CairnError> {
        self.with(|c| c.start_journey(journey, instant(now)))
    }

    /// Every journey, the first started first.
    pub fn journeys(&self) -> Result<Vec<JourneyView>, CairnError> {
        self.with(|c| c.journeys())
    }

    /// Replaces a journey's cost and hours per day (`null` journey: the first one; `null`
    /// cost or hours: removes it). A cost without a currency keeps the journey's currency, else
    /// takes the region's usual one. A bad value is `InvalidInput` and changes neither.
    pub fn set_journey_savings(
        &self,
        journey_id: Option<RecordId>,
        savings: JourneySavings,
    ) -> Result<(), CairnError> {
        self.with(|c| c.set_journey_savings(journey_id, savings))
    }

    /// Records a use on a journey (`null`: the first one).
    pub fn record_use(
        &self,
        journey_id: Option<RecordId>,
        event: UseEvent,
        now: SystemTime,
    ) -> Result<UseRecorded, CairnError> {
        self.with(|c| c.record_use(journey_id, event, instant(now)))
    }

    /// Replaces a use; the audit trail keeps the previous version.
    pub fn edit_use(
        &self,
        use_id: RecordId,
        event: UseEvent,
        now: SystemTime,
    ) -> Result<(), CairnError> {
        self.with(|c| c.edit_use(use_id, event, instant(now)))
    }

    /// Deletes a use; the audit trail keeps what it was.
    pub fn delete_use(&self, use_id: RecordId, now: SystemTime) -> Result<(), CairnError> {
        self.with(|c| c.delete_use(use_id, instant(now)))
    }

    /// The Today view of a journey (`null`: the first one).
    pub fn status(
        &self,
        journey_id: Option<RecordId>,
        now: SystemTime,
    ) -> Result<JourneyStatus, CairnError> {
        self.with(|c| c.status(journey_id, instant(now)))
    }

    /// Every use, earlier streak and edit of a journey (`null`: the first one).
    pub fn history(
        &self,
        journey_id: Option<RecordId>,
        now: SystemTime,
    ) -> Result<History, CairnError> {
        self.with(|c| c.history(journey_id, instant(now)))
    }

    /// The milestones of the current streak in `set` (`null`: the set in settings).
    pub fn milestones(
        &self,
        journey_id: Option<RecordId>,
        set: Option<MilestoneSet>,
        now: SystemTime,
    ) -> Result<Vec<Milestone>, CairnError> {
        self.with(|c| c.milestones(journey_id, set, instant(now)))
    }

    /// Milestones reached since the last call, each reported once: call it when the app opens.
    pub fn take_new_milestones(
        &self,
        journey_id: Option<RecordId>,
        now: SystemTime,
    ) -> Result<Vec<Milestone>, CairnError> {
        self.with(|c| c.take_new_milestones(journey_id, instant(now)))
    }

    /// Adds one of the person's own milestones to a journey (`null`: the first one).
    pub fn add_personal_milestone(
        &self,
        journey_id: Option<RecordId>,
        milestone: PersonalMilestone,
    ) -> Result<(), CairnError> {
        self.with(|c| c.add_personal_milestone(journey_id, milestone))
    }
}
