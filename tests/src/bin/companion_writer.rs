//! A child process for the crash suite. `companion_writer writes STORE` loops over every write
//! path of the companion (check-in, use, contact, settings, passphrase) and prints one line per
//! write after it commits. `companion_writer imports STORE A CODE_A B CODE_B` imports two
//! backups in turn, printing after each. The parent kills it with SIGKILL at random moments.

use std::io::Write;
use std::path::Path;

use cairn_core::checkin::{CheckIn, MedicationTaken};
use cairn_core::contact::{ContactRole, NewContact};
use cairn_core::journal::{UseEvent, UseKind};
use cairn_core::settings::SettingsChange;
use cairn_core::{Companion, Error};
use cairn_tests::now;
use cairn_tests::platform_key;
use chrono::{Duration, NaiveDate};

/// The zones the settings writes cycle through.
pub const ZONES: [&str; 4] = [
    "Europe/Dublin",
    "Asia/Tokyo",
    "America/Chicago",
    "Australia/Perth",
];

/// Opens the store, creating it if needed, with its one journey: an earlier writer may have
/// been killed after creating the store and before starting the journey.
fn open(path: &Path) -> Result<Companion, Error> {
    let mut companion = match Companion::open(path, &platform_key(7)) {
        Err(Error::StoreMissing) => Companion::create(path, &platform_key(7), ZONES[0])?,
        other => other?,
    };
    if companion.journeys()?.is_empty() {
        let journey = cairn_tests::journey("1990-01-01");
        companion.start_journey(journey, now())?;
    }
    Ok(companion)
}

fn writes(path: &Path) -> Result<(), Box<dyn std::error::Error>> {
    let mut companion = open(path)?;
    let mut out = std::io::stdout().lock();
    // Continue after the latest day earlier rounds wrote on: check-ins are one per day.
    let start: NaiveDate = "1990-01-02".parse()?;
    let latest = companion
        .checkins()?
        .iter()
        .map(|checkin| checkin.date)
        .chain(
            companion
                .history(None, now())?
                .uses
                .iter()
                .map(|entry| entry.event.date),
        )
        .max();
    let mut day = latest.map_or(0, |date| (date - start).num_days() + 1);
    for round in 0u64.. {
        match round % 5 {
            0 | 1 => {
                let date = start + Duration::days(day);
                day += 1;
                let checkin = CheckIn::new(date, 3, 4, false, MedicationTaken::Taken);
                companion.check_in(checkin, UseKind::Lapse, false, now())?;
                writeln!(out, "checkin {date}")?;
            }
            2 => {
                let date = start + Duration::days(day);
                day += 1;
                let id = companion
                    .record_use(None, UseEvent::new(date, UseKind::Lapse), now())?
                    .id;
                writeln!(out, "use {id}")?;
            }
            3 => {
                let contact = NewContact {
                    name: format!("Person {round}"),
                    phone: "555 010 0000".into(),
                    role: ContactRole::Friend,
                    can_text: false,
                    note: None,
                };
                match companion.add_contact(contact, false) {
                    Ok(id) => writeln!(out, "contact {id}")?,
                    Err(Error::InvalidInput { .. }) => {} // the 100-contact cap
                    Err(other) => return Err(other.into()),
                }
            }
            _ => {
                let index = (round / 5) as usize % ZONES.len();
                companion.update_settings(SettingsChange {
                    time_zone: Some(ZONES[index].into()),
                    ..Default::default()
                })?;
                writeln!(out, "settings {index}")?;
                if round % 25 == 4 {
                    companion.set_passphrase(format!("passphrase number {round}"))?;
                    writeln!(out, "passphrase {round}")?;
                }
            }
        }
        out.flush()?;
    }
    Ok(())
}

fn imports(path: &Path, backups: &[String]) -> Result<(), Box<dyn std::error::Error>> {
    let mut companion = open(path)?;
    let mut out = std::io::stdout().lock();
    for round in 0usize.. {
        let (file, code) = if round % 2 == 0 {
            (&backups[0], &backups[1])
        } else {
            (&backups[2], &backups[3])
        };
        companion.import_backup(Path::new(file), code, None)?;
        writeln!(out, "import {}", round % 2)?;
        out.flush()?;
    }
    Ok(())
}

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let args: Vec<String> = std::env::args().collect();
    match args.get(1).map(String::as_str) {
        Some("writes") if args.len() == 3 => writes(Path::new(&args[2])),
        Some("imports") if args.len() == 7 => imports(Path::new(&args[2]), &args[3..]),
        _ => Err("usage: companion_writer writes STORE | imports STORE A CODE_A B CODE_B".into()),
    }
}
