//! The daily pledge ("Just for today") through `Companion` on a real encrypted store: one a
//! day (a second is a no-op that writes nothing), back-dated, refused in the future, answered
//! in the evening check-in, counted in `status`, reminded in the morning, and carried by a
//! backup. Every refused call leaves the store byte-identical.

#![allow(clippy::unwrap_used, clippy::expect_used, missing_docs)]

use cairn_core::checkin::{CheckIn, MedicationTaken};
use cairn_core::journal::UseKind;
use cairn_core::notification_plan::NotificationKind;
use cairn_core::settings::{ReminderChange, SettingsChange};
use cairn_core::{Companion, Error};
use cairn_tests::{day, instant, journey, platform_key, store_snapshot};

/// A store in New York with a journey since 1 October 2026.
fn store(folder: &tempfile::TempDir) -> Companion {
    let mut companion = Companion::create(
        &folder.path().join("s.db"),
        &platform_key(4),
        "America/New_York",
    )
    .unwrap();
    let journey = journey("2026-10-01");
    companion
        .start_journey(journey, instant("2026-11-01T12:00:00Z"))
        .unwrap();
    companion
}

fn evening(on: &str, used: bool, kept: Option<bool>) -> CheckIn {
    let mut checkin = CheckIn::new(day(on), 3, 2, used, MedicationTaken::NotPrescribed);
    checkin.pledge_kept = kept;
    checkin
}

fn field(error: Error) -> (&'static str, &'static str) {
    match error {
        Error::InvalidInput { field, reason } => (field, reason),
        other => panic!("expected InvalidInput, got {other:?}"),
    }
}

#[test]
fn one_pledge_a_day_and_a_second_tap_writes_nothing() {
    let folder = tempfile::tempdir().unwrap();
    let mut companion = store(&folder);
    // 07:00 in New York on 22 November.
    let morning = instant("2026-11-22T12:00:00Z");
    let first = companion.pledge(None, morning).unwrap();
    assert_eq!(first.date, day("2026-11-22"));
    assert!(!first.already_pledged);
    assert_eq!(first.pledged_at, morning);
    assert_eq!(
        (first.streak.current_days, first.streak.pledged_today),
        (1, true)
    );

    let before = store_snapshot(&folder.path().join("s.db"));
    let later = instant("2026-11-22T15:00:00Z");
    let again = companion.pledge(None, later).unwrap();
    assert!(again.already_pledged);
    assert_eq!(again.pledged_at, morning, "the first pledge's time is kept");
    assert_eq!(again.streak, first.streak);
    // The same day named by its date is the same pledge.
    let named = companion.pledge(Some(day("2026-11-22")), later).unwrap();
    assert!(named.already_pledged);
    assert_eq!(store_snapshot(&folder.path().join("s.db")), before);
    assert_eq!(companion.pledges(later).unwrap().days.len(), 1);
}

#[test]
fn back_dated_pledges_build_the_streak_and_a_missed_day_breaks_it() {
    let folder = tempfile::tempdir().unwrap();
    let mut companion = store(&folder);
    let now = instant("2026-11-22T14:00:00Z");
    for date in [
        "2026-11-16",
        "2026-11-17",
        "2026-11-19",
        "2026-11-20",
        "2026-11-21",
    ] {
        let recorded = companion.pledge(Some(day(date)), now).unwrap();
        assert!(!recorded.already_pledged);
        assert_eq!(recorded.pledged_at, now);
    }
    // The 18th was missed; today is not pledged yet, so yesterday carries the streak.
    let streak = companion.pledge_streak(now).unwrap();
    assert_eq!(
        (
            streak.current_days,
            streak.pledged_today,
            streak.longest_days
        ),
        (3, false, 3)
    );
    let status = companion.status(None, now).unwrap();
    assert_eq!(status.pledge, streak);

    let today = companion.pledge(None, now).unwrap();
    assert_eq!(
        (today.streak.current_days, today.streak.pledged_today),
        (4, true)
    );
    // Filling the missed day joins the two runs.
    let filled = companion.pledge(Some(day("2026-11-18")), now).unwrap();
    assert_eq!(
        (
            filled.date,
            filled.streak.current_days,
            filled.streak.longest_days
        ),
        (day("2026-11-18"), 7, 7)
    );
    let days = companion.pledges(now).unwrap().days;
    assert_eq!(days.first().unwrap().date, day("2026-11-22"));
    assert_eq!(days.last().unwrap().date, day("2026-11-16"));
}

#[test]
fn the_streak_counts_calendar_days_across_daylight_saving() {
    let folder = tempfile::tempdir().unwrap();
    let mut companion = store(&folder);
    // New York springs forward on 14 March 2027: that day has 23 hours.
    let now = instant("2027-03-15T11:30:00Z");
    for date in ["2027-03-13", "2027-03-14", "2027-03-15"] {
        companion.pledge(Some(day(date)), now).unwrap();
    }
    // 07:30 EDT on the 15th: the 14th lasted 23 hours and is still one day.
    let streak = companion.pledge_streak(now).unwrap();
    assert_eq!(
        (streak.today, streak.current_days, streak.pledged_today),
        (day("2027-03-15"), 3, true)
    );
    // 00:30 EDT on the 17th: the 16th has none, the streak is over, the longest stays.
    let streak = companion
        .pledge_streak(instant("2027-03-17T04:30:00Z"))
        .unwrap();
    assert_eq!((streak.current_days, streak.longest_days), (0, 3));
}

