//! The terminal half of the bad-input matrix: every case is a one-line typed error with the
//! right exit code, and the store's files are byte-for-byte what they were. Also two `cairn`
//! processes writing one store at once.

#![allow(clippy::unwrap_used, clippy::expect_used, missing_docs)]

use cairn_tests::store_snapshot;
use std::path::Path;
use std::process::{Command, Output};

fn cairn(dir: &Path, args: &[&str]) -> Command {
    let mut command = Command::new(env!("CARGO_BIN_EXE_cairn"));
    // English whatever the developer's own locale: these tests read the English messages.
    command
        .env("LANG", "C.UTF-8")
        .env_remove("LC_ALL")
        .env_remove("LC_MESSAGES");
    command.arg("--data-dir").arg(dir).args(args);
    command
        .env("CAIRN_PASSPHRASE", "long enough")
        .env("CAIRN_NOW", "2026-11-22T18:00:00Z")
        // A well-formed code that opens nothing.
        .env("CAIRN_RECOVERY_CODE", "AAAAA-AAAAA-AAAAA-AAAAA-AAAAA-AAAAA");
    command
        .env_remove("CAIRN_NEW_PASSPHRASE")
        .env_remove("CAIRN_BACKUP_PASSPHRASE");
    command
}

fn run(dir: &Path, args: &[&str]) -> Output {
    cairn(dir, args).output().unwrap()
}

/// The words of a command line that has no argument with a space in it.
fn words(line: &str) -> Vec<&str> {
    line.split(' ').collect()
}

/// `cairn contacts add` with a name, a number and a role as typed.
fn add_contact<'a>(name: &'a str, phone: &'a str, role: &'a str) -> Vec<&'a str> {
    vec![
        "contacts", "add", "--name", name, "--phone", phone, "--role", role,
    ]
}

fn setup() -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    for args in [
        &["init", "--time-zone", "Europe/London", "--region", "GB"][..],
        &["journey", "start", "--clean-date", "2026-09-01"],
        &[
            "contacts",
            "add",
            "--name",
            "Pat",
            "--phone",
            "07700 900123",
            "--role",
            "sponsor",
            "--primary",
        ],
        &[
            "checkin",
            "--mood",
            "3",
            "--craving",
            "2",
            "--date",
            "2026-11-21",
        ],
    ] {
        assert!(run(dir.path(), args).status.success(), "{args:?}");
    }
    dir
}

