//! `Companion`, the one object a shell holds: opening, closing and the store as a whole.
//!
//! It wraps the core's `Companion` in a mutex, so a shell may call it from several threads at
//! once (calls run one at a time; each is short). `close_store()` drops the core companion, which
//! checkpoints and closes the file; any later call is `CairnError::Closed`. Methods that depend
//! on time take `now`, so shells and tests pass the clock in. The capabilities' methods are in
//! the sibling modules, each a further `#[uniffi::export]` block on this object.

use std::path::Path;
use std::sync::{Arc, Mutex, MutexGuard};
use std::time::SystemTime;

use cairn_core::crypto::{KeySource, Passphrase, PlatformKey};
use chrono::{DateTime, Utc};

use crate::CairnError;
use crate::key_store::KeyStore;
use cairn_core::companion::CommitMark;

/// An open Cairn store and everything Cairn can do with it.
///
/// Kotlin and Swift see it as `CairnCompanion`: in Kotlin a class named `Companion` cannot name
/// itself inside its own `companion object`, where UniFFI puts the constructors. (A Kotlin-only
/// rename in `uniffi.toml` leaves the constructors pointing at the old name in UniFFI 0.32.)
#[derive(uniffi::Object)]
#[uniffi(name = "CairnCompanion")]
pub struct Companion {
    inner: Mutex<Option<cairn_core::Companion>>,
    /// Where the commit mark is kept, for a store opened with the platform key store (a
    /// passphrase-only open has nowhere to keep one).
    marks: Option<Marks>,
}

/// The key store that keeps the commit mark, and the mark it was last given.
struct Marks {
    key_store: Arc<dyn KeyStore>,
    given: Mutex<Option<CommitMark>>,
}

impl Marks {
    /// Gives the key store the store's mark if it moved since the last one it was given. A
    /// failure is left for the next call to try again (see `KeyStore::remember_commit_mark`).
    fn keep(&self, companion: &cairn_core::Companion) {
        let Ok(mark) = companion.commit_mark() else {
            return;
        };
        let mut given = self
            .given
            .lock()
            .unwrap_or_else(|poisoned| poisoned.into_inner());
        if given.as_ref() != Some(&mark)
            && self.key_store.remember_commit_mark(mark.clone()).is_ok()
        {
            *given = Some(mark);
        }
    }
}

/// The core's instant for a shell's `now`.
pub(crate) fn instant(now: SystemTime) -> DateTime<Utc> {
    DateTime::<Utc>::from(now)
}

impl Companion {
    fn open(
        path: &str,
        source: &KeySource,
        time_zone: &str,
        key_store: Option<Arc<dyn KeyStore>>,
    ) -> Result<Arc<Self>, CairnError> {
        let companion = cairn_core::Companion::open_or_create(Path::new(path), source, time_zone)?;
        let marks = match key_store {
            Some(key_store) => {
                // A mark that cannot be read checks nothing: the person must still get in.
                let seen = key_store.last_commit_mark().ok().flatten();
                companion.check_commit_mark(seen.as_ref())?;
                let marks = Marks {
                    key_store,
                    given: Mutex::new(seen),
                };
                marks.keep(&companion);
                Some(marks)
            }
            None => None,
        };
        Ok(Arc::new(Self {
            inner: Mutex::new(Some(companion)),
            marks,
        }))
    }

    fn lock(&self) -> MutexGuard<'_, Option<cairn_core::Companion>> {
        // A panic while the lock was held rolled its transaction back (rusqlite's Drop), so the
        // store behind a poisoned lock is consistent and can be used.
        self.inner
            .lock()
            .unwrap_or_else(|poisoned| poisoned.into_inner())
    }

    /// Runs `call` on the open core companion, or fails with `Closed`; core errors become the
    /// shell's error on the way out.
    pub(crate) fn with<T>(
        &self,
        call: impl FnOnce(&mut cairn_core::Companion) -> cairn_core::Result<T>,
    ) -> Result<T, CairnError> {
        let mut guard = self.lock();
        let companion = guard.as_mut().ok_or(CairnError::Closed)?;
        let result = call(companion);
        if let Some(marks) = &self.marks {
            marks.keep(companion);
        }
        Ok(result?)
    }
}

#[uniffi::export(name = "CairnCompanion")]
impl Companion {
    /// Opens the store at `path` with the key from the platform key store, creating the store
    /// (with `time_zone`, an IANA name) if there is none. The key is asked for once, here.
    ///
    /// The store is checked against the commit mark the key store kept: an older copy of this
    /// store put back in its place is `RolledBack`, and nothing is opened. After the open and
    /// after every call that commits, the key store is given the new mark.
    #[uniffi::constructor]
    pub fn open_with_key_store(
        path: String,
        key_store: Arc<dyn KeyStore>,
        time_zone: String,
    ) -> Result<Arc<Self>, CairnError> {
        // The shell's copy is its own to clear; this one is wiped as soon as the key is parsed.
        let key = zeroize::Zeroizing::new(key_store.platform_key()?);
        let source = KeySource::Platform(PlatformKey::from_bytes(&key)?);
        Self::open(&path, &source, &time_zone, Some(key_store))
    }

    /// Opens the store at `path` with a passphrase, creating the store if there is none (a new
    /// passphrase must be at least 8 characters).
    #[uniffi::constructor]
    pub fn open_with_passphrase(
        path: String,
        passphrase: String,
        time_zone: String,
    ) -> Result<Arc<Self>, CairnError> {
        let source = KeySource::Passphrase(Passphrase::new(passphrase)?);
        Self::open(&path, &source, &time_zone, None)
    }

    /// Closes the store file now (for example when the app goes to the background). Every later
    /// call fails with `Closed`; closing twice is fine. Kotlin's `close()` also releases the
    /// object itself; Swift releases it when the last reference goes.
    pub fn close_store(&self) {
        self.lock().take();
    }

    /// Sets a passphrase (at least 8 characters) that also opens the store; replaces an old one.
    pub fn set_passphrase(&self, new_passphrase: String) -> Result<(), CairnError> {
        self.with(|companion| companion.set_passphrase(new_passphrase))
    }

    /// Whether a passphrase also opens this store.
    pub fn has_passphrase(&self) -> Result<bool, CairnError> {
        self.with(|companion| companion.has_passphrase())
    }

    /// SQLite's integrity check over the whole file.
    pub fn integrity_check(&self) -> Result<bool, CairnError> {
        self.with(|companion| companion.integrity_check())
    }
}

/// Deletes everything at `path` without needing the key, and never stops half way: the
/// platform key is destroyed first (`key_store.destroy_key()`), then every file of the store
/// (the database, its sidecars, an import's staging store and the store an import replaced) is
/// overwritten and deleted, whatever failed before. Only then is a failure reported: the key
/// store's as `KeyUnavailable`, a file that could not be deleted as `Io`. Returns false when
/// there was no store. Close every companion on the path first.
#[uniffi::export]
pub fn wipe_store(path: String, key_store: Arc<dyn KeyStore>) -> Result<bool, CairnError> {
    let mut key_failure = None;
    let wiped = cairn_core::Companion::wipe(Path::new(&path), || {
        key_store.destroy_key().map_err(|error| {
            key_failure = Some(error);
            cairn_core::Error::Io(std::io::Error::other("the platform key was not destroyed"))
        })
    });
    match (wiped, key_failure) {
        (Ok(wiped), _) => Ok(wiped.found),
        (Err(_), Some(key_failure)) => Err(key_failure.into()),
        (Err(error), None) => Err(error.into()),
    }
}
