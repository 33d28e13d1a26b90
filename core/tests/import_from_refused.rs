//! Importing the same history twice adds nothing twice, and every bad file is a typed error
//! that leaves the store byte-identical: damaged, truncated, empty, wrong-kind files, and
//! dates a changed clock put in the future.

#![allow(clippy::unwrap_used, clippy::expect_used, missing_docs)]

use cairn_core::companion::records::UseRecord;
use cairn_core::companion::{ImportOutcome, ImportSource};
use cairn_core::journal::{UseEvent, UseKind};
use cairn_core::{Companion, Error, RecordId};
use cairn_tests::{companion_in, day, fixture, instant, store_snapshot};
use chrono::{DateTime, Utc};
use serde_json::json;

const QUITTER: &[u8] = include_bytes!("fixtures/import/quitter-several.json");
const SOBRIETY: &[u8] = include_bytes!("fixtures/import/sobriety-several.json");

fn store() -> (tempfile::TempDir, Companion) {
    companion_in("Europe/Madrid", None)
}

fn now() -> DateTime<Utc> {
    instant("2026-11-30T12:00:00Z")
}

fn path(folder: &tempfile::TempDir) -> std::path::PathBuf {
    folder.path().join("s.db")
}

/// A Sobriety export of one substance with the given attempts (epoch ms, 0 = running).
fn sobriety(history: &[(i64, i64)], notes: serde_json::Value) -> Vec<u8> {
    let history: serde_json::Map<String, serde_json::Value> = history
        .iter()
        .map(|(start, end)| (start.to_string(), json!(end)))
        .collect();
    serde_json::to_vec(&json!([{
        "name": "Heroin", "status": "Ongoing", "history": history, "priority": 0,
        "daily_notes": notes, "time_saving": "00:00", "savings": {}, "milestones": []
    }]))
    .unwrap()
}

#[test]
fn importing_the_same_file_again_adds_nothing_and_writes_nothing() {
    for (source, bytes) in [
        (ImportSource::Quitter, QUITTER),
        (ImportSource::Sobriety, SOBRIETY),
    ] {
        let (folder, mut companion) = store();
        let first = companion.import_from(source, bytes, now()).unwrap();
        let before = store_snapshot(&path(&folder));
        let again = companion
            .import_from(source, bytes, instant("2026-11-30T13:00:00Z"))
            .unwrap();
        assert_eq!(store_snapshot(&path(&folder)), before, "{source:?}");
        assert_eq!(
            (
                again.journeys_added,
                again.uses_added,
                again.journal_entries_added,
                again.savings_set
            ),
            (0, 0, 0, 0)
        );
        assert_eq!(
            again.already_imported,
            first.journeys_added + first.uses_added + first.journal_entries_added
        );
        for (line, earlier) in again.journeys.iter().zip(&first.journeys) {
            assert_eq!(line.journey_id, earlier.journey_id);
            if earlier.outcome == ImportOutcome::Added {
                assert_eq!(line.outcome, ImportOutcome::AlreadyImported);
            }
        }
        assert_eq!(
            companion.journeys().unwrap().len(),
            first.journeys_added as usize
        );
    }
}

#[test]
fn a_later_export_of_the_same_history_adds_only_what_is_new() {
    let (_folder, mut companion) = store();
    // 2024-01-01 09:00 UTC, relapse 2024-02-01 03:30 UTC, then running.
    let (start, relapse, later) = (1_704_099_600_000, 1_706_758_200_000, 1_709_294_400_000);
    let first = sobriety(
        &[(start, relapse), (relapse, 0)],
        json!({"2024-01-15": "Two weeks."}),
    );
    let report = companion
        .import_from(ImportSource::Sobriety, &first, now())
        .unwrap();
    assert_eq!((report.journeys_added, report.uses_added), (1, 1));
    let id = report.journeys[0].journey_id.unwrap();
    // A second relapse on 2024-03-01 and a new note.
    let second = sobriety(
        &[(start, relapse), (relapse, later), (later, 0)],
        json!({"2024-01-15": "Two weeks.", "2024-03-02": "Again."}),
    );
    let report = companion
        .import_from(ImportSource::Sobriety, &second, now())
        .unwrap();
    assert_eq!(report.journeys[0].outcome, ImportOutcome::AlreadyImported);
    assert_eq!(report.journeys[0].journey_id, Some(id));
    assert_eq!(
        (
            report.journeys_added,
            report.uses_added,
            report.journal_entries_added,
            report.already_imported
        ),
        (0, 1, 1, 3)
    );
    let status = companion.status(Some(id), now()).unwrap();
    assert_eq!(status.streak.current_start, day("2024-03-02"));
    assert_eq!(companion.journal_entries().unwrap().len(), 2);
}