#[test]
fn thirty_five_bad_inputs_change_nothing() {
    let dir = setup();
    let path = dir.path();
    let missing_id = "00112233445566778899aabbccddeeff";
    let backup = path.join("notes.txt");
    std::fs::write(&backup, "not a backup").unwrap();
    let backup = backup.to_str().unwrap().to_owned();
    let cases: Vec<(Vec<&str>, i32, &str)> = vec![
        (words("init"), 5, "already exists"),
        (
            words("settings --time-zone Europe/Atlantis"),
            4,
            "time_zone",
        ),
        (vec!["settings", "--time-zone", ""], 4, "time_zone"),
        (words("settings --region QQ"), 4, "region"),
        (words("settings --reminder-time 25:00"), 4, "time"),
        (words("settings --milestone-time 9am"), 4, "time"),
        (words("settings --medication methadone"), 2, "NAME@"),
        (words("settings --medication @08:00"), 4, "medication"),
        (
            words("settings --medication methadone@08:00,08:00"),
            4,
            "medication",
        ),
        (words("settings --day-counting two"), 2, "day-counting"),
        (words("journey start --clean-date 2026-11-23"), 4, "future"),
        (words("journey start --clean-date 2026-02-30"), 4, "date"),
        (words("journey start --clean-date yesterday"), 4, "date"),
        (
            words("journey start --clean-date 2026-01-01 --time 24:61"),
            4,
            "time",
        ),
        (
            vec![
                "journey",
                "start",
                "--clean-date",
                "2026-01-01",
                "--name",
                "",
            ],
            4,
            "substance",
        ),
        (words("use --date 2026-11-23"), 4, "future"),
        (words("use --date 2026-11-01 --kind binge"), 2, "--kind"),
        (
            vec!["use", "--date", "2026-11-01", "--journey", missing_id],
            4,
            "journey",
        ),
        (vec!["use", "--delete", missing_id], 4, "use"),
        (
            vec!["use", "--edit", missing_id, "--date", "2026-11-01"],
            4,
            "use",
        ),
        (words("use --delete xyz"), 4, "id"),
        (words("checkin --mood 0 --craving 2"), 4, "mood"),
        (words("checkin --mood 6 --craving 2"), 4, "mood"),
        (words("checkin --mood 3 --craving 11"), 4, "craving"),
        (
            words("checkin --mood 3 --craving 2 --meds sometimes"),
            4,
            "medication",
        ),
        (
            words("checkin --mood 3 --craving 2 --date 2026-11-21"),
            4,
            "already exists",
        ),
        (
            words("checkin --mood 3 --craving 2 --date 2026-11-24"),
            4,
            "date",
        ),
        (words("checkin --mood -1 --craving 2"), 2, "-1"),
        (add_contact("A", "0800 FLOWERS", "friend"), 4, "phone"),
        (add_contact("A", "", "friend"), 4, "phone"),
        (add_contact("A", "555,123", "friend"), 4, "phone"),
        (add_contact("", "555 0100", "friend"), 4, "name"),
        (add_contact("A", "555 0100", "guru"), 4, "role"),
        (vec!["contacts", "remove", missing_id], 4, "contact"),
        (words("reach-out --log nowhere-123"), 4, "chain entry"),
        (
            words("prevention-plan edit --section moods --add x"),
            4,
            "section",
        ),
        (
            words("prevention-plan edit --section safe-places --remove 9"),
            4,
            "index",
        ),
        (words("milestones --add-days 0"), 4, "personal_milestone"),
        (vec!["import", &backup, "--replace"], 4, "recovery_code"),
        (vec!["import", &backup], 2, "--replace"),
        (vec!["import", "--undo"], 2, "no import to undo"),
        (vec!["import", &backup, "--code", "X"], 2, "--code"),
        (vec!["notifications", "--pending", ""], 0, ""),
    ];
    let before = store_snapshot(&path.join("cairn.db"));
    let mut failures = 0;
    for (args, code, needle) in &cases {
        let output = run(path, args);
        assert_eq!(output.status.code(), Some(*code), "{args:?}: {output:?}");
        if *code != 0 {
            failures += 1;
            let stderr = String::from_utf8(output.stderr).unwrap();
            assert_eq!(stderr.lines().count(), 1, "{args:?}: {stderr}");
            assert!(stderr.contains(needle), "{args:?}: {stderr}");
        }
        assert_eq!(
            store_snapshot(&path.join("cairn.db")),
            before,
            "{args:?} changed the store"
        );
    }
    assert!(failures >= 35, "{failures}");
}

#[test]
fn two_processes_on_one_store_wait_or_fail_cleanly() {
    let dir = setup();
    let path = dir.path();
    let mut saved = Vec::new();
    for round in 0..6 {
        let days = [
            format!("2026-10-{:02}", 2 * round + 1),
            format!("2026-10-{:02}", 2 * round + 2),
        ];
        let children: Vec<_> = days
            .iter()
            .map(|day| {
                cairn(
                    path,
                    &[
                        "--json",
                        "checkin",
                        "--mood",
                        "3",
                        "--craving",
                        "3",
                        "--date",
                        day,
                    ],
                )
                .spawn()
                .unwrap()
            })
            .collect();
        for (child, day) in children.into_iter().zip(&days) {
            let output = child.wait_with_output().unwrap();
            match output.status.code() {
                Some(0) => saved.push(day.clone()),
                Some(8) => assert_eq!(String::from_utf8(output.stderr).unwrap().lines().count(), 1),
                other => panic!("{other:?}: {output:?}"),
            }
        }
    }
    let history = run(path, &["--json", "insights"]);
    assert!(history.status.success());
    let checkins = Command::new("sqlite3")
        .arg("--version")
        .output()
        .map(|_| ())
        .ok();
    let _ = checkins;
    let listed = String::from_utf8(run(path, &["--json", "history"]).stdout).unwrap();
    assert!(listed.contains("damaged_records\": []"), "{listed}");
    let plan = run(path, &["--json", "notifications"]);
    assert!(plan.status.success());
    assert!(
        saved.len() >= 6,
        "most concurrent writes should wait and succeed: {}",
        saved.len()
    );
}
