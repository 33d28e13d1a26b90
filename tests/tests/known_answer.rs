//! Known-answer vectors for the store's byte formats, pinned in `tests/fixtures/`.
//!
//! Every later version of Cairn must still decode these exact bytes: a store written today has
//! to open in five years. Sealing with the pinned nonce must also reproduce the bytes exactly,
//! so an accidental format change fails here first. To write a missing fixture once, run with
//! `CAIRN_WRITE_FIXTURES=1` (a fixture already there is never overwritten); never regenerate
//! one to make a failing test pass.
//!
//! `key-slot-v1.json` pins the slots written before Argon2id (PBKDF2 for the passphrase), which
//! must keep opening; `key-slot-v2.json` pins today's passphrase slot (Argon2id over the NFC
//! form of the passphrase; its secret is typed decomposed, with a combining accent).

#![allow(clippy::unwrap_used, clippy::expect_used, missing_docs)]

use cairn_core::crypto::KeySource;
use cairn_core::crypto::known_answer::{
    open_record, record_key, seal_record, unwrap_data_key, wrap_data_key, wrap_data_key_with_params,
};
use cairn_tests::{fixture, passphrase, platform_key};
use serde::{Deserialize, Serialize};

#[derive(Serialize, Deserialize)]
struct EnvelopeVector {
    data_key: String,
    store_salt: String,
    epoch: u32,
    record_key: String,
    id: String,
    revision: u64,
    kind: u16,
    payload_version: u16,
    body: String,
    text_padding: bool,
    nonce: String,
    envelope: String,
}

#[derive(Serialize, Deserialize)]
struct KeySlotVector {
    source: String,
    secret: String,
    data_key: String,
    salt: String,
    nonce: String,
    params: String,
    check: String,
    wrapped: String,
}

fn bytes<const N: usize>(text: &str) -> [u8; N] {
    hex::decode(text).unwrap().try_into().unwrap()
}

fn source_of(vector: &KeySlotVector) -> KeySource {
    match vector.source.as_str() {
        "platform" => platform_key(bytes::<32>(&vector.secret)[0]),
        "passphrase" => passphrase(&vector.secret),
        other => panic!("unknown source {other}"),
    }
}

/// Writes `name` with `contents` unless it is already there.
fn write_missing(name: &str, contents: impl FnOnce() -> String) {
    let path = fixture(name);
    if !path.exists() {
        std::fs::write(path, contents()).unwrap();
    }
}

fn slot_vector(source: &str, secret: String, params: Option<&[u8]>) -> KeySlotVector {
    let data_key = [0x11u8; 32];
    let mut vector = KeySlotVector {
        source: source.into(),
        secret,
        data_key: hex::encode(data_key),
        salt: hex::encode([0x66u8; 32]),
        nonce: hex::encode([0x77u8; 12]),
        params: String::new(),
        check: String::new(),
        wrapped: String::new(),
    };
    let key_source = source_of(&vector);
    let (params, check, wrapped) = match params {
        Some(params) => wrap_data_key_with_params(&key_source, data_key, params, [0x77; 12]),
        None => wrap_data_key(&key_source, data_key, [0x66; 32], [0x77; 12]),
    }
    .unwrap();
    vector.params = hex::encode(params);
    vector.check = hex::encode(check);
    vector.wrapped = hex::encode(wrapped);
    vector
}

/// The PBKDF2 parameters of the slots written before Argon2id: 600,000 rounds, salt 0x66.
fn pbkdf2_params() -> Vec<u8> {
    let mut params = hex::decode("0102000927c020").unwrap();
    params.extend_from_slice(&[0x66; 32]);
    params
}

fn write_fixtures() {
    let data_key = [0x11u8; 32];
    let store_salt = [0x22u8; 32];
    let key = record_key(data_key, &store_salt, 1).unwrap();
    let body = br#"{"clean_date":"2026-01-05","note":"known answer"}"#;
    let vectors: Vec<EnvelopeVector> = [(false, 1u64), (true, 7u64)]
        .into_iter()
        .map(|(text_padding, revision)| {
            let nonce = [0x33u8; 12];
            let id = [0x44u8; 16];
            let envelope =
                seal_record(key, 1, id, revision, 4, 1, body, text_padding, nonce).unwrap();
            EnvelopeVector {
                data_key: hex::encode(data_key),
                store_salt: hex::encode(store_salt),
                epoch: 1,
                record_key: hex::encode(key),
                id: hex::encode(id),
                revision,
                kind: 4,
                payload_version: 1,
                body: String::from_utf8(body.to_vec()).unwrap(),
                text_padding,
                nonce: hex::encode(nonce),
                envelope: hex::encode(envelope),
            }
        })
        .collect();
    write_missing("envelope-v1.json", || {
        serde_json::to_string_pretty(&vectors).unwrap()
    });
    write_missing("key-slot-v1.json", || {
        let slots = vec![
            slot_vector("platform", hex::encode([0x55u8; 32]), None),
            slot_vector(
                "passphrase",
                "correct horse battery staple".to_owned(),
                Some(&pbkdf2_params()),
            ),
        ];
        serde_json::to_string_pretty(&slots).unwrap()
    });
    write_missing("key-slot-v2.json", || {
        let slots = vec![slot_vector(
            "passphrase",
            "cafe\u{301} con leche, 2 de az\u{fa}car".to_owned(),
            None,
        )];
        serde_json::to_string_pretty(&slots).unwrap()
    });
}

