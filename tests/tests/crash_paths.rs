//! SIGKILL across every write path of the companion, 200 rounds of mixed writes and 30 rounds
//! of imports: the integrity check passes, every acknowledged write is there, and an import is
//! all or nothing.

#![allow(clippy::unwrap_used, clippy::expect_used, missing_docs)]

use std::collections::HashSet;
use std::io::{BufRead, BufReader};
use std::path::Path;
use std::process::{Command, Stdio};
use std::sync::mpsc;
use std::time::Duration;

use cairn_core::checkin::{CheckIn, MedicationTaken};
use cairn_core::crypto::{KeySource, Passphrase};
use cairn_core::journal::UseKind;
use cairn_core::{Companion, Error};
use cairn_tests::now;
use cairn_tests::platform_key;

const ZONES: [&str; 4] = [
    "Europe/Dublin",
    "Asia/Tokyo",
    "America/Chicago",
    "Australia/Perth",
];

/// Runs the child with `args`, kills it after `millis`, and returns what it acknowledged.
fn run_and_kill(args: &[&str], millis: u64) -> Vec<String> {
    let mut child = Command::new(env!("CARGO_BIN_EXE_companion_writer"))
        .args(args)
        .stdout(Stdio::piped())
        .spawn()
        .unwrap();
    let stdout = child.stdout.take().unwrap();
    let (sender, receiver) = mpsc::channel();
    let reader = std::thread::spawn(move || {
        for line in BufReader::new(stdout).lines().map_while(Result::ok) {
            if sender.send(line).is_err() {
                break;
            }
        }
    });
    std::thread::sleep(Duration::from_millis(millis));
    child.kill().unwrap();
    child.wait().unwrap();
    reader.join().unwrap();
    receiver.try_iter().collect()
}

#[test]
fn every_write_path_survives_sigkill() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("cairn.db");
    let store = path.to_str().unwrap();
    let mut rng = fastrand::Rng::with_seed(0xC0FFEE);
    let (mut checkins, mut uses, mut contacts) = (HashSet::new(), HashSet::new(), HashSet::new());
    let (mut last_zone, mut passphrase): (Option<usize>, Option<u64>) = (None, None);
    let mut kinds = HashSet::new();
    for round in 0..200 {
        // Most rounds are short; every tenth runs long enough for a passphrase change (about
        // 250 ms of key derivation) to commit, or be killed half-way.
        let millis = if round % 10 == 9 {
            rng.u64(250..700)
        } else {
            rng.u64(20..90)
        };
        let acknowledged = run_and_kill(&["writes", store], millis);
        // A child starts its zone cycle at 0; the one write that may have committed unprinted
        // is the one after its last acknowledged settings write.
        let mut next_zone = 0;
        for line in &acknowledged {
            let (kind, value) = line.split_once(' ').unwrap();
            kinds.insert(kind.to_owned());
            match kind {
                "checkin" => drop(checkins.insert(value.to_owned())),
                "use" => drop(uses.insert(value.to_owned())),
                "contact" => drop(contacts.insert(value.to_owned())),
                "settings" => {
                    let index: usize = value.parse().unwrap();
                    last_zone = Some(index);
                    next_zone = (index + 1) % ZONES.len();
                }
                "passphrase" => passphrase = Some(value.parse().unwrap()),
                other => panic!("unknown line {other}"),
            }
        }
        let companion = match Companion::open(&path, &platform_key(7)) {
            Err(Error::StoreMissing) if checkins.is_empty() => continue,
            other => other.unwrap(),
        };
        assert!(companion.integrity_check().unwrap());
        let present: HashSet<String> = companion
            .checkins()
            .unwrap()
            .iter()
            .map(|c| c.date.to_string())
            .collect();
        assert!(
            checkins.is_subset(&present),
            "an acknowledged check-in is missing"
        );
        let history = companion.history(None, now()).unwrap();
        let present: HashSet<String> = history.uses.iter().map(|u| u.id.to_string()).collect();
        assert!(uses.is_subset(&present), "an acknowledged use is missing");
        let present: HashSet<String> = companion
            .contacts()
            .unwrap()
            .iter()
            .map(|c| c.id.to_string())
            .collect();
        assert!(
            contacts.is_subset(&present),
            "an acknowledged contact is missing"
        );
        if let Some(index) = last_zone {
            // The last acknowledged zone, or the write after it if that committed unprinted.
            let zone = companion.settings().unwrap().time_zone;
            assert!(
                zone == ZONES[index] || zone == ZONES[next_zone],
                "settings lost: {zone}"
            );
        }
        assert!(history.damaged_records.is_empty());
    }
    if let Some(round) = passphrase {
        let source =
            KeySource::Passphrase(Passphrase::new(format!("passphrase number {round}")).unwrap());
        let newer = KeySource::Passphrase(
            Passphrase::new(format!("passphrase number {}", round + 25)).unwrap(),
        );
        assert!(Companion::open(&path, &source).is_ok() || Companion::open(&path, &newer).is_ok());
    }
    for kind in ["checkin", "use", "contact", "settings", "passphrase"] {
        assert!(
            kinds.contains(kind),
            "no {kind} was ever acknowledged: the rounds are too short"
        );
    }
}

fn backup_with(dir: &Path, name: &str, days: u32) -> (String, String) {
    let mut companion =
        Companion::create(&dir.join(format!("{name}.db")), &platform_key(8), "UTC").unwrap();
    for day in 1..=days {
        let date = format!("2026-10-{day:02}").parse().unwrap();
        companion
            .check_in(
                CheckIn::new(date, 3, 3, false, MedicationTaken::Taken),
                UseKind::Lapse,
                false,
                now(),
            )
            .unwrap();
    }
    let file = dir.join(format!("{name}.backup"));
    let code = companion
        .export_backup(&file, None)
        .unwrap()
        .recovery_code
        .display()
        .to_string();
    (file.to_str().unwrap().to_owned(), code)
}

#[test]
fn an_import_killed_at_any_moment_is_all_or_nothing() {
    let dir = tempfile::tempdir().unwrap();
    let (a, code_a) = backup_with(dir.path(), "a", 3);
    let (b, code_b) = backup_with(dir.path(), "b", 7);
    let path = dir.path().join("cairn.db");
    let mut rng = fastrand::Rng::with_seed(0xBAC0);
    let mut imported = 0;
    for _ in 0..30 {
        let acknowledged = run_and_kill(
            &["imports", path.to_str().unwrap(), &a, &code_a, &b, &code_b],
            rng.u64(40..400),
        );
        imported += acknowledged.len();
        let Ok(companion) = Companion::open(&path, &platform_key(7)) else {
            continue;
        };
        assert!(companion.integrity_check().unwrap());
        let count = companion.checkins().unwrap().len();
        // The store before any import (no check-ins), or exactly one of the two backups.
        assert!(
            [0, 3, 7].contains(&count),
            "a half import: {count} check-ins"
        );
    }
    assert!(
        imported > 0,
        "no import ever finished: the rounds are too short"
    );
}
