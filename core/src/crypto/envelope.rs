//! The sealed envelope: how one record is stored.
//!
//! ```text
//! envelope  = "CE" | version u8 = 1 | algorithm u8 = 1 (AES-256-GCM) | key epoch u32 BE
//!           | payload version u16 BE | nonce [12] | ciphertext | tag [16]
//! plaintext = kind u16 BE | body length u32 BE | body | zero padding
//! AAD       = "cairn/v1/record" 0x00 | version | algorithm | key epoch u32 BE
//!           | record id [16] | revision u64 BE | payload version u16 BE
//! ```
//!
//! The associated data binds an envelope to its row (id), its revision and its format, so an
//! envelope copied to another row or put back at an older revision fails to open. The reader
//! rebuilds the AAD from the row and from what it expects, never from the envelope alone. The
//! record's kind is inside the ciphertext, so the table does not say how many check-ins or uses
//! there are. The store pads every kind alike, to 256-byte buckets, so a short record's length
//! does not say what it is. Every failure to open is one error naming the record, whatever the cause, so the
//! error is no oracle.

use ring::aead::{Aad, LessSafeKey, NONCE_LEN, Nonce};
use zeroize::Zeroizing;

use super::keys::random_bytes;
use crate::error::{Error, Result};
use crate::id::RecordId;

const MAGIC: [u8; 2] = *b"CE";
const VERSION: u8 = 1;
const ALGORITHM_AES_256_GCM: u8 = 1;
const AAD_LABEL: &[u8] = b"cairn/v1/record\0";
const HEADER_LEN: usize = 2 + 1 + 1 + 4 + 2 + NONCE_LEN;
const TAG_LEN: usize = 16;
const BODY_PREFIX_LEN: usize = 2 + 4;

/// How a payload is padded before sealing. Opening accepts any padded length.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Padding {
    /// 256-byte buckets: what the store writes for every kind, so records short enough to fit
    /// one bucket all have one length, whether they hold free text or a date.
    Uniform,
    /// 64-byte buckets: what schema-1 stores wrote for structured records. Kept so the pinned
    /// known-answer envelopes still seal byte for byte; nothing writes it any more.
    Small,
}

impl Padding {
    fn bucket(self) -> usize {
        match self {
            Padding::Small => 64,
            Padding::Uniform => 256,
        }
    }
}

/// Where an envelope belongs: the row it was sealed for.
#[derive(Clone, Copy, Debug)]
pub struct Binding {
    /// The record's id.
    pub id: RecordId,
    /// The record's revision.
    pub revision: u64,
}

/// What an envelope held.
pub struct Opened {
    /// The record kind sealed inside.
    pub kind: u16,
    /// The version of the serialised payload.
    pub payload_version: u16,
    /// The decrypted plaintext (with its prefix and padding), zeroized on drop.
    plaintext: Zeroizing<Vec<u8>>,
    /// Where the serialised payload lies in `plaintext`.
    body: std::ops::Range<usize>,
    /// The length of the padded plaintext that was (or will be) sealed.
    padded_len: usize,
}

impl Opened {
    /// What opening the envelope sealed from `contents` gives back, without sealing it: the
    /// store's mirror keeps its own writes this way instead of decrypting them again.
    pub fn unsealed(contents: &Contents<'_>) -> Self {
        Self {
            kind: contents.kind,
            payload_version: contents.payload_version,
            plaintext: Zeroizing::new(contents.body.to_vec()),
            body: 0..contents.body.len(),
            padded_len: padded_len(contents),
        }
    }

    /// The serialised payload.
    pub fn body(&self) -> &[u8] {
        &self.plaintext[self.body.clone()]
    }
}

/// The plaintext before sealing: what is being stored and how.
pub struct Contents<'a> {
    /// The record kind.
    pub kind: u16,
    /// The version of the serialised payload.
    pub payload_version: u16,
    /// The serialised payload.
    pub body: &'a [u8],
    /// The padding bucket.
    pub padding: Padding,
}

/// The length `contents` is padded to before sealing.
fn padded_len(contents: &Contents<'_>) -> usize {
    let bucket = contents.padding.bucket();
    (BODY_PREFIX_LEN + contents.body.len()).div_ceil(bucket) * bucket
}

const AAD_LEN: usize = AAD_LABEL.len() + 2 + 4 + 16 + 8 + 2;