#[test]
fn envelopes_decode_and_reseal_to_the_pinned_bytes() {
    if std::env::var_os("CAIRN_WRITE_FIXTURES").is_some() {
        write_fixtures();
    }
    let text = std::fs::read_to_string(fixture("envelope-v1.json")).unwrap();
    let vectors: Vec<EnvelopeVector> = serde_json::from_str(&text).unwrap();
    assert_eq!(vectors.len(), 2);
    for vector in vectors {
        let key = record_key(
            bytes(&vector.data_key),
            &hex::decode(&vector.store_salt).unwrap(),
            vector.epoch,
        )
        .unwrap();
        assert_eq!(
            hex::encode(key),
            vector.record_key,
            "HKDF derivation changed"
        );
        let envelope = hex::decode(&vector.envelope).unwrap();
        let (kind, version, body) =
            open_record(key, bytes(&vector.id), vector.revision, &envelope).unwrap();
        assert_eq!((kind, version), (vector.kind, vector.payload_version));
        assert_eq!(body, vector.body.as_bytes());
        let resealed = seal_record(
            key,
            vector.epoch,
            bytes(&vector.id),
            vector.revision,
            vector.kind,
            vector.payload_version,
            vector.body.as_bytes(),
            vector.text_padding,
            bytes(&vector.nonce),
        )
        .unwrap();
        assert_eq!(
            hex::encode(resealed),
            vector.envelope,
            "envelope format changed"
        );
    }
}

fn check_slot_vectors(name: &str, count: usize) -> Vec<KeySlotVector> {
    let text = std::fs::read_to_string(fixture(name)).unwrap();
    let vectors: Vec<KeySlotVector> = serde_json::from_str(&text).unwrap();
    assert_eq!(vectors.len(), count);
    for vector in &vectors {
        let source = source_of(vector);
        let params = hex::decode(&vector.params).unwrap();
        let data_key = unwrap_data_key(
            &source,
            params.clone(),
            hex::decode(&vector.check).unwrap(),
            hex::decode(&vector.wrapped).unwrap(),
        )
        .unwrap();
        assert_eq!(hex::encode(data_key), vector.data_key);
        let (params, check, wrapped) =
            wrap_data_key_with_params(&source, data_key, &params, bytes(&vector.nonce)).unwrap();
        assert_eq!(hex::encode(params), vector.params);
        assert_eq!(hex::encode(check), vector.check);
        assert_eq!(hex::encode(wrapped), vector.wrapped);
    }
    vectors
}

#[test]
fn key_slots_unwrap_and_rewrap_to_the_pinned_bytes() {
    if std::env::var_os("CAIRN_WRITE_FIXTURES").is_some() {
        write_fixtures();
    }
    let old = check_slot_vectors("key-slot-v1.json", 2);
    assert_eq!(
        old[1].params,
        hex::encode(pbkdf2_params()),
        "v1 is the PBKDF2 slot"
    );
    check_slot_vectors("key-slot-v2.json", 1);
}

#[test]
fn todays_passphrase_slot_is_the_pinned_argon2id_slot() {
    let text = std::fs::read_to_string(fixture("key-slot-v2.json")).unwrap();
    let vectors: Vec<KeySlotVector> = serde_json::from_str(&text).unwrap();
    let vector = &vectors[0];
    // kdf 3, 64 MiB (0x00010000 KiB), 3 passes, 1 lane, 32-byte salt.
    assert!(vector.params.starts_with("01030001000000000003"));
    let (params, check, wrapped) = wrap_data_key(
        &source_of(vector),
        bytes(&vector.data_key),
        bytes(&vector.salt),
        bytes(&vector.nonce),
    )
    .unwrap();
    assert_eq!(
        (
            hex::encode(params),
            hex::encode(check),
            hex::encode(wrapped)
        ),
        (
            vector.params.clone(),
            vector.check.clone(),
            vector.wrapped.clone()
        )
    );
    // The same passphrase typed composed (NFC) opens the slot; the bare letters do not.
    let composed = passphrase("caf\u{e9} con leche, 2 de az\u{fa}car");
    let slot = |v: &KeySlotVector| {
        (
            hex::decode(&v.params).unwrap(),
            hex::decode(&v.check).unwrap(),
            hex::decode(&v.wrapped).unwrap(),
        )
    };
    let (p, c, w) = slot(vector);
    assert_eq!(
        hex::encode(unwrap_data_key(&composed, p, c, w).unwrap()),
        vector.data_key
    );
    let (p, c, w) = slot(vector);
    assert!(unwrap_data_key(&passphrase("cafe con leche, 2 de azucar"), p, c, w).is_err());
}
