//! The encrypted store: one SQLite file of sealed records, opened with a key source.
//!
//! The store knows nothing of recovery. It creates and opens the file, unwraps the data key
//! through a key slot, proves the key with a canary, and hands out [`Reader`] and [`Writer`]
//! transactions over the typed record API. Opening with a wrong key reads the key slot, fails,
//! and writes nothing, so the file stays byte-for-byte as it was. Migrations run only after a
//! successful unlock.
//!
//! File settings: WAL with `synchronous=FULL` (an acknowledged check-in survives power loss),
//! `secure_delete=ON` (deleted records are overwritten), `temp_store=MEMORY` (no plaintext in
//! temporary files), incremental auto-vacuum, and a busy timeout so two processes wait for each
//! other instead of failing at once.

mod file;
mod manifest;
mod mirror;
mod raw;
mod record;
mod rekey;
mod replace;
pub mod schema;
mod upgrade;

use std::path::{Path, PathBuf};
use std::time::Duration;

use ring::aead::{Aad, Nonce};
use rusqlite::{Connection, OpenFlags, OptionalExtension, TransactionBehavior, params};

use crate::crypto::key_slot::{KeySlot, SlotKind};
use crate::crypto::keys::{DataKey, KeySource, StoreKeys, random_bytes};
use crate::error::{Error, Result};
pub use file::{
    BEFORE_IMPORT_SUFFIX, IMPORT_SUFFIX, remove_all as remove_store, store_files, with_suffix,
};
pub use manifest::CommitMark;
use mirror::MirrorSlot;
pub use raw::{RawRecord, decode_raw};
pub use record::{Listing, Reader, Record, RecordKind, Stored, Writer};
pub use replace::Wiped;
use schema::FileState;

const CANARY_AAD: &[u8] = b"cairn/v1/canary";
const CANARY_TEXT: &[u8] = b"cairn canary v1";
const FIRST_EPOCH: u32 = 1;
const BUSY_TIMEOUT: Duration = Duration::from_secs(5);

/// An open, unlocked store.
pub struct Store {
    conn: Connection,
    keys: StoreKeys,
    data_key: DataKey,
    /// The key source this store was opened (or created) with, kept in zeroizing memory so a
    /// re-key can rewrap its slot too.
    source: KeySource,
    path: PathBuf,
    mirror: MirrorSlot,
}

impl std::fmt::Debug for Store {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Store").finish_non_exhaustive()
    }
}

/// How a connection shares the file with other processes.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Sharing {
    /// The normal way: WAL with its shared-memory index in the `-shm` file.
    Shared,
    /// Only this connection, with the WAL index in memory: no `-shm` file is needed, so a store
    /// can be opened on a full disk (see [`Store::open`]).
    Exclusive,
}

fn connect(path: &Path) -> Result<Connection> {
    connect_with(path, Sharing::Shared)
}

fn connect_with(path: &Path, sharing: Sharing) -> Result<Connection> {
    let conn = Connection::open_with_flags(
        path,
        OpenFlags::SQLITE_OPEN_READ_WRITE | OpenFlags::SQLITE_OPEN_NO_MUTEX,
    )?;
    if sharing == Sharing::Exclusive {
        // Must come before the first read, or SQLite has already built the index in `-shm`.
        conn.pragma_update(None, "locking_mode", "EXCLUSIVE")?;
    }
    conn.busy_timeout(BUSY_TIMEOUT)?;
    // Connection settings only: none of these writes to the file.
    conn.pragma_update(None, "synchronous", "FULL")?;
    conn.pragma_update(None, "secure_delete", "ON")?;
    conn.pragma_update(None, "temp_store", "MEMORY")?;
    conn.pragma_update(None, "foreign_keys", "ON")?;
    conn.pragma_update(None, "trusted_schema", "OFF")?;
    Ok(conn)
}

