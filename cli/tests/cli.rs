//! The `cairn` binary as a person or a script uses it: exit codes, one-line errors, JSON.

#![allow(clippy::unwrap_used, clippy::expect_used, missing_docs)]

use std::path::Path;
use std::process::{Command, Output};

fn cairn(dir: &Path, passphrase: Option<&str>, args: &[&str]) -> Output {
    cairn_with(dir, passphrase, None, args)
}

/// [`cairn`] with a recovery code in `CAIRN_RECOVERY_CODE`.
fn cairn_with(dir: &Path, passphrase: Option<&str>, code: Option<&str>, args: &[&str]) -> Output {
    let mut command = Command::new(env!("CARGO_BIN_EXE_cairn"));
    // English whatever the developer's own locale: these tests read the English messages.
    command
        .env("LANG", "C.UTF-8")
        .env_remove("LC_ALL")
        .env_remove("LC_MESSAGES");
    command.arg("--data-dir").arg(dir).args(args);
    command
        .env_remove("CAIRN_PASSPHRASE")
        .env_remove("CAIRN_NEW_PASSPHRASE")
        .env_remove("CAIRN_RECOVERY_CODE");
    command.env("CAIRN_NOW", "2026-11-22T08:00:00Z");
    if let Some(passphrase) = passphrase {
        command.env("CAIRN_PASSPHRASE", passphrase);
    }
    if let Some(code) = code {
        command.env("CAIRN_RECOVERY_CODE", code);
    }
    command.output().unwrap()
}

/// Runs `cairn` with the test passphrase, expects success, and parses what it printed.
fn json(dir: &Path, args: &[&str]) -> serde_json::Value {
    let output = cairn(dir, Some("long enough"), args);
    assert!(output.status.success(), "{args:?}: {output:?}");
    serde_json::from_slice(&output.stdout).unwrap()
}

fn assert_fails(output: &Output, code: i32, needle: &str) {
    assert_eq!(output.status.code(), Some(code), "{output:?}");
    let stderr = String::from_utf8(output.stderr.clone()).unwrap();
    assert_eq!(stderr.lines().count(), 1, "one line on stderr: {stderr:?}");
    assert!(
        stderr.starts_with("cairn: ") && stderr.contains(needle),
        "{stderr:?}"
    );
    assert!(output.stdout.is_empty());
}

#[test]
fn init_settings_passphrase_and_wipe() {
    let dir = tempfile::tempdir().unwrap();
    let dir = dir.path();
    let store = dir.join("cairn.db");

    assert_fails(
        &cairn(dir, Some("long enough"), &["settings"]),
        5,
        "cairn init",
    );
    assert_fails(
        &cairn(
            dir,
            Some("long enough"),
            &["init", "--time-zone", "Moon/Base"],
        ),
        4,
        "time_zone",
    );
    assert!(!store.exists());
    assert_fails(
        &cairn(dir, Some("short"), &["init", "--time-zone", "UTC"]),
        4,
        "passphrase",
    );
    assert!(!store.exists());

    let created = cairn(
        dir,
        Some("long enough"),
        &["--json", "init", "--time-zone", "America/Los_Angeles"],
    );
    assert!(created.status.success(), "{created:?}");
    let json: serde_json::Value = serde_json::from_slice(&created.stdout).unwrap();
    assert_eq!(json["time_zone"], "America/Los_Angeles");
    assert_fails(
        &cairn(dir, Some("long enough"), &["init"]),
        5,
        "already exists",
    );

    let before = std::fs::read(&store).unwrap();
    assert_fails(
        &cairn(dir, Some("wrong guess"), &["settings"]),
        3,
        "does not unlock",
    );
    assert_eq!(std::fs::read(&store).unwrap(), before);

    let moved = cairn(
        dir,
        Some("long enough"),
        &["--json", "settings", "--time-zone", "Pacific/Chatham"],
    );
    let json: serde_json::Value = serde_json::from_slice(&moved.stdout).unwrap();
    assert_eq!(json["time_zone"], "Pacific/Chatham");

    let mut change = Command::new(env!("CARGO_BIN_EXE_cairn"));
    change
        .env("LANG", "C.UTF-8")
        .env_remove("LC_ALL")
        .env_remove("LC_MESSAGES");
    change
        .arg("--data-dir")
        .arg(dir)
        .args(["passphrase", "change"]);
    change
        .env("CAIRN_PASSPHRASE", "long enough")
        .env("CAIRN_NEW_PASSPHRASE", "a new one, longer");
    assert!(change.output().unwrap().status.success());
    assert_fails(
        &cairn(dir, Some("long enough"), &["settings"]),
        3,
        "does not unlock",
    );
    assert!(
        cairn(dir, Some("a new one, longer"), &["settings"])
            .status
            .success()
    );

    assert_fails(&cairn(dir, None, &["wipe"]), 2, "--yes");
    assert!(store.exists());
    let wiped = cairn(dir, None, &["--json", "wipe", "--yes"]);
    let json: serde_json::Value = serde_json::from_slice(&wiped.stdout).unwrap();
    assert_eq!(json["wiped"], true);
    assert!(!store.exists());
}

