//! Importing from Quitter and Sobriety across the FFI, from Rust: the same calls the Kotlin
//! tests make from the JVM (a path, as the phones' document picker hands one), a second import
//! that adds nothing, and a bad file as a typed error with the store unchanged.

#![allow(clippy::unwrap_used, clippy::expect_used, missing_docs)]

use std::time::SystemTime;

use cairn_core::companion::{ImportOutcome, ImportSource};
use cairn_ffi::{CairnError, Companion};
use cairn_tests::store_snapshot;

fn now() -> SystemTime {
    SystemTime::from(cairn_tests::instant("2026-11-30T12:00:00Z"))
}

fn fixture(name: &str) -> String {
    format!(
        "{}/../core/tests/fixtures/import/{name}",
        env!("CARGO_MANIFEST_DIR")
    )
}

#[test]
fn a_file_is_imported_once_and_a_bad_one_changes_nothing() {
    let dir = tempfile::tempdir().unwrap();
    let store = dir.path().join("cairn.db");
    let companion = Companion::open_with_passphrase(
        store.to_string_lossy().into_owned(),
        "long enough".into(),
        "America/New_York".into(),
    )
    .unwrap();
    let report = companion
        .import_from(
            ImportSource::Sobriety,
            fixture("sobriety-several.json"),
            now(),
        )
        .unwrap();
    assert_eq!(report.time_zone, "America/New_York");
    assert_eq!((report.journeys_added, report.uses_added), (3, 4));
    assert_eq!(report.journeys[2].outcome, ImportOutcome::NotYetStarted);
    assert_eq!(companion.journeys().unwrap().len(), 3);

    let before = store_snapshot(&store);
    let again = companion
        .import_from(
            ImportSource::Sobriety,
            fixture("sobriety-several.json"),
            now(),
        )
        .unwrap();
    assert_eq!((again.journeys_added, again.uses_added), (0, 0));
    assert_eq!(store_snapshot(&store), before);

    let refused = companion.import_from(
        ImportSource::Sobriety,
        fixture("quitter-several.json"),
        now(),
    );
    assert!(matches!(
        refused,
        Err(CairnError::InvalidInput { ref field, ref reason })
            if field == "file" && reason == "a Quitter export, not Sobriety"
    ));
    assert_eq!(store_snapshot(&store), before);
}
