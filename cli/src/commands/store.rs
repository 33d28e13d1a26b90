//! Commands about the store itself: create it, change its passphrase, settings, wipe it.

use cairn_core::Companion;
use cairn_core::companion::SettingsChange;
use cairn_core::crypto::{KeySource, Passphrase};
use cairn_core::journal::{DayCounting, MilestoneSet};
use serde_json::json;

use crate::args::{DayCountingArg, MilestoneSetArg};
use crate::context::{self, Context};
use crate::output::{CliError, emit};

/// `cairn init`.
pub fn init(context: &Context, time_zone: Option<&str>) -> Result<(), CliError> {
    let zone = time_zone.map_or_else(context::system_time_zone, str::to_owned);
    // Check the zone before asking for a passphrase, so a typo costs nothing.
    let zone = cairn_core::settings::validate_time_zone(&zone)?;
    if context.store_path.exists() {
        return Err(cairn_core::Error::StoreExists.into());
    }
    let passphrase = context::new_passphrase("CAIRN_PASSPHRASE")?;
    let source = KeySource::Passphrase(Passphrase::new_for_setting(passphrase)?);
    let companion = Companion::create(&context.store_path, &source, &zone)?;
    let settings = companion.settings()?;
    let path = context.store_path.display().to_string();
    emit(
        context.json,
        &json!({ "store": path, "time_zone": settings.time_zone }),
        || {
            format!(
                "Created an encrypted store at {path}.\nDays are counted in {}.",
                settings.time_zone
            )
        },
    )
}

/// `cairn passphrase change`.
pub fn change_passphrase(context: &Context) -> Result<(), CliError> {
    let mut companion = Companion::open(&context.store_path, &context::passphrase()?)?;
    let new = context::new_passphrase("CAIRN_NEW_PASSPHRASE")?;
    companion.set_passphrase(new)?;
    emit(context.json, &json!({ "passphrase_changed": true }), || {
        "The passphrase is changed. The old one no longer opens the store.".to_owned()
    })
}

/// `cairn settings`.
pub fn settings(
    context: &Context,
    time_zone: Option<&str>,
    day_counting: Option<DayCountingArg>,
    milestone_set: Option<MilestoneSetArg>,
) -> Result<(), CliError> {
    let mut companion = Companion::open(&context.store_path, &context::passphrase()?)?;
    let change = SettingsChange {
        time_zone: time_zone.map(str::to_owned),
        day_counting: day_counting.map(DayCounting::from),
        milestone_set: milestone_set.map(MilestoneSet::from),
    };
    let settings = companion.update_settings(change)?;
    emit(context.json, &settings, || {
        format!(
            "Time zone: {}\nDay counting: {}\nMilestones: {}",
            settings.time_zone,
            match settings.day_counting {
                DayCounting::CleanDateIsDayZero => "the clean date is day 0",
                DayCounting::CleanDateIsDayOne => "the clean date is day 1",
            },
            serde_json::to_value(settings.milestone_set)
                .ok()
                .and_then(|value| value.as_str().map(str::to_owned))
                .unwrap_or_default()
        )
    })
}

/// `cairn wipe --yes`.
pub fn wipe(context: &Context, yes: bool) -> Result<(), CliError> {
    if !yes {
        return Err(CliError::usage(
            "wipe deletes everything and cannot be undone; run `cairn wipe --yes` to confirm",
        ));
    }
    let wiped = Companion::wipe(&context.store_path)?;
    emit(context.json, &json!({ "wiped": wiped }), || {
        if wiped {
            "Everything is deleted: the keys were destroyed, then the files.".to_owned()
        } else {
            "There was no store to delete.".to_owned()
        }
    })
}