#[test]
fn what_the_person_deleted_after_an_import_does_not_come_back() {
    let (folder, mut companion) = store();
    let report = companion
        .import_from(ImportSource::Quitter, QUITTER, now())
        .unwrap();
    let opioids = report.journeys[1].journey_id.unwrap();
    let history = companion.history(Some(opioids), now()).unwrap();
    companion.delete_use(history.uses[0].id, now()).unwrap();
    let entry = companion.journal_entries().unwrap()[0].id;
    companion.delete_journal_entry(entry, now()).unwrap();
    // An edited use keeps its import key too.
    let kept = history.uses[1].clone();
    let edited = UseEvent {
        note: Some("edited".into()),
        ..kept.event.clone()
    };
    companion.edit_use(kept.id, edited, now()).unwrap();
    let before = store_snapshot(&path(&folder));
    let again = companion
        .import_from(ImportSource::Quitter, QUITTER, now())
        .unwrap();
    assert_eq!((again.uses_added, again.journal_entries_added), (0, 0));
    assert_eq!(store_snapshot(&path(&folder)), before);
}

#[test]
fn a_use_typed_by_hand_on_an_imported_day_is_not_taken_for_the_import() {
    let (_folder, mut companion) = store();
    let report = companion
        .import_from(ImportSource::Sobriety, SOBRIETY, now())
        .unwrap();
    let heroin: RecordId = report.journeys[0].journey_id.unwrap();
    companion
        .record_use(
            Some(heroin),
            UseEvent::new(day("2024-01-31"), UseKind::Lapse),
            now(),
        )
        .unwrap();
    let again = companion
        .import_from(ImportSource::Sobriety, SOBRIETY, now())
        .unwrap();
    assert_eq!(again.uses_added, 0);
    assert_eq!(
        companion.history(Some(heroin), now()).unwrap().uses.len(),
        2
    );
}

/// What Quitter's phone export writes: the low byte of every UTF-16 code unit of its JSON.
fn low_bytes(value: &serde_json::Value) -> Vec<u8> {
    let text = serde_json::to_string(value).unwrap();
    text.encode_utf16()
        .map(|unit| unit.to_le_bytes()[0])
        .collect()
}

