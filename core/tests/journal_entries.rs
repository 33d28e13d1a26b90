//! The person's journal through `Companion`, on a real encrypted store: writing, the
//! newest-first list, edits and deletions kept in the audit trail, search, and refused input
//! that leaves the store byte-identical.

#![allow(clippy::unwrap_used, clippy::expect_used, missing_docs)]

use cairn_core::companion::records::AuditChange;
use cairn_core::journal_entry::{JournalEntry, QUERY_MAX_CHARS, TEXT_MAX_CHARS};
use cairn_core::{Companion, Error, RecordId};
use cairn_tests::{day, instant, platform_key, store_snapshot};
use chrono::{DateTime, NaiveTime, Utc};

fn store(folder: &tempfile::TempDir) -> Companion {
    Companion::create(
        &folder.path().join("s.db"),
        &platform_key(9),
        "America/Mexico_City",
    )
    .unwrap()
}

fn now() -> DateTime<Utc> {
    // 18:00 in Mexico City on 30 November.
    instant("2026-12-01T00:00:00Z")
}

fn entry(on: &str, text: &str) -> JournalEntry {
    JournalEntry::new(day(on), text)
}

fn at(on: &str, time: &str, text: &str) -> JournalEntry {
    JournalEntry {
        time: Some(NaiveTime::parse_from_str(time, "%H:%M").unwrap()),
        ..entry(on, text)
    }
}

fn texts(entries: &[cairn_core::companion::JournalEntryView]) -> Vec<&str> {
    entries
        .iter()
        .map(|view| view.entry.text.as_str())
        .collect()
}

#[test]
fn entries_are_listed_newest_first_and_many_a_day() {
    let folder = tempfile::tempdir().unwrap();
    let mut companion = store(&folder);
    // 18:00 to 18:04 in Mexico City (already 1 December in UTC): 17:45 today is past.
    for (written, entry) in [
        ("2026-12-01T00:00:00Z", entry("2026-11-28", "older day")),
        ("2026-12-01T00:01:00Z", at("2026-11-30", "08:15", "morning")),
        (
            "2026-12-01T00:02:00Z",
            entry("2026-11-30", "no time, first"),
        ),
        ("2026-12-01T00:03:00Z", at("2026-11-30", "17:45", "evening")),
        (
            "2026-12-01T00:04:00Z",
            entry("2026-11-30", "no time, second"),
        ),
    ] {
        companion
            .add_journal_entry(entry, instant(written))
            .unwrap();
    }
    let listed = companion.journal_entries().unwrap();
    assert_eq!(
        texts(&listed),
        [
            "evening",
            "morning",
            "no time, second",
            "no time, first",
            "older day"
        ]
    );
    assert!(listed.iter().all(|view| view.edited_at.is_none()));
    assert_eq!(listed[4].recorded_at, instant("2026-12-01T00:00:00Z"));
}

#[test]
fn an_edit_keeps_the_old_text_in_the_audit_trail() {
    let folder = tempfile::tempdir().unwrap();
    let mut companion = store(&folder);
    let id = companion
        .add_journal_entry(
            entry("2026-11-29", "First meeting.\r\nI said nothing."),
            now(),
        )
        .unwrap();
    let later = instant("2026-12-01T01:00:00Z");
    companion
        .edit_journal_entry(
            id,
            at("2026-11-29", "19:00", "  First meeting. I shared.  "),
            later,
        )
        .unwrap();
    let listed = companion.journal_entries().unwrap();
    assert_eq!(listed.len(), 1);
    assert_eq!(listed[0].id, id);
    assert_eq!(listed[0].entry.text, "First meeting. I shared.");
    assert_eq!(listed[0].entry.time.unwrap().to_string(), "19:00:00");
    assert_eq!(listed[0].recorded_at, now());
    assert_eq!(listed[0].edited_at, Some(later));
    let audit = companion.journal_entry_audit().unwrap();
    assert_eq!(audit.len(), 1);
    assert_eq!(audit[0].entry_id, id);
    assert_eq!(audit[0].change, AuditChange::Edited);
    assert_eq!(audit[0].at, later);
    assert_eq!(audit[0].previous.text, "First meeting.\nI said nothing.");
    assert_eq!(audit[0].previous.time, None);
}

