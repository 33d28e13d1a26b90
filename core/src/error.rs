//! The one error type of `cairn-core`.
//!
//! Every variant says what went wrong in words a shell can act on, and none carries user data:
//! no dates, names, notes, numbers or passphrases ever appear in a message, because error text
//! ends up in logs, crash reports and bug trackers. Records are named by their random id only.
//!
//! Each message is written once: the first line of a variant's doc comment is its `Display`
//! text (`displaydoc`), and any further paragraph is documentation only. The enum is exhaustive
//! on purpose, so every place that maps it (the terminal's exit codes, the FFI error) is checked
//! by the compiler when a variant is added.

use crate::id::{InvalidId, RecordId};

/// Everything that can go wrong in the core.
#[derive(Debug, displaydoc::Display, thiserror::Error)]
#[ignore_extra_doc_attributes]
pub enum Error {
    /// the key or passphrase does not unlock this store
    ///
    /// Nothing was changed.
    WrongKey,

    /// this store is not opened with a {0}
    ///
    /// The store has no key slot of the kind that was offered (for example a platform key
    /// offered to a store that only a passphrase opens).
    KeySourceNotEnrolled(&'static str),

    /// invalid {field}: {reason}
    ///
    /// An argument was rejected before anything was written. Build it with [`Error::invalid`].
    InvalidInput {
        /// Which input was wrong (a field name, never its value).
        field: &'static str,
        /// Why, in a few words.
        reason: &'static str,
    },

    /// record {id} is damaged or was tampered with
    ///
    /// A stored record failed authentication or decoding. Every other record stays readable.
    RecordDamaged {
        /// The random id of the damaged record.
        id: RecordId,
    },

    /// the store's key data is damaged
    ///
    /// The key material or metadata is damaged, so no record can be opened.
    KeyDataDamaged,

    /// this store is an older copy than the one this device last saw
    ///
    /// The store's commit counter is lower than the one the platform key store remembers for
    /// it: an earlier copy of the whole file was put back. Nothing was changed.
    RolledBack,

    /// this file is not a Cairn store
    ///
    /// The file exists but is not a store; it was not changed.
    NotAStore,

    /// this store was written by a newer version of Cairn (format {found}, this version reads up to {supported})
    NewerFormat {
        /// The format version found in the file.
        found: u32,
        /// The newest format this build understands.
        supported: u32,
    },

    /// there is no Cairn store at this location
    StoreMissing,

    /// a Cairn store already exists at this location
    StoreExists,

    /// no such {what}
    ///
    /// Something to show, edit or delete does not exist.
    NotFound {
        /// What was looked for (for example "record" or "use event").
        what: &'static str,
    },

    /// this {what} already exists
    AlreadyExists {
        /// What already exists (for example "check-in for that day").
        what: &'static str,
    },

    /// the device is out of storage space; nothing was saved
    ///
    /// The transaction was rolled back, or the partly written file (a backup being exported)
    /// was removed.
    StorageFull,

    /// this file is not a Cairn backup
    NotABackup,

    /// the recovery code or passphrase does not open this backup
    WrongRecoveryCode,

    /// the backup cannot be read: {reason}
    ///
    /// It was damaged, altered or cut short; nothing was imported.
    BackupDamaged {
        /// What was wrong, in a few words.
        reason: &'static str,
    },

    /// the store is busy in another process; try again
    ///
    /// Another process held the store and did not let go in time. Nothing was saved.
    Busy,

    /// the store is closed
    ///
    /// `close` was called; this companion can no longer be used.
    Closed,

    /// database error: {0}
    ///
    /// Any other database failure. Values are always bound as parameters, so the message
    /// holds no user data.
    Database(#[source] rusqlite::Error),

    /// file system error: {0}
    ///
    /// Permissions, a missing directory, a read-only disk. A full disk is
    /// [`Error::StorageFull`] instead.
    Io(#[source] std::io::Error),
}

/// The core's result type.
pub type Result<T, E = Error> = std::result::Result<T, E>;

impl Error {
    /// The error for an input rejected before anything was written: `field` names the input
    /// (never its value) and `reason` says what is wrong with it in a few fixed words.
    pub const fn invalid(field: &'static str, reason: &'static str) -> Self {
        Self::InvalidInput { field, reason }
    }
}

impl From<InvalidId> for Error {
    fn from(_: InvalidId) -> Self {
        Error::invalid("id", "must be 32 hexadecimal digits")
    }
}

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
