//! Tests of the backup format: round trips, every flipped byte, every truncation, moved chunks,
//! and a fuzz of every parsing layer.

use proptest::prelude::*;
use zeroize::Zeroizing;

use super::format::{self, HEADER_LEN, Header, SealParams};
use super::payload;
use super::recovery_code::RecoveryCode;
use crate::crypto::keys::Passphrase;
use crate::error::Error;
use crate::id::RecordId;
use crate::store::RawRecord;

const CHUNK: u32 = 1024;

fn params() -> SealParams {
    SealParams {
        iterations: 100_000, // the smallest a reader accepts: keeps these tests fast
        chunk_size: CHUNK,
        salt: [9; 32],
        wrap_nonce: [8; 12],
        file_key: Zeroizing::new([7; 32]),
    }
}

fn code() -> RecoveryCode {
    RecoveryCode::from_values(std::array::from_fn(|i| (i * 7 % 32) as u8))
}

fn records(count: usize) -> Vec<RawRecord> {
    (0..count)
        .map(|i| RawRecord {
            id: RecordId::from_bytes([i as u8; 16]),
            kind: 3,
            payload_version: 1,
            body: Zeroizing::new(format!("{{\"n\":{i},\"note\":\"a bad night\"}}").into_bytes()),
        })
        .collect()
}

/// A small backup of several chunks: 5,000 payload bytes, 1 KiB chunks.
fn small_backup() -> Vec<u8> {
    let payload: Vec<u8> = (0..5000).map(|i| (i % 251) as u8).collect();
    format::seal(&payload, &code(), None, &params()).unwrap()
}

#[test]
fn a_backup_round_trips_with_and_without_a_passphrase() {
    let encoded = payload::encode(&records(40)).unwrap();
    assert_eq!(encoded.len() % (16 * 1024), 0, "padded to 16 KiB");
    let sealed = format::seal(&encoded, &code(), None, &params()).unwrap();
    let opened = format::open(&sealed, &code(), None).unwrap();
    assert_eq!(payload::decode(&opened).unwrap(), records(40));

    let passphrase = Passphrase::new("our song".into()).unwrap();
    let sealed = format::seal(&encoded, &code(), Some(&passphrase), &params()).unwrap();
    assert!(Header::parse(&sealed).unwrap().needs_passphrase());
    assert!(matches!(
        format::open(&sealed, &code(), None),
        Err(Error::InvalidInput {
            field: "passphrase",
            ..
        })
    ));
    let wrong = Passphrase::new("our sonG".into()).unwrap();
    assert!(matches!(
        format::open(&sealed, &code(), Some(&wrong)),
        Err(Error::WrongRecoveryCode)
    ));
    assert_eq!(
        payload::decode(&format::open(&sealed, &code(), Some(&passphrase)).unwrap()).unwrap(),
        records(40)
    );
    let other = RecoveryCode::generate().unwrap();
    assert!(matches!(
        format::open(&sealed, &other, Some(&passphrase)),
        Err(Error::WrongRecoveryCode)
    ));
}

#[test]
fn not_a_backup_and_newer_versions_are_named() {
    assert!(matches!(
        Header::parse(b"SQLite format 3\0"),
        Err(Error::NotABackup)
    ));
    assert!(matches!(Header::parse(b""), Err(Error::NotABackup)));
    let mut newer = small_backup();
    newer[8] = 2;
    assert!(matches!(
        Header::parse(&newer),
        Err(Error::NewerFormat {
            found: 2,
            supported: 1
        })
    ));
}

#[test]
fn hostile_parameters_are_refused_before_any_work() {
    let backup = small_backup();
    for (at, value) in [
        (10usize, [0xFF; 4]),
        (10, [0, 0, 0, 1]),
        (47, [0xFF; 4]),
        (47, [0, 0, 0, 16]),
    ] {
        let mut hostile = backup.clone();
        hostile[at..at + 4].copy_from_slice(&value);
        assert!(matches!(
            Header::parse(&hostile),
            Err(Error::BackupDamaged { .. })
        ));
    }
}

