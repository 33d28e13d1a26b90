//! Days where the person is: the zone and language follow the device unless pinned, and the
//! travel rules hold on a real store (today, clean days, milestones celebrated once, check-in
//! dates and the notification plan).

#![allow(clippy::unwrap_used, clippy::expect_used, missing_docs)]

use cairn_core::checkin::{CheckIn, MedicationTaken};
use cairn_core::journal::UseKind;
use cairn_core::settings::{Device, SettingsChange};
use cairn_core::text::Language;
use cairn_core::{Companion, Error};
use cairn_tests::{day, instant, platform_key, store_snapshot};
use chrono::{DateTime, Utc};

fn device(zone: &str, locale: &str) -> Device {
    Device {
        time_zone: zone.to_owned(),
        locale: locale.to_owned(),
    }
}

/// A store created in `zone` on `started` with a journey clean since `clean`.
fn journey(zone: &str, clean: &str, started: DateTime<Utc>) -> (tempfile::TempDir, Companion) {
    let folder = tempfile::tempdir().unwrap();
    let mut companion =
        Companion::create(&folder.path().join("s.db"), &platform_key(3), zone).unwrap();
    companion.set_device(&device(zone, "en_US.UTF-8")).unwrap();
    let new = cairn_tests::journey(clean);
    companion.start_journey(new, started).unwrap();
    (folder, companion)
}

fn today_and_days(companion: &Companion, now: DateTime<Utc>) -> (String, u32) {
    let streak = companion.status(None, now).unwrap().streak;
    (streak.today.to_string(), streak.current_days)
}

fn milestone_keys(companion: &mut Companion, now: DateTime<Utc>) -> Vec<String> {
    companion
        .take_new_milestones(None, now)
        .unwrap()
        .into_iter()
        .map(|m| m.key)
        .collect()
}

#[test]
fn tokyo_to_los_angeles_across_the_date_line() {
    // Clean since 23 October: "30 days" falls on 22 November.
    let (_folder, mut companion) =
        journey("Asia/Tokyo", "2026-10-23", instant("2026-11-01T00:00:00Z"));
    // 10:00 on the 22nd in Tokyo: the milestone is celebrated.
    let in_tokyo = instant("2026-11-22T01:00:00Z");
    assert_eq!(
        today_and_days(&companion, in_tokyo),
        ("2026-11-22".into(), 30)
    );
    assert_eq!(milestone_keys(&mut companion, in_tokyo), ["days:30"]);

    // Landed in Los Angeles: 21:00 on the 21st there. The device's zone is followed, so today
    // is the 21st again, and the milestone is not celebrated a second time.
    let landed = instant("2026-11-22T05:00:00Z");
    let settings = companion
        .set_device(&device("America/Los_Angeles", "en_US.UTF-8"))
        .unwrap();
    assert_eq!(settings.time_zone, "America/Los_Angeles");
    assert_eq!(
        today_and_days(&companion, landed),
        ("2026-11-21".into(), 29)
    );
    assert!(milestone_keys(&mut companion, landed).is_empty());
    // The 22nd comes again in Los Angeles: still no second celebration.
    let next_morning = instant("2026-11-22T17:00:00Z");
    assert_eq!(
        today_and_days(&companion, next_morning),
        ("2026-11-22".into(), 30)
    );
    assert!(milestone_keys(&mut companion, next_morning).is_empty());

    // A check-in belongs to the local date it is made on: the 21st is today in Los Angeles, the
    // 22nd is still the future there.
    let checkin = |date: &str| CheckIn::new(day(date), 4, 2, false, MedicationTaken::NotPrescribed);
    let future = companion.check_in(checkin("2026-11-22"), UseKind::Lapse, false, landed);
    assert!(
        matches!(future, Err(Error::InvalidInput { field: "date", .. })),
        "{future:?}"
    );
    let recorded = companion
        .check_in(checkin("2026-11-21"), UseKind::Lapse, false, landed)
        .unwrap();
    assert_eq!(recorded.date, day("2026-11-21"));

    // The plan is made in the zone the person is in now.
    companion
        .update_settings(SettingsChange {
            discreet: Some(false),
            ..SettingsChange::default()
        })
        .unwrap();
    let plan = companion.notification_plan(landed).unwrap();
    assert!(!plan.is_empty());
    assert!(
        plan.iter()
            .all(|entry| entry.time_zone == "America/Los_Angeles")
    );
    let sixty = plan
        .iter()
        .find(|e| e.private_text.starts_with("60 days"))
        .unwrap();
    assert_eq!(sixty.local_time.to_string(), "2026-12-22 09:00:00");
    assert_eq!(sixty.fires_at, instant("2026-12-22T17:00:00Z"));
}

