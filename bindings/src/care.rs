//! The companion's methods for check-ins, insights, the prevention plan, contacts, the
//! reach-out chain and notifications: a second export block on the same object, one call each
//! into the core.

use std::time::SystemTime;

use crate::companion::Companion;
use crate::error::CairnError;
use crate::types::{
    CallAction, Channel, CheckIn, CheckInRecorded, Contact, CrisisLine, Insights, NewContact,
    PlanChange, PlannedNotification, PreventionPlan, ReachOutChain, Reconciliation, UseKind,
    instant, parse_id,
};

#[uniffi::export(name = "CairnCompanion")]
impl Companion {
    /// Records the check-in of its date. A second one for the day needs `replace`. Saying
    /// "used" records a use of `use_kind` and may return the safety card.
    pub fn check_in(
        &self,
        checkin: CheckIn,
        use_kind: UseKind,
        replace: bool,
        now: SystemTime,
    ) -> Result<CheckInRecorded, CairnError> {
        let checkin = checkin.to_core()?;
        self.with(|c| {
            Ok(c.check_in(checkin, use_kind.into(), replace, instant(now))?
                .into())
        })
    }

    /// Every check-in, newest first.
    pub fn checkins(&self) -> Result<Vec<CheckIn>, CairnError> {
        self.with(|c| Ok(c.checkins()?.into_iter().map(Into::into).collect()))
    }

    /// Averages, trends, frequent triggers and helpful actions, and reasons to reach out.
    pub fn insights(&self, now: SystemTime) -> Result<Insights, CairnError> {
        self.with(|c| Ok(c.insights(instant(now))?.into()))
    }

    /// The relapse-prevention plan.
    pub fn prevention_plan(&self) -> Result<PreventionPlan, CairnError> {
        self.with(|c| Ok(c.prevention_plan()?.into()))
    }

    /// Changes one section of the plan ("warning_signs", "triggers_to_avoid", "coping_steps",
    /// "reasons_to_stay_clean", "people_to_call", "safe_places") and returns the plan.
    pub fn edit_prevention_plan(
        &self,
        section: String,
        change: PlanChange,
    ) -> Result<PreventionPlan, CairnError> {
        let edit = cairn_core::prevention_plan::PlanEdit {
            section,
            change: change.to_core(),
        };
        self.with(|c| Ok(c.edit_prevention_plan(&edit)?.into()))
    }

    /// Adds a contact; `primary` makes them the primary sponsor (demoting the previous one).
    pub fn add_contact(&self, contact: NewContact, primary: bool) -> Result<String, CairnError> {
        self.with(|c| Ok(c.add_contact(contact.into(), primary)?.to_string()))
    }

    /// Every contact, in the person's order.
    pub fn contacts(&self) -> Result<Vec<Contact>, CairnError> {
        self.with(|c| Ok(c.contacts()?.into_iter().map(Into::into).collect()))
    }

    /// Replaces a contact's details; `primary` true or false changes who is primary.
    pub fn edit_contact(
        &self,
        contact_id: String,
        contact: NewContact,
        primary: Option<bool>,
    ) -> Result<(), CairnError> {
        let id = parse_id(&contact_id)?;
        self.with(|c| Ok(c.edit_contact(id, contact.into(), primary)?))
    }

    /// Removes a contact; the chain still works.
    pub fn remove_contact(&self, contact_id: String) -> Result<(), CairnError> {
        let id = parse_id(&contact_id)?;
        self.with(|c| Ok(c.remove_contact(id)?))
    }

    /// The chain behind the one-tap button. Never empty.
    pub fn reach_out_chain(&self) -> Result<ReachOutChain, CairnError> {
        self.with(|c| Ok(c.reach_out_chain()?.into()))
    }

    /// What the one-tap button does now: the first entry of the chain.
    pub fn reach_out_action(&self) -> Result<CallAction, CairnError> {
        self.with(|c| Ok(c.reach_out_action()?.into()))
    }

    /// Logs a tap on chain entry `index`; it counts in today's check-in. Returns what it counts
    /// as: "called_sponsor" or "reached_out".
    pub fn log_reach_out(
        &self,
        index: u32,
        channel: Channel,
        now: SystemTime,
    ) -> Result<String, CairnError> {
        let channel = match channel {
            Channel::Call => cairn_core::contact::Channel::Call,
            Channel::Text => cairn_core::contact::Channel::Text,
        };
        let index = usize::try_from(index).unwrap_or(usize::MAX);
        self.with(|c| {
            Ok(c.log_reach_out(index, channel, instant(now))?
                .as_str()
                .to_owned())
        })
    }

    /// The sourced crisis lines of the person's region (112 when none are known).
    pub fn crisis_lines(&self) -> Result<Vec<CrisisLine>, CairnError> {
        self.with(|c| Ok(c.crisis_lines()?.lines.iter().map(Into::into).collect()))
    }

    /// The notifications that should be pending now, soonest first, at most 60.
    pub fn notification_plan(
        &self,
        now: SystemTime,
    ) -> Result<Vec<PlannedNotification>, CairnError> {
        self.with(|c| {
            Ok(c.notification_plan(instant(now))?
                .into_iter()
                .map(Into::into)
                .collect())
        })
    }

    /// What to cancel and schedule so the OS's pending notifications (`pending` ids) match the
    /// plan. Call it on launch, after boot, on a time or zone change, and after any change.
    pub fn reconcile_notifications(
        &self,
        pending: Vec<String>,
        now: SystemTime,
    ) -> Result<Reconciliation, CairnError> {
        self.with(|c| Ok(c.reconcile_notifications(&pending, instant(now))?.into()))
    }
}
