//! `Companion`: the one facade every shell uses.
//!
//! It opens the store with a key source, loads records, calls the rules and saves what changed.
//! The FFI crate wraps it for Kotlin and Swift and the terminal shell uses it directly, so all
//! three shells share one path: shell, facade, rules, store. Every entry point validates its
//! input before it writes, so bad input leaves the store exactly as it was.

mod backup;
mod checkins;
mod circle;
mod import_from;
mod import_plan;
mod import_report;
mod journal;
mod journal_entries;
mod notifications;
mod pledge;
mod prevention_plan;
pub mod records;
mod savings;
mod settings;
mod views;

use std::path::Path;

use crate::crypto::key_slot::SlotKind;
use crate::crypto::keys::{KeySource, Passphrase};
use crate::error::{Error, Result};
use crate::settings::{Device, Settings};
use crate::store::{BEFORE_IMPORT_SUFFIX, Store, with_suffix};
pub use crate::store::{CommitMark, Wiped};

pub use backup::{BackupExported, BackupImported};
pub use checkins::{CheckInRecorded, Insights};
pub use circle::{ContactView, ReachOutChain};
pub use import_from::IMPORTED_USE_KIND;
pub use import_report::{
    CostNotKeptReason, ImportNotice, ImportOutcome, ImportReport, ImportSource,
    ImportedJourneyReport, ImportedState,
};
pub use journal_entries::{JournalEntryAudit, JournalEntryView};
pub use pledge::{PledgeDay, PledgeRecorded, Pledges};
pub use views::{
    AuditEntry, CostPerDay, History, JourneySavings, JourneyStatus, JourneyView, NewJourney,
    UseEntry, UseRecorded,
};

/// An open, unlocked Cairn store and the rules over it.
#[derive(Debug)]
pub struct Companion {
    store: Store,
    /// What the shell last said about the device (zone and language), if anything; settings
    /// that follow the device take it on every change of settings too.
    device: Option<Device>,
}

impl Companion {
    /// Creates a new store at `path` with the person's time zone. Nothing is written if the
    /// zone is unknown or a passphrase is shorter than 8 characters.
    pub fn create(path: &Path, source: &KeySource, time_zone: &str) -> Result<Self> {
        let settings = Settings::new(time_zone)?;
        if let KeySource::Passphrase(passphrase) = source {
            passphrase.check_strength()?;
        }
        // The settings go in with the store itself: a store without them could never be used.
        let store = Store::create_with(path, source, |writer| {
            writer.put_by_key(&settings).map(drop)
        })?;
        Ok(Self {
            store,
            device: None,
        })
    }

    /// Opens the store at `path`.
    pub fn open(path: &Path, source: &KeySource) -> Result<Self> {
        Ok(Self {
            store: Store::open(path, source)?,
            device: None,
        })
    }

    /// Opens the store at `path`, creating it with `time_zone` if there is none: what a phone
    /// does on every launch.
    pub fn open_or_create(path: &Path, source: &KeySource, time_zone: &str) -> Result<Self> {
        match Self::open(path, source) {
            Err(Error::StoreMissing) => Self::create(path, source, time_zone),
            other => other,
        }
    }

    /// Sets a new passphrase and re-keys the store: a new random data key, every record
    /// resealed and every key slot rewrapped in one transaction (see [`Store::rekey`]), so an
    /// old copy of the passphrase slot and the old passphrase open nothing written after the
    /// change. Works for a store opened by passphrase (a change) or by platform key (adding
    /// one). The new passphrase must be at least 8 characters.
    ///
    /// A store that also opens with a platform key must be opened with it to change the
    /// passphrase ([`Error::KeySourceNotEnrolled`] otherwise): its platform slot has to be
    /// rewrapped too. On any error before the re-key nothing is changed. Notification ids are
    /// keyed by the data key, so they all change; the next reconciliation replaces the pending
    /// ones. The store the last import replaced is deleted after the change (it would still
    /// open with the old passphrase, so an import can no longer be undone); an error after the
    /// change means that deletion failed, and the next import or wipe retries it.
    pub fn set_passphrase(&mut self, new_passphrase: String) -> Result<()> {
        let source = KeySource::Passphrase(Passphrase::new_for_setting(new_passphrase)?);
        self.store.rekey(&source)?;
        let kept = with_suffix(self.store.path(), BEFORE_IMPORT_SUFFIX);
        crate::store::remove_store(&kept)?;
        Ok(())
    }

    /// Whether a passphrase can open this store.
    pub fn has_passphrase(&self) -> Result<bool> {
        self.store.has_key_source(SlotKind::Passphrase)
    }

    /// SQLite's integrity check over the whole file.
    pub fn integrity_check(&self) -> Result<bool> {
        self.store.integrity_check()
    }

    /// Where the store stands: its random id and how many writes it has committed. A shell
    /// keeps the latest mark outside the file (the platform key store) after every write.
    pub fn commit_mark(&self) -> Result<CommitMark> {
        self.store.commit_mark()
    }

    /// Checks the store against the mark a shell kept from the last time it saw it, and gives
    /// the mark to keep now. [`Error::RolledBack`] when the store is an older copy of that one
    /// (same id, fewer commits): an earlier copy of the whole file was put back. A mark of
    /// another store (before an import or a wipe) says nothing about this one.
    pub fn check_commit_mark(&self, seen: Option<&CommitMark>) -> Result<CommitMark> {
        let mark = self.commit_mark()?;
        match seen {
            Some(seen) if mark.is_older_than(seen) => Err(Error::RolledBack),
            _ => Ok(mark),
        }
    }

    /// Destroys the store at `path` and everything beside it that belongs to it (see
    /// [`Store::wipe`]): `destroy_key` removes the platform key first (a shell with none passes
    /// `|| Ok(())`), then every file is overwritten and deleted, whatever failed before. Needs
    /// no key: a person who forgot the passphrase can still delete everything.
    pub fn wipe(path: &Path, destroy_key: impl FnOnce() -> Result<()>) -> Result<Wiped> {
        Store::wipe(path, destroy_key)
    }
}
