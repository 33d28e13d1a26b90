//! Replacing a store's file and destroying it: an import's atomic swap (keeping the store it
//! replaced for an undo), the undo itself, and a wipe that never stops half way.

use std::path::{Path, PathBuf};

use rusqlite::Connection;

use super::schema::{self, FileState};
use super::{Store, check_canary, connect, file, store_files};
use crate::crypto::keys::StoreKeys;
use crate::error::{Error, Result};

impl Store {
    /// Puts `sibling` (made by [`Store::create_sibling`]) in this store's place with an atomic
    /// rename, and carries on with it. Until the rename, this store is untouched; if anything
    /// fails before it, the sibling's files are removed and this store reopens as it was.
    ///
    /// With `keep`, this store's file is first linked (or, where links are refused, copied
    /// owner-only) to `keep`, replacing what was there, so [`Store::restore`] can bring it back.
    /// It stays sealed under its keys, as it was.
    pub fn replace_with(&mut self, sibling: Store, keep: Option<&Path>) -> Result<()> {
        // Whatever happens next, the file this connection sees is not the one mirrored.
        self.mirror.clear();
        let staging = sibling.path.clone();
        drop(sibling); // checkpoints and closes: its WAL is folded in and removed
        let swapped = self.swap_in(&staging, keep);
        if swapped.is_err() {
            let _ = file::remove_all(&staging);
        }
        swapped
    }

    /// Puts the store kept at `previous` by [`Store::replace_with`] back in this store's place
    /// with an atomic rename, discarding this one, and carries on with it. It must open with
    /// this store's data key: that is checked before anything changes, and any failure before
    /// the rename leaves both files as they were.
    pub fn restore(&mut self, previous: &Path) -> Result<()> {
        if !previous.is_file() {
            return Err(Error::NotFound {
                what: "store from before the import",
            });
        }
        {
            let conn = connect(previous)?;
            if schema::inspect(&conn)? == FileState::Empty {
                return Err(Error::NotAStore);
            }
            let (store_salt, epoch, canary): (Vec<u8>, u32, Vec<u8>) = conn.query_row(
                "SELECT store_salt, key_epoch, canary FROM store_meta",
                [],
                |row| Ok((row.get(0)?, row.get(1)?, row.get(2)?)),
            )?;
            let keys = StoreKeys::derive(&self.data_key, &store_salt, epoch)?;
            check_canary(&keys, &canary)?;
        }
        self.mirror.clear();
        self.swap_in(previous, None)
    }

    fn swap_in(&mut self, staging: &Path, keep: Option<&Path>) -> Result<()> {
        self.conn
            .query_row("PRAGMA wal_checkpoint(TRUNCATE)", [], |_| Ok(()))?;
        let closed = std::mem::replace(&mut self.conn, Connection::open_in_memory()?);
        closed.close().map_err(|(_, error)| Error::from(error))?;
        // SQLite would replay a leftover WAL of the old file into the new one: there must be
        // none, in either place, before the rename.
        let sidecars = store_files(&self.path)
            .into_iter()
            .skip(1)
            .chain(store_files(staging).into_iter().skip(1));
        for sidecar in sidecars {
            let is_shared_memory = sidecar.to_string_lossy().ends_with("-shm");
            if sidecar.exists() && std::fs::metadata(&sidecar)?.len() > 0 && !is_shared_memory {
                self.conn = connect(&self.path)?;
                return Err(Error::Busy);
            }
        }
        for path in [&self.path, &staging.to_path_buf()] {
            let _ = file::remove_all_sidecars(path);
        }
        if let Some(Err(error)) = keep.map(|keep| file::keep_copy(&self.path, keep)) {
            self.conn = connect(&self.path)?;
            return Err(error.into());
        }
        let renamed = std::fs::rename(staging, &self.path);
        self.conn = connect(&self.path)?;
        renamed?;
        file::sync_dir(&self.path)?;
        let (store_salt, epoch, canary): (Vec<u8>, u32, Vec<u8>) = self.conn.query_row(
            "SELECT store_salt, key_epoch, canary FROM store_meta",
            [],
            |row| Ok((row.get(0)?, row.get(1)?, row.get(2)?)),
        )?;
        self.keys = StoreKeys::derive(&self.data_key, &store_salt, epoch)?;
        check_canary(&self.keys, &canary)
    }

    /// Destroys the store at `path` without needing its key, and never stops half way:
    /// `destroy_key` (the platform key's removal from its key store) runs first, then every
    /// file of the store's family ([`file::family`]: the database, its sidecars, an import's
    /// staging store and the store an import replaced) is overwritten with zeros where the disk
    /// allows it, then every one of them is deleted, whatever failed before. A damaged header,
    /// a full disk or another process holding the file changes none of that.
    ///
    /// Only then is a failure reported, the first in that order: the key's, then a file that
    /// could not be deleted. A failed overwrite is no failure when the file is gone: it is
    /// reported in [`Wiped::overwritten`].
    pub fn wipe(path: &Path, destroy_key: impl FnOnce() -> Result<()>) -> Result<Wiped> {
        let key = destroy_key();
        let files: Vec<PathBuf> = file::family(path)
            .into_iter()
            .filter(|file| file.symlink_metadata().is_ok())
            .collect();
        // Every file is tried, whatever the one before did: no short-circuit in either step.
        let overwrites: Vec<bool> = files
            .iter()
            .map(|file| file::overwrite_with_zeros(file).is_ok())
            .collect();
        let overwritten = overwrites.iter().all(|done| *done);
        let removals: Vec<std::io::Result<()>> =
            files.iter().map(|file| file::remove_one(file)).collect();
        let removed = removals.into_iter().find_map(std::result::Result::err);
        let _ = file::sync_dir(path);
        key?;
        if let Some(error) = removed {
            return Err(error.into());
        }
        Ok(Wiped {
            found: !files.is_empty(),
            overwritten,
        })
    }
}

/// What [`Store::wipe`] did, when nothing of the store remains.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Wiped {
    /// Whether there was any file of a store to delete.
    pub found: bool,
    /// Whether every file was overwritten with zeros before it was deleted (not on a full disk
    /// whose file system needs room to overwrite, for instance).
    pub overwritten: bool,
}
