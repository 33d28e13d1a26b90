//! The one error type of `cairn-core`.
//!
//! Every variant says what went wrong in words a shell can act on, and none carries user data:
//! no dates, names, notes, numbers or passphrases ever appear in a message, because error text
//! ends up in logs, crash reports and bug trackers. Records are named by their random id only.

use crate::store::RecordId;

/// Everything that can go wrong in the core.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum Error {
    /// The key or passphrase does not unlock this store. Nothing was changed.
    #[error("the key or passphrase does not unlock this store")]
    WrongKey,

    /// The store has no key slot of the kind that was offered (for example a platform key offered
    /// to a store that only a passphrase opens).
    #[error("this store is not opened with a {0}")]
    KeySourceNotEnrolled(&'static str),

    /// An argument was rejected before anything was written.
    #[error("invalid {field}: {reason}")]
    InvalidInput {
        /// Which input was wrong (a field name, never its value).
        field: &'static str,
        /// Why, in a few words.
        reason: &'static str,
    },

    /// A stored record failed authentication or decoding. Every other record stays readable.
    #[error("record {id} is damaged or was tampered with")]
    RecordDamaged {
        /// The random id of the damaged record.
        id: RecordId,
    },

    /// The store's key material or metadata is damaged, so no record can be opened.
    #[error("the store's key data is damaged")]
    KeyDataDamaged,

    /// The file exists but is not a Cairn store; it was not changed.
    #[error("this file is not a Cairn store")]
    NotAStore,

    /// The store was written by a newer version of Cairn; it was not changed.
    #[error(
        "this store was written by a newer version of Cairn (format {found}, this version reads up to {supported})"
    )]
    NewerFormat {
        /// The format version found in the file.
        found: u32,
        /// The newest format this build understands.
        supported: u32,
    },

    /// There is no store at the given location.
    #[error("there is no Cairn store at this location")]
    StoreMissing,

    /// A store already exists where a new one was to be created.
    #[error("a Cairn store already exists at this location")]
    StoreExists,

    /// Something to edit or delete does not exist.
    #[error("no such {what}")]
    NotFound {
        /// What was looked for (for example "record" or "use event").
        what: &'static str,
    },

    /// A record that must be unique already exists.
    #[error("this {what} already exists")]
    AlreadyExists {
        /// What already exists (for example "check-in for that day").
        what: &'static str,
    },

    /// The device ran out of space. Nothing was saved: the transaction was rolled back, or the
    /// partly written file (a backup being exported) was removed.
    #[error("the device is out of storage space; nothing was saved")]
    StorageFull,

    /// The file is not a Cairn backup.
    #[error("this file is not a Cairn backup")]
    NotABackup,

    /// The recovery code (or passphrase) does not open this backup.
    #[error("the recovery code or passphrase does not open this backup")]
    WrongRecoveryCode,

    /// The backup was damaged, altered or cut short; nothing was imported.
    #[error("the backup cannot be read: {reason}")]
    BackupDamaged {
        /// What was wrong, in a few words.
        reason: &'static str,
    },

    /// Another process holds the store and did not let go in time. Nothing was saved.
    #[error("the store is busy in another process; try again")]
    Busy,

    /// The store was closed and can no longer be used.
    #[error("the store is closed")]
    Closed,

    /// Any other database failure. Values are always bound as parameters, so the message holds
    /// no user data.
    #[error("database error: {0}")]
    Database(#[source] rusqlite::Error),

    /// A file-system failure (permissions, a missing directory, a read-only disk). A full disk
    /// is [`Error::StorageFull`] instead.
    #[error("file system error: {0}")]
    Io(#[source] std::io::Error),
}

/// The core's result type.
pub type Result<T, E = Error> = std::result::Result<T, E>;

impl From<std::io::Error> for Error {
    fn from(error: std::io::Error) -> Self {
        // A full disk is the same condition whether SQLite or a plain file write met it (an
        // export removes its partial file), so shells see one error for it.
        match error.kind() {
            std::io::ErrorKind::StorageFull => Error::StorageFull,
            _ => Error::Io(error),
        }
    }
}

impl From<rusqlite::Error> for Error {
    fn from(error: rusqlite::Error) -> Self {
        use rusqlite::ffi::{self, ErrorCode};
        // SQLite could not grow the `-shm` index of a WAL (a new store or an import's staging
        // store creates one): SQLite documents this as a sign of a full volume, and the
        // transaction was rolled back as for SQLITE_FULL.
        let extended = error.sqlite_error().map(|failure| failure.extended_code);
        if extended == Some(ffi::SQLITE_IOERR_SHMSIZE) {
            return Error::StorageFull;
        }
        match error.sqlite_error_code() {
            Some(ErrorCode::DiskFull) => Error::StorageFull,
            Some(ErrorCode::DatabaseBusy | ErrorCode::DatabaseLocked) => Error::Busy,
            Some(ErrorCode::NotADatabase) => Error::NotAStore,
            Some(ErrorCode::ReadOnly | ErrorCode::CannotOpen | ErrorCode::PermissionDenied) => {
                Error::Io(std::io::Error::new(
                    std::io::ErrorKind::PermissionDenied,
                    "the store cannot be written here",
                ))
            }
            _ => Error::Database(error),
        }
    }
}