#[test]
fn bad_files_are_refused_and_the_store_stays_byte_identical() {
    let cut = &QUITTER[..QUITTER.len() / 2];
    // Ģ (U+0122) leaves a quote inside a string: the JSON breaks, beside a damaged é.
    let names = serde_json::to_string(&json!({"opioids": "Ģambling café"})).unwrap();
    let broken = low_bytes(&json!({"opioids": "2024-03-10T08:15:30.123", "custom_names": names}));
    let future_quit = serde_json::to_vec(&json!({"opioids": "2027-01-01T08:00:00.000"})).unwrap();
    let future_relapse = sobriety(
        &[
            (1_704_099_600_000, 1_830_000_000_000),
            (1_830_000_000_000, 0),
        ],
        json!({}),
    );
    let old_note = serde_json::to_vec(
        &json!({"opioids": "2024-03-10T08:15:30.123", "journal_1850-01-01": "old"}),
    )
    .unwrap();
    let cases: [(ImportSource, &[u8], &str, &str); 13] = [
        (ImportSource::Quitter, b"", "file", "empty"),
        (ImportSource::Sobriety, b" \n\t", "file", "empty"),
        (ImportSource::Quitter, cut, "file", "cut short"),
        (
            ImportSource::Sobriety,
            &SOBRIETY[..SOBRIETY.len() - 3],
            "file",
            "cut short",
        ),
        (
            ImportSource::Quitter,
            b"opioids=2024-03-10",
            "file",
            "not a JSON export",
        ),
        (
            ImportSource::Sobriety,
            b"\xff\xfe\x00garbage",
            "file",
            "not UTF-8 text",
        ),
        (
            ImportSource::Quitter,
            SOBRIETY,
            "file",
            "a Sobriety export, not Quitter",
        ),
        (
            ImportSource::Sobriety,
            QUITTER,
            "file",
            "a Quitter export, not Sobriety",
        ),
        (
            ImportSource::Quitter,
            br#"{"name":"x"}"#,
            "file",
            "not a Quitter export",
        ),
        (
            ImportSource::Quitter,
            &future_quit,
            "clean_date",
            "in the future",
        ),
        (
            ImportSource::Sobriety,
            &future_relapse,
            "date",
            "in the future",
        ),
        (ImportSource::Quitter, &old_note, "date", "year before 1900"),
        (
            ImportSource::Quitter,
            &broken,
            "file",
            "text damaged by the phone export cannot be recovered",
        ),
    ];
    let (folder, mut companion) = store();
    // Something there already, so a refusal could spoil it.
    companion
        .import_from(ImportSource::Sobriety, SOBRIETY, now())
        .unwrap();
    for (source, bytes, field, reason) in cases {
        let before = store_snapshot(&path(&folder));
        match companion.import_from(source, bytes, now()) {
            Err(Error::InvalidInput {
                field: got_field,
                reason: got_reason,
            }) => assert_eq!(
                (got_field, got_reason),
                (field, reason),
                "{source:?} {field}"
            ),
            other => panic!("{source:?} {field} {reason}: {other:?}"),
        }
        assert_eq!(store_snapshot(&path(&folder)), before, "{field}: {reason}");
    }
}

#[test]
fn a_file_is_read_from_its_path_and_a_missing_one_changes_nothing() {
    let (folder, mut companion) = store();
    let file = fixture("../../core/tests/fixtures/import/quitter-several.json");
    let missing = folder.path().join("nothing-here.json");
    let before = store_snapshot(&path(&folder));
    assert!(matches!(
        companion.import_from_file(ImportSource::Quitter, &missing, now()),
        Err(Error::Io(_))
    ));
    assert_eq!(store_snapshot(&path(&folder)), before);
    let report = companion
        .import_from_file(ImportSource::Quitter, &file, now())
        .unwrap();
    assert_eq!(report.journeys_added, 4);
}

#[test]
fn an_imported_use_fills_the_same_padding_bucket_as_a_typed_one() {
    let (_folder, mut companion) = store();
    companion
        .import_from(ImportSource::Sobriety, SOBRIETY, now())
        .unwrap();
    let record = UseRecord {
        journey_id: RecordId::from_bytes([7; 16]),
        event: UseEvent {
            time: Some(chrono::NaiveTime::from_hms_opt(22, 30, 0).unwrap()),
            ..UseEvent::new(day("2024-01-31"), UseKind::Relapse)
        },
        recorded_at: instant("2026-11-30T12:00:00.123456789Z"),
        import_key: Some("0".repeat(24)),
    };
    let typed = UseRecord {
        import_key: None,
        ..record.clone()
    };
    // 6 bytes of prefix before the body, 256-byte buckets (core/src/crypto/envelope.rs).
    let bucket = |record: &UseRecord| (6 + serde_json::to_vec(record).unwrap().len()).div_ceil(256);
    assert_eq!(bucket(&record), bucket(&typed));
}

#[test]
fn a_store_restored_from_a_backup_still_knows_what_was_imported() {
    let (folder, mut companion) = store();
    companion
        .import_from(ImportSource::Quitter, QUITTER, now())
        .unwrap();
    let backup = folder.path().join("backup");
    let exported = companion.export_backup(&backup, None).unwrap();
    // Another phone: a store of its own, with its own data key.
    let (other, mut restored) = store();
    restored
        .import_backup(&backup, &exported.recovery_code.display(), None)
        .unwrap();
    let before = store_snapshot(&path(&other));
    let again = restored
        .import_from(ImportSource::Quitter, QUITTER, now())
        .unwrap();
    assert_eq!(
        (
            again.journeys_added,
            again.uses_added,
            again.journal_entries_added
        ),
        (0, 0, 0)
    );
    assert_eq!(store_snapshot(&path(&other)), before);
}
