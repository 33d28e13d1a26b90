//! What someone holding the files can undo, tried as they would with plain SQLite: delete a
//! lapse, put back an older copy of an edited one, put back a deleted one, delete the
//! manifest, or put back a copy of the whole file. Each is damage the store reports (or, for a
//! whole file, what a shell's kept mark catches), never data it counts. And what the rows
//! still say about the records: an observer counting check-ins by columns, lengths or edits.

#![allow(clippy::unwrap_used, clippy::expect_used, missing_docs)]

use std::collections::BTreeSet;
use std::path::Path;

use cairn_core::checkin::{CheckIn, MedicationTaken};
use cairn_core::journal::{UseEvent, UseKind};
use cairn_core::{Companion, Error, RecordId};
use cairn_tests::{day, instant, journey, platform_key, store_snapshot};
use chrono::{DateTime, Utc};
use rusqlite::{Connection, params};

fn now() -> DateTime<Utc> {
    instant("2026-11-22T18:00:00-08:00")
}

/// A store with a journey clean since 2026-01-01 and a lapse on 2026-10-01.
fn setup(path: &Path) -> RecordId {
    let mut companion = Companion::create(path, &platform_key(8), "America/Los_Angeles").unwrap();
    let journey = journey("2026-01-01");
    companion.start_journey(journey, now()).unwrap();
    let lapse = UseEvent::new(day("2026-10-01"), UseKind::Lapse);
    companion.record_use(None, lapse, now()).unwrap().id
}

fn open(path: &Path) -> Companion {
    Companion::open(path, &platform_key(8)).unwrap()
}

fn envelope(path: &Path, id: RecordId) -> Vec<u8> {
    Connection::open(path)
        .unwrap()
        .query_row(
            "SELECT envelope FROM record WHERE id = ?1",
            params![id.as_bytes()],
            |row| row.get(0),
        )
        .unwrap()
}

fn sql(path: &Path, statement: &str, id: RecordId, bytes: &[u8]) {
    Connection::open(path)
        .unwrap()
        .execute(statement, params![id.as_bytes(), bytes])
        .unwrap();
}

#[test]
fn a_deleted_lapse_is_reported_as_damage() {
    let folder = tempfile::tempdir().unwrap();
    let path = folder.path().join("cairn.db");
    let lapse = setup(&path);
    assert_eq!(
        open(&path).status(None, now()).unwrap().streak.current_days,
        51
    );

    Connection::open(&path)
        .unwrap()
        .execute(
            "DELETE FROM record WHERE id = ?1",
            params![lapse.as_bytes()],
        )
        .unwrap();
    let status = open(&path).status(None, now()).unwrap();
    assert_eq!(status.damaged_records, vec![lapse]);
    // Writing on does not launder the deletion: it stays reported.
    let mut companion = open(&path);
    let later = UseEvent::new(day("2026-11-01"), UseKind::Lapse);
    companion.record_use(None, later, now()).unwrap();
    drop(companion);
    assert_eq!(
        open(&path).status(None, now()).unwrap().damaged_records,
        vec![lapse]
    );
}

#[test]
fn an_older_copy_of_an_edited_lapse_is_damage_not_data() {
    let folder = tempfile::tempdir().unwrap();
    let path = folder.path().join("cairn.db");
    let lapse = setup(&path);
    let before_edit = envelope(&path, lapse);
    let moved = UseEvent::new(day("2026-11-10"), UseKind::Lapse);
    open(&path).edit_use(lapse, moved, now()).unwrap();
    assert_eq!(
        open(&path).status(None, now()).unwrap().streak.current_days,
        11
    );

    sql(
        &path,
        "UPDATE record SET envelope = ?2 WHERE id = ?1",
        lapse,
        &before_edit,
    );
    let status = open(&path).status(None, now()).unwrap();
    assert_eq!(status.damaged_records, vec![lapse]);
    assert_eq!(
        status.streak.current_days, 325,
        "the older copy is not counted"
    );
}

#[test]
fn a_deleted_record_put_back_is_damage() {
    let folder = tempfile::tempdir().unwrap();
    let path = folder.path().join("cairn.db");
    let lapse = setup(&path);
    let kept = envelope(&path, lapse);
    open(&path).delete_use(lapse, now()).unwrap();
    assert_eq!(
        open(&path).status(None, now()).unwrap().streak.current_days,
        325
    );

    sql(
        &path,
        "INSERT INTO record (id, envelope) VALUES (?1, ?2)",
        lapse,
        &kept,
    );
    let status = open(&path).status(None, now()).unwrap();
    assert_eq!(status.damaged_records, vec![lapse]);
    assert_eq!(
        status.streak.current_days, 325,
        "the put-back lapse is not counted"
    );
}