#[test]
fn bad_clock_and_missing_passphrase_are_usage_errors() {
    let dir = tempfile::tempdir().unwrap();
    let mut command = Command::new(env!("CARGO_BIN_EXE_cairn"));
    // English whatever the developer's own locale: these tests read the English messages.
    command
        .env("LANG", "C.UTF-8")
        .env_remove("LC_ALL")
        .env_remove("LC_MESSAGES");
    command
        .arg("--data-dir")
        .arg(dir.path())
        .arg("settings")
        .env("CAIRN_NOW", "yesterday");
    assert_fails(&command.output().unwrap(), 2, "CAIRN_NOW");
}

#[test]
fn demo_walks_through_and_reports_no_failure() {
    let dir = tempfile::tempdir().unwrap();
    let output = cairn(dir.path(), None, &["--json", "demo"]);
    assert!(output.status.success(), "{output:?}");
    let steps: serde_json::Value = serde_json::from_slice(&output.stdout).unwrap();
    let text = steps.to_string();
    assert!(
        !text.contains("should never happen") && !text.contains("STILL") && !text.contains("LEFT")
    );
    assert!(text.contains("finds it 0 times"), "{text}");
    assert!(
        std::fs::read_dir(dir.path()).unwrap().next().is_none(),
        "the demo writes nothing here"
    );
}

#[test]
fn journal_commands_print_the_documented_json() {
    let folder = tempfile::tempdir().unwrap();
    let dir = folder.path();
    let run = |args: &[&str]| json(dir, args);
    run(&["--json", "init", "--time-zone", "America/Los_Angeles"]);
    run(&[
        "--json",
        "journey",
        "start",
        "--clean-date",
        "2026-01-01",
        "--time",
        "09:00",
    ]);
    let used = run(&[
        "--json",
        "use",
        "--date",
        "2026-03-01",
        "--kind",
        "relapse",
        "--note",
        "n",
    ]);
    assert_eq!(used["clean_days_before"], 59);
    let status = run(&["--json", "status"]);
    for field in [
        "clean_days",
        "longest_streak_days",
        "total_clean_days",
        "attempts",
        "clean_share_30",
        "clean_share_90",
        "clean_share_365",
        "stage",
        "next_milestone",
    ] {
        assert!(status.get(field).is_some(), "status lacks {field}");
    }
    // CAIRN_NOW is 2026-11-22T08:00Z: midnight starting the 22nd in Los Angeles.
    assert_eq!(status["clean_days"], 265);
    assert_eq!(status["longest_streak_days"], 265);
    assert_eq!(status["attempts"], 2);
    assert_eq!(status["stage"], "maintained_abstinence");
    assert_eq!(status["next_milestone"]["label"], "9 months");
    assert_eq!(status["next_milestone"]["date"], "2026-12-02");
    assert_eq!(status["next_milestone"]["days_left"], 10);
    let share = status["clean_share_365"].as_f64().unwrap();
    assert!((0.0..=1.0).contains(&share) && share < 1.0);

    let use_id = run(&["--json", "history"])["uses"][0]["id"]
        .as_str()
        .unwrap()
        .to_owned();
    run(&[
        "--json",
        "use",
        "--edit",
        &use_id,
        "--date",
        "2026-03-02",
        "--kind",
        "lapse",
    ]);
    let history = run(&["--json", "history"]);
    assert_eq!(history["uses"][0]["date"], "2026-03-02");
    assert_eq!(history["audit"][0]["previous"]["date"], "2026-03-01");
    let milestones = run(&["--json", "milestones", "--set", "early"]);
    assert_eq!(milestones.as_array().unwrap().len(), 6);

    assert_fails(
        &cairn(dir, Some("long enough"), &["use", "--date", "2026-02-30"]),
        4,
        "date",
    );
    assert_fails(
        &cairn(
            dir,
            Some("long enough"),
            &["use", "--date", "2026-02-01", "--kind", "binge"],
        ),
        2,
        "--kind",
    );
    assert_fails(
        &cairn(
            dir,
            Some("long enough"),
            &["use", "--delete", "00112233445566778899aabbccddeeff"],
        ),
        4,
        "no such use",
    );
    assert_fails(
        &cairn(dir, Some("long enough"), &["use", "--delete", "nope"]),
        4,
        "id",
    );
}

