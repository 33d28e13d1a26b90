//! `cairn demo`: a guided tour on a sample store in a temporary folder.
//!
//! It uses the same `Companion` calls as every other command, on a throwaway store, so a
//! newcomer sees what Cairn does without touching their own data. Later capabilities add their
//! steps here.

use std::fs;
use std::path::Path;

use cairn_core::calendar::{add_days, local_date, parse_time};
use cairn_core::companion::NewJourney;
use cairn_core::crypto::{KeySource, Passphrase};
use cairn_core::journal::{MilestoneSet, UseEvent, UseKind};
use cairn_core::store::store_files;
use cairn_core::{Companion, Error};
use comfy_table::{Table, presets::UTF8_FULL_CONDENSED};
use serde::Serialize;

use super::demo_care;
use super::journal::{history_text, status_text};
use crate::context::Context;
use crate::output::{CliError, emit};

const DEMO_ZONE: &str = "America/Denver";
const DEMO_PASSPHRASE: &str = "stones on the trail";
const NEW_PASSPHRASE: &str = "every clean day adds a stone";
const DEMO_NOTE: &str = "ran into the old crowd at the station";

/// One step of the tour.
#[derive(Serialize)]
pub struct Step {
    /// Its name.
    pub step: &'static str,
    /// What happened.
    pub result: String,
}

fn passphrase(text: &str) -> Result<KeySource, CliError> {
    Ok(KeySource::Passphrase(Passphrase::new(text.to_owned())?))
}

fn store_bytes(path: &Path) -> Vec<u8> {
    store_files(path)
        .iter()
        .filter_map(|file| fs::read(file).ok())
        .flatten()
        .collect()
}

fn contains(haystack: &[u8], needle: &[u8]) -> bool {
    haystack
        .windows(needle.len())
        .any(|window| window == needle)
}

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

/// Two years of a journey: detox, a lapse in the second month, a relapse later, and the
/// milestones of the streak since.
fn journey(
    context: &Context,
    companion: &mut Companion,
    steps: &mut Vec<Step>,
) -> Result<(), CliError> {
    let zone: chrono_tz::Tz = DEMO_ZONE
        .parse()
        .map_err(|_| CliError::usage("demo zone"))?;
    let today = local_date(context.now, zone);
    let clean_date = add_days(today, -730);
    let detox = NewJourney {
        substance: None,
        clean_date,
        clean_time: parse_time("07:30").ok(),
    };
    companion.start_journey(detox, context.now)?;
    let mut lapse = UseEvent::new(add_days(clean_date, 45), UseKind::Lapse);
    lapse.note = Some(DEMO_NOTE.to_owned());
    lapse.triggers = vec!["people".into(), "stress".into()];
    companion.record_use(None, lapse, context.now)?;
    let mut relapse = UseEvent::new(add_days(clean_date, 300), UseKind::Relapse);
    relapse.triggers = vec!["loneliness".into(), "pain".into()];
    let recorded = companion.record_use(None, relapse, context.now)?;
    let last_use = add_days(clean_date, 318);
    let mut back_to_it = UseEvent::new(last_use, UseKind::Relapse);
    back_to_it.note = Some("last use; detox again the next day".into());
    companion.edit_use(recorded.id, back_to_it, context.now)?;
    steps.push(Step {
        step: "a two-year journey",
        result: format!(
            "Detox began on {clean_date}. A lapse in the second month, a relapse later (edited to \
             its true last day, the first version kept in the audit trail). Today:\n{}",
            status_text(&companion.status(None, context.now)?, &[])
        ),
    });
    let history = companion.history(None, context.now)?;
    steps.push(Step {
        step: "history",
        result: history_text(&history),
    });
    let reached: Vec<String> = companion
        .milestones(None, Some(MilestoneSet::All), context.now)?
        .into_iter()
        .filter(|milestone| milestone.reached)
        .map(|milestone| format!("{} ({})", milestone.label, milestone.date))
        .collect();
    steps.push(Step {
        step: "milestones reached since the last use",
        result: reached.join(", "),
    });
    Ok(())
}

/// Runs the tour.
pub fn run(context: &Context) -> Result<(), CliError> {
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
    journey(context, &mut companion, &mut steps)?;
    demo_care::circle(&mut companion, &mut steps)?;
    demo_care::month(context, &mut companion, &mut steps)?;
    demo_care::hard_day(context, &mut companion, &mut steps)?;
    demo_care::notifications(context, &mut companion, &mut steps)?;
    demo_care::new_phone(context, &companion, folder.path(), &mut steps)?;
    drop(companion);

    let bytes = store_bytes(&path);
    let mut files = Table::new();
    files
        .load_preset(UTF8_FULL_CONDENSED)
        .set_header(["file", "bytes"]);
    for file in store_files(&path).iter().filter(|file| file.exists()) {
        let size = fs::metadata(file).map(|meta| meta.len()).unwrap_or(0);
        let name = file
            .file_name()
            .map(|name| name.to_string_lossy().into_owned());
        files.add_row([name.unwrap_or_default(), size.to_string()]);
    }
    steps.push(Step {
        step: "look inside",
        result: format!(
            "The zone, notes, names and numbers are stored, but searching all {} bytes of the store \
             for \"{DEMO_ZONE}\" finds it {} times, for the note \"{DEMO_NOTE}\" {} times, for \
             the sponsor's name {} times and for their number {} times.\n{files}",
            bytes.len(),
            usize::from(contains(&bytes, DEMO_ZONE.as_bytes())),
            usize::from(contains(&bytes, DEMO_NOTE.as_bytes())),
            usize::from(contains(&bytes, b"Jordan")),
            usize::from(contains(&bytes, b"5550104477")),
        ),
    });

    let before = store_bytes(&path);
    let refused = Companion::open(&path, &passphrase("a wrong guess")?).err();
    let unchanged = store_bytes(&path) == before;
    steps.push(Step {
        step: "wrong passphrase",
        result: format!(
            "Opening with a wrong passphrase: {}. The file is {}.",
            refused.map_or_else(
                || "it opened (this should never happen)".to_owned(),
                |e| e.to_string()
            ),
            if unchanged {
                "byte-for-byte unchanged"
            } else {
                "CHANGED (this should never happen)"
            }
        ),
    });

    let mut companion = Companion::open(&path, &passphrase(DEMO_PASSPHRASE)?)?;
    companion.set_passphrase(NEW_PASSPHRASE.to_owned())?;
    drop(companion);
    let old_refused = Companion::open(&path, &passphrase(DEMO_PASSPHRASE)?).is_err();
    let reopened = Companion::open(&path, &passphrase(NEW_PASSPHRASE)?)?;
    steps.push(Step {
        step: "change passphrase",
        result: format!(
            "The key was rewrapped without touching a record: the old passphrase is {}, the new \
             one opens the store and finds {}.",
            if old_refused {
                "refused"
            } else {
                "STILL ACCEPTED"
            },
            reopened.settings()?.time_zone
        ),
    });
    drop(reopened);

    let wiped = Companion::wipe(&path)?;
    let gone = store_files(&path).iter().all(|file| !file.exists());
    steps.push(Step {
        step: "wipe",
        result: format!(
            "Wipe destroyed the wrapped keys, then deleted the files: {}.",
            if wiped && gone {
                "nothing is left"
            } else {
                "SOMETHING IS LEFT"
            }
        ),
    });

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
