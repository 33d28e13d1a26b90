//! Wipe as a person holding a copy of the files would test it: whatever state the store is in
//! (leftover staging and pre-import copies, a damaged header, another process holding it, a
//! key store that throws), the platform key is destroyed first and nothing of the store is left.
//! The full-disk case runs on a real full disk in `storage_faults`.

#![allow(clippy::unwrap_used, clippy::expect_used, missing_docs)]

use std::cell::Cell;
use std::io::{BufRead, BufReader};
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};

use cairn_core::checkin::{CheckIn, MedicationTaken};
use cairn_core::{Companion, Error};
use cairn_tests::{now, platform_key};

/// A store with one check-in.
fn seeded(path: &Path) {
    let mut companion = Companion::create(path, &platform_key(7), "UTC").unwrap();
    let checkin = CheckIn::new(
        "2026-11-20".parse().unwrap(),
        3,
        4,
        false,
        MedicationTaken::NotPrescribed,
    );
    companion
        .check_in(checkin, cairn_core::journal::UseKind::Lapse, false, now())
        .unwrap();
}

/// Every file left in `folder`.
fn left(folder: &Path) -> Vec<PathBuf> {
    let mut files: Vec<PathBuf> = std::fs::read_dir(folder)
        .unwrap()
        .map(|entry| entry.unwrap().path())
        .collect();
    files.sort();
    files
}

/// Wipes `store`, checking that the key is destroyed while the files are still there.
fn wipe_checking_key_first(store: &Path) -> cairn_core::Result<cairn_core::companion::Wiped> {
    let destroyed = Cell::new(false);
    let wiped = Companion::wipe(store, || {
        assert!(store.exists(), "the files went before the key");
        destroyed.set(true);
        Ok(())
    });
    assert!(destroyed.get(), "the key was not destroyed");
    wiped
}

#[test]
fn leftover_staging_and_pre_import_copies_go_too() {
    let folder = tempfile::tempdir().unwrap();
    let store = folder.path().join("cairn.db");
    seeded(&store);
    // What an interrupted import and an earlier import leave: each opens with the passphrase.
    for leftover in [
        "cairn.db.import",
        "cairn.db.before-import",
        "cairn.db.before-import.new",
    ] {
        std::fs::copy(&store, folder.path().join(leftover)).unwrap();
    }
    std::fs::write(folder.path().join("cairn.db.import-wal"), b"wal pages").unwrap();
    std::fs::write(folder.path().join("unrelated.txt"), b"not the store's").unwrap();
    let wiped = wipe_checking_key_first(&store).unwrap();
    assert!(wiped.found && wiped.overwritten);
    assert_eq!(left(folder.path()), [folder.path().join("unrelated.txt")]);
}

#[test]
fn a_damaged_header_is_wiped_not_refused() {
    let folder = tempfile::tempdir().unwrap();
    let store = folder.path().join("cairn.db");
    seeded(&store);
    let mut bytes = std::fs::read(&store).unwrap();
    bytes[..100].fill(0xA5);
    std::fs::write(&store, &bytes).unwrap();
    assert!(matches!(
        Companion::open(&store, &platform_key(7)),
        Err(Error::NotAStore)
    ));
    assert!(wipe_checking_key_first(&store).unwrap().found);
    assert!(left(folder.path()).is_empty());
}

#[test]
fn the_files_are_overwritten_before_they_are_deleted() {
    // A second name for the same file (a hard link elsewhere) sees what was in it at the end.
    let folder = tempfile::tempdir().unwrap();
    let elsewhere = tempfile::tempdir().unwrap();
    let store = folder.path().join("cairn.db");
    seeded(&store);
    let other_name = elsewhere.path().join("copy");
    std::fs::hard_link(&store, &other_name).unwrap();
    let size = std::fs::metadata(&store).unwrap().len();
    assert!(wipe_checking_key_first(&store).unwrap().overwritten);
    let after = std::fs::read(&other_name).unwrap();
    assert_eq!(
        after.len() as u64,
        size,
        "the overwrite grew or cut the file"
    );
    assert!(after.iter().all(|&byte| byte == 0), "key slots survived");
    assert!(left(folder.path()).is_empty());
}

#[test]
fn a_key_store_that_throws_still_loses_every_file_and_the_failure_is_reported() {
    let folder = tempfile::tempdir().unwrap();
    let store = folder.path().join("cairn.db");
    seeded(&store);
    let wiped = Companion::wipe(&store, || {
        Err(Error::Io(std::io::Error::other("the key store is locked")))
    });
    assert!(matches!(wiped, Err(Error::Io(_))));
    assert!(left(folder.path()).is_empty());
    // Nothing there: the key is still destroyed, and nothing is found.
    let destroyed = Cell::new(false);
    let again = Companion::wipe(&store, || {
        destroyed.set(true);
        Ok(())
    });
    assert!(destroyed.get() && !again.unwrap().found);
}

#[test]
fn a_store_held_by_another_process_is_wiped_at_once() {
    let folder = tempfile::tempdir().unwrap();
    let store = folder.path().join("cairn.db");
    seeded(&store);
    // `storage_faults hold` opens the store, commits a check-in and keeps it open.
    let mut holder = Command::new(env!("CARGO_BIN_EXE_storage_faults"))
        .arg("hold")
        .arg(&store)
        .arg("2026-11-21")
        .stdout(Stdio::piped())
        .spawn()
        .unwrap();
    let mut line = String::new();
    BufReader::new(holder.stdout.take().unwrap())
        .read_line(&mut line)
        .unwrap();
    assert_eq!(line.trim(), "held");
    let started = std::time::Instant::now();
    let wiped = wipe_checking_key_first(&store);
    let files = left(folder.path());
    holder.kill().unwrap();
    holder.wait().unwrap();
    assert!(wiped.unwrap().found);
    assert!(files.is_empty(), "left while held: {files:?}");
    assert!(
        started.elapsed() < std::time::Duration::from_secs(4),
        "the wipe waited for the other process"
    );
    // The killed holder wrote nothing back.
    assert!(left(folder.path()).is_empty());
}
