//! The platform key store, implemented by each shell (Android Keystore, iOS Keychain), and how
//! its failure reaches the shell as `CairnError::KeyUnavailable`.

use cairn_core::companion::CommitMark;

use crate::CairnError;

/// Provides the 32-byte key that unlocks the store. The shell keeps it in the platform's key
/// store and creates it on first use; Cairn never stores it.
#[uniffi::export(with_foreign)]
pub trait KeyStore: Send + Sync {
    /// Returns the 32-byte platform key, creating it the first time. Throwing is allowed: the
    /// companion reports [`crate::CairnError::KeyUnavailable`] and nothing crashes.
    fn platform_key(&self) -> Result<Vec<u8>, KeyStoreError>;

    /// Destroys the platform key (and anything that wraps it, and the kept commit mark), so
    /// that no copy of the store's files can ever be opened with it again. A key already gone
    /// is no failure. `wipe_store` calls it first, and deletes every file even when it throws.
    fn destroy_key(&self) -> Result<(), KeyStoreError>;

    /// The commit mark last given to `remember_commit_mark`, or none. It must live outside the
    /// store's folder (beside the key: the Keychain, or the app's no-backup files), so that a
    /// copy of the store's files put back does not bring an older mark with it.
    fn last_commit_mark(&self) -> Result<Option<CommitMark>, KeyStoreError>;

    /// Keeps `mark` in place of the last one. Called after the store is opened and after every
    /// call that committed a write. A failure is ignored (the next write tries again): the mark
    /// only guards against an older copy of the whole file, and must never stop a person from
    /// using their store.
    fn remember_commit_mark(&self, mark: CommitMark) -> Result<(), KeyStoreError>;
}

/// Why the key store could not provide the key.
#[derive(Debug, thiserror::Error, uniffi::Error)]
pub enum KeyStoreError {
    /// The key exists but cannot be used now (for example the device is locked).
    #[error("the key is unavailable: {reason}")]
    Unavailable {
        /// The platform's words (no key material).
        reason: String,
    },
    /// The shell threw something unexpected.
    #[error("the key store failed: {reason}")]
    Failed {
        /// What was thrown.
        reason: String,
    },
}

impl From<uniffi::UnexpectedUniFFICallbackError> for KeyStoreError {
    fn from(error: uniffi::UnexpectedUniFFICallbackError) -> Self {
        KeyStoreError::Failed {
            reason: error.reason,
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
