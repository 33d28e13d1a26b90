//! Commands about the store itself: create it, change its passphrase, settings, wipe it.

use cairn_core::Companion;
use cairn_core::crypto::{KeySource, Passphrase};
use cairn_core::journal::{DayCounting, MilestoneSet};
use cairn_core::settings::{ReminderChange, Settings, SettingsChange};
use serde_json::json;

use cairn_core::calendar::parse_time;
use cairn_core::settings::Medication;

use crate::args::{Command, Switch};
use crate::context::{self, Context};
use crate::output::{CliError, emit};
use crate::text::{f, t};

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
            f(
                if settings.time_zone_follows_device {
                    "init-created-following"
                } else {
                    "init-created-pinned"
                },
                &[
                    ("path", (&path).into()),
                    ("zone", (&settings.time_zone).into()),
                ],
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
        t("passphrase-changed")
    })
}

fn medication(text: &str) -> Result<Medication, CliError> {
    let (name, times) = text
        .split_once('@')
        .ok_or_else(|| CliError::usage("usage-medication"))?;
    let dose_times = times
        .split(',')
        .map(parse_time)
        .collect::<Result<Vec<_>, _>>()?;
    Ok(Medication {
        name: name.trim().to_owned(),
        dose_times,
    })
}

/// A reminder's time as typed (HH:MM, or "off"), if given.
fn reminder_change(typed: Option<&str>) -> Result<Option<ReminderChange>, CliError> {
    Ok(match typed {
        None => None,
        Some("off") => Some(ReminderChange::Off),
        Some(time) => Some(ReminderChange::At(parse_time(time)?)),
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
        pledge_reminder_time,
    } = command
    else {
        return Err(CliError::usage("usage-not-settings"));
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
        reminder: reminder_change(reminder_time.as_deref())?,
        discreet: discreet.map(|switch| matches!(switch, Switch::On)),
        medications,
        pledge_reminder: reminder_change(pledge_reminder_time.as_deref())?,
    };
    let mut companion = context.open()?;
    let settings = companion.update_settings(change)?;
    // A language just pinned (or followed again) is the one the answer is in.
    crate::text::set_language(settings.language);
    emit(context.json, &settings, || settings_text(&settings))
}

/// The settings for a person: each on its own line, saying for the zone and the language
/// whether it follows this computer or is pinned.
fn settings_text(settings: &Settings) -> String {
    let notifications = &settings.notifications;
    let hh_mm = |time: &chrono::NaiveTime| time.format("%H:%M").to_string();
    let medications: Vec<String> = notifications
        .medications
        .iter()
        .map(|m| {
            let times: Vec<String> = m.dose_times.iter().map(hh_mm).collect();
            f(
                "settings-medication",
                &[
                    ("name", (&m.name).into()),
                    ("times", (&times.join(", ")).into()),
                ],
            )
        })
        .collect();
    let zone = f(
        if settings.time_zone_follows_device {
            "settings-zone-following"
        } else {
            "settings-zone-pinned"
        },
        &[("zone", (&settings.time_zone).into())],
    );
    let language = f(
        if settings.language_follows_device {
            "settings-language-following"
        } else {
            "settings-language-pinned"
        },
        &[("language", settings.language.own_name().into())],
    );
    let line = |label: &str, value: String| format!("{}: {value}", t(label));
    [
        line("settings-time-zone", zone),
        line("settings-language", language),
        line(
            "settings-region",
            settings
                .region
                .map_or_else(|| t("settings-not-set"), |region| region.code().to_owned()),
        ),
        line(
            "settings-day-counting",
            t(match settings.day_counting {
                DayCounting::CleanDateIsDayZero => "settings-day-zero",
                DayCounting::CleanDateIsDayOne => "settings-day-one",
            }),
        ),
        line(
            "settings-milestones",
            f(
                "settings-milestones-at",
                &[
                    ("set", (&t(set_id(settings.milestone_set))).into()),
                    ("time", (&hh_mm(&notifications.milestone_time)).into()),
                ],
            ),
        ),
        line(
            "settings-reminder",
            notifications
                .reminder_time
                .as_ref()
                .map_or_else(|| t("settings-off"), hh_mm),
        ),
        line(
            "settings-pledge-reminder",
            notifications
                .pledge_reminder_time
                .as_ref()
                .map_or_else(|| t("settings-off"), hh_mm),
        ),
        line(
            "settings-discreet",
            t(if notifications.discreet {
                "settings-on"
            } else {
                "settings-off"
            }),
        ),
        line(
            "settings-medications",
            if medications.is_empty() {
                t("settings-none")
            } else {
                medications.join("; ")
            },
        ),
    ]
    .join("\n")
}

fn set_id(set: MilestoneSet) -> &'static str {
    match set {
        MilestoneSet::Keytags => "settings-set-keytags",
        MilestoneSet::Early => "settings-set-early",
        MilestoneSet::Personal => "settings-set-personal",
        MilestoneSet::All => "settings-set-all",
    }
}

/// `cairn wipe --yes`.
pub fn wipe(context: &Context, yes: bool) -> Result<(), CliError> {
    if !yes {
        return Err(CliError::usage("usage-wipe-confirm"));
    }
    // The terminal's store is opened by passphrase only: there is no platform key to destroy.
    let wiped = Companion::wipe(&context.store_path, || Ok(()))?;
    let value = json!({ "wiped": wiped.found, "overwritten": wiped.overwritten });
    emit(context.json, &value, || {
        t(match (wiped.found, wiped.overwritten) {
            (false, _) => "wipe-nothing",
            (true, true) => "wipe-done",
            (true, false) => "wipe-done-not-overwritten",
        })
    })
}
