//! Key derivation for key slots: how a key source becomes a slot's key material, the
//! parameters a slot stores for it, and the bounds those parameters must meet when read back.
//!
//! ```text
//! params = version u8 = 1 | kdf u8 | kdf fields | salt length u8 = 32 | salt [32]
//!   kdf 1  platform key: HKDF only           fields = 0 u32 BE
//!   kdf 2  PBKDF2-HMAC-SHA256 (read only)    fields = iterations u32 BE
//!   kdf 3  Argon2id v1.3 (RFC 9106)          fields = memory KiB u32 BE | passes u32 BE | lanes u8
//! ```
//!
//! New passphrase slots use Argon2id with 64 MiB, 3 passes and 1 lane, over the passphrase in
//! Unicode NFC, so "é" typed as one code point or as "e" plus an accent opens the same store.
//! PBKDF2 slots (kdf 2, written before Argon2id) still open, over the passphrase's bytes as
//! typed, exactly as they always did; the store upgrades them at the next unlock. Every
//! parameter read from a file is bounded before any work is done, so a forged slot cannot ask
//! for gigabytes of memory or hours of hashing, nor for less than 64 MiB.

use std::num::NonZeroU32;

use argon2::{Algorithm, Argon2, Params, Version};
use unicode_normalization::UnicodeNormalization;
use zeroize::Zeroizing;

use super::keys::{KEY_LEN, KeySource, Passphrase, stretch_passphrase};
use crate::error::{Error, Result};

/// Length of a slot's salt, in bytes.
pub const SALT_LEN: usize = 32;

/// Memory of a new Argon2id slot, in KiB (64 MiB).
pub const ARGON2_MEMORY_KIB: u32 = 64 * 1024;
/// Passes of a new Argon2id slot.
pub const ARGON2_PASSES: u32 = 3;
/// Lanes of a new Argon2id slot (this implementation runs them one after another).
pub const ARGON2_LANES: u32 = 1;
/// The most memory a stored Argon2id slot may ask for, in KiB (256 MiB).
const ARGON2_MAX_MEMORY_KIB: u32 = 256 * 1024;
/// The most passes a stored Argon2id slot may ask for.
const ARGON2_MAX_PASSES: u32 = 8;
/// The most lanes a stored Argon2id slot may ask for.
const ARGON2_MAX_LANES: u32 = 4;

/// PBKDF2 rounds of the passphrase slots written before Argon2id.
pub const PBKDF2_ITERATIONS: u32 = 600_000;
/// The fewest rounds a stored PBKDF2 slot may claim.
const PBKDF2_MIN_ITERATIONS: u32 = 100_000;
/// The most rounds a stored PBKDF2 slot may claim, so a forged file cannot stall unlocking.
const PBKDF2_MAX_ITERATIONS: u32 = 10_000_000;

const PARAMS_VERSION: u8 = 1;
const KDF_PLATFORM: u8 = 1;
const KDF_PBKDF2: u8 = 2;
const KDF_ARGON2ID: u8 = 3;

/// Which derivation a slot uses, with its cost.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Kdf {
    /// A platform key: no stretching.
    Platform,
    /// PBKDF2-HMAC-SHA256 (passphrase slots written before Argon2id).
    Pbkdf2 {
        /// Rounds.
        iterations: u32,
    },
    /// Argon2id over the NFC form of the passphrase.
    Argon2id {
        /// Memory in KiB.
        memory_kib: u32,
        /// Passes over the memory.
        passes: u32,
        /// Lanes.
        lanes: u32,
    },
}

/// A slot's derivation and salt: what its `params` column holds.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SlotParams {
    /// The derivation.
    pub kdf: Kdf,
    /// The salt of the derivation and of the HKDF that follows it.
    pub salt: [u8; SALT_LEN],
}

