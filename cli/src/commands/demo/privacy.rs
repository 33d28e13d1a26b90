//! The demo's privacy steps on the sample store: nothing readable inside the file, a wrong
//! passphrase refused with the file unchanged, a passphrase change, and a wipe.

use std::fs;
use std::path::Path;

use cairn_core::Companion;
use cairn_core::store::store_files;
use comfy_table::{Table, presets::UTF8_FULL_CONDENSED};

use super::tour::{DEMO_NOTE, DEMO_PASSPHRASE, DEMO_ZONE, NEW_PASSPHRASE, Step, passphrase};
use crate::output::CliError;

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

/// Looks inside the closed store at `path`, then tries a wrong passphrase, changes the
/// passphrase and wipes it.
pub fn privacy(path: &Path, steps: &mut Vec<Step>) -> Result<(), CliError> {
    let bytes = store_bytes(path);
    let mut files = Table::new();
    files
        .load_preset(UTF8_FULL_CONDENSED)
        .set_header(["file", "bytes"]);
    for file in store_files(path).iter().filter(|file| file.exists()) {
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

    let before = store_bytes(path);
    let refused = Companion::open(path, &passphrase("a wrong guess")?).err();
    let unchanged = store_bytes(path) == before;
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

    let mut companion = Companion::open(path, &passphrase(DEMO_PASSPHRASE)?)?;
    companion.set_passphrase(NEW_PASSPHRASE.to_owned())?;
    drop(companion);
    let old_refused = Companion::open(path, &passphrase(DEMO_PASSPHRASE)?).is_err();
    let reopened = Companion::open(path, &passphrase(NEW_PASSPHRASE)?)?;
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

    let wiped = Companion::wipe(path)?;
    let gone = store_files(path).iter().all(|file| !file.exists());
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
    Ok(())
}