fn seal_canary(keys: &StoreKeys) -> Result<Vec<u8>> {
    let nonce: [u8; 12] = random_bytes()?;
    let mut sealed = CANARY_TEXT.to_vec();
    keys.canary
        .seal_in_place_append_tag(
            Nonce::assume_unique_for_key(nonce),
            Aad::from(CANARY_AAD),
            &mut sealed,
        )
        .map_err(|_| Error::KeyDataDamaged)?;
    let mut canary = nonce.to_vec();
    canary.extend_from_slice(&sealed);
    Ok(canary)
}

fn check_canary(keys: &StoreKeys, canary: &[u8]) -> Result<()> {
    if canary.len() < 12 {
        return Err(Error::KeyDataDamaged);
    }
    let nonce: [u8; 12] = canary[..12].try_into().map_err(|_| Error::KeyDataDamaged)?;
    let mut sealed = canary[12..].to_vec();
    let opened = keys
        .canary
        .open_in_place(
            Nonce::assume_unique_for_key(nonce),
            Aad::from(CANARY_AAD),
            &mut sealed,
        )
        .map_err(|_| Error::KeyDataDamaged)?;
    if opened != CANARY_TEXT {
        return Err(Error::KeyDataDamaged);
    }
    Ok(())
}

fn read_slot(conn: &Connection, kind: SlotKind) -> Result<Option<KeySlot>> {
    Ok(conn
        .query_row(
            "SELECT params, key_check, wrapped_key FROM key_slot WHERE kind = ?1",
            params![kind.code()],
            |row| {
                Ok(KeySlot {
                    params: row.get(0)?,
                    check: row.get(1)?,
                    wrapped: row.get(2)?,
                })
            },
        )
        .optional()?)
}

fn write_slot(conn: &Connection, kind: SlotKind, slot: &KeySlot) -> Result<()> {
    conn.execute(
        "INSERT OR REPLACE INTO key_slot (kind, params, key_check, wrapped_key)
         VALUES (?1, ?2, ?3, ?4)",
        params![kind.code(), slot.params, slot.check, slot.wrapped],
    )?;
    Ok(())
}

impl Store {
    /// Creates a new store at `path`, unlocked by `source`. Fails with [`Error::StoreExists`]
    /// if a store is already there.
    pub fn create(path: &Path, source: &KeySource) -> Result<Self> {
        Self::create_with(path, source, |_| Ok(()))
    }

