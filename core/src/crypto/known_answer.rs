//! Deterministic entry points for the known-answer vectors in `tests/fixtures/`.
//!
//! Compiled only with the `test-support` feature, which no shell enables: these functions take
//! fixed nonces and salts, which must never happen in real use. They exist so that the byte
//! formats of envelopes and key slots are pinned by files that every later version must still
//! decode.

use super::envelope::{self, Binding, Contents, Padding};
use super::kdf::SlotParams;
use super::key_slot::KeySlot;
use super::keys::{DataKey, KEY_LEN, KeySource, aead_key, derive_key};
use crate::error::Result;
use crate::id::RecordId;

/// The record key of `epoch` derived from a data key and a store salt.
pub fn record_key(data_key: [u8; KEY_LEN], store_salt: &[u8], epoch: u32) -> Result<[u8; KEY_LEN]> {
    let label = format!("cairn/v1/record/epoch={epoch}");
    Ok(*derive_key(store_salt, &data_key, label.as_bytes())?)
}

/// Seals a record with a fixed nonce.
#[allow(clippy::too_many_arguments)]
pub fn seal_record(
    record_key: [u8; KEY_LEN],
    epoch: u32,
    id: [u8; 16],
    revision: u64,
    kind: u16,
    payload_version: u16,
    body: &[u8],
    text_padding: bool,
    nonce: [u8; 12],
) -> Result<Vec<u8>> {
    let padding = if text_padding {
        Padding::Uniform
    } else {
        Padding::Small
    };
    envelope::seal_with_nonce(
        &aead_key(&record_key)?,
        epoch,
        Binding {
            id: RecordId::from_bytes(id),
            revision,
        },
        &Contents {
            kind,
            payload_version,
            body,
            padding,
        },
        nonce,
    )
}

/// Opens a record envelope: (kind, payload version, body).
pub fn open_record(
    record_key: [u8; KEY_LEN],
    id: [u8; 16],
    revision: u64,
    sealed: &[u8],
) -> Result<(u16, u16, Vec<u8>)> {
    let binding = Binding {
        id: RecordId::from_bytes(id),
        revision,
    };
    let opened = envelope::open(&aead_key(&record_key)?, binding, sealed)?;
    Ok((opened.kind, opened.payload_version, opened.body().to_vec()))
}

/// Wraps a data key with today's derivation for `source` (Argon2id for a passphrase), a fixed
/// salt and a fixed nonce: (params, check, wrapped).
pub fn wrap_data_key(
    source: &KeySource,
    data_key: [u8; KEY_LEN],
    salt: [u8; 32],
    nonce: [u8; 12],
) -> Result<(Vec<u8>, Vec<u8>, Vec<u8>)> {
    let params = SlotParams::current(source, salt).encode();
    wrap_data_key_with_params(source, data_key, &params, nonce)
}

/// Wraps a data key with the derivation and salt of stored `params` (PBKDF2 for the slots
/// pinned before Argon2id) and a fixed nonce: (params, check, wrapped).
pub fn wrap_data_key_with_params(
    source: &KeySource,
    data_key: [u8; KEY_LEN],
    params: &[u8],
    nonce: [u8; 12],
) -> Result<(Vec<u8>, Vec<u8>, Vec<u8>)> {
    let params = SlotParams::decode(params)?;
    let slot = KeySlot::create_with(source, &DataKey::from_bytes(data_key), &params, nonce)?;
    Ok((slot.params, slot.check, slot.wrapped))
}

/// Unwraps a data key from a slot's three parts.
pub fn unwrap_data_key(
    source: &KeySource,
    params: Vec<u8>,
    check: Vec<u8>,
    wrapped: Vec<u8>,
) -> Result<[u8; KEY_LEN]> {
    Ok(*KeySlot {
        params,
        check,
        wrapped,
    }
    .unlock(source)?
    .bytes())
}
