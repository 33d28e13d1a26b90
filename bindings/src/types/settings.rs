//! Settings and backups as the shells see them.

use cairn_core::journal as core_journal;

use super::time_text;
use crate::CairnError;

/// Whether the clean date is day 0 (as NA counts; the default) or day 1.
#[derive(Clone, Copy, Debug, PartialEq, Eq, uniffi::Enum)]
pub enum DayCounting {
    /// The clean date is day 0; the next day is "1 day clean".
    CleanDateIsDayZero,
    /// The clean date is already day 1.
    CleanDateIsDayOne,
}

/// Which milestones are shown and celebrated.
#[derive(Clone, Copy, Debug, PartialEq, Eq, uniffi::Enum)]
pub enum MilestoneSet {
    /// 1 day; 30, 60, 90 days; 6 and 9 months; 1 year; 18 months; every year; 10,000 days.
    Keytags,
    /// 1, 2, 3, 7, 14 and 21 days.
    Early,
    /// Only the person's own.
    Personal,
    /// All of them.
    All,
}

/// The person's settings.
#[derive(Clone, Debug, PartialEq, uniffi::Record)]
pub struct Settings {
    /// The IANA zone days are counted in.
    pub time_zone: String,
    /// Day 0 or day 1 counting.
    pub day_counting: DayCounting,
    /// The milestone set shown and celebrated.
    pub milestone_set: MilestoneSet,
    /// The ISO country code whose crisis lines are offered; `null` until set (112 only).
    pub region: Option<String>,
    /// When milestone notifications fire, "HH:MM".
    pub milestone_time: String,
    /// When the check-in reminder fires, "HH:MM"; `null` when off.
    pub reminder_time: Option<String>,
    /// Neutral notification text everywhere (the default), not only on the lock screen.
    pub discreet: bool,
    /// Medications with dose reminders.
    pub medications: Vec<Medication>,
}

/// A medication with dose reminders (treatment, never a use).
#[derive(Clone, Debug, PartialEq, uniffi::Record)]
pub struct Medication {
    /// Its name (shown only in private text).
    pub name: String,
    /// Local dose times, "HH:MM".
    pub dose_times: Vec<String>,
}

/// Changes to settings; a `null` field stays as it is. All are applied, or none.
#[derive(Clone, Debug, Default, uniffi::Record)]
pub struct SettingsChange {
    /// A new IANA zone (for example after travel).
    #[uniffi(default = None)]
    pub time_zone: Option<String>,
    /// Day 0 or day 1 counting.
    #[uniffi(default = None)]
    pub day_counting: Option<DayCounting>,
    /// The milestone set.
    #[uniffi(default = None)]
    pub milestone_set: Option<MilestoneSet>,
    /// The region, an ISO country code ("US", "CA", "GB", "IE", "AU"...).
    #[uniffi(default = None)]
    pub region: Option<String>,
    /// Milestone notification time, "HH:MM".
    #[uniffi(default = None)]
    pub milestone_time: Option<String>,
    /// Check-in reminder time, "HH:MM", or "off".
    #[uniffi(default = None)]
    pub reminder_time: Option<String>,
    /// Discreet notifications on or off.
    #[uniffi(default = None)]
    pub discreet: Option<bool>,
    /// Replaces the medication list.
    #[uniffi(default = None)]
    pub medications: Option<Vec<Medication>>,
}

impl From<core_journal::DayCounting> for DayCounting {
    fn from(counting: core_journal::DayCounting) -> Self {
        match counting {
            core_journal::DayCounting::CleanDateIsDayZero => DayCounting::CleanDateIsDayZero,
            core_journal::DayCounting::CleanDateIsDayOne => DayCounting::CleanDateIsDayOne,
        }
    }
}

impl From<DayCounting> for core_journal::DayCounting {
    fn from(counting: DayCounting) -> Self {
        match counting {
            DayCounting::CleanDateIsDayZero => core_journal::DayCounting::CleanDateIsDayZero,
            DayCounting::CleanDateIsDayOne => core_journal::DayCounting::CleanDateIsDayOne,
        }
    }
}

