//! The store's contract, tested through its public API on real SQLite files.

#![allow(clippy::unwrap_used, clippy::expect_used, missing_docs)]

use cairn_core::crypto::PlatformKey;
use cairn_core::store::{Record, RecordKind, Store, schema, store_files};
use cairn_core::{Companion, Error};
use cairn_tests::{platform_key, store_snapshot};
use rusqlite::Connection;
use serde::{Deserialize, Serialize};

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
struct Day {
    day: String,
    mood: u8,
}

impl Record for Day {
    const KIND: RecordKind = RecordKind(0xFF10);

    fn lookup_key(&self) -> Option<Vec<u8>> {
        Some(self.day.as_bytes().to_vec())
    }
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
struct Other {
    value: u32,
}

impl Record for Other {
    const KIND: RecordKind = RecordKind(0xFF11);
}

#[test]
fn records_round_trip_update_find_and_delete() {
    let folder = tempfile::tempdir().unwrap();
    let path = folder.path().join("s.db");
    let mut store = Store::create(&path, &platform_key(5)).unwrap();
    let day = Day {
        day: "2026-11-22".into(),
        mood: 3,
    };
    let id = store.write(|w| w.insert(&day)).unwrap();
    let other = store.write(|w| w.insert(&Other { value: 9 })).unwrap();
    drop(store);

    let mut store = Store::open(&path, &platform_key(5)).unwrap();
    let found = store
        .read(|r| r.find::<Day>(b"2026-11-22"))
        .unwrap()
        .unwrap();
    assert_eq!((found.id, found.revision, &found.value), (id, 1, &day));
    assert!(
        store
            .read(|r| r.find::<Day>(b"2026-11-21"))
            .unwrap()
            .is_none()
    );
    assert_eq!(store.read(|r| r.list::<Other>()).unwrap().records.len(), 1);

    let revision = store
        .write(|w| {
            w.update(
                id,
                &Day {
                    mood: 5,
                    ..day.clone()
                },
            )
        })
        .unwrap();
    assert_eq!(revision, 2);
    assert_eq!(store.read(|r| r.get::<Day>(id)).unwrap().value.mood, 5);

    // The same lookup key twice is refused, and the transaction leaves nothing behind.
    let duplicate = store.write(|w| {
        w.insert(&Other { value: 1 })?;
        w.insert(&day)
    });
    assert!(
        matches!(duplicate, Err(Error::AlreadyExists { .. })),
        "{duplicate:?}"
    );
    assert_eq!(store.read(|r| r.list::<Other>()).unwrap().records.len(), 1);

    // A record of another kind is not found under this kind, and cannot be deleted as one.
    assert!(matches!(
        store.read(|r| r.get::<Day>(other)),
        Err(Error::NotFound { .. })
    ));
    assert!(matches!(
        store.write(|w| w.delete::<Day>(other)),
        Err(Error::NotFound { .. })
    ));
    store.write(|w| w.delete::<Day>(id)).unwrap();
    assert!(matches!(
        store.write(|w| w.delete::<Day>(id)),
        Err(Error::NotFound { .. })
    ));
}

#[test]
fn files_are_private_to_their_owner() {
    use std::os::unix::fs::PermissionsExt;
    let folder = tempfile::tempdir().unwrap();
    let path = folder.path().join("nested").join("s.db");
    let mut store = Store::create(&path, &platform_key(5)).unwrap();
    store.write(|w| w.insert(&Other { value: 1 })).unwrap();
    for file in store_files(&path).iter().filter(|file| file.exists()) {
        let mode = std::fs::metadata(file).unwrap().permissions().mode() & 0o777;
        assert_eq!(mode, 0o600, "{}", file.display());
    }
    let dir_mode = std::fs::metadata(path.parent().unwrap())
        .unwrap()
        .permissions()
        .mode();
    assert_eq!(dir_mode & 0o777, 0o700);
}

#[test]
fn file_settings_are_applied() {
    let folder = tempfile::tempdir().unwrap();
    let path = folder.path().join("s.db");
    Store::create(&path, &platform_key(5)).unwrap();
    let conn = Connection::open(&path).unwrap();
    let mode: String = conn
        .query_row("PRAGMA journal_mode", [], |r| r.get(0))
        .unwrap();
    let vacuum: i64 = conn
        .query_row("PRAGMA auto_vacuum", [], |r| r.get(0))
        .unwrap();
    assert_eq!((mode.as_str(), vacuum), ("wal", 2));
    // synchronous, secure_delete and temp_store are per connection; `Store` sets them on its
    // own connection in `connect` before any read.
}

#[test]
fn a_newer_format_is_refused_untouched() {
    let folder = tempfile::tempdir().unwrap();
    let path = folder.path().join("s.db");
    drop(Store::create(&path, &platform_key(5)).unwrap());
    Connection::open(&path)
        .unwrap()
        .pragma_update(None, "user_version", schema::LATEST + 1)
        .unwrap();
    let before = store_snapshot(&path);
    let error = Store::open(&path, &platform_key(5)).unwrap_err();
    assert!(matches!(error, Error::NewerFormat { found, .. } if found == schema::LATEST + 1));
    assert_eq!(store_snapshot(&path), before);
}

#[test]
fn foreign_files_are_not_stores_and_are_left_alone() {
    let folder = tempfile::tempdir().unwrap();
    let text = folder.path().join("notes.txt");
    std::fs::write(
        &text,
        b"just some text, long enough to not be a database header at all",
    )
    .unwrap();
    let other_db = folder.path().join("other.db");
    Connection::open(&other_db)
        .unwrap()
        .execute_batch("CREATE TABLE t (x); INSERT INTO t VALUES (1);")
        .unwrap();
    for path in [&text, &other_db] {
        let before = store_snapshot(path);
        assert!(matches!(
            Store::open(path, &platform_key(5)),
            Err(Error::NotAStore)
        ));
        assert!(matches!(
            Store::create(path, &platform_key(5)),
            Err(Error::StoreExists)
        ));
        assert_eq!(store_snapshot(path), before);
    }
    assert!(matches!(
        Store::open(&folder.path().join("absent.db"), &platform_key(5)),
        Err(Error::StoreMissing)
    ));
}

#[test]
fn damaged_key_data_is_not_reported_as_a_wrong_key() {
    let folder = tempfile::tempdir().unwrap();
    let path = folder.path().join("s.db");
    drop(Store::create(&path, &platform_key(5)).unwrap());
    let conn = Connection::open(&path).unwrap();
    let canary: Vec<u8> = conn
        .query_row("SELECT canary FROM store_meta", [], |r| r.get(0))
        .unwrap();
    let mut damaged = canary.clone();
    damaged[14] ^= 0x80;
    conn.execute("UPDATE store_meta SET canary = ?1", [&damaged])
        .unwrap();
    assert!(matches!(
        Store::open(&path, &platform_key(5)),
        Err(Error::KeyDataDamaged)
    ));
    conn.execute("UPDATE store_meta SET canary = ?1", [&canary])
        .unwrap();
    conn.execute("UPDATE store_meta SET store_salt = zeroblob(32)", [])
        .unwrap();
    assert!(matches!(
        Store::open(&path, &platform_key(5)),
        Err(Error::KeyDataDamaged)
    ));
}

#[test]
fn wipe_destroys_keys_and_files_and_needs_no_key() {
    let folder = tempfile::tempdir().unwrap();
    let path = folder.path().join("s.db");
    let mut companion = Companion::create(&path, &platform_key(5), "Pacific/Auckland").unwrap();
    companion.set_time_zone("Europe/Dublin").unwrap();
    drop(companion);
    assert!(Companion::wipe(&path, || Ok(())).unwrap().found);
    assert!(store_files(&path).iter().all(|file| !file.exists()));
    assert!(!Companion::wipe(&path, || Ok(())).unwrap().found);
    assert!(matches!(
        Companion::open(&path, &platform_key(5)),
        Err(Error::StoreMissing)
    ));
}

#[test]
fn companion_validates_before_it_writes() {
    let folder = tempfile::tempdir().unwrap();
    let path = folder.path().join("s.db");
    assert!(matches!(
        Companion::create(&path, &platform_key(5), "Not/AZone"),
        Err(Error::InvalidInput {
            field: "time_zone",
            ..
        })
    ));
    assert!(!path.exists(), "a rejected zone must not leave a file");
    let mut companion = Companion::open_or_create(&path, &platform_key(5), "Asia/Kolkata").unwrap();
    drop(companion);
    companion = Companion::open_or_create(&path, &platform_key(5), "Europe/Paris").unwrap();
    assert_eq!(companion.settings().unwrap().time_zone, "Asia/Kolkata");
    let before = companion.settings().unwrap();
    assert!(companion.set_time_zone("Europe/Atlantis").is_err());
    assert_eq!(companion.settings().unwrap(), before);
    assert!(matches!(
        PlatformKey::from_bytes(&[1; 31]),
        Err(Error::InvalidInput {
            field: "platform_key",
            ..
        })
    ));
}

#[test]
fn a_creation_killed_before_commit_does_not_block_the_next_one() {
    let folder = tempfile::tempdir().unwrap();
    let path = folder.path().join("s.db");
    // What a kill between setting WAL mode and committing the schema leaves: a non-empty
    // SQLite file with no schema and no application id.
    let conn = Connection::open(&path).unwrap();
    conn.pragma_update(None, "journal_mode", "WAL").unwrap();
    conn.execute_batch("BEGIN; CREATE TABLE half (x); ROLLBACK;")
        .unwrap();
    drop(conn);
    assert!(std::fs::metadata(&path).unwrap().len() > 0);
    assert!(matches!(
        Store::open(&path, &platform_key(5)),
        Err(Error::StoreMissing)
    ));
    let mut store = Store::create(&path, &platform_key(5)).unwrap();
    store.write(|w| w.insert(&Other { value: 1 })).unwrap();
    drop(store);
    // A real store is never replaced that way.
    assert!(matches!(
        Store::create(&path, &platform_key(5)),
        Err(Error::StoreExists)
    ));
    assert_eq!(
        Store::open(&path, &platform_key(5))
            .unwrap()
            .read(|r| r.list::<Other>())
            .unwrap()
            .records
            .len(),
        1
    );
}
