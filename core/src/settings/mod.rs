//! The person's settings: the time zone every calendar rule works in and the language every text
//! is written in (each following the device unless pinned), how days and milestones are
//! counted, the region whose crisis lines are offered, and the notification choices.
//!
//! Travel rules. A zone that follows the device is the device's zone now, so "today" is the
//! calendar day where the person is; a check-in belongs to the local date it was made on; a
//! milestone is celebrated once even when a flight west makes a date come twice (the journal
//! keeps the latest date it reported); and the notification plan is rebuilt in the new zone
//! (the shells re-plan after telling the core about the device). A pinned zone ignores the
//! device: a person who lives by home time while away keeps it.
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
use crate::text::Language;

/// The person's settings.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Record))]
pub struct Settings {
    /// The IANA name of the zone whose calendar days count (for example "Europe/Dublin"): the
    /// device's zone while [`Settings::time_zone_follows_device`], else the pinned one.
    pub time_zone: String,
    /// Whether the zone follows the device (the default) or stays pinned to `time_zone`.
    #[serde(default = "following")]
    pub time_zone_follows_device: bool,
    /// The language of every text the core writes: the device's while
    /// [`Settings::language_follows_device`], else the pinned one.
    #[serde(default)]
    pub language: Language,
    /// Whether the language follows the device (the default) or stays pinned.
    #[serde(default = "following")]
    pub language_follows_device: bool,
    /// Whether the clean date is day 0 (the default, as NA counts) or day 1.
    #[serde(default)]
    pub day_counting: DayCounting,
    /// The milestones shown and celebrated.
    #[serde(default)]
    pub milestone_set: MilestoneSet,
    /// Where crisis lines are looked up (`None`: not set, only the emergency number 112), and
    /// whose usual currency a cost per day takes when it names none (`None`: it must name one).
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
    /// Pins an IANA time zone, or `"device"` to follow the device's zone again.
    #[cfg_attr(feature = "uniffi", uniffi(default = None))]
    pub time_zone: Option<String>,
    /// Pins a language (`"en"`, `"es"`, `"es-US"`, "Español"), or `"device"` to follow the
    /// device's language again.
    #[cfg_attr(feature = "uniffi", uniffi(default = None))]
    pub language: Option<String>,
    /// Day 0 or day 1 counting.
    #[cfg_attr(feature = "uniffi", uniffi(default = None))]
    pub day_counting: Option<DayCounting>,
    /// The milestone set shown and celebrated.
    #[cfg_attr(feature = "uniffi", uniffi(default = None))]
    pub milestone_set: Option<MilestoneSet>,
    /// The region whose crisis lines are offered and whose usual currency a cost per day takes
    /// (an ISO 3166-1 code such as "US").
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
    /// The morning pledge reminder: off, or at a local time.
    #[cfg_attr(feature = "uniffi", uniffi(default = None))]
    pub pledge_reminder: Option<ReminderChange>,
}

/// What to do with a daily reminder (the check-in's or the pledge's). An enum rather than a
/// nested option, because Kotlin cannot tell "leave it" from "turn it off" in `Time??`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Enum))]
pub enum ReminderChange {
    /// No reminder.
    Off,
    /// A reminder at this local time.
    At(NaiveTime),
}

/// What a shell knows of the device now: its zone and its language. Shells pass it on every
/// start and whenever either changes; the terminal reads `TZ` and `LC_ALL`/`LC_MESSAGES`/`LANG`.
#[derive(Clone, Debug, PartialEq, Eq)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Record))]
pub struct Device {
    /// The device's IANA zone (`ZoneId.systemDefault().id`, `TimeZone.current.identifier`).
    pub time_zone: String,
    /// The device's locale in any common spelling (`es-US`, `es_US.UTF-8`); a language Cairn
    /// does not speak gives English.
    pub locale: String,
}

/// The word that makes a zone or language follow the device again.
pub const FOLLOW_DEVICE: &str = "device";

fn following() -> bool {
    true
}

impl Settings {
    /// Settings for a new store in `time_zone`, following the device's zone and language.
    pub fn new(time_zone: &str) -> Result<Self> {
        Ok(Self {
            time_zone: validate_time_zone(time_zone)?,
            time_zone_follows_device: true,
            language: Language::default(),
            language_follows_device: true,
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
            if is_follow_device(&zone) {
                settings.time_zone_follows_device = true;
            } else {
                settings.time_zone = validate_time_zone(&zone)?;
                settings.time_zone_follows_device = false;
            }
        }
        if let Some(language) = change.language {
            if is_follow_device(&language) {
                settings.language_follows_device = true;
            } else {
                settings.language = Language::parse(&language)?;
                settings.language_follows_device = false;
            }
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
        match change.pledge_reminder {
            Some(ReminderChange::Off) => notifications.pledge_reminder_time = None,
            Some(ReminderChange::At(time)) => notifications.pledge_reminder_time = Some(time),
            None => {}
        }
        if let Some(medications) = change.medications {
            validate_medications(&medications)?;
            notifications.medications = medications;
        }
        Ok(settings)
    }
}

impl Settings {
    /// These settings on `device`: what follows the device takes the device's zone and
    /// language; what is pinned stays. The device's zone must already be valid
    /// ([`Device::validated`]).
    pub fn on_device(&self, device: &Device) -> Self {
        let mut settings = self.clone();
        if settings.time_zone_follows_device {
            settings.time_zone.clone_from(&device.time_zone);
        }
        if settings.language_follows_device {
            settings.language = Language::from_locale(&device.locale);
        }
        settings
    }
}

impl Device {
    /// The device with its zone checked and in canonical spelling.
    pub fn validated(&self) -> Result<Self> {
        Ok(Self {
            time_zone: validate_time_zone(&self.time_zone)?,
            locale: self.locale.clone(),
        })
    }
}

fn is_follow_device(text: &str) -> bool {
    text.trim().eq_ignore_ascii_case(FOLLOW_DEVICE)
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

    #[test]
    fn a_record_from_before_languages_follows_the_device_in_english() {
        // Stores made before the zone could follow the device saved the device's zone at
        // first run and never offered pinning, so following it is what their owners had.
        let old = serde_json::json!({ "time_zone": "Europe/Dublin" });
        let settings: Settings = serde_json::from_value(old).unwrap();
        assert!(settings.time_zone_follows_device && settings.language_follows_device);
        assert_eq!(settings.language, Language::English);
        let device = Device {
            time_zone: "Asia/Tokyo".into(),
            locale: "es_MX.UTF-8".into(),
        };
        let moved = settings.on_device(&device);
        assert_eq!(
            (moved.time_zone.as_str(), moved.language),
            ("Asia/Tokyo", Language::Spanish)
        );
    }
}
