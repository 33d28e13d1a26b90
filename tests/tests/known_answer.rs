//! Known-answer vectors for the store's byte formats, pinned in `tests/fixtures/`.
//!
//! Every later version of Cairn must still decode these exact bytes: a store written today has
//! to open in five years. Sealing with the pinned nonce must also reproduce the bytes exactly,
//! so an accidental format change fails here first. To write the fixtures once, run with
//! `CAIRN_WRITE_FIXTURES=1`; never regenerate them to make a failing test pass.

#![allow(clippy::unwrap_used, clippy::expect_used, missing_docs)]

use cairn_core::crypto::KeySource;
use cairn_core::crypto::known_answer::{
    open_record, record_key, seal_record, unwrap_data_key, wrap_data_key,
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
    std::fs::write(
        fixture("envelope-v1.json"),
        serde_json::to_string_pretty(&vectors).unwrap(),
    )
    .unwrap();

    let slots: Vec<KeySlotVector> = [
        ("platform", hex::encode([0x55u8; 32])),
        ("passphrase", "correct horse battery staple".to_owned()),
    ]
    .into_iter()
    .map(|(source, secret)| {
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
        let (params, check, wrapped) =
            wrap_data_key(&source_of(&vector), data_key, [0x66; 32], [0x77; 12]).unwrap();
        vector.params = hex::encode(params);
        vector.check = hex::encode(check);
        vector.wrapped = hex::encode(wrapped);
        vector
    })
    .collect();
    std::fs::write(
        fixture("key-slot-v1.json"),
        serde_json::to_string_pretty(&slots).unwrap(),
    )
    .unwrap();
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

#[test]
fn key_slots_unwrap_and_rewrap_to_the_pinned_bytes() {
    let text = std::fs::read_to_string(fixture("key-slot-v1.json")).unwrap();
    let vectors: Vec<KeySlotVector> = serde_json::from_str(&text).unwrap();
    assert_eq!(vectors.len(), 2);
    for vector in vectors {
        let source = source_of(&vector);
        let data_key = unwrap_data_key(
            &source,
            hex::decode(&vector.params).unwrap(),
            hex::decode(&vector.check).unwrap(),
            hex::decode(&vector.wrapped).unwrap(),
        )
        .unwrap();
        assert_eq!(hex::encode(data_key), vector.data_key);
        let (params, check, wrapped) =
            wrap_data_key(&source, data_key, bytes(&vector.salt), bytes(&vector.nonce)).unwrap();
        assert_eq!(hex::encode(params), vector.params);
        assert_eq!(hex::encode(check), vector.check);
        assert_eq!(hex::encode(wrapped), vector.wrapped);
    }
}