#[test]
fn every_flipped_byte_is_rejected() {
    let backup = small_backup();
    // Header bytes: the full path, key derivation included.
    for at in 0..HEADER_LEN {
        let mut flipped = backup.clone();
        flipped[at] ^= 0x20;
        assert!(
            format::open(&flipped, &code(), None).is_err(),
            "header byte {at}"
        );
    }
    // Body bytes: the header is intact, so the keys are the ones `unlock` would give.
    let header = Header::parse(&backup).unwrap();
    let keys = header.unlock(&code(), None).unwrap();
    assert!(header.open_body(&keys, &backup).is_ok());
    for at in HEADER_LEN..backup.len() {
        let mut flipped = backup.clone();
        flipped[at] ^= 0x01;
        assert!(header.open_body(&keys, &flipped).is_err(), "body byte {at}");
    }
}

#[test]
fn every_truncation_and_any_appended_byte_is_rejected() {
    let backup = small_backup();
    let header = Header::parse(&backup).unwrap();
    let keys = header.unlock(&code(), None).unwrap();
    for length in 0..backup.len() {
        let cut = &backup[..length];
        let rejected = match Header::parse(cut) {
            Err(_) => true,
            Ok(parsed) => parsed.open_body(&keys, cut).is_err(),
        };
        assert!(rejected, "truncated to {length}");
    }
    for extra in [&[0u8][..], &[0; 16], &[0; 1040]] {
        let mut longer = backup.clone();
        longer.extend_from_slice(extra);
        assert!(
            header.open_body(&keys, &longer).is_err(),
            "appended {}",
            extra.len()
        );
    }
}

#[test]
fn swapped_duplicated_and_dropped_chunks_are_rejected() {
    let backup = small_backup();
    let header = Header::parse(&backup).unwrap();
    let keys = header.unlock(&code(), None).unwrap();
    let segment = CHUNK as usize + 16;
    let chunks: Vec<&[u8]> = backup[HEADER_LEN..].chunks(segment).collect();
    assert_eq!(chunks.len(), 5);
    let rebuild = |order: &[usize]| {
        let mut file = backup[..HEADER_LEN].to_vec();
        for index in order {
            file.extend_from_slice(chunks[*index]);
        }
        file
    };
    assert!(header.open_body(&keys, &rebuild(&[0, 1, 2, 3, 4])).is_ok());
    for order in [
        &[1, 0, 2, 3, 4][..],
        &[0, 1, 1, 2, 3, 4],
        &[0, 1, 2, 4],
        &[0, 1, 2, 3],
        &[0, 2, 1, 3, 4],
    ] {
        assert!(
            header.open_body(&keys, &rebuild(order)).is_err(),
            "{order:?}"
        );
    }
    // A chunk taken from another backup with the same code does not fit either.
    let mut other_params = params();
    other_params.salt = [1; 32];
    let other = format::seal(&[1; 5000], &code(), None, &other_params).unwrap();
    let mut mixed = backup.clone();
    mixed[HEADER_LEN..HEADER_LEN + segment]
        .copy_from_slice(&other[HEADER_LEN..HEADER_LEN + segment]);
    assert!(header.open_body(&keys, &mixed).is_err());
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 100_000, failure_persistence: None, ..ProptestConfig::default() })]

    /// Random mutations of a real backup never panic, and any change is rejected.
    #[test]
    fn mutations_never_panic_and_never_pass(
        edits in prop::collection::vec((any::<prop::sample::Index>(), any::<u8>(), 0u8..4), 1..4),
    ) {
        let original = SMALL.with(|backup| backup.clone());
        let mut file = original.clone();
        for (index, value, action) in edits {
            if file.is_empty() {
                break;
            }
            let at = index.index(file.len());
            match action {
                0 | 1 => file[at] = value,
                2 => file.truncate(at),
                _ => file.insert(at, value),
            }
        }
        let result = Header::parse(&file).and_then(|header| {
            let keys = header.keys_from(&[7; 32])?;
            let body = header.open_body(&keys, &file)?;
            payload::decode(&body).map(drop)
        });
        if file != original {
            prop_assert!(result.is_err());
        }
    }

    /// The payload decoder survives arbitrary plaintext.
    #[test]
    fn payload_decoding_never_panics(bytes in prop::collection::vec(any::<u8>(), 0..600)) {
        let _ = payload::decode(&bytes);
    }
}

thread_local! {
    /// A small real backup whose payload decodes, built once per test thread.
    static SMALL: Vec<u8> = {
        let encoded = payload::encode(&records(3)).unwrap();
        format::seal(&encoded[..2048.min(encoded.len())], &code(), None, &params()).unwrap()
    };
}
