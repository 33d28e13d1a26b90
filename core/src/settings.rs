//! The person's settings: the time zone every calendar rule works in, and how days and
//! milestones are counted.
//!
//! Settings are a sealed record like any other (a time zone says where someone lives). There is
//! exactly one settings record per store, found by its lookup key. Later capabilities add their
//! fields with serde defaults, so an older record still reads.

use serde::{Deserialize, Serialize};

use crate::companion::records::kinds;
use crate::contact::Region;
use crate::error::Result;
use crate::journal::{DayCounting, MilestoneSet};
use crate::plan::NotificationSettings;
use crate::store::{Record, RecordKind};

/// The person's settings.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
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
}

/// Checks that `name` is a known IANA zone and returns its canonical spelling.
pub fn validate_time_zone(name: &str) -> Result<String> {
    Ok(crate::calendar::parse_time_zone(name.trim())?
        .name()
        .to_owned())
}

impl Record for Settings {
    const KIND: RecordKind = kinds::SETTINGS;

    fn lookup_key(&self) -> Option<Vec<u8>> {
        Some(b"settings".to_vec())
    }
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
}
