//! No byte of the store, its WAL or its shared-memory file holds what was written into it.

#![allow(clippy::unwrap_used, clippy::expect_used, missing_docs)]

use cairn_core::store::Store;
use cairn_tests::{Note, platform_key, store_snapshot};

const MARKER: &str = "MARKER-heroin-sponsor-Jordan-555-0134";

fn assert_absent(path: &std::path::Path, needles: &[&[u8]]) {
    let snapshot = store_snapshot(path);
    assert!(!snapshot.is_empty());
    for (file, bytes) in snapshot {
        for needle in needles {
            let found = bytes.windows(needle.len()).any(|window| window == *needle);
            assert!(!found, "{} holds a marker", file.display());
        }
    }
}

#[test]
fn markers_never_reach_the_disk() {
    let folder = tempfile::tempdir().unwrap();
    let path = folder.path().join("store.db");
    let mut store = Store::create(&path, &platform_key(3)).unwrap();
    let ids: Vec<_> = (0..50)
        .map(|index| {
            let text = format!("{MARKER} {index}");
            store.write(|writer| writer.insert(&Note { text })).unwrap()
        })
        .collect();
    store
        .write(|writer| {
            writer.update(
                ids[0],
                &Note {
                    text: format!("{MARKER} edited"),
                },
            )
        })
        .unwrap();
    store.write(|writer| writer.delete::<Note>(ids[1])).unwrap();
    // While open, the WAL and shared-memory files hold the latest pages.
    let needles: [&[u8]; 3] = [MARKER.as_bytes(), b"heroin", b"555-0134"];
    assert_absent(&path, &needles);
    drop(store);
    assert_absent(&path, &needles);
}
