//! The one error type a shell sees, converted from the core's error in one exhaustive match.
//!
//! Each variant is something a shell can act on (ask for the passphrase again, show "storage
//! full", name a damaged record). No variant carries user data: fields name inputs and records,
//! never their values. The first line of each variant's doc is its message (`displaydoc`).

use crate::error::Error;

/// Everything that can go wrong, as a shell sees it.
#[derive(Debug, displaydoc::Display, thiserror::Error, uniffi::Error)]
#[ignore_extra_doc_attributes]
pub enum CairnError {
    /// the key or passphrase does not unlock this store
    ///
    /// Nothing was changed: ask again.
    WrongKey,
    /// the platform key store could not provide the key: {reason}
    ///
    /// Locked, missing, or it threw (see `KeyStore` in `cairn-ffi`).
    KeyUnavailable {
        /// What the key store said.
        reason: String,
    },
    /// invalid {field}: {reason}
    ///
    /// An argument was rejected before anything was written.
    InvalidInput {
        /// Which input (a field name, never its value).
        field: String,
        /// Why.
        reason: String,
    },
    /// record {record_id} is damaged or was tampered with
    ///
    /// Every other record is still readable.
    RecordDamaged {
        /// The damaged record's id.
        record_id: String,
    },
    /// the store's key data is damaged
    ///
    /// No record can be opened: offer to import a backup or start over.
    KeyDataDamaged,
    /// this store is an older copy than the one this device last saw
    ///
    /// An earlier copy of the whole file was put back. Nothing was changed and the store was
    /// closed: offer to import a backup or to start over.
    RolledBack,
    /// this file is not a Cairn store
    ///
    /// It was left alone.
    NotAStore,
    /// this store was written by a newer version of Cairn (format {found}, this version reads up to {supported})
    NewerFormat {
        /// The format found.
        found: u32,
        /// The newest format this build reads.
        supported: u32,
    },
    /// no such {what}
    NotFound {
        /// What was looked for.
        what: String,
    },
    /// this {what} already exists
    AlreadyExists {
        /// What.
        what: String,
    },
    /// this file is not a Cairn backup
    NotABackup,
    /// the recovery code or passphrase does not open this backup
    WrongRecoveryCode,
    /// the backup cannot be read: {reason}
    ///
    /// It is damaged, altered or cut short; nothing was imported.
    BackupDamaged {
        /// What was wrong.
        reason: String,
    },
    /// the device is out of storage space; nothing was saved
    StorageFull,
    /// the store is busy; try again
    ///
    /// Another process holds it.
    Busy,
    /// this companion is closed
    ///
    /// `close_store()` was called; this companion can no longer be used.
    Closed,
    /// storage error: {reason}
    ///
    /// A file-system or database failure.
    Io {
        /// What failed.
        reason: String,
    },
}

impl From<Error> for CairnError {
    fn from(error: Error) -> Self {
        match error {
            Error::WrongKey | Error::KeySourceNotEnrolled(_) => CairnError::WrongKey,
            Error::InvalidInput { field, reason } => CairnError::InvalidInput {
                field: field.to_owned(),
                reason: reason.to_owned(),
            },
            Error::RecordDamaged { id } => CairnError::RecordDamaged {
                record_id: id.to_string(),
            },
            Error::KeyDataDamaged => CairnError::KeyDataDamaged,
            Error::RolledBack => CairnError::RolledBack,
            Error::NotAStore => CairnError::NotAStore,
            Error::NewerFormat { found, supported } => CairnError::NewerFormat { found, supported },
            Error::StoreMissing => CairnError::NotFound {
                what: "store".to_owned(),
            },
            Error::StoreExists => CairnError::AlreadyExists {
                what: "store".to_owned(),
            },
            Error::NotFound { what } => CairnError::NotFound {
                what: what.to_owned(),
            },
            Error::AlreadyExists { what } => CairnError::AlreadyExists {
                what: what.to_owned(),
            },
            Error::NotABackup => CairnError::NotABackup,
            Error::WrongRecoveryCode => CairnError::WrongRecoveryCode,
            Error::BackupDamaged { reason } => CairnError::BackupDamaged {
                reason: reason.to_owned(),
            },
            Error::StorageFull => CairnError::StorageFull,
            Error::Busy => CairnError::Busy,
            Error::Closed => CairnError::Closed,
            error @ (Error::Database(_) | Error::Io(_)) => CairnError::Io {
                reason: error.to_string(),
            },
        }
    }
}
