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

/// An open Cairn store and everything Cairn can do with it.
///
/// Kotlin and Swift see it as `CairnCompanion`: in Kotlin a class named `Companion` cannot name
/// itself inside its own `companion object`, where UniFFI puts the constructors. (A Kotlin-only
/// rename in `uniffi.toml` leaves the constructors pointing at the old name in UniFFI 0.32.)
#[derive(uniffi::Object)]
#[uniffi(name = "CairnCompanion")]
pub struct Companion {
    inner: Mutex<Option<cairn_core::Companion>>,
}

/// The core's instant for a shell's `now`.
pub(crate) fn instant(now: SystemTime) -> DateTime<Utc> {
    DateTime::<Utc>::from(now)
}

impl Companion {
    fn open(path: &str, source: &KeySource, time_zone: &str) -> Result<Arc<Self>, CairnError> {
        let companion = cairn_core::Companion::open_or_create(Path::new(path), source, time_zone)?;
        Ok(Arc::new(Self {
            inner: Mutex::new(Some(companion)),
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
        Ok(call(companion)?)
    }
}

#[uniffi::export(name = "CairnCompanion")]
impl Companion {
    /// Opens the store at `path` with the key from the platform key store, creating the store
    /// (with `time_zone`, an IANA name) if there is none. The key is asked for once, here.
    #[uniffi::constructor]
    pub fn open_with_key_store(
        path: String,
        key_store: Arc<dyn KeyStore>,
        time_zone: String,
    ) -> Result<Arc<Self>, CairnError> {
        // The shell's copy is its own to clear; this one is wiped as soon as the key is parsed.
        let key = zeroize::Zeroizing::new(key_store.platform_key()?);
        let source = KeySource::Platform(PlatformKey::from_bytes(&key)?);
        Self::open(&path, &source, &time_zone)
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
        Self::open(&path, &source, &time_zone)
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