/// The associated data, built on the stack: it is made once per record read.
fn aad(epoch: u32, binding: Binding, payload_version: u16) -> [u8; AAD_LEN] {
    let mut aad = [0u8; AAD_LEN];
    let parts: [&[u8]; 6] = [
        AAD_LABEL,
        &[VERSION, ALGORITHM_AES_256_GCM],
        &epoch.to_be_bytes(),
        binding.id.as_bytes(),
        &binding.revision.to_be_bytes(),
        &payload_version.to_be_bytes(),
    ];
    let mut at = 0;
    for part in parts {
        aad[at..at + part.len()].copy_from_slice(part);
        at += part.len();
    }
    aad
}

/// Seals `contents` for the row `binding` with a fresh random nonce.
pub fn seal(
    key: &LessSafeKey,
    epoch: u32,
    binding: Binding,
    contents: &Contents<'_>,
) -> Result<Vec<u8>> {
    seal_with_nonce(key, epoch, binding, contents, random_bytes()?)
}

/// Seals with a given nonce. Only [`seal`] and the known-answer vectors call this: a nonce must
/// never repeat under one key.
pub(crate) fn seal_with_nonce(
    key: &LessSafeKey,
    epoch: u32,
    binding: Binding,
    contents: &Contents<'_>,
    nonce: [u8; NONCE_LEN],
) -> Result<Vec<u8>> {
    let padded = padded_len(contents);
    let header = (epoch, contents.payload_version, nonce);
    seal_padded(key, header, binding, contents.kind, contents.body, padded)
}

/// Seals again what `opened` holds, for the same row, under `key` of `epoch` with a fresh nonce
/// (a re-key). The padded length is kept, so the new envelope is exactly as long as the old.
pub fn reseal(key: &LessSafeKey, epoch: u32, binding: Binding, opened: &Opened) -> Result<Vec<u8>> {
    let header = (epoch, opened.payload_version, random_bytes()?);
    seal_padded(
        key,
        header,
        binding,
        opened.kind,
        opened.body(),
        opened.padded_len,
    )
}

/// Seals `kind` and `body`, zero-padded to `padded` bytes, behind a header of (epoch, payload
/// version, nonce).
fn seal_padded(
    key: &LessSafeKey,
    (epoch, payload_version, nonce): (u32, u16, [u8; NONCE_LEN]),
    binding: Binding,
    kind: u16,
    body: &[u8],
    padded: usize,
) -> Result<Vec<u8>> {
    let too_large = || Error::invalid("record", "is too large");
    let body_len = u32::try_from(body.len()).map_err(|_| too_large())?;
    if BODY_PREFIX_LEN + body.len() > padded {
        return Err(too_large());
    }
    let mut envelope = Vec::with_capacity(HEADER_LEN + padded + TAG_LEN);
    envelope.extend_from_slice(&MAGIC);
    envelope.extend_from_slice(&[VERSION, ALGORITHM_AES_256_GCM]);
    envelope.extend_from_slice(&epoch.to_be_bytes());
    envelope.extend_from_slice(&payload_version.to_be_bytes());
    envelope.extend_from_slice(&nonce);

    let mut sealed = Zeroizing::new(Vec::with_capacity(padded + TAG_LEN));
    sealed.extend_from_slice(&kind.to_be_bytes());
    sealed.extend_from_slice(&body_len.to_be_bytes());
    sealed.extend_from_slice(body);
    sealed.resize(padded, 0);
    key.seal_in_place_append_tag(
        Nonce::assume_unique_for_key(nonce),
        Aad::from(aad(epoch, binding, payload_version)),
        &mut *sealed,
    )
    .map_err(|_| too_large())?;
    envelope.extend_from_slice(&sealed);
    Ok(envelope)
}

/// Reads the key epoch an envelope claims, so the caller can pick the key. The epoch is also
/// in the AAD, so a forged one only selects a key that then fails to open the envelope.
pub fn epoch_of(envelope: &[u8], id: RecordId) -> Result<u32> {
    let damaged = || Error::RecordDamaged { id };
    if envelope.len() < HEADER_LEN + TAG_LEN
        || envelope[..2] != MAGIC
        || envelope[2] != VERSION
        || envelope[3] != ALGORITHM_AES_256_GCM
    {
        return Err(damaged());
    }
    let epoch: [u8; 4] = envelope[4..8].try_into().map_err(|_| damaged())?;
    Ok(u32::from_be_bytes(epoch))
}