impl SlotParams {
    /// What a new slot for `source` uses: Argon2id for a passphrase.
    pub fn current(source: &KeySource, salt: [u8; SALT_LEN]) -> Self {
        let kdf = match source {
            KeySource::Platform(_) => Kdf::Platform,
            KeySource::Passphrase(_) => Kdf::Argon2id {
                memory_kib: ARGON2_MEMORY_KIB,
                passes: ARGON2_PASSES,
                lanes: ARGON2_LANES,
            },
        };
        Self { kdf, salt }
    }

    /// Whether a slot with these parameters should be rewritten with [`SlotParams::current`].
    pub fn is_outdated(&self) -> bool {
        matches!(self.kdf, Kdf::Pbkdf2 { .. })
    }

    /// The bytes stored in the `params` column.
    pub fn encode(&self) -> Vec<u8> {
        let mut out = vec![PARAMS_VERSION];
        match self.kdf {
            Kdf::Platform => {
                out.push(KDF_PLATFORM);
                out.extend_from_slice(&0u32.to_be_bytes());
            }
            Kdf::Pbkdf2 { iterations } => {
                out.push(KDF_PBKDF2);
                out.extend_from_slice(&iterations.to_be_bytes());
            }
            Kdf::Argon2id {
                memory_kib,
                passes,
                lanes,
            } => {
                out.push(KDF_ARGON2ID);
                out.extend_from_slice(&memory_kib.to_be_bytes());
                out.extend_from_slice(&passes.to_be_bytes());
                // Bounded to 1..=4 by every constructor and by `decode`.
                out.push(u8::try_from(lanes).unwrap_or(u8::MAX));
            }
        }
        out.push(SALT_LEN as u8);
        out.extend_from_slice(&self.salt);
        out
    }

    /// Parses and bounds stored parameters. Anything malformed or out of bounds is
    /// [`Error::KeyDataDamaged`], found before any key derivation runs.
    pub fn decode(params: &[u8]) -> Result<Self> {
        let damaged = Error::KeyDataDamaged;
        let (&version, rest) = params.split_first().ok_or(Error::KeyDataDamaged)?;
        let (&kdf, rest) = rest.split_first().ok_or(Error::KeyDataDamaged)?;
        if version != PARAMS_VERSION {
            return Err(damaged);
        }
        let word = |bytes: &[u8], at: usize| -> Result<u32> {
            let word: [u8; 4] = bytes
                .get(at..at + 4)
                .and_then(|word| word.try_into().ok())
                .ok_or(Error::KeyDataDamaged)?;
            Ok(u32::from_be_bytes(word))
        };
        let (kdf, rest) = match kdf {
            KDF_PLATFORM if word(rest, 0)? == 0 => (Kdf::Platform, &rest[4..]),
            KDF_PBKDF2 => {
                let iterations = word(rest, 0)?;
                if !(PBKDF2_MIN_ITERATIONS..=PBKDF2_MAX_ITERATIONS).contains(&iterations) {
                    return Err(damaged);
                }
                (Kdf::Pbkdf2 { iterations }, &rest[4..])
            }
            KDF_ARGON2ID => {
                let memory_kib = word(rest, 0)?;
                let passes = word(rest, 4)?;
                let lanes = u32::from(*rest.get(8).ok_or(Error::KeyDataDamaged)?);
                let bounded = (ARGON2_MEMORY_KIB..=ARGON2_MAX_MEMORY_KIB).contains(&memory_kib)
                    && (1..=ARGON2_MAX_PASSES).contains(&passes)
                    && (1..=ARGON2_MAX_LANES).contains(&lanes);
                if !bounded {
                    return Err(damaged);
                }
                let kdf = Kdf::Argon2id {
                    memory_kib,
                    passes,
                    lanes,
                };
                (kdf, &rest[9..])
            }
            _ => return Err(damaged),
        };
        let (&salt_len, salt) = rest.split_first().ok_or(Error::KeyDataDamaged)?;
        if usize::from(salt_len) != SALT_LEN {
            return Err(damaged);
        }
        let salt: [u8; SALT_LEN] = salt.try_into().map_err(|_| Error::KeyDataDamaged)?;
        Ok(Self { kdf, salt })
    }

