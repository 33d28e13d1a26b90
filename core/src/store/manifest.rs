//! The sealed manifest: which records the store holds, at which revision, and how many writes
//! it has committed.
//!
//! Each envelope is bound to its row and revision, but a row can still be deleted, or put back
//! as an older copy together with its older revision, and nothing in the row says so. The
//! manifest says what should be there: one sealed row listing every record id with its
//! current revision. The revision lives only here (the record table has no `rev` column, so
//! the file does not say which records were edited or how often), and an envelope opens only
//! with the revision the manifest gives. So:
//! - a row the manifest does not list (one put back after its deletion) is damage;
//! - a row put back at an older revision fails to open: damage;
//! - a listed id with no row (a deleted record) is damage, and stays reported.
//!
//! Every committed write rewrites the manifest with its counter one higher. A copy of the
//! whole file taken earlier is self-consistent, so only something outside the file can catch
//! it: [`CommitMark`] (the store's random id and its counter) is what a shell keeps in the
//! platform key store and compares at the next open. The terminal has no such place, so a
//! whole-file rollback of a terminal store goes unnoticed (README, "How the store protects what
//! it holds").
//!
//! ```text
//! sealed    = "CM" | version u8 = 1 | nonce [12] | ciphertext | tag [16]
//! plaintext = store id [16] | counter u64 BE | count u32 BE
//!           | count × (record id [16] | revision u64 BE), ids strictly ascending
//! AAD       = "cairn/v1/manifest" 0x00 | version
//! ```
//! It is sealed under its own subkey of the data key, so a re-key reseals it.

use std::collections::BTreeMap;

use ring::aead::{Aad, NONCE_LEN, Nonce};
use rusqlite::{Connection, OptionalExtension, params};
use zeroize::Zeroizing;

use crate::crypto::keys::{StoreKeys, random_bytes};
use crate::error::{Error, Result};
use crate::id::RecordId;

const MAGIC: [u8; 2] = *b"CM";
const VERSION: u8 = 1;
const AAD_LABEL: &[u8] = b"cairn/v1/manifest\0";
const HEADER_LEN: usize = 2 + 1 + NONCE_LEN;
const FIXED_LEN: usize = 16 + 8 + 4;
const ENTRY_LEN: usize = 16 + 8;

/// Where a store stands: its random id and how many writes it has committed. A shell keeps the
/// last one it saw outside the file; a store that opens with the same id and a lower counter
/// is an older copy put back in place of the current one.
#[derive(Clone, Debug, PartialEq, Eq)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Record))]
pub struct CommitMark {
    /// The store's random id, as 32 hex digits. Fixed for the store's life (a re-key keeps
    /// it); an imported store gets a new one.
    pub store: String,
    /// How many write transactions the store has committed.
    pub counter: u64,
}

impl CommitMark {
    /// Whether this store is an older copy of the one `seen` was taken from: the same store,
    /// fewer commits. A mark of another store (after an import or a wipe) says nothing.
    pub fn is_older_than(&self, seen: &CommitMark) -> bool {
        self.store == seen.store && self.counter < seen.counter
    }
}

/// The manifest as it stands in memory.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(super) struct Manifest {
    /// The store's random id.
    pub store: [u8; 16],
    /// Committed writes so far.
    pub counter: u64,
    /// Every record the store should hold, with its revision.
    pub entries: BTreeMap<RecordId, u64>,
}

impl Manifest {
    /// A new store's manifest: a fresh id, nothing written.
    pub fn new() -> Result<Self> {
        Ok(Self {
            store: random_bytes()?,
            counter: 0,
            entries: BTreeMap::new(),
        })
    }

    /// The mark a shell keeps.
    pub fn mark(&self) -> CommitMark {
        CommitMark {
            store: self
                .store
                .iter()
                .map(|byte| format!("{byte:02x}"))
                .collect(),
            counter: self.counter,
        }
    }

    /// Reads and opens the manifest. A store without one, or with one that does not open, has
    /// lost what says which records are real: [`Error::KeyDataDamaged`].
    pub fn read(conn: &Connection, keys: &StoreKeys) -> Result<Self> {
        let sealed: Vec<u8> = conn
            .query_row(
                "SELECT sealed FROM manifest WHERE singleton = 1",
                [],
                |row| row.get(0),
            )
            .optional()
            .map_err(|error| match error {
                rusqlite::Error::InvalidColumnType(..) => Error::KeyDataDamaged,
                other => other.into(),
            })?
            .ok_or(Error::KeyDataDamaged)?;
        Self::open(keys, &sealed)
    }

    /// Writes the manifest with its counter one higher (the caller is inside the transaction
    /// whose writes it describes), and keeps that counter.
    pub fn commit(&mut self, conn: &Connection, keys: &StoreKeys) -> Result<()> {
        let counter = self.counter.checked_add(1).ok_or(Error::KeyDataDamaged)?;
        let sealed = Self {
            counter,
            ..self.clone()
        }
        .seal(keys)?;
        conn.execute(
            "INSERT OR REPLACE INTO manifest (singleton, sealed) VALUES (1, ?1)",
            params![sealed],
        )?;
        self.counter = counter;
        Ok(())
    }