#[test]
fn new_york_to_london_moves_today_forward_and_a_pinned_zone_stays() {
    // 22:00 on the 21st in New York is 03:00 on the 22nd in London.
    let now = instant("2026-11-22T03:00:00Z");
    let (folder, mut companion) = journey("America/New_York", "2026-11-01", now);
    assert_eq!(today_and_days(&companion, now), ("2026-11-21".into(), 20));
    companion
        .set_device(&device("Europe/London", "en_GB.UTF-8"))
        .unwrap();
    assert_eq!(today_and_days(&companion, now), ("2026-11-22".into(), 21));

    // Pinning home time: the device's zone no longer moves the day.
    let pinned = companion.set_time_zone("America/New_York").unwrap();
    assert!(!pinned.time_zone_follows_device);
    companion
        .set_device(&device("Asia/Tokyo", "en_GB.UTF-8"))
        .unwrap();
    assert_eq!(today_and_days(&companion, now), ("2026-11-21".into(), 20));
    assert_eq!(companion.settings().unwrap().time_zone, "America/New_York");

    // Following the device again takes the device's zone at once.
    let following = companion.set_time_zone(" Device ").unwrap();
    assert!(following.time_zone_follows_device);
    assert_eq!(following.time_zone, "Asia/Tokyo");

    // An unknown device zone is refused and changes nothing.
    let path = folder.path().join("s.db");
    let before = store_snapshot(&path);
    let refused = companion.set_device(&device("Mars/Olympus", "es"));
    assert!(matches!(
        refused,
        Err(Error::InvalidInput {
            field: "time_zone",
            ..
        })
    ));
    assert_eq!(store_snapshot(&path), before);
    assert_eq!(companion.settings().unwrap().language, Language::English);
}

#[test]
fn the_language_follows_the_device_unless_pinned() {
    let now = instant("2026-11-22T18:00:00Z");
    let (_folder, mut companion) = journey("America/Chicago", "2025-09-19", now);
    let settings = companion
        .set_device(&device("America/Chicago", "es_US.UTF-8"))
        .unwrap();
    assert_eq!(settings.language, Language::Spanish);
    assert!(settings.language_follows_device);
    let status = companion.status(None, now).unwrap();
    assert_eq!(status.language, Language::Spanish);
    assert_eq!(status.clean_time_text, "1 año, 2 meses y 3 días");
    assert_eq!(status.next_milestone.unwrap().label, "18 meses");

    // Pinned to English, a Spanish device changes nothing; "device" follows again.
    companion
        .update_settings(SettingsChange {
            language: Some("en".into()),
            ..SettingsChange::default()
        })
        .unwrap();
    companion
        .set_device(&device("America/Chicago", "es-419"))
        .unwrap();
    let status = companion.status(None, now).unwrap();
    assert_eq!(status.clean_time_text, "1 year, 2 months and 3 days");
    let back = companion
        .update_settings(SettingsChange {
            language: Some("device".into()),
            ..SettingsChange::default()
        })
        .unwrap();
    assert_eq!(back.language, Language::Spanish);

    // A device language Cairn does not speak gives English; a pinned one must exist.
    assert_eq!(
        companion
            .set_device(&device("America/Chicago", "fr_CA.UTF-8"))
            .unwrap()
            .language,
        Language::English
    );
    let unknown = companion.update_settings(SettingsChange {
        language: Some("fr".into()),
        ..SettingsChange::default()
    });
    assert!(matches!(
        unknown,
        Err(Error::InvalidInput {
            field: "language",
            ..
        })
    ));
}