#[test]
fn export_and_import_move_a_store_to_another_computer() {
    let old = tempfile::tempdir().unwrap();
    let new = tempfile::tempdir().unwrap();
    let run = |dir: &Path, passphrase: &str, args: &[&str]| {
        let output = cairn(dir, Some(passphrase), args);
        assert!(output.status.success(), "{args:?}: {output:?}");
        serde_json::from_slice::<serde_json::Value>(&output.stdout).unwrap()
    };
    run(
        old.path(),
        "old passphrase",
        &["--json", "init", "--time-zone", "Europe/Dublin"],
    );
    run(
        old.path(),
        "old passphrase",
        &["--json", "journey", "start", "--clean-date", "2026-02-01"],
    );
    let file = old.path().join("move.cairn-backup");
    let file = file.to_str().unwrap();
    let exported = run(
        old.path(),
        "old passphrase",
        &["--json", "export", "--out", file],
    );
    let code = exported["recovery_code"].as_str().unwrap().to_owned();
    assert_eq!(code.len(), 35);

    // No store on the new computer yet: import creates one under the new passphrase.
    assert_fails(
        &cairn_with(
            new.path(),
            Some("new passphrase"),
            Some("AAAAA"),
            &["import", file],
        ),
        4,
        "recovery_code",
    );
    // The code is never an argument: shell history and the process list would keep it.
    assert_fails(
        &cairn(
            new.path(),
            Some("new passphrase"),
            &["import", file, "--code", &code],
        ),
        2,
        "--code",
    );
    let imported = cairn_with(
        new.path(),
        Some("new passphrase"),
        Some(&code),
        &["--json", "import", file],
    );
    assert!(imported.status.success(), "{imported:?}");
    let imported: serde_json::Value = serde_json::from_slice(&imported.stdout).unwrap();
    assert_eq!(imported["records"], 2);
    assert_eq!(imported["time_zone"], "Europe/Dublin");
    let status = run(new.path(), "new passphrase", &["--json", "status"]);
    assert_eq!(status["clean_date"], "2026-02-01");
    assert_fails(
        &cairn(new.path(), Some("old passphrase"), &["status"]),
        3,
        "does not unlock",
    );
}