impl From<core_journal::MilestoneSet> for MilestoneSet {
    fn from(set: core_journal::MilestoneSet) -> Self {
        match set {
            core_journal::MilestoneSet::Keytags => MilestoneSet::Keytags,
            core_journal::MilestoneSet::Early => MilestoneSet::Early,
            core_journal::MilestoneSet::Personal => MilestoneSet::Personal,
            core_journal::MilestoneSet::All => MilestoneSet::All,
        }
    }
}

impl From<MilestoneSet> for core_journal::MilestoneSet {
    fn from(set: MilestoneSet) -> Self {
        match set {
            MilestoneSet::Keytags => core_journal::MilestoneSet::Keytags,
            MilestoneSet::Early => core_journal::MilestoneSet::Early,
            MilestoneSet::Personal => core_journal::MilestoneSet::Personal,
            MilestoneSet::All => core_journal::MilestoneSet::All,
        }
    }
}

impl From<cairn_core::settings::Settings> for Settings {
    fn from(settings: cairn_core::settings::Settings) -> Self {
        let notifications = settings.notifications;
        Settings {
            time_zone: settings.time_zone,
            day_counting: settings.day_counting.into(),
            milestone_set: settings.milestone_set.into(),
            region: settings.region.map(|region| region.code().to_owned()),
            milestone_time: time_text(notifications.milestone_time),
            reminder_time: notifications.reminder_time.map(time_text),
            discreet: notifications.discreet,
            medications: notifications
                .medications
                .into_iter()
                .map(|m| Medication {
                    name: m.name,
                    dose_times: m.dose_times.into_iter().map(time_text).collect(),
                })
                .collect(),
        }
    }
}

impl SettingsChange {
    pub(crate) fn to_core(&self) -> Result<cairn_core::companion::SettingsChange, CairnError> {
        let time = |text: &str| cairn_core::calendar::parse_time(text);
        let medications = self
            .medications
            .as_ref()
            .map(|list| {
                list.iter()
                    .map(|m| {
                        let dose_times = m
                            .dose_times
                            .iter()
                            .map(|t| time(t))
                            .collect::<Result<_, _>>()?;
                        Ok(cairn_core::plan::Medication {
                            name: m.name.clone(),
                            dose_times,
                        })
                    })
                    .collect::<Result<Vec<_>, cairn_core::Error>>()
            })
            .transpose()?;
        Ok(cairn_core::companion::SettingsChange {
            time_zone: self.time_zone.clone(),
            day_counting: self.day_counting.map(Into::into),
            milestone_set: self.milestone_set.map(Into::into),
            region: self.region.clone(),
            milestone_time: self.milestone_time.as_deref().map(time).transpose()?,
            reminder_time: match self.reminder_time.as_deref() {
                None => None,
                Some("off") => Some(None),
                Some(text) => Some(Some(time(text)?)),
            },
            discreet: self.discreet,
            medications,
        })
    }
}

/// What an export produced.
#[derive(Clone, Debug, PartialEq, uniffi::Record)]
pub struct BackupExported {
    /// The code that opens the backup: show it once; it is stored nowhere.
    pub recovery_code: String,
    /// How many records went in.
    pub records: u32,
    /// Ids of records that could not be opened and were left out.
    pub damaged_records: Vec<String>,
}

/// What an import brought in.
#[derive(Clone, Debug, PartialEq, uniffi::Record)]
pub struct BackupImported {
    /// How many records the store now holds.
    pub records: u32,
}

impl From<cairn_core::companion::BackupExported> for BackupExported {
    fn from(exported: cairn_core::companion::BackupExported) -> Self {
        BackupExported {
            recovery_code: exported.recovery_code.display().to_string(),
            records: u32::try_from(exported.records).unwrap_or(u32::MAX),
            damaged_records: super::ids(exported.damaged_records),
        }
    }
}

impl From<cairn_core::companion::BackupImported> for BackupImported {
    fn from(imported: cairn_core::companion::BackupImported) -> Self {
        BackupImported {
            records: u32::try_from(imported.records).unwrap_or(u32::MAX),
        }
    }
}
