//! `Companion`: the one facade every shell uses.
//!
//! It opens the store with a key source, loads records, calls the rules and saves what changed.
//! The FFI crate wraps it for Kotlin and Swift and the terminal shell uses it directly, so all
//! three shells share one path: shell, facade, rules, store. Every entry point validates its
//! input before it writes, so bad input leaves the store exactly as it was.

mod backup;
mod checkins;
mod circle;
mod journal;
mod notifications;
pub mod records;
mod views;

use std::path::Path;

use crate::crypto::key_slot::SlotKind;
use crate::crypto::keys::{KeySource, Passphrase};
use crate::error::{Error, Result};
use chrono::NaiveTime;

use crate::contact::Region;
use crate::journal::{DayCounting, MilestoneSet};
use crate::plan::{Medication, validate_medications};
use crate::settings::{Settings, validate_time_zone};
use crate::store::Store;

pub use backup::{BackupExported, BackupImported};
pub use checkins::{CheckInRecorded, Insights};
pub use circle::{ContactView, ReachOutChain};
pub use views::{
    AuditEntry, History, JourneyStatus, JourneyView, NewJourney, UseEntry, UseRecorded,
};

/// Changes to settings; `None` leaves a setting as it is.
#[derive(Clone, Debug, Default)]
pub struct SettingsChange {
    /// A new IANA time zone.
    pub time_zone: Option<String>,
    /// Day 0 or day 1 counting.
    pub day_counting: Option<DayCounting>,
    /// The milestone set shown and celebrated.
    pub milestone_set: Option<MilestoneSet>,
    /// The region whose crisis lines are offered (an ISO 3166-1 code such as "US").
    pub region: Option<String>,
    /// The local time of milestone notifications.
    pub milestone_time: Option<NaiveTime>,
    /// The check-in reminder time; `Some(None)` turns the reminder off.
    pub reminder_time: Option<Option<NaiveTime>>,
    /// Neutral text everywhere (on), or only on the lock screen (off).
    pub discreet: Option<bool>,
    /// The medications with dose reminders (replaces the list).
    pub medications: Option<Vec<Medication>>,
}

/// An open, unlocked Cairn store and the rules over it.
#[derive(Debug)]
pub struct Companion {
    store: Store,
}

impl Companion {
    /// Creates a new store at `path` with the person's time zone. Nothing is written if the
    /// zone is unknown or a passphrase is shorter than 8 characters.
    pub fn create(path: &Path, source: &KeySource, time_zone: &str) -> Result<Self> {
        let settings = Settings::new(time_zone)?;
        if let KeySource::Passphrase(passphrase) = source {
            passphrase.check_strength()?;
        }
        let mut store = Store::create(path, source)?;
        store.write(|writer| writer.put_by_key(&settings))?;
        Ok(Self { store })
    }

    /// Opens the store at `path`.
    pub fn open(path: &Path, source: &KeySource) -> Result<Self> {
        Ok(Self {
            store: Store::open(path, source)?,
        })
    }

    /// Opens the store at `path`, creating it with `time_zone` if there is none: what a phone
    /// does on every launch.
    pub fn open_or_create(path: &Path, source: &KeySource, time_zone: &str) -> Result<Self> {
        match Self::open(path, source) {
            Err(Error::StoreMissing) => Self::create(path, source, time_zone),
            other => other,
        }
    }

    /// The person's settings.
    pub fn settings(&self) -> Result<Settings> {
        self.store
            .read(|reader| reader.find::<Settings>(b"settings"))?
            .map(|stored| stored.value)
            .ok_or(Error::NotFound { what: "settings" })
    }

    /// The person's zone now.
    pub fn zone(&self) -> Result<chrono_tz::Tz> {
        crate::calendar::parse_time_zone(&self.settings()?.time_zone)
    }

    /// Changes the time zone (for example after travel) and returns the new settings.
    pub fn set_time_zone(&mut self, time_zone: &str) -> Result<Settings> {
        self.update_settings(SettingsChange {
            time_zone: Some(time_zone.to_owned()),
            ..Default::default()
        })
    }

    /// Applies every given change, or none if any is invalid, and returns the new settings.
    pub fn update_settings(&mut self, change: SettingsChange) -> Result<Settings> {
        let current = self.settings()?;
        let mut settings = current.clone();
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
        if let Some(time) = change.reminder_time {
            notifications.reminder_time = time;
        }
        if let Some(discreet) = change.discreet {
            notifications.discreet = discreet;
        }
        if let Some(medications) = change.medications {
            validate_medications(&medications)?;
            notifications.medications = medications;
        }
        // Nothing to save: showing the settings (`cairn settings` with no options) must work on
        // a full disk, and an unchanged record need not be rewritten.
        if settings != current {
            self.store.write(|writer| writer.put_by_key(&settings))?;
        }
        Ok(settings)
    }

    /// Sets a new passphrase: the data key is rewrapped and no record is touched. Works for a
    /// store opened by passphrase (a change) or by platform key (adding one).
    /// The new passphrase must be at least 8 characters.
    pub fn set_passphrase(&mut self, new_passphrase: String) -> Result<()> {
        let source = KeySource::Passphrase(Passphrase::new_for_setting(new_passphrase)?);
        self.store.set_key_source(&source)
    }

    /// Whether a passphrase can open this store.
    pub fn has_passphrase(&self) -> Result<bool> {
        self.store.has_key_source(SlotKind::Passphrase)
    }

    /// SQLite's integrity check over the whole file.
    pub fn integrity_check(&self) -> Result<bool> {
        self.store.integrity_check()
    }

    /// Destroys the store at `path` (see [`Store::wipe`]). Needs no key: a person who forgot
    /// the passphrase can still delete everything.
    pub fn wipe(path: &Path) -> Result<bool> {
        Store::wipe(path)
    }
}
