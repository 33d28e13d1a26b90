//! The FFI half of the bad-input matrix: each case is a typed `CairnError` naming what was
//! wrong, and the store's files are byte-for-byte what they were. Text that is not a date, a
//! time or an id never reaches a method: `lift.rs` checks that it fails as `InvalidInput` too.

#![allow(clippy::unwrap_used, clippy::expect_used, missing_docs)]

use std::time::SystemTime;

use cairn_core::RecordId;
use cairn_core::checkin::{CheckIn, MedicationTaken, Trigger};
use cairn_core::companion::NewJourney;
use cairn_core::contact::{Channel, ContactRole, NewContact};
use cairn_core::journal::{PersonalMilestone, UseEvent, UseKind};
use cairn_core::prevention_plan::{PlanChange, PlanSection};
use cairn_core::settings::{Medication, SettingsChange};
use cairn_ffi::{CairnError, Companion};
use cairn_tests::store_snapshot;
use cairn_tests::{day, journey};
use chrono::NaiveTime;

/// The shared test instant, as the platform clock a shell passes in.
fn now() -> SystemTime {
    SystemTime::from(cairn_tests::now())
}

fn lapse(on: &str) -> UseEvent {
    UseEvent::new(day(on), UseKind::Lapse)
}

fn checkin(on: &str, mood: u8, craving: u8) -> CheckIn {
    CheckIn::new(day(on), mood, craving, false, MedicationTaken::Taken)
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
fn twenty_bad_inputs_change_nothing() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("cairn.db").to_string_lossy().into_owned();
    let companion =
        Companion::open_with_passphrase(path.clone(), "long enough".into(), "Europe/Paris".into())
            .unwrap();
    companion
        .start_journey(journey("2026-09-01"), now())
        .unwrap();
    companion
        .check_in(checkin("2026-11-21", 3, 3), UseKind::Lapse, false, now())
        .unwrap();
    let missing: RecordId = "00112233445566778899aabbccddeeff".parse().unwrap();
    let long = "x".repeat(2_001);
    let mut long_note = checkin("2026-11-20", 3, 3);
    long_note.note = Some(long.clone());
    let mut bad_trigger = checkin("2026-11-20", 3, 3);
    bad_trigger.triggers = vec![Trigger::Own("t".repeat(41))];
    let mut future_time = lapse("2026-11-22");
    future_time.time = NaiveTime::from_hms_opt(23, 0, 0);
    let mut kept_without_pledge = checkin("2026-11-20", 3, 3);
    kept_without_pledge.pledge_kept = Some(true);
    let before = store_snapshot(&dir.path().join("cairn.db"));

    let cases: Vec<(&str, Result<(), CairnError>)> = vec![
        (
            "future use",
            companion
                .record_use(None, lapse("2026-11-23"), now())
                .map(drop),
        ),
        (
            "later today",
            companion.record_use(None, future_time, now()).map(drop),
        ),
        (
            "unknown journey",
            companion
                .record_use(Some(missing), lapse("2026-11-01"), now())
                .map(drop),
        ),
        (
            "missing use",
            companion.edit_use(missing, lapse("2026-11-01"), now()),
        ),
        (
            "future journey",
            companion
                .start_journey(journey("2027-01-01"), now())
                .map(drop),
        ),
        (
            "long substance",
            companion
                .start_journey(
                    NewJourney {
                        substance: Some("s".repeat(61)),
                        clean_date: day("2026-01-01"),
                        clean_time: None,
                        cost_per_day: None,
                        hours_per_day: None,
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
            "future pledge",
            companion.pledge(Some(day("2026-11-23")), now()).map(drop),
        ),
        (
            "pledge answer without a pledge",
            companion
                .check_in(kept_without_pledge, UseKind::Lapse, false, now())
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
        ("missing contact", companion.remove_contact(missing)),
        (
            "chain index",
            companion.log_reach_out(99, Channel::Call, now()).map(drop),
        ),
        (
            "plan item",
            companion
                .edit_prevention_plan(
                    PlanSection::SafePlaces,
                    PlanChange::Add {
                        text: "two\nlines".into(),
                    },
                )
                .map(drop),
        ),
        (
            "plan index",
            companion
                .edit_prevention_plan(PlanSection::SafePlaces, PlanChange::Remove { index: 3 })
                .map(drop),
        ),
        (
            "zone",
            companion
                .update_settings(SettingsChange {
                    time_zone: Some("Mars/Base".into()),
                    ..SettingsChange::default()
                })
                .map(drop),
        ),
        (
            "region",
            companion
                .update_settings(SettingsChange {
                    region: Some("ZZ".into()),
                    ..SettingsChange::default()
                })
                .map(drop),
        ),
        (
            "medication",
            companion
                .update_settings(SettingsChange {
                    medications: Some(vec![Medication {
                        name: String::new(),
                        dose_times: NaiveTime::from_hms_opt(8, 0, 0).into_iter().collect(),
                    }]),
                    ..SettingsChange::default()
                })
                .map(drop),
        ),
        (
            "personal milestone",
            companion.add_personal_milestone(None, PersonalMilestone::Days(0)),
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
    assert!(cases.len() >= 20);
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
        assert_eq!(
            store_snapshot(&dir.path().join("cairn.db")),
            before,
            "{name} changed the store"
        );
    }
}
