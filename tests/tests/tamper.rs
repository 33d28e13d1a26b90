//! Tampering with a sealed record (every byte flipped, truncation, two records swapping their
//! envelopes) fails with the error naming that record, and every other record stays readable.

#![allow(clippy::unwrap_used, clippy::expect_used, missing_docs)]

use std::path::Path;

use cairn_core::Error;
use cairn_core::RecordId;
use cairn_core::store::Store;
use cairn_tests::{Note, platform_key};
use rusqlite::{Connection, params};

fn setup(path: &Path) -> Vec<RecordId> {
    let mut store = Store::create(path, &platform_key(4)).unwrap();
    (0..3)
        .map(|index| {
            let text = format!("note {index}");
            store.write(|writer| writer.insert(&Note { text })).unwrap()
        })
        .collect()
}

fn envelope(conn: &Connection, id: RecordId) -> Vec<u8> {
    conn.query_row(
        "SELECT envelope FROM record WHERE id = ?1",
        params![id.as_bytes()],
        |row| row.get(0),
    )
    .unwrap()
}

fn set_envelope(conn: &Connection, id: RecordId, bytes: &[u8]) {
    conn.execute(
        "UPDATE record SET envelope = ?2 WHERE id = ?1",
        params![id.as_bytes(), bytes],
    )
    .unwrap();
}

/// Opens the store, checks that `damaged` fails naming itself and the others read.
fn assert_only_damaged(path: &Path, ids: &[RecordId], damaged: &[RecordId]) {
    let store = Store::open(path, &platform_key(4)).unwrap();
    for id in ids {
        let result = store.read(|reader| reader.get::<Note>(*id));
        if damaged.contains(id) {
            match result {
                Err(Error::RecordDamaged { id: named }) => assert_eq!(named, *id),
                other => panic!("expected RecordDamaged for {id}, got {other:?}"),
            }
        } else {
            assert!(result.is_ok(), "{id} should still read: {result:?}");
        }
    }
    let listing = store.read(|reader| reader.list::<Note>()).unwrap();
    assert_eq!(listing.records.len(), ids.len() - damaged.len());
    let mut listed = listing.damaged.clone();
    listed.sort();
    let mut expected = damaged.to_vec();
    expected.sort();
    assert_eq!(listed, expected);
}

#[test]
fn every_flipped_byte_and_every_truncation_is_caught() {
    let folder = tempfile::tempdir().unwrap();
    let path = folder.path().join("store.db");
    let ids = setup(&path);
    let conn = Connection::open(&path).unwrap();
    let original = envelope(&conn, ids[1]);
    for position in 0..original.len() {
        let mut flipped = original.clone();
        flipped[position] ^= 0x01;
        set_envelope(&conn, ids[1], &flipped);
        assert_only_damaged(&path, &ids, &[ids[1]]);
    }
    for length in [
        0,
        1,
        original.len() / 2,
        original.len() - 16,
        original.len() - 1,
    ] {
        set_envelope(&conn, ids[1], &original[..length]);
        assert_only_damaged(&path, &ids, &[ids[1]]);
    }
    // The same bytes stored as TEXT instead of a BLOB: still that record's damage, by id.
    conn.execute(
        "UPDATE record SET envelope = CAST(envelope AS TEXT) WHERE id = ?1",
        params![ids[1].as_bytes()],
    )
    .unwrap();
    assert_only_damaged(&path, &ids, &[ids[1]]);
    set_envelope(&conn, ids[1], &original);
    assert_only_damaged(&path, &ids, &[]);
}

#[test]
fn swapped_envelopes_and_replayed_revisions_are_caught() {
    let folder = tempfile::tempdir().unwrap();
    let path = folder.path().join("store.db");
    let ids = setup(&path);
    let old = envelope(&Connection::open(&path).unwrap(), ids[2]);
    {
        let mut store = Store::open(&path, &platform_key(4)).unwrap();
        store
            .write(|writer| {
                writer.update(
                    ids[2],
                    &Note {
                        text: "edited".into(),
                    },
                )
            })
            .unwrap();
    }
    let conn = Connection::open(&path).unwrap();
    let first = envelope(&conn, ids[0]);
    let second = envelope(&conn, ids[1]);
    set_envelope(&conn, ids[0], &second);
    set_envelope(&conn, ids[1], &first);
    // The envelope of revision 1 put back into the row now at revision 2.
    set_envelope(&conn, ids[2], &old);
    assert_only_damaged(&path, &ids, &ids);
}
