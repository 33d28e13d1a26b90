//! Crash durability: SIGKILL a writer at random moments; every write it acknowledged survives
//! and SQLite's integrity check passes.

#![allow(clippy::unwrap_used, clippy::expect_used, missing_docs)]

use std::collections::HashSet;

use cairn_core::RecordId;
use cairn_core::store::Store;
use cairn_tests::{Note, platform_key, run_and_kill};

const ROUNDS: usize = 60;

#[test]
fn killed_writers_lose_no_acknowledged_record() {
    let folder = tempfile::tempdir().unwrap();
    let path = folder.path().join("crash.db");
    let mut acknowledged: HashSet<RecordId> = HashSet::new();
    let mut rng = fastrand::Rng::with_seed(0x5EED_CA12);

    for _ in 0..ROUNDS {
        // Let it write for a random while (opening takes part of it), then kill it mid-stride.
        let millis = rng.u64(5..120);
        let printed = run_and_kill(
            env!("CARGO_BIN_EXE_crash_writer"),
            &[path.as_os_str()],
            millis,
        );
        for line in printed {
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
