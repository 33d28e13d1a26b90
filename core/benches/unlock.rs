//! Unlock benchmark: what opening a store by passphrase costs, PBKDF2 beside Argon2id.
//!
//! Run with `cargo bench -p cairn-core --bench unlock` (add `-- --rounds N` for more or fewer
//! rounds; 11 by default). In one run, taking turns every round, it times the key derivation of
//! a passphrase slot written before Argon2id (PBKDF2-HMAC-SHA256, 600,000 rounds), the one
//! written today (Argon2id, 64 MiB, 3 passes, 1 lane) and, for the whole cost, opening a store
//! by passphrase (the Argon2id derivation, unwrapping the key and checking the canary), beside
//! opening it with a platform key. It prints the median of each.

#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::print_stdout,
    missing_docs
)]

use std::hint::black_box;
use std::time::{Duration, Instant};

use cairn_core::crypto::kdf::{
    ARGON2_LANES, ARGON2_MEMORY_KIB, ARGON2_PASSES, Kdf, PBKDF2_ITERATIONS, SlotParams,
};
use cairn_core::crypto::{KeySource, Passphrase, PlatformKey};
use cairn_core::store::Store;

fn passphrase() -> KeySource {
    KeySource::Passphrase(Passphrase::new("correct horse battery staple".into()).unwrap())
}

fn platform() -> KeySource {
    KeySource::Platform(PlatformKey::from_bytes(&[7; 32]).unwrap())
}

fn rounds() -> usize {
    let args: Vec<String> = std::env::args().collect();
    args.iter()
        .position(|arg| arg == "--rounds")
        .and_then(|at| args.get(at + 1))
        .and_then(|n| n.parse().ok())
        .unwrap_or(11)
        .max(1)
}

fn median(mut times: Vec<Duration>) -> Duration {
    times.sort();
    times[times.len() / 2]
}

fn main() {
    let rounds = rounds();
    let folder = tempfile::tempdir().unwrap();
    let by_passphrase = folder.path().join("passphrase.db");
    let by_platform = folder.path().join("platform.db");
    drop(Store::create(&by_passphrase, &passphrase()).unwrap());
    drop(Store::create(&by_platform, &platform()).unwrap());
    let pbkdf2 = SlotParams {
        kdf: Kdf::Pbkdf2 {
            iterations: PBKDF2_ITERATIONS,
        },
        salt: [1; 32],
    };
    let argon2id = SlotParams {
        kdf: Kdf::Argon2id {
            memory_kib: ARGON2_MEMORY_KIB,
            passes: ARGON2_PASSES,
            lanes: ARGON2_LANES,
        },
        salt: [1; 32],
    };
    let source = passphrase();
    type Job<'a> = (&'a str, Box<dyn Fn() + 'a>);
    let jobs: Vec<Job<'_>> = vec![
        (
            "PBKDF2-HMAC-SHA256, 600,000 rounds (slots before Argon2id)",
            Box::new(|| drop(black_box(pbkdf2.material(&source).unwrap()))),
        ),
        (
            "Argon2id, 64 MiB, 3 passes, 1 lane (today's slots)",
            Box::new(|| drop(black_box(argon2id.material(&source).unwrap()))),
        ),
        (
            "open a store by passphrase (Argon2id, unwrap, canary)",
            Box::new(|| {
                drop(black_box(
                    Store::open(&by_passphrase, &passphrase()).unwrap(),
                ))
            }),
        ),
        (
            "open a store by platform key (no stretching)",
            Box::new(|| drop(black_box(Store::open(&by_platform, &platform()).unwrap()))),
        ),
    ];
    let mut samples = vec![Vec::with_capacity(rounds); jobs.len()];
    for _ in 0..rounds {
        for ((_, job), samples) in jobs.iter().zip(samples.iter_mut()) {
            let start = Instant::now();
            job();
            samples.push(start.elapsed());
        }
    }
    println!("Unlock cost (median of {rounds} interleaved rounds):");
    let medians: Vec<Duration> = samples.into_iter().map(median).collect();
    for ((name, _), time) in jobs.iter().zip(&medians) {
        println!("  {name:<58} {:>9.1} ms", time.as_secs_f64() * 1e3);
    }
    println!(
        "  Argon2id / PBKDF2: {:.2}x the time, 64 MiB of memory against none",
        medians[1].as_secs_f64() / medians[0].as_secs_f64()
    );
}
