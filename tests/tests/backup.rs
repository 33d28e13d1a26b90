//! Backups end to end: moving to a new phone, failures that change nothing, and a pinned
//! known-answer backup file that every later version must import.

#![allow(clippy::unwrap_used, clippy::expect_used, missing_docs)]

use std::path::Path;

use cairn_core::backup::RecoveryCode;
use cairn_core::backup::format::SealParams;
use cairn_core::journal::{UseEvent, UseKind};
use cairn_core::{Companion, Error};
use cairn_tests::now;
use cairn_tests::{fixture, platform_key, store_snapshot};
use zeroize::Zeroizing;

const KAT_CODE_VALUES: [u8; 24] = [
    3, 14, 15, 9, 26, 5, 3, 5, 8, 9, 7, 9, 3, 2, 3, 8, 4, 6, 2, 6, 4, 3, 3, 8,
];

/// A store with a journey, a lapse, an edited relapse (so an audit entry) and settings.
fn filled(path: &Path, key: u8) -> Companion {
    let mut companion = Companion::create(path, &platform_key(key), "Europe/Dublin").unwrap();
    let journey = cairn_tests::journey("2025-01-10");
    companion.start_journey(journey, now()).unwrap();
    let mut lapse = UseEvent::new("2025-03-01".parse().unwrap(), UseKind::Lapse);
    lapse.note = Some("a wedding; old friends".into());
    companion.record_use(None, lapse, now()).unwrap();
    let id = companion
        .record_use(
            None,
            UseEvent::new("2025-08-01".parse().unwrap(), UseKind::Lapse),
            now(),
        )
        .unwrap()
        .id;
    companion
        .edit_use(
            id,
            UseEvent::new("2025-08-02".parse().unwrap(), UseKind::Relapse),
            now(),
        )
        .unwrap();
    companion
}

