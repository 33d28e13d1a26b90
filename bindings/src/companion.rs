//! `Companion`, the one object a shell holds.
//!
//! It wraps the core's `Companion` in a mutex, so a shell may call it from several threads at
//! once (calls run one at a time; each is short). `close_store()` drops the core companion, which
//! checkpoints and closes the file; any later call is `CairnError::Closed`. Methods that depend
//! on time take `now`, so shells and tests pass the clock in.

use std::path::Path;
use std::sync::{Arc, Mutex, MutexGuard};
use std::time::SystemTime;

use cairn_core::crypto::{KeySource, Passphrase, PlatformKey};

use crate::error::CairnError;
use crate::key_store::KeyStore;
use crate::types::{
    BackupExported, BackupImported, History, Journey, JourneyStatus, Milestone, MilestoneSet,
    NewJourney, PersonalMilestone, Settings, SettingsChange, UseEvent, UseRecorded, instant,
    parse_id, parse_optional_id,
};

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

    pub(crate) fn with<T>(
        &self,
        call: impl FnOnce(&mut cairn_core::Companion) -> Result<T, CairnError>,
    ) -> Result<T, CairnError> {
        let mut guard = self.lock();
        let companion = guard.as_mut().ok_or(CairnError::Closed)?;
        call(companion)
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
        let key = key_store.platform_key()?;
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

    /// The person's settings.
    pub fn settings(&self) -> Result<Settings, CairnError> {
        self.with(|companion| Ok(companion.settings()?.into()))
    }

    /// Applies every given change, or none if any is invalid.
    pub fn update_settings(&self, change: SettingsChange) -> Result<Settings, CairnError> {
        let change = change.to_core()?;
        self.with(|companion| Ok(companion.update_settings(change)?.into()))
    }

    /// Sets a passphrase (at least 8 characters) that also opens the store; replaces an old one.
    pub fn set_passphrase(&self, new_passphrase: String) -> Result<(), CairnError> {
        self.with(|companion| Ok(companion.set_passphrase(new_passphrase)?))
    }

    /// SQLite's integrity check over the whole file.
    pub fn integrity_check(&self) -> Result<bool, CairnError> {
        self.with(|companion| Ok(companion.integrity_check()?))
    }

    /// Starts a journey and returns its id.
    pub fn start_journey(
        &self,
        journey: NewJourney,
        now: SystemTime,
    ) -> Result<String, CairnError> {
        let journey = journey.to_core()?;
        self.with(|companion| Ok(companion.start_journey(journey, instant(now))?.to_string()))
    }

    /// Every journey, the first started first.
    pub fn journeys(&self) -> Result<Vec<Journey>, CairnError> {
        self.with(|companion| Ok(companion.journeys()?.into_iter().map(Into::into).collect()))
    }

    /// Records a use on a journey (`null`: the first one).
    pub fn record_use(
        &self,
        journey_id: Option<String>,
        event: UseEvent,
        now: SystemTime,
    ) -> Result<UseRecorded, CairnError> {
        let (journey, event) = (parse_optional_id(journey_id)?, event.to_core()?);
        self.with(|companion| Ok(companion.record_use(journey, event, instant(now))?.into()))
    }

    /// Replaces a use; the audit trail keeps the previous version.
    pub fn edit_use(
        &self,
        use_id: String,
        event: UseEvent,
        now: SystemTime,
    ) -> Result<(), CairnError> {
        let (id, event) = (parse_id(&use_id)?, event.to_core()?);
        self.with(|companion| Ok(companion.edit_use(id, event, instant(now))?))
    }

    /// Deletes a use; the audit trail keeps what it was.
    pub fn delete_use(&self, use_id: String, now: SystemTime) -> Result<(), CairnError> {
        let id = parse_id(&use_id)?;
        self.with(|companion| Ok(companion.delete_use(id, instant(now))?))
    }

    /// The Today view of a journey (`null`: the first one).
    pub fn status(
        &self,
        journey_id: Option<String>,
        now: SystemTime,
    ) -> Result<JourneyStatus, CairnError> {
        let journey = parse_optional_id(journey_id)?;
        self.with(|companion| Ok(companion.status(journey, instant(now))?.into()))
    }

    /// Every use, earlier streak and edit of a journey (`null`: the first one).
    pub fn history(
        &self,
        journey_id: Option<String>,
        now: SystemTime,
    ) -> Result<History, CairnError> {
        let journey = parse_optional_id(journey_id)?;
        self.with(|companion| Ok(companion.history(journey, instant(now))?.into()))
    }

    /// The milestones of the current streak in `set` (`null`: the set in settings).
    pub fn milestones(
        &self,
        journey_id: Option<String>,
        set: Option<MilestoneSet>,
        now: SystemTime,
    ) -> Result<Vec<Milestone>, CairnError> {
        let journey = parse_optional_id(journey_id)?;
        self.with(|companion| {
            let list = companion.milestones(journey, set.map(Into::into), instant(now))?;
            Ok(list.into_iter().map(Into::into).collect())
        })
    }

    /// Milestones reached since the last call, each reported once: call it when the app opens.
    pub fn take_new_milestones(
        &self,
        journey_id: Option<String>,
        now: SystemTime,
    ) -> Result<Vec<Milestone>, CairnError> {
        let journey = parse_optional_id(journey_id)?;
        self.with(|companion| {
            let list = companion.take_new_milestones(journey, instant(now))?;
            Ok(list.into_iter().map(Into::into).collect())
        })
    }

    /// Writes an encrypted backup of everything to `path` and returns its recovery code, to
    /// show once. With a passphrase (8 characters or more), both are needed to open it.
    pub fn export_backup(
        &self,
        path: String,
        passphrase: Option<String>,
    ) -> Result<BackupExported, CairnError> {
        self.with(|companion| {
            Ok(companion
                .export_backup(Path::new(&path), passphrase)?
                .into())
        })
    }

    /// Replaces everything in this store with the backup at `path`, re-encrypted under this
    /// store's key. Nothing changes unless the whole backup verifies.
    pub fn import_backup(
        &self,
        path: String,
        recovery_code: String,
        passphrase: Option<String>,
    ) -> Result<BackupImported, CairnError> {
        self.with(|companion| {
            Ok(companion
                .import_backup(Path::new(&path), &recovery_code, passphrase)?
                .into())
        })
    }

    /// Adds one of the person's own milestones to a journey (`null`: the first one).
    pub fn add_personal_milestone(
        &self,
        journey_id: Option<String>,
        milestone: PersonalMilestone,
    ) -> Result<(), CairnError> {
        let (journey, milestone) = (parse_optional_id(journey_id)?, milestone.to_core()?);
        self.with(|companion| Ok(companion.add_personal_milestone(journey, milestone)?))
    }
}

/// Deletes everything at `path` without needing the key: the wrapped keys are destroyed first,
/// then the files. Returns false when there was no store. Close every companion on the path first.
#[uniffi::export]
pub fn wipe_store(path: String) -> Result<bool, CairnError> {
    Ok(cairn_core::Companion::wipe(Path::new(&path))?)
}
