//! `cairn demo`: a guided tour on a sample store in a temporary folder.
//!
//! It uses the same `Companion` calls as every other command, on a throwaway store, so a
//! newcomer sees what Cairn does without touching their own data. The tour speaks the
//! computer's language (`LC_ALL`, `LC_MESSAGES`, `LANG`), and so does the sample store, which
//! is told about this computer as every store is: its safety card, milestones and reasons come
//! out in the same language as the tour's own words. Only its zone is pinned, to the sample
//! person's. Each capability shows its steps from its own file, named as everywhere else;
//! [`tour`] holds what they share.

mod backup;
mod checkins;
mod circle;
mod journal;
mod notifications;
mod privacy;
mod tour;

use cairn_core::calendar::local_date;
use cairn_core::settings::SettingsChange;
use cairn_core::{Companion, Error};

use crate::context::Context;
use crate::output::{CliError, emit};
use crate::text::{f, t};
use tour::{DEMO_PASSPHRASE, DEMO_ZONE, Step, long_date, passphrase};

/// Runs the tour.
pub fn run(context: &Context) -> Result<(), CliError> {
    let folder = tempfile::tempdir().map_err(|error| CliError::Core(Error::Io(error)))?;
    let path = folder.path().join("cairn.db");
    let mut steps = Vec::new();

    let mut companion = Companion::create(&path, &passphrase(DEMO_PASSPHRASE)?, DEMO_ZONE)?;
    // The sample person lives in Denver whatever this computer's zone; the language follows
    // this computer, as in any store, and the tour speaks it from here on.
    companion.update_settings(SettingsChange {
        time_zone: Some(DEMO_ZONE.to_owned()),
        ..Default::default()
    })?;
    context.tell_device(&mut companion)?;
    let zone = companion.settings()?.time_zone;
    let today = local_date(context.now, companion.zone()?);
    steps.push(Step::new(
        "create",
        "demo-title-create",
        f(
            "demo-create",
            &[
                (
                    "mebibytes",
                    (cairn_core::crypto::kdf::ARGON2_MEMORY_KIB / 1024).into(),
                ),
                ("passes", cairn_core::crypto::kdf::ARGON2_PASSES.into()),
                ("zone", (&zone).into()),
                ("date", (&long_date(today)).into()),
            ],
        ),
    ));
    journal::journey(context, &mut companion, &mut steps)?;
    circle::circle(&mut companion, &mut steps)?;
    checkins::month(context, &mut companion, &mut steps)?;
    checkins::hard_day(context, &mut companion, &mut steps)?;
    notifications::notifications(context, &mut companion, &mut steps)?;
    backup::new_phone(context, &companion, folder.path(), &mut steps)?;
    drop(companion);

    privacy::privacy(&path, &mut steps)?;

    emit(context.json, &steps, || {
        let mut text = t("demo-intro");
        text.push('\n');
        for (number, step) in steps.iter().enumerate() {
            text.push_str(&format!(
                "\n{}. {}\n{}\n",
                number + 1,
                step.title,
                step.result
            ));
        }
        text
    })
}
