//! Key slots: the data key wrapped under each key source that may open the store.
//!
//! ```text
//! params  = version u8 = 1 | kdf u8 | iterations u32 BE | salt length u8 | salt
//!           kdf 1 = HKDF-SHA256 over a 32-byte platform key (iterations 0)
//!           kdf 2 = PBKDF2-HMAC-SHA256 over a passphrase, then HKDF-SHA256
//! check   = HMAC-SHA256(check key, "cairn/v1/key-check")          (32 bytes)
//! wrapped = nonce [12] | AES-256-GCM(wrap key, data key) | tag [16]
//!           AAD = "cairn/v1/key-slot" 0x00 | params
//! ```
//!
//! The wrap key and the check key are two HKDF outputs of the slot's key material, so the check
//! reveals nothing about the wrap key. The check is what tells a wrong key (the check fails and
//! nothing else is tried) from damaged key data (the check passes but the wrapped key does not
//! open). Iteration counts read from a file are bounded, so a hostile file cannot make unlocking
//! hang. A passphrase change replaces one slot and never touches the records.

use std::num::NonZeroU32;

use ring::aead::{Aad, NONCE_LEN, Nonce};
use ring::hmac;
use zeroize::Zeroizing;

use super::keys::{
    DataKey, KEY_LEN, KeySource, aead_key, derive_key, random_bytes, stretch_passphrase,
};
use crate::error::{Error, Result};

/// PBKDF2 rounds for a new passphrase slot (OWASP's 2023 figure for PBKDF2-HMAC-SHA256).
pub const PASSPHRASE_ITERATIONS: u32 = 600_000;
/// The fewest rounds a stored passphrase slot may claim.
const MIN_ITERATIONS: u32 = 100_000;
/// The most rounds a stored passphrase slot may claim, so a forged file cannot stall unlocking.
const MAX_ITERATIONS: u32 = 10_000_000;

const PARAMS_VERSION: u8 = 1;
const KDF_PLATFORM: u8 = 1;
const KDF_PASSPHRASE: u8 = 2;
const SALT_LEN: usize = 32;
const WRAP_AAD_LABEL: &[u8] = b"cairn/v1/key-slot\0";
const CHECK_MESSAGE: &[u8] = b"cairn/v1/key-check";

/// Which kind of key source a slot is for; at most one slot of each kind per store.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum SlotKind {
    /// A platform key from a shell.
    Platform,
    /// A passphrase.
    Passphrase,
}

impl SlotKind {
    /// The number stored in the `key_slot` table.
    pub fn code(self) -> i64 {
        match self {
            SlotKind::Platform => 1,
            SlotKind::Passphrase => 2,
        }
    }

    /// The kind a key source opens.
    pub fn of(source: &KeySource) -> Self {
        match source {
            KeySource::Platform(_) => SlotKind::Platform,
            KeySource::Passphrase(_) => SlotKind::Passphrase,
        }
    }

    /// Words for messages.
    pub fn describe(self) -> &'static str {
        match self {
            SlotKind::Platform => "platform key",
            SlotKind::Passphrase => "passphrase",
        }
    }
}

/// One wrapped copy of the data key.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct KeySlot {
    /// Parameters of the key derivation, authenticated as AAD of `wrapped`.
    pub params: Vec<u8>,
    /// The HMAC that tells a right key from a wrong one.
    pub check: Vec<u8>,
    /// The wrapped data key.
    pub wrapped: Vec<u8>,
}

/// The two keys a slot's key material yields.
struct SlotKeys {
    wrap: Zeroizing<[u8; KEY_LEN]>,
    check: hmac::Key,
}

fn slot_keys(source: &KeySource, salt: &[u8], iterations: u32) -> Result<SlotKeys> {
    let material = match source {
        KeySource::Platform(key) => Zeroizing::new(key.bytes().to_vec()),
        KeySource::Passphrase(passphrase) => {
            let rounds = NonZeroU32::new(iterations).ok_or(Error::KeyDataDamaged)?;
            Zeroizing::new(stretch_passphrase(passphrase, salt, rounds).to_vec())
        }
    };
    let wrap = derive_key(salt, &material, b"cairn/v1/key-slot/wrap")?;
    let check = derive_key(salt, &material, b"cairn/v1/key-slot/check")?;
    Ok(SlotKeys {
        wrap,
        check: hmac::Key::new(hmac::HMAC_SHA256, check.as_slice()),
    })
}

fn encode_params(kdf: u8, iterations: u32, salt: &[u8; SALT_LEN]) -> Vec<u8> {
    let mut params = Vec::with_capacity(7 + SALT_LEN);
    params.extend_from_slice(&[PARAMS_VERSION, kdf]);
    params.extend_from_slice(&iterations.to_be_bytes());
    params.push(SALT_LEN as u8);
    params.extend_from_slice(salt);
    params
}

/// Parses and bounds stored parameters: (kdf, iterations, salt).
fn decode_params(params: &[u8]) -> Result<(u8, u32, &[u8])> {
    let damaged = Error::KeyDataDamaged;
    if params.len() < 7 || params[0] != PARAMS_VERSION {
        return Err(damaged);
    }
    let kdf = params[1];
    let iterations = u32::from_be_bytes([params[2], params[3], params[4], params[5]]);
    let salt = &params[7..];
    if salt.len() != usize::from(params[6]) || salt.len() != SALT_LEN {
        return Err(damaged);
    }
    match kdf {
        KDF_PLATFORM if iterations == 0 => Ok((kdf, iterations, salt)),
        KDF_PASSPHRASE if (MIN_ITERATIONS..=MAX_ITERATIONS).contains(&iterations) => {
            Ok((kdf, iterations, salt))
        }
        _ => Err(damaged),
    }
}

