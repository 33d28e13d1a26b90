//! The decrypted mirror: every record opened once, checked against the manifest, then served
//! from memory until the file changes under it.
//!
//! Record kinds are sealed (the file does not say which rows are check-ins and which are
//! uses), so listing one kind means opening every row. A screen needs several kinds (Today
//! needs the settings, journeys, uses, check-ins and contacts), and opening every row once per
//! kind made it several times slower than it needs to be. The mirror opens each row once and
//! keeps the opened plaintext, zeroized when it is dropped.
//!
//! Opening is also where the manifest is enforced (see the manifest module): a row opens only
//! at the revision the manifest lists, a row it does not list is damage, and a listed record
//! with no row is damage. The mirror holds the manifest that the current write transaction
//! will commit, and the lookup indexes (a record's lookup key, such as a check-in's day, is
//! never stored in the file: it is found here, in the decrypted records).
//!
//! It stays exact: it is tagged with SQLite's `data_version`, which changes when another
//! connection (another process, a test poking at the file) commits, and is rebuilt when the tag
//! no longer matches. This connection's own writes do not change `data_version`, so the writer
//! applies each insert, update and delete to the mirror as it makes it, and the store drops the
//! mirror whenever a write transaction does not commit. Rows that fail to open are remembered
//! as damaged, exactly as a direct read reports them.

use std::collections::{BTreeSet, HashMap};
use std::sync::{Mutex, MutexGuard};

use super::manifest::Manifest;
use super::record::{Reader, id_from_row};
use crate::crypto::envelope::{self, Binding, Opened};
use crate::crypto::keys::StoreKeys;
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

/// Lookup keys of one record kind, to the record that holds each.
pub(super) type LookupIndex = HashMap<Vec<u8>, RecordId>;

/// Every row of the record table, opened.
pub(super) struct Mirror {
    data_version: i64,
    /// The rows that opened, sorted by id (the table's order, so listings keep it).
    pub rows: Vec<MirroredRow>,
    /// The rows that did not open, and the records the manifest lists that have no row.
    pub damaged: BTreeSet<RecordId>,
    /// The manifest as the file holds it, plus this transaction's writes.
    pub manifest: Manifest,
    /// Lookup indexes by record kind, built on the first lookup of a kind.
    pub lookups: HashMap<u16, LookupIndex>,
    /// Whether this transaction wrote anything the manifest must record.
    written: bool,
}

/// Opens an envelope at the revision the manifest gives its row.
pub(super) fn open_envelope(
    keys: &StoreKeys,
    id: RecordId,
    revision: u64,
    sealed: &[u8],
) -> Result<Opened> {
    if envelope::epoch_of(sealed, id)? != keys.epoch {
        return Err(Error::RecordDamaged { id });
    }
    envelope::open(&keys.record, Binding { id, revision }, sealed)
}

impl Mirror {
    fn build(reader: &Reader<'_>, data_version: i64) -> Result<Self> {
        let manifest = Manifest::read(reader.conn, reader.keys)?;
        let mut statement = reader
            .conn
            .prepare_cached("SELECT id, envelope FROM record ORDER BY id")?;
        let mut rows = statement.query([])?;
        let mut mirror = Self {
            data_version,
            rows: Vec::new(),
            damaged: BTreeSet::new(),
            manifest,
            lookups: HashMap::new(),
            written: false,
        };
        while let Some(row) = rows.next()? {
            let id = id_from_row(
                row.get_ref(0)?
                    .as_blob()
                    .map_err(|_| Error::KeyDataDamaged)?,
            )?;
            let listed = mirror.manifest.entries.get(&id).copied();
            let opened = match (listed, row.get_ref(1)?.as_blob()) {
                (Some(revision), Ok(sealed)) => open_envelope(reader.keys, id, revision, sealed)
                    .map(|opened| (revision, opened)),
                _ => Err(Error::RecordDamaged { id }),
            };
            match opened {
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
        // Listed but absent: a deleted row.
        for id in mirror.manifest.entries.keys() {
            if mirror.position(*id).is_err() {
                mirror.damaged.insert(*id);
            }
        }
        Ok(mirror)
    }

    /// Where row `id` is, or would be inserted.
    pub fn position(&self, id: RecordId) -> Result<usize, usize> {
        self.rows.binary_search_by(|row| row.id.cmp(&id))
    }

    /// The opened row `id`, if it opened.
    pub fn row(&self, id: RecordId) -> Option<&MirroredRow> {
        self.position(id).ok().map(|at| &self.rows[at])
    }

    /// Records this transaction's write of row `id` (a new row or a new revision), with its
    /// lookup key if its kind has one.
    pub fn put(&mut self, id: RecordId, revision: u64, opened: Opened, lookup: Option<Vec<u8>>) {
        self.forget_lookup(id);
        if let (Some(key), Some(index)) = (lookup, self.lookups.get_mut(&opened.kind)) {
            index.insert(key, id);
        }
        self.damaged.remove(&id);
        self.manifest.entries.insert(id, revision);
        self.written = true;
        let row = MirroredRow {
            id,
            revision,
            opened,
        };
        match self.position(id) {
            Ok(found) => self.rows[found] = row,
            Err(place) => self.rows.insert(place, row),
        }
    }

    /// Records this transaction's deletion of row `id`.
    pub fn remove(&mut self, id: RecordId) {
        self.forget_lookup(id);
        self.damaged.remove(&id);
        self.manifest.entries.remove(&id);
        self.written = true;
        if let Ok(found) = self.position(id) {
            self.rows.remove(found);
        }
    }

    fn forget_lookup(&mut self, id: RecordId) {
        for index in self.lookups.values_mut() {
            index.retain(|_, holder| *holder != id);
        }
    }
}

/// Where a store keeps its mirror. Empty until the first read, and after any write
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
        use_mirror: impl FnOnce(&mut Mirror) -> Result<T>,
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

    /// Ends a write transaction that is about to commit: if it wrote anything, the manifest is
    /// rewritten with the next counter, inside the same transaction.
    pub fn finish_write(&self, reader: &Reader<'_>) -> Result<()> {
        self.with_current(reader, |mirror| {
            if mirror.written {
                mirror.manifest.commit(reader.conn, reader.keys)?;
                mirror.written = false;
            }
            Ok(())
        })
    }

    /// Forgets the mirror (a write transaction that did not commit, or a new file).
    pub fn clear(&self) {
        *self.lock() = None;
    }
}
