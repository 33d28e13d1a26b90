//! A passphrase change re-keys the store, attacked as someone holding an old copy of the file
//! would: the old key slot (spliced back into the new file with plain SQLite) and the old
//! passphrase open nothing written after the change. Also: every slot is rewrapped, lookups
//! still find their records, refusals change nothing, damaged rows stay reported, and a PBKDF2
//! slot from before Argon2id still opens and is upgraded at the next unlock.

#![allow(clippy::unwrap_used, clippy::expect_used, missing_docs)]

use std::path::Path;

use cairn_core::checkin::{CheckIn, MedicationTaken};
use cairn_core::crypto::kdf::Kdf;
use cairn_core::crypto::key_slot::KeySlot;
use cairn_core::crypto::known_answer::{unwrap_data_key, wrap_data_key_with_params};
use cairn_core::journal::UseKind;
use cairn_core::store::Store;
use cairn_core::{Companion, Error};
use cairn_tests::{Note, now, passphrase, platform_key, store_snapshot};
use rusqlite::{Connection, params};

const OLD: &str = "old passphrase 1";
const NEW: &str = "new passphrase 2";

fn slot_row(path: &Path, kind: i64) -> (Vec<u8>, Vec<u8>, Vec<u8>) {
    Connection::open(path)
        .unwrap()
        .query_row(
            "SELECT params, key_check, wrapped_key FROM key_slot WHERE kind = ?1",
            [kind],
            |row| Ok((row.get(0)?, row.get(1)?, row.get(2)?)),
        )
        .unwrap()
}

fn put_slot_row(path: &Path, kind: i64, (params, check, wrapped): &(Vec<u8>, Vec<u8>, Vec<u8>)) {
    Connection::open(path)
        .unwrap()
        .execute(
            "INSERT OR REPLACE INTO key_slot (kind, params, key_check, wrapped_key)
             VALUES (?1, ?2, ?3, ?4)",
            params![kind, params, check, wrapped],
        )
        .unwrap();
}

type Meta = (Vec<u8>, i64, Vec<u8>);

fn meta_row(path: &Path) -> Meta {
    Connection::open(path)
        .unwrap()
        .query_row(
            "SELECT store_salt, key_epoch, canary FROM store_meta",
            [],
            |row| Ok((row.get(0)?, row.get(1)?, row.get(2)?)),
        )
        .unwrap()
}

fn notes(store: &Store) -> (Vec<String>, usize) {
    let listing = store.read(|reader| reader.list::<Note>()).unwrap();
    let texts = listing.records.into_iter().map(|n| n.value.text).collect();
    (texts, listing.damaged.len())
}

fn note(store: &mut Store, text: &str) {
    store
        .write(|writer| writer.insert(&Note { text: text.into() }))
        .unwrap();
}

#[test]
fn an_old_slot_and_the_old_passphrase_open_nothing_written_after_a_change() {
    let folder = tempfile::tempdir().unwrap();
    let path = folder.path().join("cairn.db");
    Companion::create(&path, &passphrase(OLD), "Europe/Dublin").unwrap();
    note(&mut Store::open(&path, &passphrase(OLD)).unwrap(), "before");
    // The attacker's copy of the file before the change.
    let copy = folder.path().join("copy.db");
    std::fs::copy(&path, &copy).unwrap();
    let old_slot = slot_row(&copy, 2);
    let old_meta = meta_row(&copy);
    let old_manifest: Vec<u8> = Connection::open(&copy)
        .unwrap()
        .query_row("SELECT sealed FROM manifest", [], |row| row.get(0))
        .unwrap();

    let mut companion = Companion::open(&path, &passphrase(OLD)).unwrap();
    companion.set_passphrase(NEW.into()).unwrap();
    drop(companion);
    note(
        &mut Store::open(&path, &passphrase(NEW)).unwrap(),
        "SECRET after",
    );
    assert_ne!(meta_row(&path).1, old_meta.1, "a new epoch");

    // The old slot spliced back: it unwraps the old data key, which proves nothing here.
    put_slot_row(&path, 2, &old_slot);
    let error = Store::open(&path, &passphrase(OLD)).unwrap_err();
    assert!(matches!(error, Error::KeyDataDamaged), "{error:?}");

    // The old slot and the old salt, epoch and canary: the store unlocks, but the manifest,
    // sealed under the new keys, does not open, so nothing is read.
    let conn = Connection::open(&path).unwrap();
    conn.execute(
        "UPDATE store_meta SET store_salt = ?1, key_epoch = ?2, canary = ?3",
        params![old_meta.0, old_meta.1, old_meta.2],
    )
    .unwrap();
    let store = Store::open(&path, &passphrase(OLD)).unwrap();
    let error = store.read(|reader| reader.list::<Note>()).unwrap_err();
    assert!(matches!(error, Error::KeyDataDamaged), "{error:?}");
    drop(store);
    // With the old manifest too, every record, the new one above all, is damage.
    conn.execute("UPDATE manifest SET sealed = ?1", params![old_manifest])
        .unwrap();
    drop(conn);
    let store = Store::open(&path, &passphrase(OLD)).unwrap();
    let (texts, damaged) = notes(&store);
    assert!(texts.is_empty(), "the old key read {texts:?}");
    assert!(
        damaged >= 3,
        "settings, the old note and the new one are damage"
    );
    drop(store);
    // Nothing of the new note is in the attacker's files in the clear either.
    for (_, bytes) in store_snapshot(&path) {
        assert!(!bytes.windows(6).any(|w| w == b"SECRET"));
    }
}