#[test]
fn a_future_or_too_old_date_is_refused_and_nothing_changes() {
    let folder = tempfile::tempdir().unwrap();
    let mut companion = store(&folder);
    let path = folder.path().join("s.db");
    // 23:30 on the 21st in New York is already the 22nd in UTC.
    let now = instant("2026-11-22T04:30:00Z");
    let before = store_snapshot(&path);
    for (date, reason) in [
        ("2026-11-22", "in the future"),
        ("2027-01-01", "in the future"),
        ("1899-12-31", "year before 1900"),
    ] {
        let error = companion.pledge(Some(day(date)), now).unwrap_err();
        assert_eq!(field(error), ("date", reason), "{date}");
        assert_eq!(store_snapshot(&path), before, "{date}");
    }
    assert_eq!(companion.pledge(None, now).unwrap().date, day("2026-11-21"));
}

#[test]
fn the_evening_check_in_reviews_the_days_pledge() {
    let folder = tempfile::tempdir().unwrap();
    let mut companion = store(&folder);
    let path = folder.path().join("s.db");
    let now = instant("2026-11-23T01:00:00Z"); // 20:00 on the 22nd in New York.
    companion.pledge(Some(day("2026-11-21")), now).unwrap();
    companion.pledge(Some(day("2026-11-22")), now).unwrap();

    // Refused, byte for byte: an answer for a day without a pledge, and "kept" with a use.
    let before = store_snapshot(&path);
    let error = companion
        .check_in(
            evening("2026-11-20", false, Some(true)),
            UseKind::Lapse,
            false,
            now,
        )
        .unwrap_err();
    assert_eq!(field(error), ("pledge_kept", "no pledge that day"));
    let error = companion
        .check_in(
            evening("2026-11-22", true, Some(true)),
            UseKind::Lapse,
            false,
            now,
        )
        .unwrap_err();
    assert_eq!(field(error), ("pledge_kept", "kept on a day with a use"));
    assert_eq!(store_snapshot(&path), before);

    companion
        .check_in(
            evening("2026-11-21", false, Some(false)),
            UseKind::Lapse,
            false,
            now,
        )
        .unwrap();
    companion
        .check_in(
            evening("2026-11-22", false, Some(true)),
            UseKind::Lapse,
            false,
            now,
        )
        .unwrap();
    // A check-in with no answer is fine on any day, pledged or not.
    companion
        .check_in(
            evening("2026-11-20", false, None),
            UseKind::Lapse,
            false,
            now,
        )
        .unwrap();
    let pledges = companion.pledges(now).unwrap();
    let answers: Vec<_> = pledges.days.iter().map(|d| (d.date, d.kept)).collect();
    assert_eq!(
        answers,
        [
            (day("2026-11-22"), Some(true)),
            (day("2026-11-21"), Some(false)),
        ]
    );
    // A day not kept is still a day pledged: the streak counts showing up.
    assert_eq!(pledges.streak.current_days, 2);
    let stored = companion.checkins().unwrap();
    assert_eq!(stored[0].pledge_kept, Some(true));

    // Editing the day's check-in can change the answer, or take it back.
    companion
        .check_in(
            evening("2026-11-22", false, None),
            UseKind::Lapse,
            true,
            now,
        )
        .unwrap();
    assert_eq!(companion.pledges(now).unwrap().days[0].kept, None);
}

#[test]
fn the_morning_reminder_is_planned_until_the_days_pledge() {
    let folder = tempfile::tempdir().unwrap();
    let mut companion = store(&folder);
    // 06:00 in New York on the 22nd.
    let now = instant("2026-11-22T11:00:00Z");
    let reminders = |companion: &Companion| {
        companion
            .notification_plan(now)
            .unwrap()
            .into_iter()
            .filter(|e| e.kind == NotificationKind::PledgeReminder)
            .map(|e| e.local_time.date())
            .collect::<Vec<_>>()
    };
    assert!(reminders(&companion).is_empty(), "off until chosen");
    let settings = companion
        .update_settings(SettingsChange {
            pledge_reminder: Some(ReminderChange::At("07:30".parse().unwrap())),
            ..SettingsChange::default()
        })
        .unwrap();
    assert_eq!(
        settings.notifications.pledge_reminder_time,
        Some("07:30".parse().unwrap())
    );
    assert_eq!(reminders(&companion).first(), Some(&day("2026-11-22")));
    companion.pledge(None, now).unwrap();
    assert_eq!(reminders(&companion).first(), Some(&day("2026-11-23")));
    assert_eq!(reminders(&companion).len(), 13);
    companion
        .update_settings(SettingsChange {
            pledge_reminder: Some(ReminderChange::Off),
            ..SettingsChange::default()
        })
        .unwrap();
    assert!(reminders(&companion).is_empty());
}

#[test]
fn pledges_travel_in_a_backup() {
    let folder = tempfile::tempdir().unwrap();
    let mut companion = store(&folder);
    let now = instant("2026-11-22T14:00:00Z");
    companion.pledge(Some(day("2026-11-21")), now).unwrap();
    companion.pledge(None, now).unwrap();
    let file = folder.path().join("b.cairn");
    let exported = companion.export_backup(&file, None).unwrap();
    let code = exported.recovery_code.display();

    let other = tempfile::tempdir().unwrap();
    let mut new = Companion::create(
        &other.path().join("s.db"),
        &platform_key(5),
        "America/New_York",
    )
    .unwrap();
    new.import_backup(&file, &code, None).unwrap();
    assert_eq!(new.pledges(now).unwrap(), companion.pledges(now).unwrap());
    assert_eq!(new.pledge_streak(now).unwrap().current_days, 2);
}
