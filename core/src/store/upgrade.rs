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
