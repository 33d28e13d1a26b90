//! Scenario d: a wipe on a disk full to the last byte, of a store that is open in this process
//! (as a phone's session would hold it) with an interrupted import's staging store and the store
//! an earlier import replaced beside it. Nothing of the store may remain, and the key must be
//! destroyed before any file goes.

use std::cell::Cell;
use std::fs;
use std::path::Path;

use cairn_core::Companion;

use crate::disk::{fill, mount_small_disk, names_in};
use crate::snapshot::seeded_store;
use crate::{FILLER, Outcome, STORE, describe, say};

/// Mounts a disk, leaves a store and its leftovers on it, fills it, then wipes.
pub fn wipe_on_full_disk(root: &Path) -> Outcome {
    say("== wipe on a full disk, the store open and leftovers beside it")?;
    let disk = root.join("wipe");
    mount_small_disk(&disk)?;
    let store = disk.join(STORE);
    let held = seeded_store(&store, 3)?;
    for leftover in ["cairn.db.import", "cairn.db.before-import"] {
        fs::copy(&store, disk.join(leftover))?;
    }
    fill(&disk.join(FILLER))?;
    ensure!(
        fs::write(disk.join("probe"), b"x").is_err(),
        "the disk is not full"
    );
    let _ = fs::remove_file(disk.join("probe"));

    let key_first = Cell::new(false);
    let wiped = Companion::wipe(&store, || {
        key_first.set(store.exists());
        Ok(())
    })
    .map_err(|error| format!("wipe on a full disk failed: {}", describe(&error)))?;
    drop(held);
    ensure!(
        key_first.get(),
        "the key was not destroyed before the files"
    );
    ensure!(wiped.found, "wipe found no store");
    let left: Vec<String> = names_in(&disk)?
        .into_iter()
        .filter(|name| name != FILLER)
        .collect();
    ensure!(
        left.is_empty(),
        "left on the full disk after wipe: {left:?}"
    );
    say(format!(
        "ok: wipe on a full disk: key first, nothing left (overwritten in place: {})",
        wiped.overwritten
    ))
}
