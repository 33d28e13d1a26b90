//! A journey's savings through the facade: its cost and hours per day, checked and saved.
//!
//! The money and hours a status shows are computed by [`crate::journal::savings`] in
//! [`Companion::status`]; this file only takes what the person says. A cost given without a
//! currency keeps the journey's own currency, else takes the usual currency of the region in
//! the settings, so a person in Ireland who types "20" means euros; the currency is then stored
//! with the journey, and a later change of region does not change it.

use super::Companion;
use super::journal::journey_in;
use super::views::{CostPerDay, JourneySavings};
use crate::error::Result;
use crate::id::RecordId;
use crate::journal::{self, HoursPerDay};
use crate::money::{Currency, DailyCost};
use crate::settings::Settings;

impl Companion {
    /// Replaces the savings of `journey` (the first journey when `None`): its cost and hours
    /// per day, `None` removing one. A cost without a currency keeps the journey's currency,
    /// or takes the region's usual one when it had no cost. All or nothing: a bad value
    /// changes neither.
    pub fn set_journey_savings(
        &mut self,
        journey: Option<RecordId>,
        savings: JourneySavings,
    ) -> Result<()> {
        let settings = self.settings()?;
        let (stored, _) = self.store.read(|reader| journey_in(reader, journey))?;
        let current = stored
            .value
            .journey
            .cost_per_day
            .map(|cost| cost.per_day().currency());
        let (cost_per_day, hours_per_day) = savings_of(
            savings.cost_per_day.as_ref(),
            savings.hours_per_day,
            current,
            &settings,
        )?;
        let mut record = stored.value;
        record.journey.cost_per_day = cost_per_day;
        record.journey.hours_per_day = hours_per_day;
        self.store
            .write(|writer| writer.update(stored.id, &record))?;
        Ok(())
    }
}

/// Checks a cost and hours per day as a person gave them. A cost without a currency takes
/// `current` (the journey's own currency, when editing one that has a cost), else the usual
/// currency of the region in `settings`.
pub(super) fn savings_of(
    cost: Option<&CostPerDay>,
    hours: Option<f64>,
    current: Option<Currency>,
    settings: &Settings,
) -> Result<(Option<DailyCost>, Option<HoursPerDay>)> {
    let fallback = current.or_else(|| settings.region.and_then(Currency::of_region));
    let cost = cost
        .map(|cost| journal::daily_cost(&cost.amount, cost.currency.as_deref(), fallback))
        .transpose()?;
    let hours = hours.map(HoursPerDay::new).transpose()?;
    Ok((cost, hours))
}
