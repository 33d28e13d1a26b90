//! The FFI contract exercised from Rust, with a Rust `KeyStore`: the same things the Kotlin
//! tests check from the JVM.

#![allow(clippy::unwrap_used, clippy::expect_used, missing_docs)]

use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{Arc, Mutex};
use std::time::SystemTime;

use cairn_core::checkin::Trigger;
use cairn_core::companion::CommitMark;
use cairn_core::journal::{MilestoneSet, Stage, UseEvent, UseKind};
use cairn_core::settings::SettingsChange;
use cairn_ffi::{CairnError, Companion, KeyStore, KeyStoreError, wipe_store};
use cairn_tests::{day, journey};
use chrono::{NaiveDate, NaiveTime};

/// A key store that hands out one key, counts how often it was asked, and keeps the commit
/// mark in memory.
struct FixedKey {
    key: Vec<u8>,
    calls: AtomicUsize,
    mark: Mutex<Option<CommitMark>>,
}

impl KeyStore for FixedKey {
    fn platform_key(&self) -> Result<Vec<u8>, KeyStoreError> {
        self.calls.fetch_add(1, Ordering::SeqCst);
        Ok(self.key.clone())
    }

    fn destroy_key(&self) -> Result<(), KeyStoreError> {
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

struct LockedKeyStore;

impl KeyStore for LockedKeyStore {
    fn platform_key(&self) -> Result<Vec<u8>, KeyStoreError> {
        Err(KeyStoreError::Unavailable {
            reason: "device locked".into(),
        })
    }

    fn destroy_key(&self) -> Result<(), KeyStoreError> {
        Err(KeyStoreError::Unavailable {
            reason: "device locked".into(),
        })
    }

    fn last_commit_mark(&self) -> Result<Option<CommitMark>, KeyStoreError> {
        Err(KeyStoreError::Unavailable {
            reason: "device locked".into(),
        })
    }

    fn remember_commit_mark(&self, _: CommitMark) -> Result<(), KeyStoreError> {
        Err(KeyStoreError::Unavailable {
            reason: "device locked".into(),
        })
    }
}

fn key_store(byte: u8) -> Arc<FixedKey> {
    Arc::new(FixedKey {
        key: vec![byte; 32],
        calls: AtomicUsize::new(0),
        mark: Mutex::new(None),
    })
}

/// The shared test instant, as the platform clock a shell passes in.
fn now() -> SystemTime {
    SystemTime::from(cairn_tests::now())
}

fn store_path(folder: &tempfile::TempDir) -> String {
    folder
        .path()
        .join("cairn.db")
        .to_string_lossy()
        .into_owned()
}

#[test]
fn a_key_store_creates_and_reopens_the_store() {
    let folder = tempfile::tempdir().unwrap();
    let keys = key_store(1);
    let companion =
        Companion::open_with_key_store(store_path(&folder), keys.clone(), "Europe/Dublin".into())
            .unwrap();
    assert_eq!(companion.settings().unwrap().time_zone, "Europe/Dublin");
    companion.close_store();
    let reopened =
        Companion::open_with_key_store(store_path(&folder), keys.clone(), "Asia/Tokyo".into())
            .unwrap();
    assert_eq!(
        reopened.settings().unwrap().time_zone,
        "Europe/Dublin",
        "opening never recreates"
    );
    assert_eq!(keys.calls.load(Ordering::SeqCst), 2);

    let wrong = Companion::open_with_key_store(store_path(&folder), key_store(2), "UTC".into());
    assert!(matches!(wrong, Err(CairnError::WrongKey)));
    let locked =
        Companion::open_with_key_store(store_path(&folder), Arc::new(LockedKeyStore), "UTC".into());
    assert!(
        matches!(locked, Err(CairnError::KeyUnavailable { ref reason }) if reason.contains("device locked"))
    );
    let short = Arc::new(FixedKey {
        key: vec![1; 16],
        calls: AtomicUsize::new(0),
        mark: Mutex::new(None),
    });
    let short = Companion::open_with_key_store(store_path(&folder), short, "UTC".into());
    assert!(
        matches!(short, Err(CairnError::InvalidInput { ref field, .. }) if field == "platform_key")
    );
}

#[test]
fn errors_name_fields_and_closed_is_final() {
    let folder = tempfile::tempdir().unwrap();
    let bad_zone = Companion::open_with_passphrase(
        store_path(&folder),
        "long enough".into(),
        "Nowhere/City".into(),
    );
    assert!(
        matches!(bad_zone, Err(CairnError::InvalidInput { ref field, .. }) if field == "time_zone")
    );
    let short = Companion::open_with_passphrase(store_path(&folder), "short".into(), "UTC".into());
    assert!(
        matches!(short, Err(CairnError::InvalidInput { ref field, .. }) if field == "passphrase")
    );

    let companion =
        Companion::open_with_passphrase(store_path(&folder), "long enough".into(), "UTC".into())
            .unwrap();
    let change = SettingsChange {
        milestone_set: Some(MilestoneSet::Early),
        ..SettingsChange::default()
    };
    assert_eq!(
        companion.update_settings(change).unwrap().milestone_set,
        MilestoneSet::Early
    );
    let future = UseEvent::new(day("2026-12-30"), UseKind::Lapse);
    assert!(matches!(
        companion.record_use(None, future, now()),
        Err(CairnError::NotFound { .. } | CairnError::InvalidInput { .. })
    ));
    companion.close_store();
    companion.close_store();
    assert!(matches!(companion.settings(), Err(CairnError::Closed)));
    let wrong =
        Companion::open_with_passphrase(store_path(&folder), "not the one".into(), "UTC".into());
    assert!(matches!(wrong, Err(CairnError::WrongKey)));
    assert!(wipe_store(store_path(&folder), key_store(1)).unwrap());
    assert!(!wipe_store(store_path(&folder), key_store(1)).unwrap());
}

#[test]
fn a_back_dated_lapse_changes_status_and_history() {
    let folder = tempfile::tempdir().unwrap();
    let companion = Companion::open_with_key_store(
        store_path(&folder),
        key_store(3),
        "America/New_York".into(),
    )
    .unwrap();
    let journey = journey("2026-01-01");
    let id = companion.start_journey(journey, now()).unwrap();
    let status = companion.status(None, now()).unwrap();
    assert_eq!((status.journey.id, status.streak.current_days), (id, 325));
    let lapse = UseEvent {
        date: day("2026-10-01"),
        time: NaiveTime::from_hms_opt(23, 15, 0),
        kind: UseKind::Lapse,
        note: Some("a note".into()),
        triggers: vec![Trigger::Stress.key().to_owned()],
    };
    let recorded = companion
        .record_use(Some(id), lapse.clone(), now())
        .unwrap();
    assert_eq!(recorded.clean_days_before, 273);
    let status = companion.status(Some(id), now()).unwrap();
    assert_eq!(status.streak.current_start, day("2026-10-02"));
    assert_eq!(status.stage.stage, Stage::Abstinence);
    let history = companion.history(None, now()).unwrap();
    assert_eq!(history.uses[0].event, lapse);
    assert_eq!(history.past_streaks[0].days, 273);
}

#[test]
fn eight_threads_at_once() {
    let folder = tempfile::tempdir().unwrap();
    let companion =
        Companion::open_with_key_store(store_path(&folder), key_store(4), "UTC".into()).unwrap();
    let journey = journey("2025-01-01");
    companion.start_journey(journey, now()).unwrap();
    let threads: Vec<_> = (0..8)
        .map(|thread| {
            let companion = companion.clone();
            std::thread::spawn(move || {
                for day in 0..5 {
                    let day = NaiveDate::from_ymd_opt(2025, thread + 1, day + 1).unwrap();
                    let event = UseEvent::new(day, UseKind::Lapse);
                    companion.record_use(None, event, now()).unwrap();
                    companion.status(None, now()).unwrap();
                }
            })
        })
        .collect();
    for thread in threads {
        thread.join().unwrap();
    }
    assert_eq!(companion.history(None, now()).unwrap().uses.len(), 40);
    assert!(companion.integrity_check().unwrap());
}

#[test]
fn an_older_copy_of_the_whole_store_is_refused_by_the_kept_mark() {
    let folder = tempfile::tempdir().unwrap();
    let path = store_path(&folder);
    let keys = key_store(5);
    let journey = journey("2026-01-01");
    let companion =
        Companion::open_with_key_store(path.clone(), keys.clone(), "UTC".into()).unwrap();
    companion.start_journey(journey, now()).unwrap();
    companion.close_store();
    let copy = folder.path().join("copy.db");
    std::fs::copy(&path, &copy).unwrap();
    let after_journey = keys.last_commit_mark().unwrap().unwrap();

    let companion =
        Companion::open_with_key_store(path.clone(), keys.clone(), "UTC".into()).unwrap();
    let lapse = UseEvent::new(day("2026-10-01"), UseKind::Lapse);
    companion.record_use(None, lapse, now()).unwrap();
    let after_lapse = keys.last_commit_mark().unwrap().unwrap();
    assert_eq!(after_lapse.store, after_journey.store);
    assert!(
        after_lapse.counter > after_journey.counter,
        "the write was remembered"
    );
    // Reading leaves the mark alone.
    companion.status(None, now()).unwrap();
    assert_eq!(keys.last_commit_mark().unwrap().unwrap(), after_lapse);
    companion.close_store();

    // The copy from before the lapse, put back in place of the store.
    std::fs::copy(&copy, &path).unwrap();
    let before = cairn_tests::store_snapshot(std::path::Path::new(&path));
    let refused = Companion::open_with_key_store(path.clone(), keys.clone(), "UTC".into());
    assert!(
        matches!(refused, Err(CairnError::RolledBack)),
        "{:?}",
        refused.err()
    );
    assert_eq!(
        cairn_tests::store_snapshot(std::path::Path::new(&path)),
        before
    );
    assert_eq!(keys.last_commit_mark().unwrap().unwrap(), after_lapse);

    // A key store that cannot read its mark checks nothing, and the person still gets in.
    let status =
        Companion::open_with_key_store(path, Arc::new(LockedMarks(key_store(5))), "UTC".into())
            .unwrap()
            .status(None, now())
            .unwrap();
    assert!(status.damaged_records.is_empty());
}

/// The key, but no readable or writable commit mark.
struct LockedMarks(Arc<FixedKey>);

impl KeyStore for LockedMarks {
    fn platform_key(&self) -> Result<Vec<u8>, KeyStoreError> {
        self.0.platform_key()
    }

    fn destroy_key(&self) -> Result<(), KeyStoreError> {
        self.0.destroy_key()
    }

    fn last_commit_mark(&self) -> Result<Option<CommitMark>, KeyStoreError> {
        LockedKeyStore.last_commit_mark()
    }

    fn remember_commit_mark(&self, mark: CommitMark) -> Result<(), KeyStoreError> {
        LockedKeyStore.remember_commit_mark(mark)
    }
}
