//! Key material: what the shells hand in, the store's data key, and the subkeys derived from it.
//!
//! The data key is 32 random bytes made once per store and never written anywhere in the clear;
//! it only derives subkeys (HKDF-SHA256 with the store's salt and a distinct label per purpose),
//! so no content is ever encrypted directly under it. Every buffer holding key material is
//! zeroized when dropped. (`ring`'s expanded AES key schedules are not zeroized by `ring`; that is
//! a known limit of the crate.)

use std::fmt;
use std::num::NonZeroU32;

use ring::rand::{SecureRandom, SystemRandom};
use ring::{aead, hkdf, hmac};
use zeroize::Zeroizing;

use crate::error::{Error, Result};

/// Length of every symmetric key in Cairn, in bytes.
pub const KEY_LEN: usize = 32;

/// The shortest passphrase accepted when one is set or changed.
pub const MIN_PASSPHRASE_CHARS: usize = 8;
/// The longest passphrase accepted, in bytes.
pub const MAX_PASSPHRASE_BYTES: usize = 1024;

/// Fills `N` bytes from the operating system's secure random generator.
pub(crate) fn random_bytes<const N: usize>() -> Result<[u8; N]> {
    let mut bytes = [0u8; N];
    SystemRandom::new()
        .fill(&mut bytes)
        .map_err(|_| Error::Io(std::io::Error::other("the system random generator failed")))?;
    Ok(bytes)
}

/// A 32-byte key kept by the platform (Android Keystore, iOS Keychain) and handed to the core.
pub struct PlatformKey(Zeroizing<[u8; KEY_LEN]>);

impl PlatformKey {
    /// Accepts exactly 32 bytes.
    pub fn from_bytes(bytes: &[u8]) -> Result<Self> {
        let array: [u8; KEY_LEN] = bytes
            .try_into()
            .map_err(|_| Error::invalid("platform_key", "must be exactly 32 bytes"))?;
        Ok(Self(Zeroizing::new(array)))
    }

    pub(crate) fn bytes(&self) -> &[u8] {
        self.0.as_slice()
    }
}

impl fmt::Debug for PlatformKey {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("PlatformKey(..)")
    }
}

/// A passphrase typed by the person (the terminal shell's key source).
pub struct Passphrase(Zeroizing<String>);

impl Passphrase {
    /// Accepts any non-empty passphrase up to 1024 bytes; use [`Passphrase::new_for_setting`]
    /// when the person chooses a new one.
    pub fn new(passphrase: String) -> Result<Self> {
        let passphrase = Zeroizing::new(passphrase);
        if passphrase.is_empty() {
            return Err(Error::invalid("passphrase", "is empty"));
        }
        if passphrase.len() > MAX_PASSPHRASE_BYTES {
            return Err(Error::invalid("passphrase", "is longer than 1024 bytes"));
        }
        Ok(Self(passphrase))
    }

    /// Like [`Passphrase::new`], and also refuses passphrases shorter than 8 characters.
    pub fn new_for_setting(passphrase: String) -> Result<Self> {
        let passphrase = Self::new(passphrase)?;
        passphrase.check_strength()?;
        Ok(passphrase)
    }

    /// Refuses a passphrase too short to protect a new store or to replace an old one.
    pub fn check_strength(&self) -> Result<()> {
        if self.0.chars().count() < MIN_PASSPHRASE_CHARS {
            return Err(Error::invalid(
                "passphrase",
                "must be at least 8 characters",
            ));
        }
        Ok(())
    }

    pub(crate) fn bytes(&self) -> &[u8] {
        self.0.as_bytes()
    }

    pub(crate) fn text(&self) -> &str {
        &self.0
    }
}

impl fmt::Debug for Passphrase {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("Passphrase(..)")
    }
}

/// What unlocks a store.
#[derive(Debug)]
pub enum KeySource {
    /// A key from the platform key store (the mobile shells).
    Platform(PlatformKey),
    /// A passphrase stretched with Argon2id (the terminal shell).
    Passphrase(Passphrase),
}

impl KeySource {
    /// A second copy of this key source, for a store that keeps the one it was opened with
    /// (so a passphrase change can rewrap every slot). Both copies zeroize when dropped.
    pub(crate) fn duplicate(&self) -> Self {
        match self {
            KeySource::Platform(key) => KeySource::Platform(PlatformKey(Zeroizing::new(*key.0))),
            KeySource::Passphrase(passphrase) => {
                KeySource::Passphrase(Passphrase(Zeroizing::new(String::clone(&passphrase.0))))
            }
        }
    }
}