    /// [`Store::create`], writing the store's first records with `first` in the creating
    /// transaction: a creation killed at any moment leaves no store, or one that holds them.
    pub fn create_with(
        path: &Path,
        source: &KeySource,
        first: impl FnOnce(&Writer<'_>) -> Result<()>,
    ) -> Result<Self> {
        match file::create_private(path) {
            Err(error) if error.kind() == std::io::ErrorKind::AlreadyExists => {
                // A creation killed before its transaction committed leaves a SQLite file with
                // no schema (WAL mode already set, so not zero bytes). It holds nothing of the
                // person's: remove it and create again. Anything else is a real store.
                let empty = connect(path).and_then(|conn| schema::inspect(&conn));
                if !matches!(empty, Ok(FileState::Empty)) {
                    return Err(Error::StoreExists);
                }
                file::remove_all(path)?;
                file::create_private(path)?;
            }
            other => other?,
        }
        let created = DataKey::generate().and_then(|data_key| {
            let slot = KeySlot::create(source, &data_key)?;
            let slots = [(SlotKind::of(source), slot)];
            Self::initialise(path, data_key, &slots, source.duplicate(), first)
        });
        if created.is_err() {
            // Only an empty or half-created file can be here: the creation transaction never
            // committed, so nothing of the person's is lost by removing it.
            let _ = file::remove_all(path);
        }
        created
    }

    /// Writes a new store's schema, metadata, key slots and first records in one transaction,
    /// so a crash leaves either a whole store or an empty file.
    fn initialise(
        path: &Path,
        data_key: DataKey,
        slots: &[(SlotKind, KeySlot)],
        source: KeySource,
        first: impl FnOnce(&Writer<'_>) -> Result<()>,
    ) -> Result<Self> {
        let mut conn = connect(path)?;
        if schema::inspect(&conn)? != FileState::Empty {
            return Err(Error::StoreExists);
        }
        conn.pragma_update(None, "auto_vacuum", "INCREMENTAL")?;
        conn.pragma_update(None, "journal_mode", "WAL")?;
        let store_salt: [u8; 32] = random_bytes()?;
        let keys = StoreKeys::derive(&data_key, &store_salt, FIRST_EPOCH)?;
        let tx = conn.transaction_with_behavior(TransactionBehavior::Immediate)?;
        schema::migrate(&tx, 0, schema::LATEST, &keys)?;
        tx.execute(
            "INSERT INTO store_meta (singleton, store_salt, key_epoch, canary) VALUES (1, ?1, ?2, ?3)",
            params![store_salt, FIRST_EPOCH, seal_canary(&keys)?],
        )?;
        for (kind, slot) in slots {
            write_slot(&tx, *kind, slot)?;
        }
        let mirror = MirrorSlot::default();
        let writer = Writer {
            reader: Reader {
                conn: &tx,
                keys: &keys,
                mirror: &mirror,
            },
        };
        first(&writer)?;
        mirror.finish_write(&writer)?;
        tx.commit()?;
        Ok(Self::unlocked(conn, keys, data_key, source, path))
    }

    /// Opens and unlocks the store at `path`. A wrong key is [`Error::WrongKey`] and leaves the
    /// file unchanged.
    ///
    /// On a full disk it still opens, so the person can read everything on the worst day: a
    /// store closed cleanly has no `-shm` file, and the disk has no room for a new one, so it is
    /// opened again with SQLite's exclusive locking, which keeps that index in memory. Writes
    /// then fail with [`Error::StorageFull`] as they would anyway, and another process waits
    /// (or gets [`Error::Busy`]) until this store is closed.
    pub fn open(path: &Path, source: &KeySource) -> Result<Self> {
        match Self::open_with(path, source, Sharing::Shared) {
            Err(Error::StorageFull) => Self::open_with(path, source, Sharing::Exclusive),
            other => other,
        }
    }

    fn open_with(path: &Path, source: &KeySource, sharing: Sharing) -> Result<Self> {
        if !path.is_file() {
            return Err(Error::StoreMissing);
        }
        let mut conn = connect_with(path, sharing)?;
        let version = match schema::inspect(&conn)? {
            FileState::Empty => return Err(Error::StoreMissing),
            FileState::Store(version) => version,
        };
        let kind = SlotKind::of(source);
        let slot = read_slot(&conn, kind)?.ok_or(Error::KeySourceNotEnrolled(kind.describe()))?;
        let data_key = slot.unlock(source)?;

        let (store_salt, epoch, canary): (Vec<u8>, u32, Vec<u8>) = conn
            .query_row(
                "SELECT store_salt, key_epoch, canary FROM store_meta",
                [],
                |row| Ok((row.get(0)?, row.get(1)?, row.get(2)?)),
            )
            .optional()?
            .ok_or(Error::KeyDataDamaged)?;
        let keys = StoreKeys::derive(&data_key, &store_salt, epoch)?;
        check_canary(&keys, &canary)?;

        if version < schema::LATEST {
            let tx = conn.transaction_with_behavior(TransactionBehavior::Immediate)?;
            schema::migrate(&tx, version, schema::LATEST, &keys)?;
            tx.commit()?;
        }
        let mut store = Self::unlocked(conn, keys, data_key, source.duplicate(), path);
        if slot.is_outdated() {
            store.upgrade_slot(kind);
        }
        Ok(store)
    }

    /// The key that keys notification ids: a subkey of this store's data key.
    pub fn notification_id_key(&self) -> &ring::hmac::Key {
        &self.keys.notification_id
    }

    /// A store whose key was just checked, with nothing read yet.
    fn unlocked(
        conn: Connection,
        keys: StoreKeys,
        data_key: DataKey,
        source: KeySource,
        path: &Path,
    ) -> Self {
        Self {
            conn,
            keys,
            data_key,
            source,
            path: path.to_path_buf(),
            mirror: MirrorSlot::default(),
        }
    }

    /// Where the store stands: its id and how many writes it has committed. A shell keeps the
    /// last mark it saw outside the file, to notice an older copy put back (see
    /// [`CommitMark::is_older_than`]).
    pub fn commit_mark(&self) -> Result<CommitMark> {
        self.read(|reader| {
            self.mirror
                .with_current(reader, |mirror| Ok(mirror.manifest.mark()))
        })
    }

    /// Where the store lives.
    pub fn path(&self) -> &Path {
        &self.path
    }

    /// Runs `read` inside one read transaction, so it sees one consistent state.
    pub fn read<T>(&self, read: impl FnOnce(&Reader<'_>) -> Result<T>) -> Result<T> {
        let tx = self.conn.unchecked_transaction()?;
        let out = read(&Reader {
            conn: &tx,
            keys: &self.keys,
            mirror: &self.mirror,
        })?;
        tx.finish()?;
        Ok(out)
    }

    /// Runs `write` inside one immediate transaction and commits it durably, or rolls it back
    /// if `write` or the commit fails.
    pub fn write<T>(&mut self, write: impl FnOnce(&Writer<'_>) -> Result<T>) -> Result<T> {
        let written = self.write_transaction(write);
        if written.is_err() {
            // The mirror may hold writes that were rolled back.
            self.mirror.clear();
        }
        written
    }

    fn write_transaction<T>(&mut self, write: impl FnOnce(&Writer<'_>) -> Result<T>) -> Result<T> {
        let tx = self
            .conn
            .transaction_with_behavior(TransactionBehavior::Immediate)?;
        let writer = Writer {
            reader: Reader {
                conn: &tx,
                keys: &self.keys,
                mirror: &self.mirror,
            },
        };
        // The manifest this transaction extends is read before any row changes.
        self.mirror.with_current(&writer, |_| Ok(()))?;
        let out = write(&writer)?;
        self.mirror.finish_write(&writer)?;
        tx.commit()?;
        Ok(out)
    }

    /// Creates an empty store at `path` that shares this store's data key and key slots, so
    /// whatever opens this store opens it too (the staging store of an import). It has its own
    /// salt, so its subkeys differ.
    pub fn create_sibling(&self, path: &Path) -> Result<Store> {
        // A staging file left by an interrupted import holds nothing that is not elsewhere.
        file::remove_all(path)?;
        file::create_private(path)?;
        let mut slots = Vec::new();
        for kind in [SlotKind::Platform, SlotKind::Passphrase] {
            if let Some(slot) = read_slot(&self.conn, kind)? {
                slots.push((kind, slot));
            }
        }
        let data_key = DataKey::from_bytes(*self.data_key.bytes());
        let source = self.source.duplicate();
        let created = Self::initialise(path, data_key, &slots, source, |_| Ok(()));
        if created.is_err() {
            let _ = file::remove_all(path);
        }
        created
    }

    /// Whether a key source of `kind` can open this store.
    pub fn has_key_source(&self, kind: SlotKind) -> Result<bool> {
        Ok(read_slot(&self.conn, kind)?.is_some())
    }

    /// Runs SQLite's `PRAGMA integrity_check`; true when the file is sound.
    pub fn integrity_check(&self) -> Result<bool> {
        let result: String = self
            .conn
            .query_row("PRAGMA integrity_check", [], |row| row.get(0))?;
        Ok(result == "ok")
    }
}

impl Drop for Store {
    fn drop(&mut self) {
        // Fold the WAL back into the database and empty it, so sealed pages do not linger in
        // a second file. A failure here loses nothing: the WAL is replayed on the next open.
        let _ = self
            .conn
            .query_row("PRAGMA wal_checkpoint(TRUNCATE)", [], |_| Ok(()));
    }
}