    /// The key material `source` yields under these parameters. A source of the wrong kind
    /// for the slot is [`Error::KeyDataDamaged`]: the store only offers a slot its own kind.
    pub fn material(&self, source: &KeySource) -> Result<Zeroizing<Vec<u8>>> {
        match (source, self.kdf) {
            (KeySource::Platform(key), Kdf::Platform) => Ok(Zeroizing::new(key.bytes().to_vec())),
            (KeySource::Passphrase(passphrase), Kdf::Pbkdf2 { iterations }) => {
                let rounds = NonZeroU32::new(iterations).ok_or(Error::KeyDataDamaged)?;
                let stretched = stretch_passphrase(passphrase, &self.salt, rounds);
                Ok(Zeroizing::new(stretched.to_vec()))
            }
            (
                KeySource::Passphrase(passphrase),
                Kdf::Argon2id {
                    memory_kib,
                    passes,
                    lanes,
                },
            ) => argon2id(passphrase, &self.salt, memory_kib, passes, lanes),
            _ => Err(Error::KeyDataDamaged),
        }
    }
}

/// Argon2id over the NFC form of `passphrase`, into 32 zeroized bytes.
fn argon2id(
    passphrase: &Passphrase,
    salt: &[u8],
    memory_kib: u32,
    passes: u32,
    lanes: u32,
) -> Result<Zeroizing<Vec<u8>>> {
    let params =
        Params::new(memory_kib, passes, lanes, Some(KEY_LEN)).map_err(|_| Error::KeyDataDamaged)?;
    let normalised = Zeroizing::new(passphrase.text().nfc().collect::<String>());
    let mut out = Zeroizing::new(vec![0u8; KEY_LEN]);
    Argon2::new(Algorithm::Argon2id, Version::V0x13, params)
        .hash_password_into(normalised.as_bytes(), salt, &mut out)
        .map_err(|_| Error::KeyDataDamaged)?;
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn argon2(memory_kib: u32, passes: u32, lanes: u32) -> Vec<u8> {
        SlotParams {
            kdf: Kdf::Argon2id {
                memory_kib,
                passes,
                lanes,
            },
            salt: [9; SALT_LEN],
        }
        .encode()
    }

    #[test]
    fn parameters_round_trip() {
        for kdf in [
            Kdf::Platform,
            Kdf::Pbkdf2 {
                iterations: PBKDF2_ITERATIONS,
            },
            Kdf::Argon2id {
                memory_kib: ARGON2_MEMORY_KIB,
                passes: ARGON2_PASSES,
                lanes: ARGON2_LANES,
            },
        ] {
            let params = SlotParams {
                kdf,
                salt: [3; SALT_LEN],
            };
            assert_eq!(SlotParams::decode(&params.encode()).unwrap(), params);
        }
    }

    #[test]
    fn hostile_or_weak_argon2_parameters_are_refused_before_any_work() {
        for params in [
            argon2(u32::MAX, 3, 1), // 4 TiB of memory
            argon2(ARGON2_MAX_MEMORY_KIB + 1, 3, 1),
            argon2(ARGON2_MEMORY_KIB - 1, 3, 1), // weaker than 64 MiB
            argon2(ARGON2_MEMORY_KIB, u32::MAX, 1), // hours of passes
            argon2(ARGON2_MEMORY_KIB, 0, 1),
            argon2(ARGON2_MEMORY_KIB, 3, 0),
            argon2(ARGON2_MEMORY_KIB, 3, 200),
        ] {
            assert!(matches!(
                SlotParams::decode(&params),
                Err(Error::KeyDataDamaged)
            ));
        }
    }

    #[test]
    fn malformed_parameters_are_damage() {
        let good = argon2(ARGON2_MEMORY_KIB, 3, 1);
        for cut in 0..good.len() {
            assert!(SlotParams::decode(&good[..cut]).is_err(), "cut at {cut}");
        }
        let mut longer = good.clone();
        longer.push(0);
        assert!(SlotParams::decode(&longer).is_err());
        let mut unknown = good;
        unknown[1] = 4;
        assert!(SlotParams::decode(&unknown).is_err());
    }
}
