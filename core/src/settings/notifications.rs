//! What the person chooses about notifications: when milestones, the check-in reminder and the
//! pledge reminder fire, which medication doses to remind, and whether texts stay neutral
//! everywhere. The notification
//! plan ([`crate::notification_plan`]) reads these; they are kept with the other settings.

use chrono::NaiveTime;
use serde::{Deserialize, Serialize};

use crate::error::{Error, Result};

/// The most medications with reminders.
pub const MEDICATIONS_MAX: usize = 10;
/// The most dose times per medication.
pub const DOSES_MAX: usize = 8;
/// The longest medication name, in characters.
pub const MEDICATION_NAME_MAX_CHARS: usize = 60;

/// A medication taken at fixed local times (buprenorphine, methadone...). Treatment, not use.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Record))]
pub struct Medication {
    /// Its name, shown only in private text.
    pub name: String,
    /// Local times of each dose.
    pub dose_times: Vec<NaiveTime>,
}

/// Notification settings.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Record))]
pub struct NotificationSettings {
    /// Local time of milestone notifications (default 09:00).
    #[serde(default = "default_milestone_time")]
    pub milestone_time: NaiveTime,
    /// Local time of the daily check-in reminder (default 20:00); `None` turns it off.
    #[serde(default = "default_reminder_time")]
    pub reminder_time: Option<NaiveTime>,
    /// Medication dose reminders.
    #[serde(default)]
    pub medications: Vec<Medication>,
    /// Neutral text everywhere, not only on the lock screen (default on).
    #[serde(default = "default_discreet")]
    pub discreet: bool,
    /// Local time of the morning pledge reminder ("Just for today"); `None` (the default) is
    /// off: the person turns it on.
    #[serde(default)]
    #[cfg_attr(feature = "uniffi", uniffi(default = None))]
    pub pledge_reminder_time: Option<NaiveTime>,
}

fn default_milestone_time() -> NaiveTime {
    NaiveTime::from_hms_opt(9, 0, 0).unwrap_or_default()
}

fn default_reminder_time() -> Option<NaiveTime> {
    NaiveTime::from_hms_opt(20, 0, 0)
}

fn default_discreet() -> bool {
    true
}

impl Default for NotificationSettings {
    fn default() -> Self {
        Self {
            milestone_time: default_milestone_time(),
            reminder_time: default_reminder_time(),
            medications: Vec::new(),
            discreet: default_discreet(),
            pledge_reminder_time: None,
        }
    }
}

/// Checks medication names and dose times.
pub fn validate_medications(medications: &[Medication]) -> Result<()> {
    let invalid = |reason| Err(Error::invalid("medication", reason));
    if medications.len() > MEDICATIONS_MAX {
        return invalid("at most 10 medications");
    }
    for medication in medications {
        let name = medication.name.trim();
        if name.is_empty() || name.chars().count() > MEDICATION_NAME_MAX_CHARS {
            return invalid("name must be 1 to 60 characters");
        }
        if name.chars().any(char::is_control) {
            return invalid("name has control characters");
        }
        if medication.dose_times.is_empty() || medication.dose_times.len() > DOSES_MAX {
            return invalid("needs 1 to 8 dose times");
        }
        let mut times = medication.dose_times.clone();
        times.sort();
        times.dedup();
        if times.len() != medication.dose_times.len() {
            return invalid("has the same dose time twice");
        }
    }
    Ok(())
}
