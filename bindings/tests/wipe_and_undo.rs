//! Through the FFI: a wipe destroys the platform key first and deletes every file even when
//! the key store throws; an import can be undone, once, and nothing to undo changes nothing.

#![allow(clippy::unwrap_used, clippy::expect_used, missing_docs)]

use std::path::Path;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, Mutex};

use cairn_core::companion::CommitMark;
use cairn_ffi::{CairnError, Companion, KeyStore, KeyStoreError, wipe_store};
use cairn_tests::store_snapshot;

/// A key store whose key can be destroyed, or whose destruction fails; it notes whether the
/// store's files were still there when it was asked to destroy the key.
struct Keys {
    key: Mutex<Option<Vec<u8>>>,
    store: String,
    fails: bool,
    files_there_at_destroy: AtomicBool,
    /// Kept like a shell keeps it, so an import and its undo run with the rollback check on.
    mark: Mutex<Option<CommitMark>>,
}

impl KeyStore for Keys {
    fn platform_key(&self) -> Result<Vec<u8>, KeyStoreError> {
        let key = self.key.lock().unwrap();
        key.clone().ok_or(KeyStoreError::Unavailable {
            reason: "no key".into(),
        })
    }

    fn destroy_key(&self) -> Result<(), KeyStoreError> {
        self.files_there_at_destroy
            .store(Path::new(&self.store).exists(), Ordering::SeqCst);
        if self.fails {
            return Err(KeyStoreError::Unavailable {
                reason: "device locked".into(),
            });
        }
        self.key.lock().unwrap().take();
        self.mark.lock().unwrap().take();
        Ok(())
    }

    fn last_commit_mark(&self) -> Result<Option<CommitMark>, KeyStoreError> {
        Ok(self.mark.lock().unwrap().clone())
    }

    fn remember_commit_mark(&self, mark: CommitMark) -> Result<(), KeyStoreError> {
        *self.mark.lock().unwrap() = Some(mark);
        Ok(())
    }
}

fn keys(store: &str, fails: bool) -> Arc<Keys> {
    Arc::new(Keys {
        key: Mutex::new(Some(vec![9; 32])),
        store: store.to_owned(),
        fails,
        files_there_at_destroy: AtomicBool::new(false),
        mark: Mutex::new(None),
    })
}

/// A new store in a folder of its own, opened with a key store that throws on destroy when
/// `fails`: the folder (kept alive), the store's path, the key store and the companion.
fn store_with_keys(fails: bool) -> (tempfile::TempDir, String, Arc<Keys>, Arc<Companion>) {
    let folder = tempfile::tempdir().unwrap();
    let path = folder
        .path()
        .join("cairn.db")
        .to_string_lossy()
        .into_owned();
    let key_store = keys(&path, fails);
    let companion =
        Companion::open_with_key_store(path.clone(), key_store.clone(), "UTC".into()).unwrap();
    (folder, path, key_store, companion)
}

fn files_in(folder: &Path) -> usize {
    std::fs::read_dir(folder).unwrap().count()
}

#[test]
fn wipe_destroys_the_key_first_then_every_file() {
    let (folder, path, key_store, companion) = store_with_keys(false);
    companion.close_store();
    std::fs::copy(&path, format!("{path}.import")).unwrap();
    assert!(wipe_store(path.clone(), key_store.clone()).unwrap());
    assert!(key_store.files_there_at_destroy.load(Ordering::SeqCst));
    assert!(key_store.platform_key().is_err(), "the key survived");
    assert_eq!(files_in(folder.path()), 0);
}

#[test]
fn a_key_store_that_throws_is_reported_after_every_file_is_gone() {
    let (folder, path, key_store, companion) = store_with_keys(true);
    companion.close_store();
    let wiped = wipe_store(path.clone(), key_store);
    assert!(matches!(wiped, Err(CairnError::KeyUnavailable { .. })));
    assert_eq!(files_in(folder.path()), 0);
}

#[test]
fn an_import_is_undone_once_and_nothing_to_undo_changes_nothing() {
    let (_folder, path, key_store, companion) = store_with_keys(false);
    assert!(!companion.holds_records().unwrap());
    assert!(!companion.can_undo_import().unwrap());
    let before = store_snapshot(Path::new(&path));
    assert!(matches!(
        companion.undo_import(),
        Err(CairnError::NotFound { .. })
    ));
    assert_eq!(store_snapshot(Path::new(&path)), before);

    // A backup from another phone with a journey, imported over this store's one.
    let other_folder = tempfile::tempdir().unwrap();
    let other = Companion::open_with_passphrase(
        other_folder
            .path()
            .join("cairn.db")
            .to_string_lossy()
            .into_owned(),
        "long enough".into(),
        "Europe/Dublin".into(),
    )
    .unwrap();
    let journey = cairn_tests::journey("2025-01-10");
    other.start_journey(journey, now()).unwrap();
    let backup = other_folder
        .path()
        .join("backup")
        .to_string_lossy()
        .into_owned();
    let exported = other.export_backup(backup.clone(), None).unwrap();

    companion
        .import_backup(backup, exported.recovery_code, None)
        .unwrap();
    assert!(companion.holds_records().unwrap());
    assert_eq!(companion.settings().unwrap().time_zone, "Europe/Dublin");
    assert!(companion.can_undo_import().unwrap());

    companion.undo_import().unwrap();
    assert!(!companion.holds_records().unwrap());
    assert_eq!(companion.settings().unwrap().time_zone, "UTC");
    assert!(!companion.can_undo_import().unwrap());
    assert!(matches!(
        companion.undo_import(),
        Err(CairnError::NotFound { .. })
    ));
    companion.close_store();
    // The undone store opens again from scratch.
    let reopened = Companion::open_with_key_store(path, key_store, "UTC".into()).unwrap();
    assert_eq!(reopened.settings().unwrap().time_zone, "UTC");
}

/// The shared test instant, as the platform clock a shell passes in.
fn now() -> std::time::SystemTime {
    std::time::SystemTime::from(cairn_tests::now())
}
