//! SIGKILL across every write path of the companion, 200 rounds of mixed writes and 30 rounds
//! of imports: the integrity check passes, every acknowledged write is there, and an import is
//! all or nothing.

#![allow(clippy::unwrap_used, clippy::expect_used, missing_docs)]

use std::collections::HashSet;
use std::ffi::OsStr;
use std::path::Path;

use cairn_core::checkin::{CheckIn, MedicationTaken};
use cairn_core::crypto::{KeySource, Passphrase};
use cairn_core::journal::UseKind;
use cairn_core::{Companion, Error};
use cairn_tests::{now, platform_key, run_and_kill};

const ZONES: [&str; 4] = [
    "Europe/Dublin",
    "Asia/Tokyo",
    "America/Chicago",
    "Australia/Perth",
];

/// Runs the companion writer with `args`, kills it after `millis`, and returns what it
/// acknowledged.
fn writer(args: &[&str], millis: u64) -> Vec<String> {
    let args: Vec<&OsStr> = args.iter().map(OsStr::new).collect();
    run_and_kill(env!("CARGO_BIN_EXE_companion_writer"), &args, millis)
}

#[test]
fn every_write_path_survives_sigkill() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("cairn.db");
    let store = path.to_str().unwrap();
    let mut rng = fastrand::Rng::with_seed(0xC0FFEE);
    let (mut checkins, mut uses, mut contacts) = (HashSet::new(), HashSet::new(), HashSet::new());
    // The zones the store may hold now (None: only the creation's, never checked).
    let mut zones: Option<HashSet<usize>> = None;
    let mut passphrase: Option<u64> = None;
    let mut kinds = HashSet::new();
    for round in 0..200 {
        // Most rounds are short; every tenth runs long enough for a passphrase change (about
        // 250 ms of key derivation) to commit, or be killed half-way.
        let millis = if round % 10 == 9 {
            rng.u64(250..700)
        } else {
            rng.u64(20..90)
        };
        let acknowledged = writer(&["writes", store], millis);
        // A child starts its zone cycle at 0; the one settings write that may have committed
        // unprinted is the one after its last acknowledged one, or, if it acknowledged none,
        // its first (zone 0), on top of whatever the store held before.
        let mut acknowledged_zone = None;
        for line in &acknowledged {
            let (kind, value) = line.split_once(' ').unwrap();
            kinds.insert(kind.to_owned());
            match kind {
                "checkin" => drop(checkins.insert(value.to_owned())),
                "use" => drop(uses.insert(value.to_owned())),
                "contact" => drop(contacts.insert(value.to_owned())),
                "settings" => acknowledged_zone = Some(value.parse::<usize>().unwrap()),
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
        // A writer killed between creating the store and starting its journey leaves no
        // journey (the next writer starts it); no use can have been acknowledged then.
        if companion.journeys().unwrap().is_empty() {
            assert!(uses.is_empty(), "acknowledged uses without a journey");
            continue;
        }
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
        zones = match (acknowledged_zone, zones) {
            (Some(index), _) => Some(HashSet::from([index, (index + 1) % ZONES.len()])),
            (None, Some(mut earlier)) => {
                earlier.insert(0);
                Some(earlier)
            }
            (None, None) => None,
        };
        if let Some(possible) = &zones {
            let zone = companion.settings().unwrap().time_zone;
            let index = ZONES.iter().position(|z| *z == zone);
            assert!(
                index.is_some_and(|index| possible.contains(&index)),
                "settings lost: {zone}"
            );
            // What was read is what the next round starts from.
            zones = index.map(|index| HashSet::from([index]));
        }
        assert!(history.damaged_records.is_empty());
    }
    if let Some(round) = passphrase {
        // A change re-keys the store; one killed after its commit but before its line was
        // printed still took effect. So the store opens with the last acknowledged passphrase,
        // the next one of the same writer (25 rounds on), or the first one of a later writer
        // that acknowledged none (each writer counts rounds from 0, so that is number 4).
        let opens = [round, round + 25, 4].into_iter().any(|number| {
            let text = format!("passphrase number {number}");
            let source = KeySource::Passphrase(Passphrase::new(text).unwrap());
            Companion::open(&path, &source).is_ok()
        });
        assert!(
            opens,
            "no passphrase the writers could have set opens the store"
        );
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
    // Thirty kills at random moments; then, if a loaded machine let no import finish in time,
    // longer rounds (0.8 s, 1.6 s, ... 12.8 s) until one does, so the check below is about the
    // store and never about the machine's speed.
    for round in 0..35 {
        if round >= 30 && imported > 0 {
            break;
        }
        let millis = if round < 30 {
            rng.u64(40..400)
        } else {
            400 << (round - 29)
        };
        let acknowledged = writer(
            &["imports", path.to_str().unwrap(), &a, &code_a, &b, &code_b],
            millis,
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
    assert!(imported > 0, "no import finished even in a 12.8 s round");
}
