//! `cairn-ffi`: the only crate that knows UniFFI.
//!
//! It exposes one object, [`Companion`], opened on a file path with a key source (a
//! [`KeyStore`] the shell implements, or a passphrase), records and enums mirrored from
//! `cairn-core`, and one error type, [`CairnError`]. It holds no rules: every method converts its
//! arguments, calls the core's `Companion` and converts the answer back. Dates cross the boundary
//! as ISO-8601 text ("2026-11-22", "07:30"), instants as `SystemTime` (Kotlin `Instant`, Swift
//! `Date`), record ids as 32 hexadecimal digits.

mod care;
mod companion;
mod error;
mod key_store;
mod types;

pub use companion::{Companion, wipe_store};
pub use error::CairnError;
pub use key_store::{KeyStore, KeyStoreError};
pub use types::*;

uniffi::setup_scaffolding!();