/// Opens an envelope read from the row `binding`, with the key of its epoch.
pub fn open(key: &LessSafeKey, binding: Binding, envelope: &[u8]) -> Result<Opened> {
    let damaged = || Error::RecordDamaged { id: binding.id };
    let epoch = epoch_of(envelope, binding.id)?;
    let payload_version = u16::from_be_bytes([envelope[8], envelope[9]]);
    let nonce: [u8; NONCE_LEN] = envelope[10..HEADER_LEN].try_into().map_err(|_| damaged())?;

    let mut sealed = Zeroizing::new(envelope[HEADER_LEN..].to_vec());
    let plaintext_len = key
        .open_in_place(
            Nonce::assume_unique_for_key(nonce),
            Aad::from(aad(epoch, binding, payload_version)),
            &mut sealed,
        )
        .map_err(|_| damaged())?
        .len();
    sealed.truncate(plaintext_len);
    let plaintext = sealed;
    if plaintext.len() < BODY_PREFIX_LEN {
        return Err(damaged());
    }
    let kind = u16::from_be_bytes([plaintext[0], plaintext[1]]);
    let body_len = u32::from_be_bytes([plaintext[2], plaintext[3], plaintext[4], plaintext[5]]);
    let body_end = usize::try_from(body_len)
        .ok()
        .and_then(|len| len.checked_add(BODY_PREFIX_LEN))
        .filter(|end| *end <= plaintext.len())
        .ok_or_else(damaged)?;
    if plaintext[body_end..].iter().any(|byte| *byte != 0) {
        return Err(damaged());
    }
    let padded_len = plaintext.len();
    Ok(Opened {
        kind,
        payload_version,
        plaintext,
        body: BODY_PREFIX_LEN..body_end,
        padded_len,
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::crypto::keys::aead_key;

    fn binding(revision: u64) -> Binding {
        Binding {
            id: RecordId::from_bytes([7; 16]),
            revision,
        }
    }

    fn contents(body: &[u8], padding: Padding) -> Contents<'_> {
        Contents {
            kind: 3,
            payload_version: 1,
            body,
            padding,
        }
    }

    #[test]
    fn round_trip_keeps_kind_version_and_body() {
        let key = aead_key(&[1; 32]).unwrap();
        let envelope = seal(&key, 1, binding(1), &contents(b"hello", Padding::Small)).unwrap();
        let opened = open(&key, binding(1), &envelope).unwrap();
        assert_eq!((opened.kind, opened.payload_version), (3, 1));
        assert_eq!(opened.body(), b"hello");
    }

    #[test]
    fn lengths_fall_into_buckets() {
        let key = aead_key(&[1; 32]).unwrap();
        let short = seal(&key, 1, binding(1), &contents(b"a", Padding::Small)).unwrap();
        let longer = seal(&key, 1, binding(1), &contents(&[b'a'; 50], Padding::Small)).unwrap();
        assert_eq!(short.len(), longer.len());
        assert_eq!(short.len(), HEADER_LEN + 64 + TAG_LEN);
        let text = seal(
            &key,
            1,
            binding(1),
            &contents(&[b'a'; 200], Padding::Uniform),
        )
        .unwrap();
        assert_eq!(text.len(), HEADER_LEN + 256 + TAG_LEN);
    }

    #[test]
    fn another_revision_or_row_does_not_open() {
        let key = aead_key(&[1; 32]).unwrap();
        let envelope = seal(&key, 1, binding(2), &contents(b"x", Padding::Small)).unwrap();
        assert!(matches!(
            open(&key, binding(1), &envelope),
            Err(Error::RecordDamaged { .. })
        ));
        let elsewhere = Binding {
            id: RecordId::from_bytes([8; 16]),
            revision: 2,
        };
        assert!(matches!(
            open(&key, elsewhere, &envelope),
            Err(Error::RecordDamaged { .. })
        ));
        let other_key = aead_key(&[2; 32]).unwrap();
        assert!(open(&other_key, binding(2), &envelope).is_err());
    }

    #[test]
    fn resealing_keeps_contents_and_length_under_the_new_key_only() {
        let old = aead_key(&[1; 32]).unwrap();
        let new = aead_key(&[2; 32]).unwrap();
        for padding in [Padding::Small, Padding::Uniform] {
            let envelope = seal(&old, 1, binding(4), &contents(b"a note", padding)).unwrap();
            let opened = open(&old, binding(4), &envelope).unwrap();
            let resealed = reseal(&new, 2, binding(4), &opened).unwrap();
            assert_eq!(resealed.len(), envelope.len());
            assert_eq!(epoch_of(&resealed, binding(4).id).unwrap(), 2);
            let again = open(&new, binding(4), &resealed).unwrap();
            assert_eq!((again.kind, again.body()), (3, &b"a note"[..]));
            assert!(open(&old, binding(4), &resealed).is_err());
        }
    }
}