#[test]
fn check_ins_contacts_and_notifications_print_the_documented_json() {
    let folder = tempfile::tempdir().unwrap();
    let dir = folder.path();
    let run = |args: &[&str]| json(dir, args);
    run(&[
        "--json",
        "init",
        "--time-zone",
        "America/New_York",
        "--region",
        "us",
    ]);
    run(&["--json", "journey", "start", "--clean-date", "2026-11-01"]);
    run(&[
        "--json",
        "contacts",
        "add",
        "--name",
        "Dana",
        "--phone",
        "555 010 2000",
        "--role",
        "sponsor",
        "--primary",
        "--can-text",
    ]);
    run(&[
        "--json",
        "contacts",
        "add",
        "--name",
        "Mo",
        "--phone",
        "+1 (555) 010-3000",
        "--role",
        "backup",
    ]);

    let chain = run(&["--json", "reach-out"]);
    let chain = chain["chain"].as_array().unwrap();
    assert_eq!(chain[0]["name"], "Dana");
    assert_eq!(chain[0]["role"], "sponsor");
    assert_eq!(chain[0]["tel_uri"], "tel:5550102000");
    assert_eq!(chain[0]["sms_uri"], "sms:5550102000");
    assert_eq!(chain[1]["name"], "Mo");
    assert!(chain[1].get("sms_uri").is_none(), "Mo does not take texts");
    assert_eq!(chain.last().unwrap()["tel_uri"], "tel:911");

    let quiet = run(&[
        "--json",
        "checkin",
        "--date",
        "2026-11-20",
        "--mood",
        "4",
        "--craving",
        "2",
        "--meds",
        "taken",
    ]);
    assert!(quiet["safety_card"].is_null());
    // CAIRN_NOW is 03:00 on the 22nd in New York: 21 clean days before a use.
    let used = run(&[
        "--json",
        "checkin",
        "--mood",
        "2",
        "--craving",
        "9",
        "--used",
        "--trigger",
        "people",
    ]);
    let card = &used["safety_card"];
    assert!(card["lines"].as_array().unwrap().len() >= 5);
    let actions = card["actions"].to_string();
    assert!(
        actions.contains("tel:5550102000")
            && actions.contains("tel:18004843731")
            && actions.contains("tel:988"),
        "{actions}"
    );
    assert_eq!(run(&["--json", "history"])["uses"][0]["date"], "2026-11-22");
    assert_fails(
        &cairn(
            dir,
            Some("long enough"),
            &["checkin", "--mood", "3", "--craving", "3"],
        ),
        4,
        "already exists",
    );
    assert_fails(
        &cairn(
            dir,
            Some("long enough"),
            &[
                "checkin",
                "--mood",
                "3",
                "--craving",
                "11",
                "--date",
                "2026-11-21",
            ],
        ),
        4,
        "craving",
    );

    let logged = run(&["--json", "reach-out", "--log", "us-988"]);
    assert_eq!(logged["logged"], "reached_out");

    let plan = run(&["--json", "notifications"]);
    let schedule = plan["schedule"].as_array().unwrap();
    assert!(!schedule.is_empty() && schedule.len() <= 60);
    for entry in schedule {
        let fires_at = entry["fires_at"].as_str().unwrap();
        // New York's offset on that date: -05:00 in winter, -04:00 in summer.
        let local = entry["local_time"].as_str().unwrap();
        assert!(
            fires_at.starts_with(local),
            "{fires_at} is {local} in New York"
        );
        assert!(
            fires_at.ends_with("-05:00") || fires_at.ends_with("-04:00"),
            "{fires_at}"
        );
        assert_eq!(entry["public_text"], "Cairn: a moment for you");
    }
    let ids: Vec<&str> = schedule
        .iter()
        .map(|entry| entry["id"].as_str().unwrap())
        .collect();
    let pending = format!("{},cairn-checkin-stale", ids.join(","));
    let diff = run(&["--json", "notifications", "--pending", &pending]);
    assert_eq!(diff["schedule"].as_array().unwrap().len(), 0);
    assert_eq!(diff["cancel"], serde_json::json!(["cairn-checkin-stale"]));

    run(&[
        "--json",
        "prevention-plan",
        "edit",
        "--section",
        "reasons-to-stay-clean",
        "--add",
        "my daughter",
    ]);
    assert_eq!(
        run(&["--json", "prevention-plan"])["reasons_to_stay_clean"][0],
        "my daughter"
    );
    assert_fails(
        &cairn(
            dir,
            Some("long enough"),
            &[
                "contacts",
                "add",
                "--name",
                "X",
                "--phone",
                "555-CALL-NOW",
                "--role",
                "friend",
            ],
        ),
        4,
        "phone",
    );
    assert_fails(
        &cairn(
            dir,
            Some("long enough"),
            &[
                "contacts", "add", "--name", "X", "--phone", "5550100", "--role", "guru",
            ],
        ),
        4,
        "role",
    );
    assert_fails(
        &cairn(dir, Some("long enough"), &["settings", "--region", "ZZ"]),
        4,
        "region",
    );
}