#[test]
fn a_deleted_entry_leaves_the_list_but_not_the_audit_trail() {
    let folder = tempfile::tempdir().unwrap();
    let mut companion = store(&folder);
    let kept = companion
        .add_journal_entry(entry("2026-11-30", "kept"), now())
        .unwrap();
    let gone = companion
        .add_journal_entry(entry("2026-11-30", "a letter I will not send"), now())
        .unwrap();
    companion
        .edit_journal_entry(gone, entry("2026-11-30", "a letter, edited"), now())
        .unwrap();
    let later = instant("2026-12-01T02:00:00Z");
    companion.delete_journal_entry(gone, later).unwrap();
    let listed = companion.journal_entries().unwrap();
    assert_eq!(
        listed.iter().map(|view| view.id).collect::<Vec<_>>(),
        [kept]
    );
    let audit = companion.journal_entry_audit().unwrap();
    let trail: Vec<(AuditChange, &str)> = audit
        .iter()
        .map(|change| (change.change, change.previous.text.as_str()))
        .collect();
    assert_eq!(
        trail,
        [
            (AuditChange::Deleted, "a letter, edited"),
            (AuditChange::Edited, "a letter I will not send"),
        ]
    );
    assert!(audit.iter().all(|change| change.entry_id == gone));
    // It cannot be edited or deleted again.
    for result in [
        companion.edit_journal_entry(gone, entry("2026-11-30", "back"), later),
        companion.delete_journal_entry(gone, later),
    ] {
        assert!(matches!(
            result,
            Err(Error::NotFound {
                what: "journal entry"
            })
        ));
    }
}

#[test]
fn search_ignores_case_and_accents_and_finds_nothing_when_nothing_matches() {
    let folder = tempfile::tempdir().unwrap();
    let mut companion = store(&folder);
    for (written, entry) in [
        (
            "2026-11-30T10:00:00Z",
            entry("2026-11-27", "Mañana llamo a mi PADRINO"),
        ),
        (
            "2026-11-30T10:01:00Z",
            entry("2026-11-30", "Called my sponsor after work"),
        ),
        (
            "2026-11-30T10:02:00Z",
            entry("2026-11-29", "La reunión fue difícil;\nllamé al padrino"),
        ),
    ] {
        companion
            .add_journal_entry(entry, instant(written))
            .unwrap();
    }
    let found = |query: &str| texts(&companion.search_journal(query).unwrap()).len();
    let search = |query: &str| {
        companion
            .search_journal(query)
            .unwrap()
            .into_iter()
            .map(|view| view.entry.date.to_string())
            .collect::<Vec<_>>()
    };
    assert_eq!(search("padrino"), ["2026-11-29", "2026-11-27"]);
    assert_eq!(search("PADRINO"), search("padrino"));
    assert_eq!(search("manana"), ["2026-11-27"]);
    assert_eq!(search("reunion fue dificil; llame"), ["2026-11-29"]);
    assert_eq!(search("SPÓNSOR"), ["2026-11-30"]);
    assert_eq!(found("relapse"), 0);
    assert_eq!(found("padrinos"), 0);
    // A bad query is refused, and names the query, never what it held.
    let folder_path = folder.path().join("s.db");
    let before = store_snapshot(&folder_path);
    for (query, reason) in [
        ("", "empty"),
        ("  ", "empty"),
        ("two\nlines", "contains control characters"),
    ] {
        match companion.search_journal(query) {
            Err(Error::InvalidInput { field, reason: got }) => {
                assert_eq!((field, got), ("query", reason));
            }
            other => panic!("{query:?}: {other:?}"),
        }
    }
    let long = "x".repeat(QUERY_MAX_CHARS + 1);
    let error = companion.search_journal(&long).unwrap_err();
    assert_eq!(error.to_string(), "invalid query: too long");
    assert_eq!(
        store_snapshot(&folder_path),
        before,
        "a search writes nothing"
    );
}

