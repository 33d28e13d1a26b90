//! `cairn import` asks first and can be undone; `cairn wipe --yes` leaves nothing of the store,
//! the store an import replaced included.

#![allow(clippy::unwrap_used, clippy::expect_used, missing_docs)]

use std::path::Path;
use std::process::{Command, Output};

use cairn_tests::store_snapshot;

const PASSPHRASE: &str = "long enough";

fn cairn(dir: &Path, code: Option<&str>, args: &[&str]) -> Output {
    let mut command = Command::new(env!("CARGO_BIN_EXE_cairn"));
    command
        .env("LANG", "C.UTF-8")
        .env_remove("LC_ALL")
        .env_remove("LC_MESSAGES")
        .env_remove("CAIRN_NEW_PASSPHRASE")
        .env_remove("CAIRN_BACKUP_PASSPHRASE")
        .env_remove("CAIRN_RECOVERY_CODE")
        .env("CAIRN_PASSPHRASE", PASSPHRASE)
        .env("CAIRN_NOW", "2026-11-22T08:00:00Z");
    if let Some(code) = code {
        command.env("CAIRN_RECOVERY_CODE", code);
    }
    command.arg("--data-dir").arg(dir).args(args);
    command.output().unwrap()
}

fn json(dir: &Path, code: Option<&str>, args: &[&str]) -> serde_json::Value {
    let output = cairn(dir, code, args);
    assert!(output.status.success(), "{args:?}: {output:?}");
    serde_json::from_slice(&output.stdout).unwrap()
}

fn fails(output: &Output, exit: i32, needle: &str) {
    assert_eq!(output.status.code(), Some(exit), "{output:?}");
    let stderr = String::from_utf8(output.stderr.clone()).unwrap();
    assert!(stderr.contains(needle), "{stderr:?}");
}

/// A store in `dir` with a journey from `clean_date`, in `zone`.
fn store_with_journey(dir: &Path, zone: &str, clean_date: &str) {
    json(dir, None, &["--json", "init", "--time-zone", zone]);
    json(
        dir,
        None,
        &["--json", "journey", "start", "--clean-date", clean_date],
    );
}

#[test]
fn import_is_refused_over_records_then_replaces_and_is_undone() {
    let other = tempfile::tempdir().unwrap();
    store_with_journey(other.path(), "Europe/Dublin", "2026-02-01");
    let backup = other.path().join("move.cairn-backup");
    let backup = backup.to_str().unwrap();
    let exported = json(other.path(), None, &["--json", "export", "--out", backup]);
    let code = exported["recovery_code"].as_str().unwrap();

    let here = tempfile::tempdir().unwrap();
    let dir = here.path();
    store_with_journey(dir, "Asia/Tokyo", "2025-06-01");
    let store = dir.join("cairn.db");
    let before = store_snapshot(&store);

    // Refused without --replace, before the code is even asked for.
    fails(&cairn(dir, None, &["import", backup]), 2, "--replace");
    // No code and no terminal to ask for it: said so, nothing changed.
    fails(
        &cairn(dir, None, &["import", backup, "--replace"]),
        2,
        "CAIRN_RECOVERY_CODE",
    );
    // Nothing to undo yet.
    fails(
        &cairn(dir, None, &["import", "--undo"]),
        2,
        "no import to undo",
    );
    // A wrong code with --replace: a clear error.
    fails(
        &cairn(
            dir,
            Some("AAAAA-AAAAA-AAAAA-AAAAA-AAAAA-AAAAA"),
            &["import", backup, "--replace"],
        ),
        4,
        "recovery_code",
    );
    assert_eq!(store_snapshot(&store), before, "refusals changed the store");

    let imported = json(dir, Some(code), &["--json", "import", backup, "--replace"]);
    assert_eq!(imported["time_zone"], "Europe/Dublin");
    let status = json(dir, None, &["--json", "status"]);
    assert_eq!(status["clean_date"], "2026-02-01");
    let kept = dir.join("cairn.db.before-import");
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        let mode = std::fs::metadata(&kept).unwrap().permissions().mode();
        assert_eq!(mode & 0o077, 0, "the kept store is owner-only");
    }

    assert_eq!(
        json(dir, None, &["--json", "import", "--undo"])["undone"],
        true
    );
    let status = json(dir, None, &["--json", "status"]);
    assert_eq!(status["clean_date"], "2025-06-01");
    assert!(!kept.exists());
    // Undone once; a second undo has nothing to bring back and changes nothing.
    let after_undo = store_snapshot(&store);
    fails(
        &cairn(dir, None, &["import", "--undo"]),
        2,
        "no import to undo",
    );
    assert_eq!(store_snapshot(&store), after_undo);
}

#[test]
fn wipe_deletes_the_store_an_import_replaced_and_any_staging_file() {
    let other = tempfile::tempdir().unwrap();
    store_with_journey(other.path(), "UTC", "2026-02-01");
    let backup = other.path().join("b.cairn-backup");
    let backup = backup.to_str().unwrap();
    let exported = json(other.path(), None, &["--json", "export", "--out", backup]);
    let code = exported["recovery_code"].as_str().unwrap();

    let here = tempfile::tempdir().unwrap();
    let dir = here.path();
    store_with_journey(dir, "UTC", "2025-06-01");
    json(dir, Some(code), &["--json", "import", backup, "--replace"]);
    std::fs::write(dir.join("cairn.db.import"), b"an interrupted import").unwrap();
    assert!(dir.join("cairn.db.before-import").exists());

    let wiped = json(dir, None, &["--json", "wipe", "--yes"]);
    assert_eq!(wiped["wiped"], true);
    assert_eq!(wiped["overwritten"], true);
    let left: Vec<_> = std::fs::read_dir(dir).unwrap().collect();
    assert!(left.is_empty(), "left after wipe: {left:?}");
}
