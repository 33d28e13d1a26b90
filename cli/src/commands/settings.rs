//! Commands about the store itself: create it, change its passphrase, settings, wipe it.

use cairn_core::Companion;
use cairn_core::crypto::{KeySource, Passphrase};
use cairn_core::journal::{DayCounting, MilestoneSet};
use cairn_core::settings::{ReminderChange, SettingsChange};
use serde_json::json;

use cairn_core::calendar::parse_time;
use cairn_core::settings::Medication;

use crate::args::{Command, Switch};
use crate::context::{self, Context};
use crate::output::{CliError, emit};

/// `cairn init`.
pub fn init(context: &Context, time_zone: Option<&str>, region: &str) -> Result<(), CliError> {
    // A zone given here is pinned; without one, days follow this computer's zone. Checked
    // before asking for a passphrase, so a typo costs nothing.
    let pinned = time_zone
        .map(cairn_core::settings::validate_time_zone)
        .transpose()?;
    let zone = pinned
        .clone()
        .unwrap_or_else(|| context.device.time_zone.clone());
    if context.store_path.exists() {
        return Err(cairn_core::Error::StoreExists.into());
    }
    let passphrase = context::new_passphrase("CAIRN_PASSPHRASE")?;
    let source = KeySource::Passphrase(Passphrase::new_for_setting(passphrase)?);
    cairn_core::contact::Region::parse(region)?;
    let mut companion = Companion::create(&context.store_path, &source, &zone)?;
    context.tell_device(&mut companion)?;
    let change = SettingsChange {
        region: Some(region.to_owned()),
        time_zone: pinned,
        ..Default::default()
    };
    let settings = companion.update_settings(change)?;
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
    let mut companion = context.open()?;
    let new = context::new_passphrase("CAIRN_NEW_PASSPHRASE")?;
    companion.set_passphrase(new)?;
    emit(context.json, &json!({ "passphrase_changed": true }), || {
        "The passphrase is changed. The old one no longer opens the store.".to_owned()
    })
}

fn medication(text: &str) -> Result<Medication, CliError> {
    let (name, times) = text
        .split_once('@')
        .ok_or_else(|| CliError::usage("--medication takes NAME@HH:MM[,HH:MM...]"))?;
    let dose_times = times
        .split(',')
        .map(parse_time)
        .collect::<Result<Vec<_>, _>>()?;
    Ok(Medication {
        name: name.trim().to_owned(),
        dose_times,
    })
}

/// `cairn settings`.
pub fn settings(context: &Context, command: &Command) -> Result<(), CliError> {
    let Command::Settings {
        time_zone,
        language,
        day_counting,
        milestone_set,
        region,
        milestone_time,
        reminder_time,
        discreet,
        medications,
    } = command
    else {
        return Err(CliError::usage("not a settings command"));
    };
    let medications = match medications.as_slice() {
        [] => None,
        [none] if none == "none" => Some(Vec::new()),
        list => Some(
            list.iter()
                .map(|text| medication(text))
                .collect::<Result<Vec<_>, _>>()?,
        ),
    };
    let change = SettingsChange {
        time_zone: time_zone.clone(),
        language: language.clone(),
        day_counting: day_counting.map(DayCounting::from),
        milestone_set: milestone_set.map(MilestoneSet::from),
        region: region.clone(),
        milestone_time: milestone_time.as_deref().map(parse_time).transpose()?,
        reminder: match reminder_time.as_deref() {
            None => None,
            Some("off") => Some(ReminderChange::Off),
            Some(time) => Some(ReminderChange::At(parse_time(time)?)),
        },
        discreet: discreet.map(|switch| matches!(switch, Switch::On)),
        medications,
    };
    let mut companion = context.open()?;
    let settings = companion.update_settings(change)?;
    emit(context.json, &settings, || {
        let notifications = &settings.notifications;
        let medications: Vec<String> = notifications
            .medications
            .iter()
            .map(|m| {
                let times: Vec<String> = m
                    .dose_times
                    .iter()
                    .map(|t| t.format("%H:%M").to_string())
                    .collect();
                format!("{} at {}", m.name, times.join(", "))
            })
            .collect();
        format!(
            "Time zone: {}\nRegion: {}\nDay counting: {}\nMilestones: {} at {}\nCheck-in reminder: {}\n\
             Discreet notifications: {}\nMedication reminders: {}",
            settings.time_zone,
            settings.region.map_or("not set", |region| region.code()),
            match settings.day_counting {
                DayCounting::CleanDateIsDayZero => "the clean date is day 0",
                DayCounting::CleanDateIsDayOne => "the clean date is day 1",
            },
            serde_json::to_value(settings.milestone_set)
                .ok()
                .and_then(|value| value.as_str().map(str::to_owned))
                .unwrap_or_default(),
            notifications.milestone_time.format("%H:%M"),
            notifications
                .reminder_time
                .map_or("off".to_owned(), |t| t.format("%H:%M").to_string()),
            if notifications.discreet { "on" } else { "off" },
            if medications.is_empty() {
                "none".to_owned()
            } else {
                medications.join("; ")
            },
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