impl KeySlot {
    /// Wraps `data_key` under `source` with a fresh salt and nonce.
    pub(crate) fn create(source: &KeySource, data_key: &DataKey) -> Result<Self> {
        Self::create_with(source, data_key, random_bytes()?, random_bytes()?)
    }

    /// Wraps with a given salt and nonce (for [`KeySlot::create`] and known-answer vectors).
    pub(crate) fn create_with(
        source: &KeySource,
        data_key: &DataKey,
        salt: [u8; SALT_LEN],
        nonce: [u8; NONCE_LEN],
    ) -> Result<Self> {
        let (kdf, iterations) = match source {
            KeySource::Platform(_) => (KDF_PLATFORM, 0),
            KeySource::Passphrase(_) => (KDF_PASSPHRASE, PASSPHRASE_ITERATIONS),
        };
        let params = encode_params(kdf, iterations, &salt);
        let keys = slot_keys(source, &salt, iterations)?;
        let check = hmac::sign(&keys.check, CHECK_MESSAGE).as_ref().to_vec();

        let mut aad = WRAP_AAD_LABEL.to_vec();
        aad.extend_from_slice(&params);
        let mut sealed = Zeroizing::new(data_key.bytes().to_vec());
        aead_key(keys.wrap.as_slice())?
            .seal_in_place_append_tag(
                Nonce::assume_unique_for_key(nonce),
                Aad::from(aad),
                &mut *sealed,
            )
            .map_err(|_| Error::KeyDataDamaged)?;
        let mut wrapped = nonce.to_vec();
        wrapped.extend_from_slice(&sealed);
        Ok(Self {
            params,
            check,
            wrapped,
        })
    }

    /// Unwraps the data key with `source`. A failed check is [`Error::WrongKey`]; a passed check
    /// with a wrapped key that does not open is [`Error::KeyDataDamaged`].
    pub(crate) fn unlock(&self, source: &KeySource) -> Result<DataKey> {
        let (kdf, iterations, salt) = decode_params(&self.params)?;
        let expected_kdf = match source {
            KeySource::Platform(_) => KDF_PLATFORM,
            KeySource::Passphrase(_) => KDF_PASSPHRASE,
        };
        if kdf != expected_kdf {
            return Err(Error::KeyDataDamaged);
        }
        let keys = slot_keys(source, salt, iterations)?;
        hmac::verify(&keys.check, CHECK_MESSAGE, &self.check).map_err(|_| Error::WrongKey)?;

        if self.wrapped.len() != NONCE_LEN + KEY_LEN + 16 {
            return Err(Error::KeyDataDamaged);
        }
        let nonce: [u8; NONCE_LEN] = self.wrapped[..NONCE_LEN]
            .try_into()
            .map_err(|_| Error::KeyDataDamaged)?;
        let mut aad = WRAP_AAD_LABEL.to_vec();
        aad.extend_from_slice(&self.params);
        let mut sealed = Zeroizing::new(self.wrapped[NONCE_LEN..].to_vec());
        let opened = aead_key(keys.wrap.as_slice())?
            .open_in_place(
                Nonce::assume_unique_for_key(nonce),
                Aad::from(aad),
                &mut sealed,
            )
            .map_err(|_| Error::KeyDataDamaged)?;
        let bytes: [u8; KEY_LEN] = (&*opened).try_into().map_err(|_| Error::KeyDataDamaged)?;
        Ok(DataKey::from_bytes(bytes))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::crypto::keys::{Passphrase, PlatformKey};

    fn platform(byte: u8) -> KeySource {
        KeySource::Platform(PlatformKey::from_bytes(&[byte; 32]).unwrap())
    }

    #[test]
    fn right_key_unwraps_wrong_key_is_wrong_key() {
        let data_key = DataKey::generate().unwrap();
        let slot = KeySlot::create(&platform(1), &data_key).unwrap();
        assert_eq!(slot.unlock(&platform(1)).unwrap().bytes(), data_key.bytes());
        assert!(matches!(slot.unlock(&platform(2)), Err(Error::WrongKey)));
    }

    #[test]
    fn damaged_wrapped_key_is_not_a_wrong_key() {
        let data_key = DataKey::generate().unwrap();
        let mut slot = KeySlot::create(&platform(1), &data_key).unwrap();
        slot.wrapped[20] ^= 1;
        assert!(matches!(
            slot.unlock(&platform(1)),
            Err(Error::KeyDataDamaged)
        ));
    }

    #[test]
    fn hostile_iteration_counts_are_refused_before_any_work() {
        let data_key = DataKey::generate().unwrap();
        let source = KeySource::Passphrase(Passphrase::new("correct horse".into()).unwrap());
        let mut slot = KeySlot::create(&source, &data_key).unwrap();
        slot.params[2..6].copy_from_slice(&u32::MAX.to_be_bytes());
        assert!(matches!(slot.unlock(&source), Err(Error::KeyDataDamaged)));
    }
}