#[test]
fn a_store_without_its_manifest_reads_nothing_and_is_left_as_it_was() {
    let folder = tempfile::tempdir().unwrap();
    let path = folder.path().join("cairn.db");
    setup(&path);
    Connection::open(&path)
        .unwrap()
        .execute("DELETE FROM manifest", [])
        .unwrap();
    let before = store_snapshot(&path);
    let error = open(&path).status(None, now()).unwrap_err();
    assert!(matches!(error, Error::KeyDataDamaged), "{error:?}");
    let mut companion = open(&path);
    let later = UseEvent::new(day("2026-11-01"), UseKind::Lapse);
    assert!(companion.record_use(None, later, now()).is_err());
    drop(companion);
    assert_eq!(store_snapshot(&path), before);
}

#[test]
fn a_whole_file_put_back_is_caught_by_the_mark_kept_outside_it() {
    let folder = tempfile::tempdir().unwrap();
    let path = folder.path().join("cairn.db");
    setup(&path);
    let copy = folder.path().join("copy.db");
    std::fs::copy(&path, &copy).unwrap();
    let companion = open(&path);
    let first = companion.check_commit_mark(None).unwrap();
    drop(companion);

    let mut companion = open(&path);
    let later = UseEvent::new(day("2026-11-01"), UseKind::Lapse);
    companion.record_use(None, later, now()).unwrap();
    let seen = companion.check_commit_mark(Some(&first)).unwrap();
    assert_eq!(seen.store, first.store);
    assert_eq!(seen.counter, first.counter + 1, "one write, one commit");
    // Reading commits nothing.
    companion.status(None, now()).unwrap();
    assert_eq!(companion.commit_mark().unwrap(), seen);
    drop(companion);

    // The copy from before the lapse, put back: self-consistent, so only the mark sees it.
    std::fs::copy(&copy, &path).unwrap();
    let companion = open(&path);
    assert!(
        companion
            .status(None, now())
            .unwrap()
            .damaged_records
            .is_empty()
    );
    let error = companion.check_commit_mark(Some(&seen)).unwrap_err();
    assert!(matches!(error, Error::RolledBack), "{error:?}");
    // Another store (a fresh one, or one an import made) is not judged by this mark.
    let other = folder.path().join("other.db");
    setup(&other);
    assert!(open(&other).check_commit_mark(Some(&seen)).is_ok());
    // A passphrase change re-keys but keeps the store's id, so the mark still holds.
    let mut companion = open(&path);
    companion.set_passphrase("a new passphrase".into()).unwrap();
    let rekeyed = companion.commit_mark().unwrap();
    assert_eq!(rekeyed.store, first.store);
    assert!(rekeyed.counter > first.counter);
}

#[test]
fn an_observer_of_the_rows_cannot_count_check_ins_or_edits() {
    let folder = tempfile::tempdir().unwrap();
    let path = folder.path().join("cairn.db");
    let lapse = setup(&path);
    let mut companion = open(&path);
    for (date, note) in [("2026-11-20", ""), ("2026-11-21", "a short note")] {
        let mut checkin = CheckIn::new(day(date), 3, 4, false, MedicationTaken::Taken);
        checkin.note = Some(note.to_owned()).filter(|n| !n.is_empty());
        companion
            .check_in(checkin, UseKind::Lapse, false, now())
            .unwrap();
    }
    for _ in 0..5 {
        let moved = UseEvent::new(day("2026-10-02"), UseKind::Lapse);
        companion.edit_use(lapse, moved, now()).unwrap();
    }
    drop(companion);

    let conn = Connection::open(&path).unwrap();
    // Two columns: a random id and a sealed envelope. No revision, no lookup tag.
    let columns: Vec<String> = conn
        .prepare("SELECT name FROM pragma_table_info('record') ORDER BY cid")
        .unwrap()
        .query_map([], |row| row.get(0))
        .unwrap()
        .collect::<Result<_, _>>()
        .unwrap();
    assert_eq!(columns, ["id", "envelope"]);
    // The journey, the lapse edited five times, its five audit entries and both check-ins
    // (with and without a note) have one length, whatever their kind; only the settings, which
    // hold every preference, fill a second 256-byte bucket.
    let lengths: Vec<usize> = conn
        .prepare("SELECT length(envelope) FROM record ORDER BY length(envelope)")
        .unwrap()
        .query_map([], |row| row.get(0))
        .unwrap()
        .collect::<Result<_, _>>()
        .unwrap();
    assert_eq!(lengths.len(), 1 + 1 + 1 + 5 + 2);
    let shortest = lengths[0];
    assert_eq!(lengths.iter().filter(|len| **len == shortest).count(), 9);
    assert_eq!(
        lengths.iter().collect::<BTreeSet<_>>().len(),
        2,
        "{lengths:?}"
    );
    assert!(
        lengths
            .iter()
            .all(|len| (len - shortest).is_multiple_of(256))
    );
    // Nothing else in the file counts records by kind: the only other tables are the
    // metadata, the key slots and the one sealed manifest row.
    let tables: Vec<String> = conn
        .prepare("SELECT name FROM sqlite_schema WHERE type = 'table' ORDER BY name")
        .unwrap()
        .query_map([], |row| row.get(0))
        .unwrap()
        .collect::<Result<_, _>>()
        .unwrap();
    assert_eq!(tables, ["key_slot", "manifest", "record", "store_meta"]);
}
