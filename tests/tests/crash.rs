//! Crash durability: SIGKILL a writer at random moments; every write it acknowledged survives
//! and SQLite's integrity check passes.

#![allow(clippy::unwrap_used, clippy::expect_used, missing_docs)]

use std::collections::HashSet;
use std::io::{BufRead, BufReader};
use std::process::{Command, Stdio};
use std::sync::mpsc;
use std::time::Duration;

use cairn_core::RecordId;
use cairn_core::store::Store;
use cairn_tests::{Note, platform_key};

const ROUNDS: usize = 60;

#[test]
fn killed_writers_lose_no_acknowledged_record() {
    let folder = tempfile::tempdir().unwrap();
    let path = folder.path().join("crash.db");
    let mut acknowledged: HashSet<RecordId> = HashSet::new();
    let mut rng = fastrand::Rng::with_seed(0x5EED_CA12);

    for _ in 0..ROUNDS {
        let mut child = Command::new(env!("CARGO_BIN_EXE_crash_writer"))
            .arg(&path)
            .stdout(Stdio::piped())
            .spawn()
            .unwrap();
        let stdout = child.stdout.take().unwrap();
        let (sender, receiver) = mpsc::channel();
        let reader = std::thread::spawn(move || {
            for line in BufReader::new(stdout).lines() {
                let Ok(line) = line else { break };
                if sender.send(line).is_err() {
                    break;
                }
            }
        });
        // Let it write for a random while (opening takes part of it), then kill it mid-stride.
        std::thread::sleep(Duration::from_millis(rng.u64(5..120)));
        child.kill().unwrap(); // SIGKILL on Unix
        child.wait().unwrap();
        reader.join().unwrap();
        for line in receiver.try_iter() {
            acknowledged.insert(line.parse().unwrap());
        }

        let store = match Store::open(&path, &platform_key(9)) {
            // Killed while creating the store: nothing was acknowledged, nothing may exist.
            Err(cairn_core::Error::StoreMissing) if acknowledged.is_empty() => continue,
            other => other.unwrap(),
        };
        assert!(store.integrity_check().unwrap(), "integrity check failed");
        let listing = store.read(|reader| reader.list::<Note>()).unwrap();
        assert!(listing.damaged.is_empty());
        let present: HashSet<RecordId> = listing.records.iter().map(|note| note.id).collect();
        let missing = acknowledged.difference(&present).count();
        assert_eq!(missing, 0, "{missing} acknowledged records are missing");
    }
    assert!(
        acknowledged.len() > ROUNDS,
        "the writer barely wrote: {}",
        acknowledged.len()
    );
}
