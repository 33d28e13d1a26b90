//! The cryptography of the store, kept apart from SQL and from recovery rules.
//!
//! Three ideas live here, one per module: key material and its derivation ([`keys`]), the
//! per-record sealed envelope ([`envelope`]) and the key slots that wrap the data key under a
//! platform key or a passphrase ([`key_slot`], with the passphrase stretched by Argon2id as
//! [`kdf`] describes). Everything else uses `ring`; nothing here knows what a record means. The
//! byte formats are documented next to the code and pinned by known-answer vectors in
//! `tests/fixtures/`, so a later version that cannot read them fails its tests.

pub mod envelope;
pub mod kdf;
pub mod key_slot;
pub mod keys;

#[cfg(feature = "test-support")]
pub mod known_answer;

pub use keys::{KeySource, Passphrase, PlatformKey};
