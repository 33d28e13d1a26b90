//! Encrypted backups for moving to a new phone.

use std::path::Path;

use cairn_core::RecordId;
use cairn_core::companion as core_companion;

use crate::CairnError;
use crate::companion::Companion;

/// What an export produced.
///
/// Hand-written rather than derived: in the core the recovery code is a secret that zeroizes
/// itself and never serialises; it crosses here once, as the text to show the person.
#[derive(Clone, PartialEq, uniffi::Record)]
pub struct BackupExported {
    /// The code that opens the backup: show it once; it is stored nowhere.
    pub recovery_code: String,
    /// How many records went in.
    pub records: u32,
    /// Ids of records that could not be opened and were left out.
    pub damaged_records: Vec<RecordId>,
}

/// Never prints the code: a `Debug` line can end up in a log or a crash report.
impl std::fmt::Debug for BackupExported {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("BackupExported")
            .field("recovery_code", &"[redacted]")
            .field("records", &self.records)
            .field("damaged_records", &self.damaged_records)
            .finish()
    }
}

/// What an import brought in (hand-written beside [`BackupExported`]: counts cross as `u32`).
#[derive(Clone, Debug, PartialEq, uniffi::Record)]
pub struct BackupImported {
    /// How many records the store now holds.
    pub records: u32,
}

impl From<core_companion::BackupExported> for BackupExported {
    fn from(exported: core_companion::BackupExported) -> Self {
        BackupExported {
            recovery_code: exported.recovery_code.display().to_string(),
            records: u32::try_from(exported.records).unwrap_or(u32::MAX),
            damaged_records: exported.damaged_records,
        }
    }
}

#[uniffi::export(name = "CairnCompanion")]
impl Companion {
    /// Writes an encrypted backup of everything to `path` and returns its recovery code, to
    /// show once. With a passphrase (8 characters or more), both are needed to open it.
    pub fn export_backup(
        &self,
        path: String,
        passphrase: Option<String>,
    ) -> Result<BackupExported, CairnError> {
        self.with(|c| c.export_backup(Path::new(&path), passphrase))
            .map(Into::into)
    }

    /// Replaces everything in this store with the backup at `path`, re-encrypted under this
    /// store's key. Nothing changes unless the whole backup verifies. The store it replaces is
    /// kept, sealed, until the next import or wipe: `undo_import` brings it back.
    pub fn import_backup(
        &self,
        path: String,
        recovery_code: String,
        passphrase: Option<String>,
    ) -> Result<BackupImported, CairnError> {
        let imported =
            self.with(|c| c.import_backup(Path::new(&path), &recovery_code, passphrase))?;
        Ok(BackupImported {
            records: u32::try_from(imported.records).unwrap_or(u32::MAX),
        })
    }
}

#[uniffi::export(name = "CairnCompanion")]
impl Companion {
    /// Whether the store holds anything but its settings: what an import would replace (ask
    /// first when it does).
    pub fn holds_records(&self) -> Result<bool, CairnError> {
        self.with(|c| c.holds_records())
    }

    /// Whether the store the last import replaced is still kept, so `undo_import` can work.
    pub fn can_undo_import(&self) -> Result<bool, CairnError> {
        self.with(|c| Ok(c.can_undo_import()))
    }

    /// Undoes the last import: the store it replaced comes back (one atomic rename) and the
    /// imported one is discarded. With nothing to undo it is `NotFound` and nothing changes.
    pub fn undo_import(&self) -> Result<(), CairnError> {
        self.with(|c| c.undo_import())
    }
}
