//! The person's settings through the facade: load the one settings record, apply a change with
//! the rules in [`crate::settings`], and save it only when something changed; and the device a
//! shell reports, which settings that follow the device take.

use super::Companion;
use crate::error::{Error, Result};
use crate::settings::{Device, Settings, SettingsChange};
use crate::store::Reader;
use crate::text::{self, Catalogue};

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

    /// The messages in the person's language.
    pub fn messages(&self) -> Result<&'static Catalogue> {
        Ok(text::messages(self.settings()?.language))
    }

    /// Pins a time zone (or follows the device again with `"device"`) and returns the new
    /// settings.
    pub fn set_time_zone(&mut self, time_zone: &str) -> Result<Settings> {
        self.update_settings(SettingsChange {
            time_zone: Some(time_zone.to_owned()),
            ..SettingsChange::default()
        })
    }

    /// Tells the core the device's zone and language now: on every start and whenever either
    /// changes. Settings that follow the device take them (and are saved if that changed
    /// them); pinned ones stay. Returns the settings in effect. An unknown zone is
    /// `InvalidInput { field: "time_zone" }` and changes nothing. The caller re-plans
    /// notifications after, since a new zone or language moves or rewords them.
    pub fn set_device(&mut self, device: &Device) -> Result<Settings> {
        let device = device.validated()?;
        let current = self.settings()?;
        let settings = current.on_device(&device);
        self.device = Some(device);
        if settings != current {
            self.store.write(|writer| writer.put_by_key(&settings))?;
        }
        Ok(settings)
    }

    /// Applies every given change, or none if any is invalid, and returns the new settings.
    /// Following the device again takes the device's zone or language at once, if a shell has
    /// told the core about the device.
    pub fn update_settings(&mut self, change: SettingsChange) -> Result<Settings> {
        let current = self.settings()?;
        let mut settings = current.with(change)?;
        if let Some(device) = &self.device {
            settings = settings.on_device(device);
        }
        // Nothing to save: showing the settings (`cairn settings` with no options) must work on
        // a full disk, and an unchanged record need not be rewritten.
        if settings != current {
            self.store.write(|writer| writer.put_by_key(&settings))?;
        }
        Ok(settings)
    }
}