    fn seal(&self, keys: &StoreKeys) -> Result<Vec<u8>> {
        let too_large = || Error::invalid("store", "is too large");
        let count = u32::try_from(self.entries.len()).map_err(|_| too_large())?;
        let mut plaintext = Zeroizing::new(Vec::with_capacity(
            FIXED_LEN + ENTRY_LEN * self.entries.len() + 16,
        ));
        plaintext.extend_from_slice(&self.store);
        plaintext.extend_from_slice(&self.counter.to_be_bytes());
        plaintext.extend_from_slice(&count.to_be_bytes());
        for (id, revision) in &self.entries {
            plaintext.extend_from_slice(id.as_bytes());
            plaintext.extend_from_slice(&revision.to_be_bytes());
        }
        let nonce: [u8; NONCE_LEN] = random_bytes()?;
        keys.manifest
            .seal_in_place_append_tag(
                Nonce::assume_unique_for_key(nonce),
                Aad::from(aad()),
                &mut *plaintext,
            )
            .map_err(|_| too_large())?;
        let mut sealed = Vec::with_capacity(HEADER_LEN + plaintext.len());
        sealed.extend_from_slice(&MAGIC);
        sealed.push(VERSION);
        sealed.extend_from_slice(&nonce);
        sealed.extend_from_slice(&plaintext);
        Ok(sealed)
    }

    fn open(keys: &StoreKeys, sealed: &[u8]) -> Result<Self> {
        let damaged = || Error::KeyDataDamaged;
        if sealed.len() < HEADER_LEN || sealed[..2] != MAGIC || sealed[2] != VERSION {
            return Err(damaged());
        }
        let nonce: [u8; NONCE_LEN] = sealed[3..HEADER_LEN].try_into().map_err(|_| damaged())?;
        let mut buffer = Zeroizing::new(sealed[HEADER_LEN..].to_vec());
        let plaintext = keys
            .manifest
            .open_in_place(
                Nonce::assume_unique_for_key(nonce),
                Aad::from(aad()),
                &mut buffer,
            )
            .map_err(|_| damaged())?;
        parse(plaintext).ok_or_else(damaged)
    }
}

fn aad() -> [u8; 18 + 1] {
    let mut aad = [0u8; 19];
    aad[..18].copy_from_slice(AAD_LABEL);
    aad[18] = VERSION;
    aad
}

/// The opened plaintext as a manifest; `None` if its shape is wrong (a count that does not
/// match the length, or ids out of order).
fn parse(plaintext: &[u8]) -> Option<Manifest> {
    let store: [u8; 16] = plaintext.get(..16)?.try_into().ok()?;
    let counter = u64::from_be_bytes(plaintext.get(16..24)?.try_into().ok()?);
    let count = u32::from_be_bytes(plaintext.get(24..FIXED_LEN)?.try_into().ok()?);
    let body = &plaintext[FIXED_LEN..];
    if body.len() != usize::try_from(count).ok()?.checked_mul(ENTRY_LEN)? {
        return None;
    }
    let mut entries = BTreeMap::new();
    let mut previous: Option<RecordId> = None;
    for entry in body.chunks_exact(ENTRY_LEN) {
        let id = RecordId::from_bytes(entry[..16].try_into().ok()?);
        if previous.is_some_and(|previous| previous >= id) {
            return None;
        }
        previous = Some(id);
        entries.insert(id, u64::from_be_bytes(entry[16..].try_into().ok()?));
    }
    Some(Manifest {
        store,
        counter,
        entries,
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::crypto::keys::DataKey;

    fn keys(salt: u8) -> StoreKeys {
        StoreKeys::derive(&DataKey::from_bytes([1; 32]), &[salt; 32], 1).unwrap()
    }

    fn manifest() -> Manifest {
        let mut manifest = Manifest::new().unwrap();
        manifest.counter = 41;
        manifest.entries.insert(RecordId::from_bytes([3; 16]), 2);
        manifest.entries.insert(RecordId::from_bytes([1; 16]), 7);
        manifest
    }

    #[test]
    fn sealing_and_opening_give_the_same_manifest() {
        let manifest = manifest();
        let sealed = manifest.seal(&keys(1)).unwrap();
        assert_eq!(sealed.len(), HEADER_LEN + FIXED_LEN + 2 * ENTRY_LEN + 16);
        assert_eq!(Manifest::open(&keys(1), &sealed).unwrap(), manifest);
    }

    #[test]
    fn another_store_key_or_any_flipped_byte_does_not_open() {
        let sealed = manifest().seal(&keys(1)).unwrap();
        assert!(matches!(
            Manifest::open(&keys(2), &sealed),
            Err(Error::KeyDataDamaged)
        ));
        for at in 0..sealed.len() {
            let mut flipped = sealed.clone();
            flipped[at] ^= 1;
            assert!(Manifest::open(&keys(1), &flipped).is_err(), "byte {at}");
        }
        assert!(Manifest::open(&keys(1), &sealed[..sealed.len() - 1]).is_err());
    }

    #[test]
    fn a_plaintext_of_the_wrong_shape_is_refused() {
        let mut plaintext = vec![0u8; FIXED_LEN];
        plaintext[FIXED_LEN - 1] = 1; // one entry announced, none present
        assert!(parse(&plaintext).is_none());
        let mut unordered = vec![0u8; FIXED_LEN];
        unordered[FIXED_LEN - 1] = 2;
        unordered.extend([[2u8; 16].as_slice(), &[0; 8], &[1; 16], &[0; 8]].concat());
        assert!(parse(&unordered).is_none());
    }

    #[test]
    fn a_mark_is_older_only_for_the_same_store_with_fewer_commits() {
        let seen = CommitMark {
            store: "ab".repeat(16),
            counter: 10,
        };
        let older = CommitMark {
            counter: 9,
            ..seen.clone()
        };
        let other_store = CommitMark {
            store: "cd".repeat(16),
            counter: 1,
        };
        assert!(older.is_older_than(&seen));
        assert!(!seen.is_older_than(&seen));
        assert!(!other_store.is_older_than(&seen));
        assert_eq!(manifest().mark().store.len(), 32);
    }
}