#[test]
fn a_change_reseals_every_record_and_lookups_still_find_them() {
    let folder = tempfile::tempdir().unwrap();
    let path = folder.path().join("cairn.db");
    let mut companion = Companion::create(&path, &passphrase(OLD), "Europe/Dublin").unwrap();
    let checkin = CheckIn::new(
        "2026-11-21".parse().unwrap(),
        3,
        4,
        false,
        MedicationTaken::Taken,
    );
    companion
        .check_in(checkin.clone(), UseKind::Lapse, false, now())
        .unwrap();
    let envelopes_before: Vec<Vec<u8>> = envelopes(&path);
    companion.set_passphrase(NEW.into()).unwrap();
    // Every envelope changed, none changed length.
    let envelopes_after = envelopes(&path);
    assert_eq!(envelopes_after.len(), envelopes_before.len());
    for (before, after) in envelopes_before.iter().zip(&envelopes_after) {
        assert_ne!(before, after);
        assert_eq!(before.len(), after.len());
    }
    // The settings and the day's check-in are still found by their day under the new keys.
    assert_eq!(companion.settings().unwrap().time_zone, "Europe/Dublin");
    let again = companion.check_in(checkin, UseKind::Lapse, false, now());
    assert!(
        matches!(again, Err(Error::AlreadyExists { .. })),
        "{again:?}"
    );
    assert_eq!(companion.checkins().unwrap().len(), 1);
    // A second change works too (the store keeps the new passphrase as its source).
    companion.set_passphrase("third passphrase".into()).unwrap();
    drop(companion);
    assert!(matches!(
        Companion::open(&path, &passphrase(NEW)),
        Err(Error::WrongKey)
    ));
    let companion = Companion::open(&path, &passphrase("third passphrase")).unwrap();
    assert_eq!(companion.checkins().unwrap().len(), 1);
}

fn envelopes(path: &Path) -> Vec<Vec<u8>> {
    let conn = Connection::open(path).unwrap();
    let mut statement = conn
        .prepare("SELECT envelope FROM record ORDER BY id")
        .unwrap();
    statement
        .query_map([], |row| row.get(0))
        .unwrap()
        .collect::<Result<_, _>>()
        .unwrap()
}

#[test]
fn adding_a_passphrase_to_a_phone_store_rewraps_the_platform_slot_too() {
    let folder = tempfile::tempdir().unwrap();
    let path = folder.path().join("cairn.db");
    Companion::create(&path, &platform_key(4), "America/Chicago").unwrap();
    let old_platform_slot = slot_row(&path, 1);
    let mut companion = Companion::open(&path, &platform_key(4)).unwrap();
    companion.set_passphrase(NEW.into()).unwrap();
    drop(companion);
    assert_ne!(slot_row(&path, 1), old_platform_slot, "rewrapped");
    for source in [platform_key(4), passphrase(NEW)] {
        let companion = Companion::open(&path, &source).unwrap();
        assert_eq!(companion.settings().unwrap().time_zone, "America/Chicago");
    }
    // The old platform slot spliced back opens nothing.
    put_slot_row(&path, 1, &old_platform_slot);
    assert!(Companion::open(&path, &platform_key(4)).is_err());
}

#[test]
fn refusals_change_nothing() {
    let folder = tempfile::tempdir().unwrap();
    let path = folder.path().join("cairn.db");
    Companion::create(&path, &platform_key(4), "America/Chicago").unwrap();
    Companion::open(&path, &platform_key(4))
        .unwrap()
        .set_passphrase(OLD.into())
        .unwrap();

    // Opened with the passphrase, the platform slot cannot be rewrapped: refused, untouched.
    let before = store_snapshot(&path);
    let mut companion = Companion::open(&path, &passphrase(OLD)).unwrap();
    let error = companion.set_passphrase(NEW.into()).unwrap_err();
    assert!(
        matches!(error, Error::KeySourceNotEnrolled("platform key")),
        "{error:?}"
    );
    for bad in ["short", "", &"x".repeat(2000)] {
        assert!(matches!(
            companion.set_passphrase(bad.into()),
            Err(Error::InvalidInput {
                field: "passphrase",
                ..
            })
        ));
    }
    drop(companion);
    assert_eq!(store_snapshot(&path), before);
    for source in [platform_key(4), passphrase(OLD)] {
        Companion::open(&path, &source).unwrap();
    }
}

