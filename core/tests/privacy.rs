//! What a person holding a copy of the phone's files (or its lists of scheduled notifications)
//! can learn, tried as that person would try it.

#![allow(clippy::unwrap_used, clippy::expect_used, missing_docs)]

use cairn_core::Companion;
use cairn_core::settings::{Medication, SettingsChange};
use cairn_tests::{instant, journey, platform_key};
use chrono::NaiveTime;

/// A store holding exactly the same life as every other store made by this function.
fn same_life(byte: u8) -> (tempfile::TempDir, Companion) {
    let folder = tempfile::tempdir().unwrap();
    let mut companion = Companion::create(
        &folder.path().join("s.db"),
        &platform_key(byte),
        "America/Chicago",
    )
    .unwrap();
    let now = instant("2026-11-22T12:00:00Z");
    companion.start_journey(journey("2026-11-01"), now).unwrap();
    companion
        .update_settings(SettingsChange {
            medications: Some(vec![Medication {
                name: "buprenorphine".into(),
                dose_times: vec![NaiveTime::from_hms_opt(8, 0, 0).unwrap()],
            }]),
            ..SettingsChange::default()
        })
        .unwrap();
    (folder, companion)
}

#[test]
fn notification_ids_name_no_kind_and_two_stores_share_none() {
    let now = instant("2026-11-22T12:00:00Z");
    let (_a, first) = same_life(1);
    let (_b, second) = same_life(2);
    let one = first.notification_plan(now).unwrap();
    let two = second.notification_plan(now).unwrap();
    assert_eq!(one.len(), two.len());
    assert!(one.len() > 14, "doses, reminders and milestones");
    assert!(one.iter().all(|a| two.iter().all(|b| a.id != b.id)));
    for entry in &one {
        for word in ["dose", "milestone", "checkin", "buprenorphine"] {
            assert!(!entry.id.contains(word), "{}", entry.id);
        }
    }
    // The same store plans the same ids again (reconciling depends on it), also after reopening.
    assert_eq!(first.notification_plan(now).unwrap(), one);
}
