//! The notification plan against daylight saving, travel, bounds, lapses and check-ins.

use std::collections::BTreeSet;

use chrono::{DateTime, NaiveDate, NaiveTime, Utc};
use chrono_tz::Tz;

use super::*;
use crate::journal::{self, DayCounting, MilestoneSet};
use crate::settings::{Medication, validate_medications};
use crate::test_support::{clock, day, english, instant};

/// The English lock-screen text.
const PUBLIC: &str = "Cairn: a moment for you";

fn reminder_only(at_time: &str) -> NotificationSettings {
    NotificationSettings {
        reminder_time: Some(clock(at_time)),
        ..NotificationSettings::default()
    }
}

fn plan_for(
    settings: &NotificationSettings,
    now: DateTime<Utc>,
    zone: Tz,
    checked_in: &BTreeSet<NaiveDate>,
    milestones: &[Milestone],
) -> Vec<PlannedNotification> {
    plan(&PlanInputs {
        milestones,
        checked_in,
        pledged: &BTreeSet::new(),
        settings,
        now,
        zone,
        text: english(),
        id_key: &test_key(),
    })
}

fn test_key() -> hmac::Key {
    hmac::Key::new(hmac::HMAC_SHA256, &[7; 32])
}

fn keytags(start: &str, today: &str) -> Vec<Milestone> {
    journal::milestones(
        day(start),
        day(today),
        MilestoneSet::Keytags,
        &[],
        DayCounting::CleanDateIsDayZero,
        english(),
    )
}

fn first_reminder_on(planned: &[PlannedNotification], on: &str) -> DateTime<Utc> {
    planned
        .iter()
        .find(|entry| {
            entry.kind == NotificationKind::CheckInReminder && entry.local_time.date() == day(on)
        })
        .unwrap()
        .fires_at
}

#[test]
fn nonexistent_times_move_forward_and_repeated_ones_take_the_first() {
    let none = BTreeSet::new();
    let cases = [
        // zone, now, reminder, day, expected instant
        (
            "America/New_York",
            "2026-03-07T12:00:00Z",
            "02:30",
            "2026-03-08",
            "2026-03-08T07:00:00Z",
        ),
        (
            "America/New_York",
            "2026-10-31T12:00:00Z",
            "01:30",
            "2026-11-01",
            "2026-11-01T05:30:00Z",
        ),
        (
            "Europe/Berlin",
            "2026-03-28T12:00:00Z",
            "02:30",
            "2026-03-29",
            "2026-03-29T01:00:00Z",
        ),
        (
            "Europe/Berlin",
            "2026-10-24T12:00:00Z",
            "02:30",
            "2026-10-25",
            "2026-10-25T00:30:00Z",
        ),
        // Lord Howe moves by 30 minutes: 02:00 becomes 02:30 on 4 October 2026.
        (
            "Australia/Lord_Howe",
            "2026-10-03T00:00:00Z",
            "02:15",
            "2026-10-04",
            "2026-10-03T15:30:00Z",
        ),
        (
            "Australia/Lord_Howe",
            "2026-04-04T00:00:00Z",
            "01:45",
            "2026-04-05",
            "2026-04-04T14:45:00Z",
        ),
    ];
    for (zone, now, reminder, day, expected) in cases {
        let zone: Tz = zone.parse().unwrap();
        let planned = plan_for(&reminder_only(reminder), instant(now), zone, &none, &[]);
        assert_eq!(
            first_reminder_on(&planned, day),
            instant(expected),
            "{zone} {day} {reminder}"
        );
    }
}

#[test]
fn a_check_in_removes_that_days_reminder_only() {
    let now = instant("2026-11-22T10:00:00Z");
    let zone: Tz = "Europe/Dublin".parse().unwrap();
    let mut checked = BTreeSet::new();
    let before = plan_for(&NotificationSettings::default(), now, zone, &checked, &[]);
    checked.insert(day("2026-11-22"));
    let after = plan_for(&NotificationSettings::default(), now, zone, &checked, &[]);
    assert_eq!(before.len(), after.len() + 1);
    assert!(
        after
            .iter()
            .all(|entry| entry.local_time.date() != day("2026-11-22"))
    );
    let diff = reconcile(
        &after,
        &before.iter().map(|e| e.id.clone()).collect::<Vec<_>>(),
    );
    assert_eq!(diff.cancel.len(), 1);
    assert!(diff.schedule.is_empty());
}

