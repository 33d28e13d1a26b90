//! The FFI half of the bad-input matrix: each case is a typed `CairnError` naming what was
//! wrong, and the store's files are byte-for-byte what they were.

#![allow(clippy::unwrap_used, clippy::expect_used, missing_docs)]

use std::path::Path;
use std::time::{Duration, SystemTime, UNIX_EPOCH};

use cairn_ffi::{
    CairnError, Channel, CheckIn, Companion, ContactRole, Medication, MedicationTaken, NewContact,
    NewJourney, PersonalMilestone, PlanChange, SettingsChange, UseEvent, UseKind,
};

/// 2026-11-22T12:00:00Z.
fn now() -> SystemTime {
    UNIX_EPOCH + Duration::from_secs(1_795_348_800)
}

fn files(dir: &Path) -> Vec<(String, Vec<u8>)> {
    let mut out: Vec<(String, Vec<u8>)> = std::fs::read_dir(dir)
        .unwrap()
        .map(|entry| entry.unwrap().path())
        .filter(|path| !path.to_string_lossy().ends_with("-shm"))
        .map(|path| {
            (
                path.to_string_lossy().into_owned(),
                std::fs::read(&path).unwrap(),
            )
        })
        .collect();
    out.sort();
    out
}

fn lapse(date: &str) -> UseEvent {
    UseEvent {
        date: date.into(),
        time: None,
        kind: UseKind::Lapse,
        note: None,
        triggers: vec![],
    }
}

fn checkin(date: &str, mood: u8, craving: u8) -> CheckIn {
    CheckIn {
        date: date.into(),
        mood,
        craving,
        used: false,
        medication: MedicationTaken::Taken,
        triggers: vec![],
        helped: vec![],
        note: None,
    }
}

fn contact(name: &str, phone: &str) -> NewContact {
    NewContact {
        name: name.into(),
        phone: phone.into(),
        role: ContactRole::Friend,
        can_text: false,
        note: None,
    }
}

