//! Moving a schema-1 store to schema 2, with its keys: every row's revision goes into the
//! sealed manifest, every envelope is resealed with the one padding every kind now shares, and
//! the revision and lookup columns are dropped (by the SQL around this step, see `schema`).
//!
//! It runs inside the migration's transaction, so a crash leaves the schema-1 store or the
//! schema-2 one. A row that does not open is copied exactly as it was, listed at the revision
//! its row claimed: it was damage before and stays reported as damage, never silently dropped.
//! What schema 1 could not tell (a row deleted or put back before this upgrade) it cannot tell
//! either: the manifest starts from the rows as they are.

use rusqlite::types::Value;
use rusqlite::{Connection, params};

use super::manifest::Manifest;
use super::mirror::open_envelope;
use super::record::id_from_row;
use crate::crypto::envelope::{self, Binding, Contents, Padding};
use crate::crypto::keys::StoreKeys;
use crate::error::{Error, Result};

/// Fills the new `record` and `manifest` tables from `record_schema_1`.
pub(super) fn to_schema_2(conn: &Connection, keys: &StoreKeys) -> Result<()> {
    let mut manifest = Manifest::new()?;
    let mut select = conn.prepare("SELECT id, rev, envelope FROM record_schema_1 ORDER BY id")?;
    let mut insert = conn.prepare("INSERT INTO record (id, envelope) VALUES (?1, ?2)")?;
    let mut rows = select.query([])?;
    while let Some(row) = rows.next()? {
        let id = id_from_row(
            row.get_ref(0)?
                .as_blob()
                .map_err(|_| Error::KeyDataDamaged)?,
        )?;
        // A revision of the wrong type lists the row at 0, a revision no envelope is sealed at.
        let revision = row
            .get_ref(1)?
            .as_i64()
            .ok()
            .and_then(|rev| u64::try_from(rev).ok())
            .unwrap_or(0);
        let old = row.get_ref(2)?;
        let opened = match old.as_blob() {
            Ok(sealed) => match open_envelope(keys, id, revision, sealed) {
                Ok(opened) => Some(opened),
                Err(Error::RecordDamaged { .. }) => None,
                Err(other) => return Err(other),
            },
            Err(_) => None,
        };
        let new = match opened {
            Some(opened) => {
                let contents = Contents {
                    kind: opened.kind,
                    payload_version: opened.payload_version,
                    body: opened.body(),
                    padding: Padding::Uniform,
                };
                let binding = Binding { id, revision };
                Value::Blob(envelope::seal(
                    &keys.record,
                    keys.epoch,
                    binding,
                    &contents,
                )?)
            }
            None => Value::from(old),
        };
        insert.execute(params![id.as_bytes(), new])?;
        manifest.entries.insert(id, revision);
    }
    manifest.commit(conn, keys)
}

#[cfg(test)]
mod tests {
    use rusqlite::Connection;
    use serde::{Deserialize, Serialize};

    use super::super::{Record, RecordKind, Store, seal_canary, write_slot};
    use super::*;
    use crate::crypto::key_slot::{KeySlot, SlotKind};
    use crate::crypto::keys::{DataKey, KeySource, PlatformKey};
    use crate::id::RecordId;

    #[derive(Debug, PartialEq, Serialize, Deserialize)]
    struct Day {
        day: String,
    }

    impl Record for Day {
        const KIND: RecordKind = RecordKind(0xFF20);

        fn lookup_key(&self) -> Option<Vec<u8>> {
            Some(self.day.as_bytes().to_vec())
        }
    }

    fn id(byte: u8) -> RecordId {
        RecordId::from_bytes([byte; 16])
    }

    /// A schema-1 store as that version wrote it: rows with a revision column, a lookup tag
    /// column, and envelopes padded to 64 bytes. Row 1 is at revision 3, row 2 at 1, and row 3
    /// is damaged (sealed at revision 1, its row claims 2).
    fn schema_1_store(path: &std::path::Path, source: &KeySource) {
        let data_key = DataKey::generate().unwrap();
        let salt = [9u8; 32];
        let keys = StoreKeys::derive(&data_key, &salt, 1).unwrap();
        let mut conn = Connection::open(path).unwrap();
        conn.pragma_update(None, "journal_mode", "WAL").unwrap();
        let tx = conn.transaction().unwrap();
        super::super::schema::migrate(&tx, 0, 1, &keys).unwrap();
        tx.execute(
            "INSERT INTO store_meta (singleton, store_salt, key_epoch, canary) VALUES (1, ?1, 1, ?2)",
            params![salt, seal_canary(&keys).unwrap()],
        )
        .unwrap();
        let slot = KeySlot::create(source, &data_key).unwrap();
        write_slot(&tx, SlotKind::of(source), &slot).unwrap();
        for (row, sealed_at, claimed, day) in [
            (1, 3, 3, "2026-11-20"),
            (2, 1, 1, "2026-11-21"),
            (3, 1, 2, "2026-11-22"),
        ] {
            let body = serde_json::to_vec(&Day { day: day.into() }).unwrap();
            let contents = Contents {
                kind: Day::KIND.0,
                payload_version: 1,
                body: &body,
                padding: Padding::Small,
            };
            let binding = Binding {
                id: id(row),
                revision: sealed_at,
            };
            let sealed = envelope::seal(&keys.record, 1, binding, &contents).unwrap();
            tx.execute(
                "INSERT INTO record (id, rev, lookup, envelope) VALUES (?1, ?2, ?3, ?4)",
                params![id(row).as_bytes(), claimed, [row; 16], sealed],
            )
            .unwrap();
        }
        tx.pragma_update(None, "application_id", super::super::schema::APPLICATION_ID)
            .unwrap();
        tx.pragma_update(None, "user_version", 1).unwrap();
        tx.commit().unwrap();
    }

    #[test]
    fn a_schema_1_store_keeps_its_records_revisions_and_damage() {
        let folder = tempfile::tempdir().unwrap();
        let path = folder.path().join("old.db");
        let source = KeySource::Platform(PlatformKey::from_bytes(&[4; 32]).unwrap());
        schema_1_store(&path, &source);

        let mut store = Store::open(&path, &source).unwrap();
        let listing = store.read(|reader| reader.list::<Day>()).unwrap();
        let revisions: Vec<(RecordId, u64)> = listing
            .records
            .iter()
            .map(|stored| (stored.id, stored.revision))
            .collect();
        assert_eq!(revisions, [(id(1), 3), (id(2), 1)]);
        assert_eq!(listing.damaged, [id(3)]);
        // Lookups run over the records now, not over the dropped tags.
        let found = store
            .read(|reader| reader.find::<Day>(b"2026-11-21"))
            .unwrap();
        assert_eq!(found.map(|stored| stored.id), Some(id(2)));
        // Every envelope that opened was resealed into the one 256-byte bucket.
        let conn = Connection::open(&path).unwrap();
        let lengths: Vec<usize> = conn
            .prepare("SELECT length(envelope) FROM record ORDER BY id")
            .unwrap()
            .query_map([], |row| row.get(0))
            .unwrap()
            .collect::<Result<_, _>>()
            .unwrap();
        assert_eq!(lengths[0], lengths[1]);
        assert!(lengths[0] > lengths[2], "{lengths:?}");
        // And it writes on: an edit is revision 4.
        let day = Day {
            day: "2026-11-19".into(),
        };
        assert_eq!(store.write(|writer| writer.update(id(1), &day)).unwrap(), 4);
        let version: u32 = conn
            .query_row("PRAGMA user_version", [], |row| row.get(0))
            .unwrap();
        assert_eq!(version, super::super::schema::LATEST);
    }
}
