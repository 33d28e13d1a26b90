//! Encrypted backups for moving to a new phone: the recovery code, the file format and the
//! record payload. This module knows bytes and keys, not recovery: the companion decides which
//! records go in and how each kind is restored.

pub mod format;
pub mod payload;
pub mod recovery_code;

#[cfg(test)]
mod tests;

pub use recovery_code::RecoveryCode;
