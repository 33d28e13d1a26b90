//! The journal and the reasons to stay clean across the FFI, from Rust: the same calls the
//! Kotlin tests make from the JVM, and bad input as a typed error with the store unchanged.

#![allow(clippy::unwrap_used, clippy::expect_used, missing_docs)]

use std::time::SystemTime;

use cairn_core::RecordId;
use cairn_core::companion::records::AuditChange;
use cairn_core::journal_entry::JournalEntry;
use cairn_ffi::{CairnError, Companion};
use cairn_tests::{day, store_snapshot};

fn now() -> SystemTime {
    SystemTime::from(cairn_tests::now())
}

fn open(dir: &tempfile::TempDir) -> std::sync::Arc<Companion> {
    let path = dir.path().join("cairn.db").to_string_lossy().into_owned();
    Companion::open_with_passphrase(path, "long enough".into(), "Europe/Madrid".into()).unwrap()
}

#[test]
fn entries_are_written_edited_deleted_and_searched() {
    let dir = tempfile::tempdir().unwrap();
    let companion = open(&dir);
    let first = companion
        .add_journal_entry(JournalEntry::new(day("2026-11-20"), "Día difícil."), now())
        .unwrap();
    let second = companion
        .add_journal_entry(
            JournalEntry::new(day("2026-11-22"), "Fui a la reunión"),
            now(),
        )
        .unwrap();
    let listed = companion.journal_entries().unwrap();
    assert_eq!(
        listed.iter().map(|view| view.id).collect::<Vec<_>>(),
        [second, first]
    );
    let found = companion.search_journal("REUNION".into()).unwrap();
    assert_eq!(found.len(), 1);
    assert_eq!(found[0].id, second);
    assert!(companion.search_journal("dificil".into()).unwrap()[0].id == first);
    assert!(
        companion
            .search_journal("sponsor".into())
            .unwrap()
            .is_empty()
    );

    companion
        .edit_journal_entry(
            first,
            JournalEntry::new(day("2026-11-20"), "Día duro."),
            now(),
        )
        .unwrap();
    companion.delete_journal_entry(second, now()).unwrap();
    let listed = companion.journal_entries().unwrap();
    assert_eq!(listed.len(), 1);
    assert_eq!(listed[0].entry.text, "Día duro.");
    let audit = companion.journal_entry_audit().unwrap();
    let mut changes: Vec<(AuditChange, String)> = audit
        .into_iter()
        .map(|change| (change.change, change.previous.text))
        .collect();
    changes.sort_by(|a, b| a.1.cmp(&b.1));
    assert_eq!(
        changes,
        [
            (AuditChange::Edited, "Día difícil.".to_owned()),
            (AuditChange::Deleted, "Fui a la reunión".to_owned()),
        ]
    );
}

#[test]
fn reasons_cross_and_bad_input_changes_nothing() {
    let dir = tempfile::tempdir().unwrap();
    let companion = open(&dir);
    companion.add_reason("Mi hija".into()).unwrap();
    assert_eq!(
        companion.add_reason("Volver a tocar".into()).unwrap(),
        ["Mi hija", "Volver a tocar"]
    );
    assert_eq!(companion.reach_out_chain().unwrap().reasons.len(), 2);
    assert_eq!(companion.remove_reason(0).unwrap(), ["Volver a tocar"]);
    assert_eq!(companion.reasons().unwrap(), ["Volver a tocar"]);

    let entry = companion
        .add_journal_entry(JournalEntry::new(day("2026-11-22"), "kept"), now())
        .unwrap();
    let before = store_snapshot(&dir.path().join("cairn.db"));
    let missing: RecordId = "00112233445566778899aabbccddeeff".parse().unwrap();
    let cases: Vec<(&str, Result<(), CairnError>)> = vec![
        (
            "future entry",
            companion
                .add_journal_entry(JournalEntry::new(day("2026-11-23"), "x"), now())
                .map(drop),
        ),
        (
            "long entry",
            companion
                .add_journal_entry(
                    JournalEntry::new(day("2026-11-22"), "x".repeat(5_001)),
                    now(),
                )
                .map(drop),
        ),
        (
            "blank edit",
            companion.edit_journal_entry(entry, JournalEntry::new(day("2026-11-22"), " "), now()),
        ),
        (
            "missing entry",
            companion.delete_journal_entry(missing, now()),
        ),
        (
            "blank query",
            companion.search_journal(" ".into()).map(drop),
        ),
        (
            "repeated reason",
            companion.add_reason("volver a tocar".into()).map(drop),
        ),
        ("reason past the end", companion.remove_reason(1).map(drop)),
    ];
    for (name, result) in cases {
        let error = result.expect_err(name);
        assert!(
            matches!(
                error,
                CairnError::InvalidInput { .. } | CairnError::NotFound { .. }
            ),
            "{name}: {error:?}"
        );
        assert!(!error.to_string().contains("kept"), "{name}");
    }
    assert_eq!(store_snapshot(&dir.path().join("cairn.db")), before);
}
