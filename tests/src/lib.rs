//! Shared helpers for Cairn's cross-crate tests: a test-only record type, key sources and the
//! location of the pinned fixtures.
//!
//! The record kind used here (0xFF01) is reserved for tests and never used by the domain, so a
//! test store can be filled with marker text without depending on any recovery rule.

use std::path::{Path, PathBuf};

use cairn_core::crypto::{KeySource, Passphrase, PlatformKey};
use cairn_core::store::{Record, RecordKind, store_files};
use serde::{Deserialize, Serialize};

/// A record holding free text, for tests that look for that text in the files.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Note {
    /// Anything.
    pub text: String,
}

impl Record for Note {
    const KIND: RecordKind = RecordKind(0xFF01);
    const PADDING: cairn_core::crypto::envelope::Padding =
        cairn_core::crypto::envelope::Padding::Text;
}

/// A platform key made of one repeated byte.
pub fn platform_key(byte: u8) -> KeySource {
    match PlatformKey::from_bytes(&[byte; 32]) {
        Ok(key) => KeySource::Platform(key),
        Err(error) => panic!("a 32-byte key is valid: {error}"),
    }
}

/// A passphrase key source.
pub fn passphrase(text: &str) -> KeySource {
    match Passphrase::new(text.to_owned()) {
        Ok(passphrase) => KeySource::Passphrase(passphrase),
        Err(error) => panic!("test passphrases are valid: {error}"),
    }
}

/// `tests/fixtures/<name>`.
pub fn fixture(name: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("fixtures")
        .join(name)
}

/// The bytes of the store file and of each sidecar that exists, in order.
pub fn store_snapshot(path: &Path) -> Vec<(PathBuf, Vec<u8>)> {
    store_files(path)
        .into_iter()
        .filter_map(|file| std::fs::read(&file).ok().map(|bytes| (file, bytes)))
        .collect()
}
