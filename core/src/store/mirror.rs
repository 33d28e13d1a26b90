//! The decrypted mirror: every record opened once, then served from memory until the file
//! changes under it.
//!
//! Record kinds are sealed (the file does not say which rows are check-ins and which are
//! uses), so listing one kind means opening every row. A screen needs several kinds (Today
//! needs the settings, journeys, uses, check-ins and contacts), and opening every row once per
//! kind made it several times slower than it needs to be. The mirror opens each row once and
//! keeps the opened plaintext, zeroized when it is dropped.
//!
//! It stays exact: it is tagged with SQLite's `data_version`, which changes when another
//! connection (another process, a test poking at the file) commits, and is rebuilt when the tag
//! no longer matches. This connection's own writes do not change `data_version`, so the writer
//! applies each insert, update and delete to the mirror as it makes it, and the store drops the
//! mirror whenever a write transaction does not commit. Rows that fail to open are remembered
//! as damaged, exactly as a direct read reports them.

use std::collections::BTreeSet;
use std::sync::{Mutex, MutexGuard};

use super::record::{Reader, id_from_row};
use crate::crypto::envelope::Opened;
use crate::error::{Error, Result};
use crate::id::RecordId;

/// One opened row.
pub(super) struct MirroredRow {
    /// Its id.
    pub id: RecordId,
    /// Its revision.
    pub revision: u64,
    /// Its opened contents.
    pub opened: Opened,
}

/// Every row of the record table, opened.
pub(super) struct Mirror {
    data_version: i64,
    /// The rows that opened, sorted by id (the table's order, so listings keep it).
    pub rows: Vec<MirroredRow>,
    /// The rows that did not open.
    pub damaged: BTreeSet<RecordId>,
}

impl Mirror {
    fn build(reader: &Reader<'_>, data_version: i64) -> Result<Self> {
        let mut statement = reader
            .conn
            .prepare_cached("SELECT id, rev, envelope FROM record ORDER BY id")?;
        let mut rows = statement.query([])?;
        let mut mirror = Self {
            data_version,
            rows: Vec::new(),
            damaged: BTreeSet::new(),
        };
        while let Some(row) = rows.next()? {
            let id = id_from_row(
                row.get_ref(0)?
                    .as_blob()
                    .map_err(|_| Error::KeyDataDamaged)?,
            )?;
            match reader.open_fields(id, row.get_ref(1)?, row.get_ref(2)?) {
                Ok((revision, opened)) => mirror.rows.push(MirroredRow {
                    id,
                    revision,
                    opened,
                }),
                Err(Error::RecordDamaged { id }) => {
                    mirror.damaged.insert(id);
                }
                Err(other) => return Err(other),
            }
        }
        Ok(mirror)
    }

    fn position(&self, id: RecordId) -> Result<usize, usize> {
        self.rows.binary_search_by(|row| row.id.cmp(&id))
    }
}

/// Where a store keeps its mirror. Empty until the first listing, and after any write
/// transaction that did not commit.
#[derive(Default)]
pub(super) struct MirrorSlot(Mutex<Option<Mirror>>);

impl MirrorSlot {
    fn lock(&self) -> MutexGuard<'_, Option<Mirror>> {
        // A panic while the lock was held can only have left a mirror half-updated: drop it.
        self.0.lock().unwrap_or_else(|poisoned| {
            let mut guard = poisoned.into_inner();
            *guard = None;
            guard
        })
    }

    /// Runs `use_mirror` on a mirror that matches the file as `reader`'s transaction sees it,
    /// building one if there is none or the file changed.
    pub fn with_current<T>(
        &self,
        reader: &Reader<'_>,
        use_mirror: impl FnOnce(&Mirror) -> Result<T>,
    ) -> Result<T> {
        // Read inside the transaction, so the tag and the rows come from one snapshot.
        let data_version: i64 = reader
            .conn
            .query_row("PRAGMA data_version", [], |row| row.get(0))?;
        let mut slot = self.lock();
        let current = match slot.take() {
            Some(mirror) if mirror.data_version == data_version => mirror,
            _ => Mirror::build(reader, data_version)?,
        };
        let mirror = slot.insert(current);
        use_mirror(mirror)
    }

    /// Records this connection's write of row `id` (a new row or a new revision).
    pub fn put(&self, id: RecordId, revision: u64, opened: Opened) {
        if let Some(mirror) = self.lock().as_mut() {
            mirror.damaged.remove(&id);
            let row = MirroredRow {
                id,
                revision,
                opened,
            };
            match mirror.position(id) {
                Ok(found) => mirror.rows[found] = row,
                Err(place) => mirror.rows.insert(place, row),
            }
        }
    }

    /// Records this connection's deletion of row `id`.
    pub fn remove(&self, id: RecordId) {
        if let Some(mirror) = self.lock().as_mut() {
            mirror.damaged.remove(&id);
            if let Ok(found) = mirror.position(id) {
                mirror.rows.remove(found);
            }
        }
    }

    /// Forgets the mirror (a write transaction that did not commit, or a new file).
    pub fn clear(&self) {
        *self.lock() = None;
    }
}