#[test]
fn twenty_five_bad_inputs_change_nothing() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("cairn.db").to_string_lossy().into_owned();
    let companion =
        Companion::open_with_passphrase(path.clone(), "long enough".into(), "Europe/Paris".into())
            .unwrap();
    let journey = NewJourney {
        substance: None,
        clean_date: "2026-09-01".into(),
        clean_time: None,
    };
    companion.start_journey(journey, now()).unwrap();
    companion
        .check_in(checkin("2026-11-21", 3, 3), UseKind::Lapse, false, now())
        .unwrap();
    let missing = "00112233445566778899aabbccddeeff".to_owned();
    let long = "x".repeat(2_001);
    let mut long_note = checkin("2026-11-20", 3, 3);
    long_note.note = Some(long.clone());
    let mut bad_trigger = checkin("2026-11-20", 3, 3);
    bad_trigger.triggers = vec!["t".repeat(41)];
    let mut bad_time = lapse("2026-11-01");
    bad_time.time = Some("7 pm".into());
    let before = files(dir.path());

    let cases: Vec<(&str, Result<(), CairnError>)> = vec![
        (
            "future use",
            companion
                .record_use(None, lapse("2026-11-23"), now())
                .map(drop),
        ),
        (
            "impossible date",
            companion
                .record_use(None, lapse("2026-02-29"), now())
                .map(drop),
        ),
        (
            "bad time",
            companion.record_use(None, bad_time, now()).map(drop),
        ),
        (
            "unknown journey",
            companion
                .record_use(Some(missing.clone()), lapse("2026-11-01"), now())
                .map(drop),
        ),
        ("bad id", companion.delete_use("not hex".into(), now())),
        (
            "missing use",
            companion.edit_use(missing.clone(), lapse("2026-11-01"), now()),
        ),
        (
            "future journey",
            companion
                .start_journey(
                    NewJourney {
                        substance: None,
                        clean_date: "2027-01-01".into(),
                        clean_time: None,
                    },
                    now(),
                )
                .map(drop),
        ),
        (
            "long substance",
            companion
                .start_journey(
                    NewJourney {
                        substance: Some("s".repeat(61)),
                        clean_date: "2026-01-01".into(),
                        clean_time: None,
                    },
                    now(),
                )
                .map(drop),
        ),
        (
            "mood 0",
            companion
                .check_in(checkin("2026-11-20", 0, 3), UseKind::Lapse, false, now())
                .map(drop),
        ),
        (
            "craving 11",
            companion
                .check_in(checkin("2026-11-20", 3, 11), UseKind::Lapse, false, now())
                .map(drop),
        ),
        (
            "duplicate day",
            companion
                .check_in(checkin("2026-11-21", 3, 3), UseKind::Lapse, false, now())
                .map(drop),
        ),
        (
            "future check-in",
            companion
                .check_in(checkin("2026-11-25", 3, 3), UseKind::Lapse, false, now())
                .map(drop),
        ),
        (
            "long note",
            companion
                .check_in(long_note, UseKind::Lapse, false, now())
                .map(drop),
        ),
        (
            "long trigger",
            companion
                .check_in(bad_trigger, UseKind::Lapse, false, now())
                .map(drop),
        ),
        (
            "letters in phone",
            companion
                .add_contact(contact("A", "1-800-FLOWERS"), false)
                .map(drop),
        ),
        (
            "pause in phone",
            companion
                .add_contact(contact("A", "555 0100,,22"), false)
                .map(drop),
        ),
        (
            "empty name",
            companion
                .add_contact(contact(" ", "555 0100"), false)
                .map(drop),
        ),
        ("missing contact", companion.remove_contact(missing.clone())),
        (
            "chain index",
            companion.log_reach_out(99, Channel::Call, now()).map(drop),
        ),
        (
            "plan section",
            companion
                .edit_prevention_plan("feelings".into(), PlanChange::Add { text: "x".into() })
                .map(drop),
        ),
        (
            "plan index",
            companion
                .edit_prevention_plan("safe_places".into(), PlanChange::Remove { index: 3 })
                .map(drop),
        ),
        (
            "zone",
            companion
                .update_settings(SettingsChange {
                    time_zone: Some("Mars/Base".into()),
                    ..Default::default()
                })
                .map(drop),
        ),
        (
            "region",
            companion
                .update_settings(SettingsChange {
                    region: Some("ZZ".into()),
                    ..Default::default()
                })
                .map(drop),
        ),
        (
            "reminder time",
            companion
                .update_settings(SettingsChange {
                    reminder_time: Some("noon".into()),
                    ..Default::default()
                })
                .map(drop),
        ),
        (
            "medication",
            companion
                .update_settings(SettingsChange {
                    medications: Some(vec![Medication {
                        name: String::new(),
                        dose_times: vec!["08:00".into()],
                    }]),
                    ..Default::default()
                })
                .map(drop),
        ),
        (
            "personal milestone",
            companion.add_personal_milestone(None, PersonalMilestone::Days { days: 0 }),
        ),
        ("short passphrase", companion.set_passphrase("short".into())),
        (
            "not a backup",
            companion
                .import_backup(
                    path.clone(),
                    "AAAAA-AAAAA-AAAAA-AAAAA-AAAAA-AAAAA".into(),
                    None,
                )
                .map(drop),
        ),
    ];
    assert!(cases.len() >= 25);
    for (name, result) in cases {
        let error = result.expect_err(name);
        assert!(
            matches!(
                error,
                CairnError::InvalidInput { .. }
                    | CairnError::NotFound { .. }
                    | CairnError::AlreadyExists { .. }
            ),
            "{name}: {error:?}"
        );
        assert!(
            !error.to_string().contains("2026"),
            "{name}: no user data in errors"
        );
        assert_eq!(files(dir.path()), before, "{name} changed the store");
    }
}
