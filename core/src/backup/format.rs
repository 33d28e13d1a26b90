//! The backup file format, version 1 (documented for people in `docs/backup-format.md`).
//!
//! ```text
//! header  = "CAIRNBAK" | version u8 = 1 | kdf u8 = 1 (PBKDF2-HMAC-SHA256) | iterations u32 BE
//!         | salt [32] | secrets u8 (1 = recovery code, 2 = code and passphrase)
//!         | chunk size u32 BE | wrap nonce [12] | wrapped file key [48] | header MAC [32]
//! KEK     = PBKDF2-HMAC-SHA256(code symbols | 0x00 | passphrase, salt, iterations)
//! wrapped = AES-256-GCM(KEK, file key), AAD = every header byte before the wrap nonce
//! MAC     = HMAC-SHA256(HKDF(file key, salt, "cairn/backup/v1/header"), header before the MAC)
//! body    = chunk 0 | chunk 1 | ... ; each chunk = AES-256-GCM ciphertext | tag [16]
//!           key   = HKDF(file key, salt, "cairn/backup/v1/payload")
//!           nonce = index u64 BE | 0 0 0 | final flag u8 (1 on the last chunk only)
//!           AAD   = header MAC
//!           every chunk but the last holds exactly `chunk size` bytes; the last holds fewer
//! ```
//!
//! The file key is random per backup and never derived from the store's keys. Reading bounds
//! every parameter before doing any work (iterations 100,000 to 10,000,000; chunk size 1 KiB
//! to 1 MiB), so a hostile file cannot make import hang. The header MAC is checked before any
//! chunk is opened; each chunk's nonce binds its position and whether it is the last, so
//! reordered, duplicated, dropped, truncated or appended chunks all fail.

use std::num::NonZeroU32;

use ring::aead::{Aad, LessSafeKey, NONCE_LEN, Nonce};
use ring::hmac;
use zeroize::Zeroizing;

use super::recovery_code::RecoveryCode;
use crate::crypto::keys::{KEY_LEN, Passphrase, aead_key, derive_key, random_bytes};
use crate::error::{Error, Result};

const MAGIC: &[u8; 8] = b"CAIRNBAK";
const VERSION: u8 = 1;
const KDF_PBKDF2_SHA256: u8 = 1;
const SECRETS_CODE: u8 = 1;
const SECRETS_CODE_AND_PASSPHRASE: u8 = 2;
/// PBKDF2 rounds written into new backups.
pub const ITERATIONS: u32 = 600_000;
const ITERATIONS_READABLE: std::ops::RangeInclusive<u32> = 100_000..=10_000_000;
/// Plaintext bytes per chunk in new backups.
pub const CHUNK_SIZE: u32 = 64 * 1024;
const CHUNK_SIZES_READABLE: std::ops::RangeInclusive<u32> = 1024..=1024 * 1024;
const SALT_LEN: usize = 32;
const TAG_LEN: usize = 16;
const WRAPPED_LEN: usize = KEY_LEN + TAG_LEN;
const MAC_LEN: usize = 32;
const WRAP_AT: usize = 8 + 1 + 1 + 4 + SALT_LEN + 1 + 4;
const MAC_AT: usize = WRAP_AT + NONCE_LEN + WRAPPED_LEN;
/// The length of the header in bytes.
pub const HEADER_LEN: usize = MAC_AT + MAC_LEN;

fn damaged(reason: &'static str) -> Error {
    Error::BackupDamaged { reason }
}

/// How a backup is sealed. Fixed values are for known-answer vectors only.
pub struct SealParams {
    /// PBKDF2 rounds.
    pub iterations: u32,
    /// Plaintext bytes per chunk.
    pub chunk_size: u32,
    /// KDF salt.
    pub salt: [u8; SALT_LEN],
    /// Nonce that wraps the file key.
    pub wrap_nonce: [u8; NONCE_LEN],
    /// The per-file key.
    pub file_key: Zeroizing<[u8; KEY_LEN]>,
}

impl SealParams {
    /// Fresh random salt, nonce and file key with the standard rounds and chunk size.
    pub fn random() -> Result<Self> {
        Ok(Self {
            iterations: ITERATIONS,
            chunk_size: CHUNK_SIZE,
            salt: random_bytes()?,
            wrap_nonce: random_bytes()?,
            file_key: Zeroizing::new(random_bytes()?),
        })
    }
}

/// A parsed header whose parameters are within bounds; nothing is authenticated yet.
#[derive(Debug)]
pub struct Header {
    bytes: [u8; HEADER_LEN],
    iterations: u32,
    needs_passphrase: bool,
    chunk_size: usize,
}

/// The keys of an unlocked backup.
pub struct FileKeys {
    payload: LessSafeKey,
    mac: [u8; MAC_LEN],
}

