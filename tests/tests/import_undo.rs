//! Undoing an import, as a person with the files would test it: the store an import replaced
//! comes back once; a kept file this store's key does not open, or a damaged one, is refused
//! with both files byte-identical; a passphrase change discards the kept store, so the old
//! passphrase opens nothing left here.

#![allow(clippy::unwrap_used, clippy::expect_used, missing_docs)]

use std::path::{Path, PathBuf};

use cairn_core::companion::NewJourney;
use cairn_core::crypto::{KeySource, Passphrase};
use cairn_core::{Companion, Error};
use cairn_tests::{now, platform_key, store_snapshot};

/// A store at `path` with one journey from `clean_date`, and its backup with its code.
fn backup_of(dir: &Path, clean_date: &str) -> (PathBuf, String) {
    let mut other = Companion::create(&dir.join("cairn.db"), &platform_key(3), "UTC").unwrap();
    let journey = NewJourney {
        substance: None,
        clean_date: clean_date.parse().unwrap(),
        clean_time: None,
        cost_per_day: None,
        hours_per_day: None,
    };
    other.start_journey(journey, now()).unwrap();
    let file = dir.join("backup");
    let exported = other.export_backup(&file, None).unwrap();
    (file, exported.recovery_code.display().to_string())
}

fn passphrase(text: &str) -> KeySource {
    KeySource::Passphrase(Passphrase::new(text.into()).unwrap())
}

#[test]
fn an_import_is_undone_once() {
    let elsewhere = tempfile::tempdir().unwrap();
    let (file, code) = backup_of(elsewhere.path(), "2026-01-01");
    let here = tempfile::tempdir().unwrap();
    let path = here.path().join("cairn.db");
    let mut companion = Companion::create(&path, &platform_key(1), "Asia/Tokyo").unwrap();
    assert!(!companion.holds_records().unwrap());
    companion.import_backup(&file, &code, None).unwrap();
    assert!(companion.holds_records().unwrap());
    assert_eq!(companion.journeys().unwrap().len(), 1);

    companion.undo_import().unwrap();
    assert_eq!(companion.settings().unwrap().time_zone, "Asia/Tokyo");
    assert!(companion.journeys().unwrap().is_empty());
    let before = store_snapshot(&path);
    assert!(matches!(
        companion.undo_import(),
        Err(Error::NotFound { .. })
    ));
    assert_eq!(store_snapshot(&path), before);
    drop(companion);
    let reopened = Companion::open(&path, &platform_key(1)).unwrap();
    assert_eq!(reopened.settings().unwrap().time_zone, "Asia/Tokyo");
}

#[test]
fn a_kept_store_under_another_key_or_damaged_is_refused_and_nothing_changes() {
    let elsewhere = tempfile::tempdir().unwrap();
    let (file, code) = backup_of(elsewhere.path(), "2026-01-01");
    let here = tempfile::tempdir().unwrap();
    let path = here.path().join("cairn.db");
    let kept = here.path().join("cairn.db.before-import");
    let mut companion = Companion::create(&path, &platform_key(1), "Asia/Tokyo").unwrap();
    companion.import_backup(&file, &code, None).unwrap();

    // Someone puts another store (another key) where the kept one was.
    std::fs::remove_file(&kept).unwrap();
    std::fs::copy(elsewhere.path().join("cairn.db"), &kept).unwrap();
    let before = store_snapshot(&path);
    assert!(matches!(
        companion.undo_import(),
        Err(Error::KeyDataDamaged)
    ));
    assert_eq!(store_snapshot(&path), before);

    // A kept file that is no store at all.
    std::fs::write(
        &kept,
        b"not a database, long enough to not be a header at all....",
    )
    .unwrap();
    let before = store_snapshot(&path);
    assert!(companion.undo_import().is_err());
    assert_eq!(store_snapshot(&path), before);
    assert_eq!(companion.journeys().unwrap().len(), 1, "the import stays");
}

#[test]
fn a_passphrase_change_discards_the_kept_store() {
    let elsewhere = tempfile::tempdir().unwrap();
    let (file, code) = backup_of(elsewhere.path(), "2026-01-01");
    let here = tempfile::tempdir().unwrap();
    let path = here.path().join("cairn.db");
    let kept = here.path().join("cairn.db.before-import");
    let mut companion =
        Companion::create(&path, &passphrase("the old passphrase"), "Asia/Tokyo").unwrap();
    companion.import_backup(&file, &code, None).unwrap();
    assert!(kept.exists());
    companion
        .set_passphrase("the new passphrase".into())
        .unwrap();
    assert!(
        !kept.exists(),
        "the old passphrase still opened the kept store"
    );
    assert!(!companion.can_undo_import());
}
