//! The person's settings: the time zone every calendar rule works in, how days and milestones
//! are counted, the region whose crisis lines are offered, and the notification choices.
//!
//! Settings are a sealed record like any other (a time zone says where someone lives). There is
//! exactly one settings record per store, found by its lookup key. Later capabilities add their
//! fields with serde defaults, so an older record still reads. A [`SettingsChange`] is applied
//! here, as a pure function, so every shell gets the same all-or-nothing validation.

mod notifications;

use chrono::NaiveTime;
use serde::{Deserialize, Serialize};

pub use notifications::{
    DOSES_MAX, MEDICATION_NAME_MAX_CHARS, MEDICATIONS_MAX, Medication, NotificationSettings,
    validate_medications,
};

use crate::contact::Region;
use crate::error::Result;
use crate::journal::{DayCounting, MilestoneSet};

/// The person's settings.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Record))]
pub struct Settings {
    /// The IANA name of the zone whose calendar days count (for example "Europe/Dublin"). It can
    /// change when the person travels; days are always counted in the current zone.
    pub time_zone: String,
    /// Whether the clean date is day 0 (the default, as NA counts) or day 1.
    #[serde(default)]
    pub day_counting: DayCounting,
    /// The milestones shown and celebrated.
    #[serde(default)]
    pub milestone_set: MilestoneSet,
    /// Where crisis lines are looked up (`None`: not set, only the emergency number 112).
    #[serde(default)]
    pub region: Option<Region>,
    /// When and how notifications fire.
    #[serde(default)]
    pub notifications: NotificationSettings,
}

/// Changes to settings; `None` leaves a setting as it is. All are applied, or none.
#[derive(Clone, Debug, Default, PartialEq)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Record))]
pub struct SettingsChange {
    /// A new IANA time zone (for example after travel).
    #[cfg_attr(feature = "uniffi", uniffi(default = None))]
    pub time_zone: Option<String>,
    /// Day 0 or day 1 counting.
    #[cfg_attr(feature = "uniffi", uniffi(default = None))]
    pub day_counting: Option<DayCounting>,
    /// The milestone set shown and celebrated.
    #[cfg_attr(feature = "uniffi", uniffi(default = None))]
    pub milestone_set: Option<MilestoneSet>,
    /// The region whose crisis lines are offered (an ISO 3166-1 code such as "US").
    #[cfg_attr(feature = "uniffi", uniffi(default = None))]
    pub region: Option<String>,
    /// The local time of milestone notifications.
    #[cfg_attr(feature = "uniffi", uniffi(default = None))]
    pub milestone_time: Option<NaiveTime>,
    /// The daily check-in reminder: off, or at a local time.
    #[cfg_attr(feature = "uniffi", uniffi(default = None))]
    pub reminder: Option<ReminderChange>,
    /// Neutral text everywhere (on), or only on the lock screen (off).
    #[cfg_attr(feature = "uniffi", uniffi(default = None))]
    pub discreet: Option<bool>,
    /// The medications with dose reminders (replaces the list).
    #[cfg_attr(feature = "uniffi", uniffi(default = None))]
    pub medications: Option<Vec<Medication>>,
}

/// What to do with the daily check-in reminder. An enum rather than a nested option, because
/// Kotlin cannot tell "leave it" from "turn it off" in `Time??`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Enum))]
pub enum ReminderChange {
    /// No reminder.
    Off,
    /// A reminder at this local time.
    At(NaiveTime),
}

impl Settings {
    /// Settings for a new store, validating the zone.
    pub fn new(time_zone: &str) -> Result<Self> {
        Ok(Self {
            time_zone: validate_time_zone(time_zone)?,
            day_counting: DayCounting::default(),
            milestone_set: MilestoneSet::default(),
            region: None,
            notifications: NotificationSettings::default(),
        })
    }

    /// These settings with every change in `change` applied, or the first invalid one's error
    /// (and nothing applied).
    pub fn with(&self, change: SettingsChange) -> Result<Self> {
        let mut settings = self.clone();
        if let Some(zone) = change.time_zone {
            settings.time_zone = validate_time_zone(&zone)?;
        }
        if let Some(counting) = change.day_counting {
            settings.day_counting = counting;
        }
        if let Some(set) = change.milestone_set {
            settings.milestone_set = set;
        }
        if let Some(region) = change.region {
            settings.region = Some(Region::parse(&region)?);
        }
        let notifications = &mut settings.notifications;
        if let Some(time) = change.milestone_time {
            notifications.milestone_time = time;
        }
        match change.reminder {
            Some(ReminderChange::Off) => notifications.reminder_time = None,
            Some(ReminderChange::At(time)) => notifications.reminder_time = Some(time),
            None => {}
        }
        if let Some(discreet) = change.discreet {
            notifications.discreet = discreet;
        }
        if let Some(medications) = change.medications {
            validate_medications(&medications)?;
            notifications.medications = medications;
        }
        Ok(settings)
    }
}

/// Checks that `name` is a known IANA zone and returns its canonical spelling.
pub fn validate_time_zone(name: &str) -> Result<String> {
    Ok(crate::calendar::parse_time_zone(name.trim())?
        .name()
        .to_owned())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn known_zones_pass_and_unknown_ones_name_the_field() {
        assert_eq!(
            validate_time_zone("America/St_Johns").unwrap(),
            "America/St_Johns"
        );
        assert!(matches!(
            validate_time_zone("Mars/Olympus_Mons"),
            Err(crate::Error::InvalidInput {
                field: "time_zone",
                ..
            })
        ));
    }

    #[test]
    fn a_change_applies_whole_or_not_at_all() {
        let settings = Settings::new("Europe/Dublin").unwrap();
        let bad = SettingsChange {
            time_zone: Some("Asia/Tokyo".into()),
            region: Some("ZZ".into()),
            ..SettingsChange::default()
        };
        assert!(settings.with(bad).is_err());
        let off = SettingsChange {
            reminder: Some(ReminderChange::Off),
            ..SettingsChange::default()
        };
        let changed = settings.with(off).unwrap();
        assert_eq!(changed.notifications.reminder_time, None);
        assert_eq!(changed.time_zone, "Europe/Dublin");
    }
}
