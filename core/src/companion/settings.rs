//! The person's settings through the facade: load the one settings record, apply a change with
//! the rules in [`crate::settings`], and save it only when something changed.

use super::Companion;
use crate::error::{Error, Result};
use crate::settings::{Settings, SettingsChange};
use crate::store::Reader;

/// The settings record, read inside a transaction another method already holds.
pub(super) fn settings_in(reader: &Reader<'_>) -> Result<Settings> {
    reader
        .find::<Settings>(b"settings")?
        .map(|stored| stored.value)
        .ok_or(Error::NotFound { what: "settings" })
}

impl Companion {
    /// The person's settings.
    pub fn settings(&self) -> Result<Settings> {
        self.store.read(settings_in)
    }

    /// The person's zone now.
    pub fn zone(&self) -> Result<chrono_tz::Tz> {
        crate::calendar::parse_time_zone(&self.settings()?.time_zone)
    }

    /// Changes the time zone (for example after travel) and returns the new settings.
    pub fn set_time_zone(&mut self, time_zone: &str) -> Result<Settings> {
        self.update_settings(SettingsChange {
            time_zone: Some(time_zone.to_owned()),
            ..SettingsChange::default()
        })
    }

    /// Applies every given change, or none if any is invalid, and returns the new settings.
    pub fn update_settings(&mut self, change: SettingsChange) -> Result<Settings> {
        let current = self.settings()?;
        let settings = current.with(change)?;
        // Nothing to save: showing the settings (`cairn settings` with no options) must work on
        // a full disk, and an unchanged record need not be rewritten.
        if settings != current {
            self.store.write(|writer| writer.put_by_key(&settings))?;
        }
        Ok(settings)
    }
}
