//! What every step of the demo shares: the step record, the sample store's facts, and how to
//! open it with a passphrase.

use cairn_core::crypto::{KeySource, Passphrase};
use serde::Serialize;

use crate::output::CliError;

/// The sample person's zone.
pub const DEMO_ZONE: &str = "America/Denver";
/// The sample store's first passphrase.
pub const DEMO_PASSPHRASE: &str = "stones on the trail";
/// The passphrase it is changed to.
pub const NEW_PASSPHRASE: &str = "every clean day adds a stone";
/// A note the sealed file must not show.
pub const DEMO_NOTE: &str = "ran into the old crowd at the station";

/// One step of the tour.
#[derive(Serialize)]
pub struct Step {
    /// Its name.
    pub step: &'static str,
    /// What happened.
    pub result: String,
}

/// A passphrase key source for the sample store.
pub fn passphrase(text: &str) -> Result<KeySource, CliError> {
    Ok(KeySource::Passphrase(Passphrase::new(text.to_owned())?))
}
