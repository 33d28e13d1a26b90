//! The person's settings.

use cairn_core::settings::{Settings, SettingsChange};

use crate::CairnError;
use crate::companion::Companion;

#[uniffi::export(name = "CairnCompanion")]
impl Companion {
    /// The person's settings.
    pub fn settings(&self) -> Result<Settings, CairnError> {
        self.with(|c| c.settings())
    }

    /// Applies every given change, or none if any is invalid.
    pub fn update_settings(&self, change: SettingsChange) -> Result<Settings, CairnError> {
        self.with(|c| c.update_settings(change))
    }
}