#[test]
fn refused_entries_leave_the_store_byte_identical() {
    let folder = tempfile::tempdir().unwrap();
    let mut companion = store(&folder);
    let id = companion
        .add_journal_entry(entry("2026-11-30", "kept as it is"), now())
        .unwrap();
    let path = folder.path().join("s.db");
    let before = store_snapshot(&path);
    let unknown = RecordId::from_bytes([7; 16]);
    let too_long = "é".repeat(TEXT_MAX_CHARS + 1);
    #[rustfmt::skip]
    let cases: Vec<(&str, Result<(), Error>)> = vec![
        ("empty", companion.add_journal_entry(entry("2026-11-30", " \n "), now()).map(drop)),
        ("too long", companion.add_journal_entry(entry("2026-11-30", &too_long), now()).map(drop)),
        ("escape", companion.add_journal_entry(entry("2026-11-30", "a\u{1b}b"), now()).map(drop)),
        ("tomorrow", companion.add_journal_entry(entry("2026-12-01", "x"), now()).map(drop)),
        ("later today", companion.add_journal_entry(at("2026-11-30", "18:01", "x"), now()).map(drop)),
        ("1899", companion.add_journal_entry(entry("1899-12-31", "x"), now()).map(drop)),
        ("edit too long", companion.edit_journal_entry(id, entry("2026-11-30", &too_long), now())),
        ("edit into the future", companion.edit_journal_entry(id, entry("2026-12-02", "x"), now())),
        ("edit unknown", companion.edit_journal_entry(unknown, entry("2026-11-30", "x"), now())),
        ("delete unknown", companion.delete_journal_entry(unknown, now())),
    ];
    for (name, result) in cases {
        let error = result.expect_err(name);
        assert!(
            matches!(error, Error::InvalidInput { .. } | Error::NotFound { .. }),
            "{name}: {error:?}"
        );
        assert!(!error.to_string().contains("kept"), "{name}: {error}");
        assert_eq!(store_snapshot(&path), before, "{name} changed the store");
    }
    assert_eq!(
        texts(&companion.journal_entries().unwrap()),
        ["kept as it is"]
    );
    assert!(companion.journal_entry_audit().unwrap().is_empty());
}

#[test]
fn entries_and_their_audit_trail_are_sealed_and_travel_in_a_backup() {
    let folder = tempfile::tempdir().unwrap();
    let mut companion = store(&folder);
    let id = companion
        .add_journal_entry(entry("2026-11-30", "zebra-crossing-secret"), now())
        .unwrap();
    companion
        .edit_journal_entry(id, entry("2026-11-30", "giraffe-secret"), now())
        .unwrap();
    drop(companion);
    for (file, bytes) in store_snapshot(&folder.path().join("s.db")) {
        let text = String::from_utf8_lossy(&bytes);
        assert!(
            !text.contains("zebra") && !text.contains("giraffe"),
            "{}",
            file.display()
        );
    }
    let companion = Companion::open(&folder.path().join("s.db"), &platform_key(9)).unwrap();
    let backup = folder.path().join("backup");
    let exported = companion.export_backup(&backup, None).unwrap();
    let other = tempfile::tempdir().unwrap();
    let mut restored = store(&other);
    restored
        .import_backup(&backup, &exported.recovery_code.display(), None)
        .unwrap();
    assert_eq!(
        texts(&restored.journal_entries().unwrap()),
        ["giraffe-secret"]
    );
    assert_eq!(
        restored.journal_entry_audit().unwrap()[0].previous.text,
        "zebra-crossing-secret"
    );
}