#[test]
fn a_damaged_row_stays_reported_and_the_rest_is_resealed() {
    let folder = tempfile::tempdir().unwrap();
    let path = folder.path().join("cairn.db");
    let mut store = Store::create(&path, &passphrase(OLD)).unwrap();
    note(&mut store, "kept");
    let broken = store
        .write(|writer| writer.insert(&Note { text: "hit".into() }))
        .unwrap();
    drop(store);
    Connection::open(&path)
        .unwrap()
        .execute(
            "UPDATE record SET envelope = zeroblob(length(envelope)) WHERE id = ?1",
            [broken.as_bytes()],
        )
        .unwrap();
    let mut store = Store::open(&path, &passphrase(OLD)).unwrap();
    store.rekey(&passphrase(NEW)).unwrap();
    drop(store);
    let store = Store::open(&path, &passphrase(NEW)).unwrap();
    assert_eq!(notes(&store), (vec!["kept".to_owned()], 1));
}

/// Replaces the store's passphrase slot with a PBKDF2 one wrapping the same data key, as
/// Cairn wrote them before Argon2id.
fn downgrade_to_pbkdf2(path: &Path, secret: &str) {
    let (params, check, wrapped) = slot_row(path, 2);
    let data_key = unwrap_data_key(&passphrase(secret), params, check, wrapped).unwrap();
    let mut pbkdf2 = hex::decode("0102000927c020").unwrap();
    pbkdf2.extend_from_slice(&[0x42; 32]);
    let slot = wrap_data_key_with_params(&passphrase(secret), data_key, &pbkdf2, [9; 12]).unwrap();
    put_slot_row(path, 2, &slot);
}

fn slot_kdf(path: &Path) -> Kdf {
    let (params, check, wrapped) = slot_row(path, 2);
    KeySlot {
        params,
        check,
        wrapped,
    }
    .kdf()
    .unwrap()
}

#[test]
fn a_pbkdf2_slot_opens_and_is_upgraded_to_argon2id_at_the_next_unlock() {
    let folder = tempfile::tempdir().unwrap();
    let path = folder.path().join("cairn.db");
    Companion::create(&path, &passphrase(OLD), "Europe/Dublin").unwrap();
    assert!(matches!(slot_kdf(&path), Kdf::Argon2id { .. }));
    downgrade_to_pbkdf2(&path, OLD);
    assert!(matches!(
        slot_kdf(&path),
        Kdf::Pbkdf2 {
            iterations: 600_000
        }
    ));

    // A wrong passphrase writes nothing, upgrade included.
    let before = store_snapshot(&path);
    assert!(matches!(
        Companion::open(&path, &passphrase("not the passphrase")),
        Err(Error::WrongKey)
    ));
    assert_eq!(store_snapshot(&path), before);

    // Another process holds the write lock: the upgrade cannot be written, and the unlock
    // still succeeds at once, on the PBKDF2 slot.
    let holder = Connection::open(&path).unwrap();
    holder.execute_batch("BEGIN IMMEDIATE").unwrap();
    let started = std::time::Instant::now();
    let companion = Companion::open(&path, &passphrase(OLD)).unwrap();
    assert_eq!(companion.settings().unwrap().time_zone, "Europe/Dublin");
    assert!(
        started.elapsed() < std::time::Duration::from_secs(4),
        "did not wait"
    );
    drop(companion);
    holder.execute_batch("ROLLBACK").unwrap();
    drop(holder);
    assert!(matches!(slot_kdf(&path), Kdf::Pbkdf2 { .. }));

    // The next unlock upgrades it; the same passphrase opens the Argon2id slot.
    Companion::open(&path, &passphrase(OLD)).unwrap();
    assert!(matches!(
        slot_kdf(&path),
        Kdf::Argon2id {
            memory_kib: 65536,
            passes: 3,
            lanes: 1
        }
    ));
    let companion = Companion::open(&path, &passphrase(OLD)).unwrap();
    assert_eq!(companion.settings().unwrap().time_zone, "Europe/Dublin");
}

#[test]
fn a_forged_slot_asking_for_4_tib_or_hours_is_refused_at_once_and_changes_nothing() {
    let folder = tempfile::tempdir().unwrap();
    let path = folder.path().join("cairn.db");
    Companion::create(&path, &passphrase(OLD), "Europe/Dublin").unwrap();
    let (params, check, wrapped) = slot_row(&path, 2);
    // Memory in KiB at bytes 2..6, passes at 6..10.
    for (at, value) in [(2, u32::MAX), (6, u32::MAX), (2, 1024)] {
        let mut forged = params.clone();
        forged[at..at + 4].copy_from_slice(&value.to_be_bytes());
        put_slot_row(&path, 2, &(forged, check.clone(), wrapped.clone()));
        let before = store_snapshot(&path);
        let started = std::time::Instant::now();
        let error = Companion::open(&path, &passphrase(OLD)).unwrap_err();
        assert!(matches!(error, Error::KeyDataDamaged), "{error:?}");
        assert!(started.elapsed() < std::time::Duration::from_millis(500));
        assert_eq!(store_snapshot(&path), before);
    }
}