/// The store's random data key. Never stored in the clear; only wrapped by key slots.
pub(crate) struct DataKey(Zeroizing<[u8; KEY_LEN]>);

impl DataKey {
    pub(crate) fn generate() -> Result<Self> {
        Ok(Self(Zeroizing::new(random_bytes()?)))
    }

    pub(crate) fn from_bytes(bytes: [u8; KEY_LEN]) -> Self {
        Self(Zeroizing::new(bytes))
    }

    pub(crate) fn bytes(&self) -> &[u8; KEY_LEN] {
        &self.0
    }
}

/// An output length for `ring`'s HKDF, which wants a type rather than a number.
struct OutputLen(usize);

impl hkdf::KeyType for OutputLen {
    fn len(&self) -> usize {
        self.0
    }
}

/// HKDF-SHA256: extract with `salt`, expand with `label`, into 32 zeroized bytes.
pub(crate) fn derive_key(
    salt: &[u8],
    material: &[u8],
    label: &[u8],
) -> Result<Zeroizing<[u8; KEY_LEN]>> {
    let prk = hkdf::Salt::new(hkdf::HKDF_SHA256, salt).extract(material);
    let mut out = Zeroizing::new([0u8; KEY_LEN]);
    prk.expand(&[label], OutputLen(KEY_LEN))
        .and_then(|okm| okm.fill(out.as_mut_slice()))
        .map_err(|_| Error::KeyDataDamaged)?;
    Ok(out)
}

/// PBKDF2-HMAC-SHA256 into 32 zeroized bytes.
pub(crate) fn stretch_passphrase(
    passphrase: &Passphrase,
    salt: &[u8],
    iterations: NonZeroU32,
) -> Zeroizing<[u8; KEY_LEN]> {
    let mut out = Zeroizing::new([0u8; KEY_LEN]);
    ring::pbkdf2::derive(
        ring::pbkdf2::PBKDF2_HMAC_SHA256,
        iterations,
        salt,
        passphrase.bytes(),
        out.as_mut_slice(),
    );
    out
}

/// An AES-256-GCM key from 32 bytes.
pub(crate) fn aead_key(bytes: &[u8]) -> Result<aead::LessSafeKey> {
    aead::UnboundKey::new(&aead::AES_256_GCM, bytes)
        .map(aead::LessSafeKey::new)
        .map_err(|_| Error::KeyDataDamaged)
}

/// The subkeys an unlocked store works with, all derived from the data key.
pub(crate) struct StoreKeys {
    /// The epoch whose record key seals new envelopes.
    pub(crate) epoch: u32,
    /// Seals and opens record envelopes of `epoch`.
    pub(crate) record: aead::LessSafeKey,
    /// Seals the store's manifest: which records exist, at which revision, and how many
    /// writes the store has committed (see `store::manifest`).
    pub(crate) manifest: aead::LessSafeKey,
    /// Seals the canary that proves the data key and the store's salt belong together.
    pub(crate) canary: aead::LessSafeKey,
    /// Keys the ids of planned notifications, which leave the store (the OS lists them in
    /// plain text), so no id can be rebuilt from a guess or matched across two stores.
    pub(crate) notification_id: hmac::Key,
}

impl StoreKeys {
    pub(crate) fn derive(data_key: &DataKey, store_salt: &[u8], epoch: u32) -> Result<Self> {
        let record_label = format!("cairn/v1/record/epoch={epoch}");
        let record = derive_key(store_salt, data_key.bytes(), record_label.as_bytes())?;
        let manifest = derive_key(store_salt, data_key.bytes(), b"cairn/v1/manifest")?;
        let canary = derive_key(store_salt, data_key.bytes(), b"cairn/v1/canary")?;
        let notification_id =
            derive_key(store_salt, data_key.bytes(), b"cairn/v1/notification-id")?;
        Ok(Self {
            epoch,
            record: aead_key(record.as_slice())?,
            manifest: aead_key(manifest.as_slice())?,
            canary: aead_key(canary.as_slice())?,
            notification_id: hmac::Key::new(hmac::HMAC_SHA256, notification_id.as_slice()),
        })
    }
}
