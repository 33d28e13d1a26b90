//! Key slots: the data key wrapped under each key source that may open the store.
//!
//! ```text
//! params  = see the kdf module: version 1 | kdf (1 platform, 2 PBKDF2, 3 Argon2id) | cost | salt
//! check   = HMAC-SHA256(check key, "cairn/v1/key-check")          (32 bytes)
//! wrapped = nonce [12] | AES-256-GCM(wrap key, data key) | tag [16]
//!           AAD = "cairn/v1/key-slot" 0x00 | params
//! ```
//!
//! The key material (the platform key, or the stretched passphrase) goes through HKDF-SHA256
//! with the slot's salt into two keys, the wrap key and the check key, so the check reveals
//! nothing about the wrap key. The check is what tells a wrong key (the check fails and nothing
//! else is tried) from damaged key data (the check passes but the wrapped key does not open).
//! The parameters are bounded when read (see [`super::kdf`]), so a hostile file cannot make
//! unlocking hang, and they are authenticated as the wrapped key's associated data.

use ring::aead::{Aad, NONCE_LEN, Nonce};
use ring::hmac;
use zeroize::Zeroizing;

use super::kdf::{Kdf, SALT_LEN, SlotParams};
use super::keys::{DataKey, KEY_LEN, KeySource, aead_key, derive_key, random_bytes};
use crate::error::{Error, Result};

/// PBKDF2 rounds of the passphrase slots written before Argon2id (they still open).
pub const PASSPHRASE_ITERATIONS: u32 = super::kdf::PBKDF2_ITERATIONS;

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

fn slot_keys(source: &KeySource, params: &SlotParams) -> Result<SlotKeys> {
    let material = params.material(source)?;
    let wrap = derive_key(&params.salt, &material, b"cairn/v1/key-slot/wrap")?;
    let check = derive_key(&params.salt, &material, b"cairn/v1/key-slot/check")?;
    Ok(SlotKeys {
        wrap,
        check: hmac::Key::new(hmac::HMAC_SHA256, check.as_slice()),
    })
}

impl KeySlot {
    /// Wraps `data_key` under `source` with a fresh salt and nonce, with today's derivation
    /// (Argon2id for a passphrase).
    pub(crate) fn create(source: &KeySource, data_key: &DataKey) -> Result<Self> {
        let params = SlotParams::current(source, random_bytes::<SALT_LEN>()?);
        Self::create_with(source, data_key, &params, random_bytes()?)
    }

    /// Wraps with given parameters and nonce (for [`KeySlot::create`] and known-answer
    /// vectors).
    pub(crate) fn create_with(
        source: &KeySource,
        data_key: &DataKey,
        slot_params: &SlotParams,
        nonce: [u8; NONCE_LEN],
    ) -> Result<Self> {
        let params = slot_params.encode();
        let keys = slot_keys(source, slot_params)?;
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
        let params = SlotParams::decode(&self.params)?;
        let keys = slot_keys(source, &params)?;
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

    /// Whether this slot uses a derivation older than today's (PBKDF2), so the store should
    /// rewrap it once it has been opened. A slot whose parameters do not parse is not.
    pub(crate) fn is_outdated(&self) -> bool {
        SlotParams::decode(&self.params).is_ok_and(|params| params.is_outdated())
    }

    /// The derivation this slot uses, if its parameters parse.
    pub fn kdf(&self) -> Option<Kdf> {
        SlotParams::decode(&self.params)
            .ok()
            .map(|params| params.kdf)
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

    fn passphrase(text: &str) -> KeySource {
        KeySource::Passphrase(Passphrase::new(text.into()).unwrap())
    }

    #[test]
    fn a_new_passphrase_slot_is_argon2id_and_any_unicode_form_of_it_opens() {
        let data_key = DataKey::generate().unwrap();
        // "café" with a composed é, then with "e" and a combining acute accent.
        let slot = KeySlot::create(&passphrase("caf\u{e9} con leche"), &data_key).unwrap();
        assert!(
            matches!(slot.kdf(), Some(Kdf::Argon2id { memory_kib, .. }) if memory_kib >= 65536)
        );
        assert!(!slot.is_outdated());
        let opened = slot.unlock(&passphrase("cafe\u{301} con leche")).unwrap();
        assert_eq!(opened.bytes(), data_key.bytes());
        assert!(matches!(
            slot.unlock(&passphrase("cafe con leche")),
            Err(Error::WrongKey)
        ));
    }

    #[test]
    fn a_pbkdf2_slot_still_opens_and_says_it_is_outdated() {
        let data_key = DataKey::generate().unwrap();
        let params = SlotParams {
            kdf: Kdf::Pbkdf2 {
                iterations: PASSPHRASE_ITERATIONS,
            },
            salt: [5; SALT_LEN],
        };
        let source = passphrase("correct horse");
        let slot = KeySlot::create_with(&source, &data_key, &params, [6; NONCE_LEN]).unwrap();
        assert!(slot.is_outdated());
        assert_eq!(slot.unlock(&source).unwrap().bytes(), data_key.bytes());
        assert!(matches!(
            slot.unlock(&passphrase("correct horsE")),
            Err(Error::WrongKey)
        ));
    }

    #[test]
    fn a_slot_of_the_other_kind_is_damage_not_a_wrong_key() {
        let data_key = DataKey::generate().unwrap();
        let slot = KeySlot::create(&platform(1), &data_key).unwrap();
        assert!(matches!(
            slot.unlock(&passphrase("correct horse")),
            Err(Error::KeyDataDamaged)
        ));
    }
}
