//! The one error type a shell sees, converted from the core's errors in one place.
//!
//! Each variant is something a shell can act on (ask for the passphrase again, show "storage
//! full", name a damaged record). No variant carries user data: fields name inputs and records,
//! never their values.

use cairn_core::Error as CoreError;

use crate::key_store::KeyStoreError;

/// Everything that can go wrong, as a shell sees it.
#[derive(Debug, thiserror::Error, uniffi::Error)]
pub enum CairnError {
    /// The key or passphrase does not unlock this store. Nothing was changed.
    #[error("the key or passphrase does not unlock this store")]
    WrongKey,
    /// The platform key store could not provide the key (locked, missing, or it threw).
    #[error("the platform key store could not provide the key: {reason}")]
    KeyUnavailable {
        /// What the key store said.
        reason: String,
    },
    /// An argument was rejected before anything was written.
    #[error("invalid {field}: {reason}")]
    InvalidInput {
        /// Which input (a field name, never its value).
        field: String,
        /// Why.
        reason: String,
    },
    /// A record failed to open; every other record is still readable.
    #[error("record {record_id} is damaged or was tampered with")]
    RecordDamaged {
        /// The damaged record's id.
        record_id: String,
    },
    /// The store's key data is damaged: no record can be opened.
    #[error("the store's key data is damaged")]
    KeyDataDamaged,
    /// The file is not a Cairn store; it was left alone.
    #[error("this file is not a Cairn store")]
    NotAStore,
    /// The store was written by a newer Cairn; it was left alone.
    #[error(
        "this store was written by a newer version of Cairn (format {found}, this version reads up to {supported})"
    )]
    NewerFormat {
        /// The format found.
        found: u32,
        /// The newest format this build reads.
        supported: u32,
    },
    /// Something to show, edit or delete does not exist.
    #[error("no such {what}")]
    NotFound {
        /// What was looked for.
        what: String,
    },
    /// Something that must be unique already exists.
    #[error("this {what} already exists")]
    AlreadyExists {
        /// What.
        what: String,
    },
    /// The file is not a Cairn backup.
    #[error("this file is not a Cairn backup")]
    NotABackup,
    /// The recovery code or passphrase does not open this backup.
    #[error("the recovery code or passphrase does not open this backup")]
    WrongRecoveryCode,
    /// The backup is damaged, altered or cut short; nothing was imported.
    #[error("the backup cannot be read: {reason}")]
    BackupDamaged {
        /// What was wrong.
        reason: String,
    },
    /// The device is out of space; nothing was saved.
    #[error("the device is out of storage space; nothing was saved")]
    StorageFull,
    /// Another process holds the store; try again.
    #[error("the store is busy; try again")]
    Busy,
    /// `close()` was called; this companion can no longer be used.
    #[error("this companion is closed")]
    Closed,
    /// A file-system or database failure.
    #[error("storage error: {reason}")]
    Io {
        /// What failed.
        reason: String,
    },
}

impl From<CoreError> for CairnError {
    fn from(error: CoreError) -> Self {
        match error {
            CoreError::WrongKey | CoreError::KeySourceNotEnrolled(_) => CairnError::WrongKey,
            CoreError::InvalidInput { field, reason } => CairnError::InvalidInput {
                field: field.to_owned(),
                reason: reason.to_owned(),
            },
            CoreError::RecordDamaged { id } => CairnError::RecordDamaged {
                record_id: id.to_string(),
            },
            CoreError::KeyDataDamaged => CairnError::KeyDataDamaged,
            CoreError::NotAStore => CairnError::NotAStore,
            CoreError::NewerFormat { found, supported } => {
                CairnError::NewerFormat { found, supported }
            }
            CoreError::StoreMissing => CairnError::NotFound {
                what: "store".to_owned(),
            },
            CoreError::StoreExists => CairnError::AlreadyExists {
                what: "store".to_owned(),
            },
            CoreError::NotFound { what } => CairnError::NotFound {
                what: what.to_owned(),
            },
            CoreError::AlreadyExists { what } => CairnError::AlreadyExists {
                what: what.to_owned(),
            },
            CoreError::NotABackup => CairnError::NotABackup,
            CoreError::WrongRecoveryCode => CairnError::WrongRecoveryCode,
            CoreError::BackupDamaged { reason } => CairnError::BackupDamaged {
                reason: reason.to_owned(),
            },
            CoreError::StorageFull => CairnError::StorageFull,
            CoreError::Busy => CairnError::Busy,
            CoreError::Closed => CairnError::Closed,
            other => CairnError::Io {
                reason: other.to_string(),
            },
        }
    }
}

impl From<KeyStoreError> for CairnError {
    fn from(error: KeyStoreError) -> Self {
        CairnError::KeyUnavailable {
            reason: error.to_string(),
        }
    }
}
