//! What every command needs from its surroundings: the store's path, the clock, this computer's
//! zone and language (the device, for settings that follow it) and the passphrase, each from its
//! flag, environment variable or prompt.

use std::path::PathBuf;

use cairn_core::crypto::{KeySource, Passphrase};
use cairn_core::settings::Device;
use cairn_core::text::Language;
use cairn_core::{Companion, Error};
use chrono::{DateTime, Utc};

use crate::args::Cli;
use crate::output::CliError;
use crate::text;

/// The file name of the store inside the data directory.
const STORE_FILE: &str = "cairn.db";

/// Resolved surroundings of one run.
pub struct Context {
    /// The store's file.
    pub store_path: PathBuf,
    /// Print JSON instead of text.
    pub json: bool,
    /// The current instant (from `CAIRN_NOW` when set).
    pub now: DateTime<Utc>,
    /// This computer's zone and language.
    pub device: Device,
}

impl Context {
    /// Resolves the data directory and the clock.
    pub fn from_cli(cli: &Cli) -> Result<Self, CliError> {
        let data_dir = match &cli.data_dir {
            Some(dir) => dir.clone(),
            None => directories::ProjectDirs::from("app", "cairn", "cairn")
                .map(|dirs| dirs.data_dir().to_path_buf())
                .ok_or_else(|| CliError::usage("usage-no-home"))?,
        };
        Ok(Self {
            store_path: data_dir.join(STORE_FILE),
            json: cli.json,
            now: clock()?,
            device: Device {
                time_zone: device_time_zone(),
                locale: device_locale(),
            },
        })
    }
}

impl Context {
    /// The store, opened with the passphrase: what every command but `init`, `wipe` and `demo`
    /// starts with.
    pub fn open(&self) -> Result<Companion, CliError> {
        let mut companion = Companion::open(&self.store_path, &passphrase()?)?;
        self.tell_device(&mut companion)?;
        Ok(companion)
    }

    /// Tells the store this computer's zone and language, and speaks the store's language from
    /// then on. On a full disk the change cannot be saved; the command then goes on with the
    /// zone and language last saved, because showing clean time matters more than following a
    /// move.
    pub fn tell_device(&self, companion: &mut Companion) -> Result<(), CliError> {
        let settings = match companion.set_device(&self.device) {
            Ok(settings) => settings,
            Err(Error::StorageFull) => companion.settings()?,
            Err(error) => return Err(error.into()),
        };
        // From here on the terminal speaks the store's language, which may be pinned.
        text::set_language(settings.language);
        Ok(())
    }
}

/// The language of this computer, for what is printed before a store is open (clap's errors
/// too, which come before any `Context`).
pub fn device_language() -> Language {
    Language::from_locale(&device_locale())
}

/// `CAIRN_NOW` (an RFC 3339 instant) or the system clock.
fn clock() -> Result<DateTime<Utc>, CliError> {
    match std::env::var("CAIRN_NOW") {
        Ok(text) if !text.trim().is_empty() => DateTime::parse_from_rfc3339(text.trim())
            .map(|instant| instant.with_timezone(&Utc))
            .map_err(|_| CliError::usage("usage-bad-clock")),
        _ => Ok(Utc::now()),
    }
}

/// The zone this computer is set to, or UTC when it cannot be told.
pub fn system_time_zone() -> String {
    iana_time_zone::get_timezone().unwrap_or_else(|_| "UTC".to_owned())
}

/// `TZ` when it names an IANA zone (`Asia/Tokyo`, `:Asia/Tokyo`, or a path ending in
/// `zoneinfo/Asia/Tokyo`), else the system's zone. A POSIX rule such as `EST5EDT,M3.2.0,M11.1.0`
/// names no place, so it is not followed.
fn device_time_zone() -> String {
    std::env::var("TZ")
        .ok()
        .map(|tz| {
            let name = tz.trim().trim_start_matches(':');
            name.rsplit_once("zoneinfo/")
                .map_or(name, |(_, zone)| zone)
                .to_owned()
        })
        .filter(|name| cairn_core::calendar::parse_time_zone(name).is_ok())
        .unwrap_or_else(system_time_zone)
}

/// The locale messages are shown in, as POSIX decides it: `LC_ALL`, then `LC_MESSAGES`, then
/// `LANG`; the first one set and not empty.
fn device_locale() -> String {
    ["LC_ALL", "LC_MESSAGES", "LANG"]
        .into_iter()
        .filter_map(|name| std::env::var(name).ok())
        .find(|value| !value.trim().is_empty())
        .unwrap_or_default()
}

fn read_secret(variable: &str, prompt: &str, confirm: bool) -> Result<String, CliError> {
    if let Ok(value) = std::env::var(variable) {
        return Ok(value);
    }
    let no_terminal = || CliError::usage("usage-no-terminal");
    let first = rpassword::prompt_password(prompt).map_err(|_| no_terminal())?;
    if confirm {
        let second =
            rpassword::prompt_password(text::t("prompt-repeat")).map_err(|_| no_terminal())?;
        if first != second {
            return Err(CliError::usage("usage-passphrases-differ"));
        }
    }
    Ok(first)
}

/// The passphrase that opens the store.
pub fn passphrase() -> Result<KeySource, CliError> {
    let secret = read_secret("CAIRN_PASSPHRASE", &text::t("prompt-passphrase"), false)?;
    Ok(KeySource::Passphrase(Passphrase::new(secret)?))
}

/// The passphrase of a backup: from `CAIRN_BACKUP_PASSPHRASE`, or asked (twice when new).
pub fn backup_passphrase(new: bool) -> Result<String, CliError> {
    read_secret(
        "CAIRN_BACKUP_PASSPHRASE",
        &text::t("prompt-backup-passphrase"),
        new,
    )
}

/// The recovery code of a backup: from `CAIRN_RECOVERY_CODE`, or asked without echo. Never a
/// command-line argument, which shell history and the process list would keep.
pub fn recovery_code() -> Result<String, CliError> {
    read_secret(
        "CAIRN_RECOVERY_CODE",
        &text::t("prompt-recovery-code"),
        false,
    )
    .map_err(|error| match error {
        CliError::Usage("usage-no-terminal") => CliError::usage("usage-no-terminal-code"),
        other => other,
    })
}

/// A passphrase being chosen: from `variable` or asked twice.
pub fn new_passphrase(variable: &str) -> Result<String, CliError> {
    read_secret(variable, &text::t("prompt-new-passphrase"), true)
}