fn listing(dir: &Path) -> Vec<String> {
    let mut names: Vec<String> = std::fs::read_dir(dir)
        .unwrap()
        .map(|entry| entry.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    names.sort();
    names
}

#[test]
fn a_backup_moves_everything_to_a_new_phone() {
    let old_phone = tempfile::tempdir().unwrap();
    let new_phone = tempfile::tempdir().unwrap();
    let old = filled(&old_phone.path().join("cairn.db"), 1);
    let file = old_phone.path().join("cairn.backup");
    let exported = old.export_backup(&file, None).unwrap();
    assert_eq!((exported.records, exported.damaged_records.len()), (5, 0));
    let shown = exported.recovery_code.display();

    let mut new = Companion::create(
        &new_phone.path().join("cairn.db"),
        &platform_key(2),
        "Asia/Tokyo",
    )
    .unwrap();
    let imported = new
        .import_backup(&file, &shown.to_lowercase(), None)
        .unwrap();
    assert_eq!(imported.records, 5);
    assert_eq!(new.settings().unwrap(), old.settings().unwrap());
    assert_eq!(
        new.history(None, now()).unwrap(),
        old.history(None, now()).unwrap()
    );
    assert_eq!(
        new.status(None, now()).unwrap(),
        old.status(None, now()).unwrap()
    );
    assert!(new.integrity_check().unwrap());
    drop(new);
    // Re-encrypted under the new phone's key: only that key opens it.
    assert!(matches!(
        Companion::open(&new_phone.path().join("cairn.db"), &platform_key(1)),
        Err(Error::WrongKey)
    ));
    assert!(Companion::open(&new_phone.path().join("cairn.db"), &platform_key(2)).is_ok());
    // No staging file is left; the store the import replaced is kept (sealed) for an undo.
    assert_eq!(
        listing(new_phone.path()),
        ["cairn.db", "cairn.db.before-import"]
    );
}

#[test]
fn a_passphrase_protected_backup_needs_both() {
    let dir = tempfile::tempdir().unwrap();
    let old = filled(&dir.path().join("old.db"), 1);
    let file = dir.path().join("b");
    let code = old
        .export_backup(&file, Some("the river in june".into()))
        .unwrap()
        .recovery_code
        .display();
    let mut new = Companion::create(&dir.path().join("new.db"), &platform_key(2), "UTC").unwrap();
    assert!(matches!(
        new.import_backup(&file, &code, None),
        Err(Error::InvalidInput {
            field: "passphrase",
            ..
        })
    ));
    assert!(matches!(
        new.import_backup(&file, &code, Some("the river in July".into())),
        Err(Error::WrongRecoveryCode)
    ));
    assert_eq!(
        new.import_backup(&file, &code, Some("the river in june".into()))
            .unwrap()
            .records,
        5
    );
}

#[test]
fn every_failed_import_leaves_the_store_exactly_as_it_was() {
    let dir = tempfile::tempdir().unwrap();
    let backups = tempfile::tempdir().unwrap();
    let old = filled(&backups.path().join("old.db"), 1);
    let good = backups.path().join("good");
    let code = old
        .export_backup(&good, None)
        .unwrap()
        .recovery_code
        .display()
        .to_string();
    let bytes = std::fs::read(&good).unwrap();

    let path = dir.path().join("cairn.db");
    let mut current = filled(&path, 3);
    current.set_time_zone("America/Denver").unwrap();
    let before = (store_snapshot(&path), listing(dir.path()));

    let write = |name: &str, content: &[u8]| {
        let file = backups.path().join(name);
        std::fs::write(&file, content).unwrap();
        file
    };
    let mut flipped = bytes.clone();
    let middle = bytes.len() / 2;
    flipped[middle] ^= 1;
    let mut newer = bytes.clone();
    newer[8] = 9;
    let mut typo: Vec<char> = code.chars().collect();
    typo[7] = if typo[7] == 'A' { 'B' } else { 'A' };
    let typo: String = typo.into_iter().collect();
    let other_code = RecoveryCode::generate().unwrap().display().to_string();

    type Case<'a> = (&'a str, std::path::PathBuf, &'a str, fn(&Error) -> bool);
    let cases: Vec<Case> = vec![
        ("wrong code", good.clone(), &other_code, |e| {
            matches!(e, Error::WrongRecoveryCode)
        }),
        (
            "typo",
            good.clone(),
            &typo,
            |e| matches!(e, Error::InvalidInput { field: "recovery_code", reason } if reason.contains("group 2")),
        ),
        ("tampered", write("tampered", &flipped), &code, |e| {
            matches!(e, Error::BackupDamaged { .. })
        }),
        (
            "truncated",
            write("truncated", &bytes[..bytes.len() - 100]),
            &code,
            |e| matches!(e, Error::BackupDamaged { .. }),
        ),
        ("newer version", write("newer", &newer), &code, |e| {
            matches!(e, Error::NewerFormat { .. })
        }),
        (
            "not a backup",
            write("notes.txt", b"shopping list: bread, milk"),
            &code,
            |e| matches!(e, Error::NotABackup),
        ),
        ("missing file", backups.path().join("absent"), &code, |e| {
            matches!(e, Error::Io(_))
        }),
    ];
    for (name, file, code, expected) in cases {
        let error = current.import_backup(&file, code, None).expect_err(name);
        assert!(expected(&error), "{name}: {error:?}");
        assert_eq!(
            (store_snapshot(&path), listing(dir.path())),
            before,
            "{name} changed something"
        );
    }
    assert_eq!(current.settings().unwrap().time_zone, "America/Denver");
}

#[test]
fn the_pinned_backup_still_imports() {
    let code = RecoveryCode::from_values(KAT_CODE_VALUES);
    if std::env::var_os("CAIRN_WRITE_FIXTURES").is_some() {
        let dir = tempfile::tempdir().unwrap();
        let companion = filled(&dir.path().join("kat.db"), 5);
        let params = SealParams {
            iterations: 600_000,
            chunk_size: 64 * 1024,
            salt: [0x42; 32],
            wrap_nonce: [0x24; 12],
            file_key: Zeroizing::new([0x5A; 32]),
        };
        companion
            .export_backup_fixed(
                &fixture("backup-v1.cairn-backup"),
                Some("pinned passphrase".into()),
                code.clone(),
                params,
            )
            .unwrap();
        let expected = serde_json::json!({
            "recovery_code": code.display().as_str(),
            "passphrase": "pinned passphrase",
            "records": 5,
            "history": companion.history(None, now()).unwrap(),
        });
        let text = serde_json::to_string_pretty(&expected).unwrap();
        std::fs::write(fixture("backup-v1.json"), text).unwrap();
    }
    let expected: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(fixture("backup-v1.json")).unwrap()).unwrap();
    assert_eq!(expected["recovery_code"], code.display().as_str());
    let dir = tempfile::tempdir().unwrap();
    let mut companion =
        Companion::create(&dir.path().join("new.db"), &platform_key(9), "UTC").unwrap();
    let imported = companion
        .import_backup(
            &fixture("backup-v1.cairn-backup"),
            &code.display(),
            Some("pinned passphrase".into()),
        )
        .unwrap();
    assert_eq!(imported.records, 5);
    let actual = serde_json::to_value(companion.history(None, now()).unwrap()).unwrap();
    assert_eq!(actual, expected["history"]);
    assert_eq!(companion.settings().unwrap().time_zone, "Europe/Dublin");
}
