//! The demo's privacy steps on the sample store: nothing readable inside the file, a wrong
//! passphrase refused with the file unchanged, a passphrase change, and a wipe.

use std::fs;
use std::path::Path;

use cairn_core::Companion;
use cairn_core::store::store_files;
use cairn_core::text::Arg;
use comfy_table::{Table, presets::UTF8_FULL_CONDENSED};

use super::tour::{
    DEMO_PASSPHRASE, DEMO_ZONE, NEW_PASSPHRASE, SPONSOR_FIRST_NAME, Step, passphrase, sample_note,
};
use crate::output::CliError;
use crate::text::{count, f, t};

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

/// How many times `needle` is found in `haystack` (0 or 1: finding it at all is the failure).
fn found(haystack: &[u8], needle: &[u8]) -> Arg<'static> {
    count(usize::from(contains(haystack, needle)))
}

/// Looks inside the closed store at `path`, then tries a wrong passphrase, changes the
/// passphrase and wipes it.
pub fn privacy(path: &Path, steps: &mut Vec<Step>) -> Result<(), CliError> {
    let bytes = store_bytes(path);
    let mut files = Table::new();
    files
        .load_preset(UTF8_FULL_CONDENSED)
        .set_header([t("demo-file"), t("demo-bytes")]);
    for file in store_files(path).iter().filter(|file| file.exists()) {
        let size = fs::metadata(file).map(|meta| meta.len()).unwrap_or(0);
        let name = file
            .file_name()
            .map(|name| name.to_string_lossy().into_owned());
        files.add_row([name.unwrap_or_default(), size.to_string()]);
    }
    let note = sample_note();
    steps.push(Step::new(
        "look inside",
        "demo-title-look-inside",
        format!(
            "{}\n{files}",
            f(
                "demo-look-inside",
                &[
                    ("bytes", count(bytes.len())),
                    ("zone", DEMO_ZONE.into()),
                    ("zones", found(&bytes, DEMO_ZONE.as_bytes())),
                    ("note", (&note).into()),
                    ("notes", found(&bytes, note.as_bytes())),
                    ("names", found(&bytes, SPONSOR_FIRST_NAME.as_bytes())),
                    ("numbers", found(&bytes, b"5550104477")),
                ],
            )
        ),
    ));

    let before = store_bytes(path);
    let refused = Companion::open(path, &passphrase("a wrong guess")?).err();
    let unchanged = store_bytes(path) == before;
    steps.push(Step::new(
        "wrong passphrase",
        "demo-title-wrong-passphrase",
        format!(
            "{} {}",
            refused.map_or_else(
                || t("demo-wrong-opened"),
                |error| f(
                    "demo-wrong-refused",
                    &[("error", (&CliError::from(error).to_string()).into())]
                )
            ),
            t(if unchanged {
                "demo-file-unchanged"
            } else {
                "demo-file-changed"
            })
        ),
    ));

    let mut companion = Companion::open(path, &passphrase(DEMO_PASSPHRASE)?)?;
    companion.set_passphrase(NEW_PASSPHRASE.to_owned())?;
    drop(companion);
    let old_refused = Companion::open(path, &passphrase(DEMO_PASSPHRASE)?).is_err();
    let reopened = Companion::open(path, &passphrase(NEW_PASSPHRASE)?)?;
    let zone = reopened.settings()?.time_zone;
    steps.push(Step::new(
        "change passphrase",
        "demo-title-change-passphrase",
        f(
            if old_refused {
                "demo-rewrapped"
            } else {
                "demo-rewrapped-old-accepted"
            },
            &[("zone", (&zone).into())],
        ),
    ));
    drop(reopened);

    let wiped = Companion::wipe(path, || Ok(()))?.found;
    let gone = store_files(path).iter().all(|file| !file.exists());
    steps.push(Step::new(
        "wipe",
        "demo-title-wipe",
        t(if wiped && gone {
            "demo-wiped"
        } else {
            "demo-wipe-left-something"
        }),
    ));
    Ok(())
}