fn kek(
    code: &RecoveryCode,
    passphrase: Option<&Passphrase>,
    salt: &[u8],
    rounds: u32,
) -> Result<LessSafeKey> {
    let mut secret = code.secret();
    if let Some(passphrase) = passphrase {
        secret.push(0);
        secret.extend_from_slice(passphrase.bytes());
    }
    let rounds = NonZeroU32::new(rounds).ok_or(damaged("invalid key derivation rounds"))?;
    let mut out = Zeroizing::new([0u8; KEY_LEN]);
    ring::pbkdf2::derive(
        ring::pbkdf2::PBKDF2_HMAC_SHA256,
        rounds,
        salt,
        &secret,
        out.as_mut_slice(),
    );
    aead_key(out.as_slice())
}

fn chunk_nonce(index: u64, last: bool) -> Nonce {
    let mut nonce = [0u8; NONCE_LEN];
    nonce[..8].copy_from_slice(&index.to_be_bytes());
    nonce[NONCE_LEN - 1] = u8::from(last);
    Nonce::assume_unique_for_key(nonce)
}

fn file_keys(file_key: &[u8], salt: &[u8]) -> Result<(LessSafeKey, hmac::Key)> {
    let payload = derive_key(salt, file_key, b"cairn/backup/v1/payload")?;
    let mac = derive_key(salt, file_key, b"cairn/backup/v1/header")?;
    Ok((
        aead_key(payload.as_slice())?,
        hmac::Key::new(hmac::HMAC_SHA256, mac.as_slice()),
    ))
}

/// Seals `payload` into a backup file's bytes.
pub fn seal(
    payload: &[u8],
    code: &RecoveryCode,
    passphrase: Option<&Passphrase>,
    params: &SealParams,
) -> Result<Vec<u8>> {
    let mut out =
        Vec::with_capacity(HEADER_LEN + payload.len() + payload.len() / 1024 + TAG_LEN * 2);
    out.extend_from_slice(MAGIC);
    out.extend_from_slice(&[VERSION, KDF_PBKDF2_SHA256]);
    out.extend_from_slice(&params.iterations.to_be_bytes());
    out.extend_from_slice(&params.salt);
    out.push(if passphrase.is_some() {
        SECRETS_CODE_AND_PASSPHRASE
    } else {
        SECRETS_CODE
    });
    out.extend_from_slice(&params.chunk_size.to_be_bytes());
    let mut wrapped = Zeroizing::new(params.file_key.to_vec());
    kek(code, passphrase, &params.salt, params.iterations)?
        .seal_in_place_append_tag(
            Nonce::assume_unique_for_key(params.wrap_nonce),
            Aad::from(&out[..WRAP_AT]),
            &mut *wrapped,
        )
        .map_err(|_| damaged("cannot seal"))?;
    out.extend_from_slice(&params.wrap_nonce);
    out.extend_from_slice(&wrapped);
    let (payload_key, mac_key) = file_keys(params.file_key.as_slice(), &params.salt)?;
    let mac = hmac::sign(&mac_key, &out[..MAC_AT]);
    out.extend_from_slice(mac.as_ref());

    let size = usize::try_from(params.chunk_size).map_err(|_| damaged("invalid chunk size"))?;
    let mut chunks: Vec<&[u8]> = payload.chunks(size).collect();
    if chunks.last().is_none_or(|last| last.len() == size) {
        chunks.push(&[]); // the last chunk always holds fewer than `size` bytes
    }
    let count = chunks.len();
    for (index, chunk) in chunks.into_iter().enumerate() {
        let mut sealed = chunk.to_vec();
        payload_key
            .seal_in_place_append_tag(
                chunk_nonce(index as u64, index + 1 == count),
                Aad::from(mac.as_ref()),
                &mut sealed,
            )
            .map_err(|_| damaged("cannot seal"))?;
        out.extend_from_slice(&sealed);
    }
    Ok(out)
}

impl Header {
    /// Parses and bounds the header at the start of `file`, without any key.
    pub fn parse(file: &[u8]) -> Result<Self> {
        if file.len() < MAGIC.len() || &file[..MAGIC.len()] != MAGIC {
            return Err(Error::NotABackup);
        }
        if file.len() < HEADER_LEN {
            return Err(damaged("the file is cut short"));
        }
        if file[8] != VERSION {
            return Err(Error::NewerFormat {
                found: u32::from(file[8]),
                supported: u32::from(VERSION),
            });
        }
        if file[9] != KDF_PBKDF2_SHA256 {
            return Err(damaged("unknown key derivation"));
        }
        let iterations = u32::from_be_bytes([file[10], file[11], file[12], file[13]]);
        if !ITERATIONS_READABLE.contains(&iterations) {
            return Err(damaged("key derivation rounds out of range"));
        }
        let needs_passphrase = match file[46] {
            SECRETS_CODE => false,
            SECRETS_CODE_AND_PASSPHRASE => true,
            _ => return Err(damaged("unknown kind of secret")),
        };
        let chunk_size = u32::from_be_bytes([file[47], file[48], file[49], file[50]]);
        if !CHUNK_SIZES_READABLE.contains(&chunk_size) {
            return Err(damaged("chunk size out of range"));
        }
        let bytes: [u8; HEADER_LEN] = file[..HEADER_LEN]
            .try_into()
            .map_err(|_| damaged("the file is cut short"))?;
        let chunk_size =
            usize::try_from(chunk_size).map_err(|_| damaged("chunk size out of range"))?;
        Ok(Self {
            bytes,
            iterations,
            needs_passphrase,
            chunk_size,
        })
    }

