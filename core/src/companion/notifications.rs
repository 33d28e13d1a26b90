//! The notification plan through the facade: milestones of every journey, the days that have
//! a check-in or a pledge, and the person's notification settings, planned as of `now` in
//! their zone.

use std::collections::BTreeSet;

use chrono::{DateTime, Utc};

use super::Companion;
use crate::error::Result;
use crate::notification_plan::{self, PlanInputs, PlannedNotification, Reconciliation};

impl Companion {
    /// The notifications that should be pending now, soonest first, at most 60.
    pub fn notification_plan(&self, now: DateTime<Utc>) -> Result<Vec<PlannedNotification>> {
        let settings = self.settings()?;
        let zone = crate::calendar::parse_time_zone(&settings.time_zone)?;
        let text = crate::text::messages(settings.language);
        let journeys = self.journeys()?;
        let mut milestones = Vec::new();
        for journey in &journeys {
            for mut milestone in self.milestones(Some(journey.id), None, now)? {
                // Keys and labels name the journey, so two journeys' "30 days" stay apart.
                milestone.key = format!("{}:{}", journey.id, milestone.key);
                if journeys.len() > 1 {
                    milestone.label = text.format(
                        "milestone-of-journey",
                        &[
                            ("milestone", (&milestone.label).into()),
                            ("journey", (&journey.substance).into()),
                        ],
                    );
                }
                milestones.push(milestone);
            }
        }
        let (checked_in, pledged) = self.store.read(|reader| {
            let checked_in: BTreeSet<_> = super::checkins::checkin_dates_in(reader)?
                .into_iter()
                .collect();
            let pledged: BTreeSet<_> = super::pledge::pledge_dates_in(reader)?
                .into_iter()
                .collect();
            Ok((checked_in, pledged))
        })?;
        Ok(notification_plan::plan(&PlanInputs {
            milestones: &milestones,
            checked_in: &checked_in,
            pledged: &pledged,
            settings: &settings.notifications,
            now,
            zone,
            text,
            id_key: self.store.notification_id_key(),
        }))
    }

    /// What the OS must cancel and schedule so its pending notifications match the plan.
    pub fn reconcile_notifications(
        &self,
        pending: &[String],
        now: DateTime<Utc>,
    ) -> Result<Reconciliation> {
        Ok(notification_plan::reconcile(
            &self.notification_plan(now)?,
            pending,
        ))
    }
}
