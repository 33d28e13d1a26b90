//! The person's settings, and the device (zone and language) that settings follow unless the
//! person pinned them.

use cairn_core::settings::{Device, Settings, SettingsChange};

use crate::CairnError;
use crate::companion::Companion;

#[uniffi::export(name = "CairnCompanion")]
impl Companion {
    /// The person's settings.
    pub fn settings(&self) -> Result<Settings, CairnError> {
        self.with(|c| c.settings())
    }

    /// Tells the core the device's zone and language: call it after every open and whenever the
    /// device's zone or locale changes, then re-plan notifications. Returns the settings in
    /// effect; an unknown zone is `InvalidInput` and changes nothing.
    pub fn set_device(&self, device: Device) -> Result<Settings, CairnError> {
        self.with(|c| c.set_device(&device))
    }

    /// Applies every given change, or none if any is invalid. `"device"` as the zone or the
    /// language follows the device again.
    pub fn update_settings(&self, change: SettingsChange) -> Result<Settings, CairnError> {
        self.with(|c| c.update_settings(change))
    }
}