#[test]
fn ids_are_stable_and_reconciling_a_plan_with_itself_is_empty() {
    let zone: Tz = "Asia/Kolkata".parse().unwrap();
    let none = BTreeSet::new();
    let milestones = keytags("2026-10-01", "2026-11-22");
    let settings = NotificationSettings {
        medications: vec![Medication {
            name: "buprenorphine".into(),
            dose_times: vec![clock("08:00")],
        }],
        ..NotificationSettings::default()
    };
    let first = plan_for(
        &settings,
        instant("2026-11-22T01:00:00Z"),
        zone,
        &none,
        &milestones,
    );
    let again = plan_for(
        &settings,
        instant("2026-11-22T01:30:00Z"),
        zone,
        &none,
        &milestones,
    );
    assert_eq!(first, again);
    let ids: Vec<String> = first.iter().map(|entry| entry.id.clone()).collect();
    assert_eq!(reconcile(&first, &ids), Reconciliation::default());
    let mut with_foreign = ids.clone();
    with_foreign.push("someone-elses-notification".into());
    assert_eq!(
        reconcile(&first, &with_foreign),
        Reconciliation::default(),
        "foreign ids are left alone"
    );
    assert!(
        first
            .windows(2)
            .all(|pair| pair[0].fires_at <= pair[1].fires_at),
        "soonest first"
    );
}

#[test]
fn a_zone_change_replans_everything() {
    let none = BTreeSet::new();
    let milestones = keytags("2026-10-01", "2026-11-22");
    let now = instant("2026-11-22T01:00:00Z");
    let auckland = plan_for(
        &NotificationSettings::default(),
        now,
        "Pacific/Auckland".parse().unwrap(),
        &none,
        &milestones,
    );
    let honolulu = plan_for(
        &NotificationSettings::default(),
        now,
        "Pacific/Honolulu".parse().unwrap(),
        &none,
        &milestones,
    );
    let diff = reconcile(
        &honolulu,
        &auckland.iter().map(|e| e.id.clone()).collect::<Vec<_>>(),
    );
    assert_eq!(diff.cancel.len(), auckland.len());
    assert_eq!(diff.schedule.len(), honolulu.len());
    let milestone = honolulu
        .iter()
        .find(|e| e.kind == NotificationKind::Milestone)
        .unwrap();
    assert_eq!(
        milestone.local_time.time(),
        clock("09:00"),
        "still 09:00 where the person is"
    );
    assert_eq!(milestone.time_zone, "Pacific/Honolulu");
}

#[test]
fn a_lapse_moves_every_milestone() {
    let none = BTreeSet::new();
    let now = instant("2026-11-22T06:00:00Z");
    let zone: Tz = "UTC".parse().unwrap();
    let off = NotificationSettings {
        reminder_time: None,
        ..NotificationSettings::default()
    };
    let before = plan_for(&off, now, zone, &none, &keytags("2026-10-01", "2026-11-22"));
    let after = plan_for(&off, now, zone, &none, &keytags("2026-11-21", "2026-11-22"));
    assert!(!before.is_empty() && !after.is_empty());
    assert!(
        before
            .iter()
            .all(|old| after.iter().all(|new| new.id != old.id))
    );
    assert_eq!(
        after[0].local_time.date(),
        day("2026-11-22"),
        "1 day clean is today at 09:00"
    );
}

#[test]
fn the_plan_never_holds_more_than_sixty() {
    let none = BTreeSet::new();
    let medications: Vec<Medication> = (0..10)
        .map(|n| Medication {
            name: format!("medication {n}"),
            dose_times: (0..8)
                .map(|h| NaiveTime::from_hms_opt(h * 3, n, 0).unwrap())
                .collect(),
        })
        .collect();
    validate_medications(&medications).unwrap();
    let settings = NotificationSettings {
        medications,
        ..NotificationSettings::default()
    };
    let planned = plan_for(
        &settings,
        instant("2026-11-22T00:00:00Z"),
        "UTC".parse().unwrap(),
        &none,
        &keytags("2020-01-01", "2026-11-22"),
    );
    assert_eq!(planned.len(), PLAN_MAX);
    assert!(
        planned
            .windows(2)
            .all(|pair| pair[0].fires_at <= pair[1].fires_at)
    );
    assert!(planned[0].fires_at > instant("2026-11-22T00:00:00Z"));
}

