//! `cairn demo`: a guided tour on a sample store in a temporary folder.
//!
//! It uses the same `Companion` calls as every other command, on a throwaway store, so a
//! newcomer sees what Cairn does without touching their own data. Each capability shows its
//! steps from its own file, named as everywhere else; [`tour`] holds what they share.

mod backup;
mod checkins;
mod circle;
mod journal;
mod notifications;
mod privacy;
mod tour;

use cairn_core::{Companion, Error};

use crate::context::Context;
use crate::output::{CliError, emit};
use tour::{DEMO_PASSPHRASE, DEMO_ZONE, Step, passphrase};

fn long_date(context: &Context, zone: &str) -> String {
    zone.parse::<chrono_tz::Tz>().map_or_else(
        |_| context.now.format("%A %-d %B %Y (UTC)").to_string(),
        |tz| {
            context
                .now
                .with_timezone(&tz)
                .format("%A %-d %B %Y")
                .to_string()
        },
    )
}

/// Runs the tour.
pub fn run(context: &Context) -> Result<(), CliError> {
    // The tour's own prose is English only so far; the lines it borrows from other commands
    // (status, history) follow suit rather than mixing two languages in one story.
    crate::text::set_language(cairn_core::text::Language::English);
    let folder = tempfile::tempdir().map_err(|error| CliError::Core(Error::Io(error)))?;
    let path = folder.path().join("cairn.db");
    let mut steps = Vec::new();

    let mut companion = Companion::create(&path, &passphrase(DEMO_PASSPHRASE)?, DEMO_ZONE)?;
    let zone = companion.settings()?.time_zone;
    steps.push(Step {
        step: "create",
        result: format!(
            "A new store, sealed with AES-256-GCM under a key wrapped by the passphrase \
             (PBKDF2-HMAC-SHA256, 600,000 rounds). Days are counted in {zone}, where it is {}.",
            long_date(context, &zone)
        ),
    });
    journal::journey(context, &mut companion, &mut steps)?;
    circle::circle(&mut companion, &mut steps)?;
    checkins::month(context, &mut companion, &mut steps)?;
    checkins::hard_day(context, &mut companion, &mut steps)?;
    notifications::notifications(context, &mut companion, &mut steps)?;
    backup::new_phone(context, &companion, folder.path(), &mut steps)?;
    drop(companion);

    privacy::privacy(&path, &mut steps)?;

    emit(context.json, &steps, || {
        let mut text = String::from("Cairn demo: a sample store in a temporary folder.\n");
        for (number, step) in steps.iter().enumerate() {
            text.push_str(&format!(
                "\n{}. {}\n{}\n",
                number + 1,
                step.step,
                step.result
            ));
        }
        text
    })
}