    /// Whether this backup also needs the passphrase it was made with.
    pub fn needs_passphrase(&self) -> bool {
        self.needs_passphrase
    }

    fn salt(&self) -> &[u8] {
        &self.bytes[14..14 + SALT_LEN]
    }

    /// Derives the key from the code (and passphrase), unwraps the file key and checks the
    /// header MAC. A wrong code or passphrase is [`Error::WrongRecoveryCode`].
    pub fn unlock(&self, code: &RecoveryCode, passphrase: Option<&Passphrase>) -> Result<FileKeys> {
        match (self.needs_passphrase, passphrase.is_some()) {
            (true, false) => {
                return Err(Error::invalid(
                    "passphrase",
                    "this backup also needs its passphrase",
                ));
            }
            (false, true) => {
                return Err(Error::invalid(
                    "passphrase",
                    "this backup has no passphrase",
                ));
            }
            _ => {}
        }
        let nonce: [u8; NONCE_LEN] = self.bytes[WRAP_AT..WRAP_AT + NONCE_LEN]
            .try_into()
            .map_err(|_| damaged("header"))?;
        let mut wrapped = Zeroizing::new(self.bytes[WRAP_AT + NONCE_LEN..MAC_AT].to_vec());
        let file_key = kek(code, passphrase, self.salt(), self.iterations)?
            .open_in_place(
                Nonce::assume_unique_for_key(nonce),
                Aad::from(&self.bytes[..WRAP_AT]),
                &mut wrapped,
            )
            .map_err(|_| Error::WrongRecoveryCode)?
            .to_vec();
        self.keys_from(&Zeroizing::new(file_key))
    }

    /// Checks the header MAC with a known file key (for [`Header::unlock`] and tests).
    pub(crate) fn keys_from(&self, file_key: &[u8]) -> Result<FileKeys> {
        let (payload, mac_key) = file_keys(file_key, self.salt())?;
        hmac::verify(&mac_key, &self.bytes[..MAC_AT], &self.bytes[MAC_AT..])
            .map_err(|_| damaged("the header was altered"))?;
        let mac: [u8; MAC_LEN] = self.bytes[MAC_AT..]
            .try_into()
            .map_err(|_| damaged("header"))?;
        Ok(FileKeys { payload, mac })
    }

    /// Opens every chunk after the header and returns the payload.
    pub fn open_body(&self, keys: &FileKeys, file: &[u8]) -> Result<Zeroizing<Vec<u8>>> {
        let body = file
            .get(HEADER_LEN..)
            .ok_or(damaged("the file is cut short"))?;
        let segment = self.chunk_size + TAG_LEN;
        if body.len() % segment < TAG_LEN {
            // A full-size last segment would be a non-final chunk: the final one is missing.
            return Err(damaged("the file is cut short"));
        }
        let mut payload = Zeroizing::new(Vec::with_capacity(body.len()));
        let count = body.len().div_ceil(segment);
        for (index, chunk) in body.chunks(segment).enumerate() {
            let mut sealed = Zeroizing::new(chunk.to_vec());
            let opened = keys
                .payload
                .open_in_place(
                    chunk_nonce(index as u64, index + 1 == count),
                    Aad::from(&keys.mac),
                    &mut sealed,
                )
                .map_err(|_| damaged("a part of the file was altered, moved or cut"))?;
            payload.extend_from_slice(opened);
        }
        Ok(payload)
    }
}

/// Opens a whole backup file: header, key, MAC, then every chunk.
pub fn open(
    file: &[u8],
    code: &RecoveryCode,
    passphrase: Option<&Passphrase>,
) -> Result<Zeroizing<Vec<u8>>> {
    let header = Header::parse(file)?;
    let keys = header.unlock(code, passphrase)?;
    header.open_body(&keys, file)
}

/// Opens a backup with a known file key, skipping the key derivation: the fuzz target's way in
/// to every parsing layer after the header.
#[cfg(feature = "test-support")]
pub fn open_with_file_key(file: &[u8], file_key: &[u8]) -> Result<Zeroizing<Vec<u8>>> {
    let header = Header::parse(file)?;
    let keys = header.keys_from(file_key)?;
    header.open_body(&keys, file)
}