#[test]
fn discreet_mode_keeps_private_text_neutral() {
    let none = BTreeSet::new();
    let milestones = keytags("2026-10-23", "2026-11-22");
    let zone: Tz = "UTC".parse().unwrap();
    let now = instant("2026-11-22T01:00:00Z");
    let discreet = plan_for(
        &NotificationSettings::default(),
        now,
        zone,
        &none,
        &milestones,
    );
    assert!(
        discreet
            .iter()
            .all(|e| e.private_text == PUBLIC && e.public_text == PUBLIC)
    );
    let open = NotificationSettings {
        discreet: false,
        ..NotificationSettings::default()
    };
    let open = plan_for(&open, now, zone, &none, &milestones);
    let milestone = open
        .iter()
        .find(|e| e.kind == NotificationKind::Milestone)
        .unwrap();
    assert_eq!(milestone.private_text, "30 days clean today");
    assert_eq!(milestone.public_text, PUBLIC);
}

#[test]
fn medication_input_is_validated() {
    let bad = [
        Medication {
            name: String::new(),
            dose_times: vec![clock("08:00")],
        },
        Medication {
            name: "methadone".into(),
            dose_times: vec![],
        },
        Medication {
            name: "methadone".into(),
            dose_times: vec![clock("08:00"), clock("08:00")],
        },
    ];
    for medication in bad {
        assert!(validate_medications(&[medication]).is_err());
    }
}

#[test]
fn ids_are_keyed_per_store_and_name_no_kind() {
    let settings = NotificationSettings {
        discreet: false,
        reminder_time: Some(clock("20:00")),
        medications: vec![Medication {
            name: "buprenorphine".into(),
            dose_times: vec![clock("08:00")],
        }],
        ..NotificationSettings::default()
    };
    let now = instant("2026-11-22T01:00:00Z");
    let zone = chrono_tz::America::New_York;
    let milestones = keytags("2026-11-01", "2026-11-22");
    let none = BTreeSet::new();
    let with_key = |key: &hmac::Key| {
        plan(&PlanInputs {
            milestones: &milestones,
            checked_in: &none,
            pledged: &none,
            settings: &settings,
            now,
            zone,
            text: english(),
            id_key: key,
        })
    };
    let one = with_key(&test_key());
    let again = with_key(&test_key());
    let other = with_key(&hmac::Key::new(hmac::HMAC_SHA256, &[8; 32]));
    assert!(one.len() > 10);
    // The same store plans the same ids; another store with the same data shares none.
    assert_eq!(
        one.iter().map(|e| &e.id).collect::<Vec<_>>(),
        again.iter().map(|e| &e.id).collect::<Vec<_>>()
    );
    assert!(one.iter().all(|a| other.iter().all(|b| a.id != b.id)));
    for entry in &one {
        let hex = entry.id.strip_prefix("cairn-").expect("prefix");
        assert_eq!(hex.len(), 32, "{}", entry.id);
        assert!(hex.chars().all(|c| c.is_ascii_hexdigit()), "{}", entry.id);
    }
    // An unkeyed digest of a guess (the old scheme) matches nothing.
    let dose = one
        .iter()
        .find(|e| e.kind == NotificationKind::MedicationDose)
        .expect("a dose");
    let mut guess = ring::digest::Context::new(&ring::digest::SHA256);
    for part in [
        "dose",
        "buprenorphine",
        &dose.fires_at.timestamp().to_string(),
    ] {
        guess.update(part.as_bytes());
        guess.update(&[0]);
    }
    let guessed = hex::encode(&guess.finish().as_ref()[..16]);
    assert!(one.iter().all(|e| !e.id.contains(&guessed)));
}
