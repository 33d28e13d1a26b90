//! Settings and backups as the shells see them.

use cairn_core::journal as core_journal;

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
        Settings {
            time_zone: settings.time_zone,
            day_counting: settings.day_counting.into(),
            milestone_set: settings.milestone_set.into(),
        }
    }
}

impl From<SettingsChange> for cairn_core::companion::SettingsChange {
    fn from(change: SettingsChange) -> Self {
        cairn_core::companion::SettingsChange {
            time_zone: change.time_zone,
            day_counting: change.day_counting.map(Into::into),
            milestone_set: change.milestone_set.map(Into::into),
            ..Default::default()
        }
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
