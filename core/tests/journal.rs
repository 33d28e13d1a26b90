//! The recovery journal through `Companion`, on a real encrypted store.

#![allow(clippy::unwrap_used, clippy::expect_used, missing_docs)]

use cairn_core::RecordId;
use cairn_core::companion::NewJourney;
use cairn_core::companion::records::AuditChange;
use cairn_core::journal::{MilestoneSet, PersonalMilestone, Stage, UseEvent, UseKind};
use cairn_core::{Companion, Error};
use cairn_tests::{day, instant, journey, platform_key, store_snapshot};
use chrono::{DateTime, NaiveTime, Utc};

fn lapse(on: &str) -> UseEvent {
    UseEvent::new(day(on), UseKind::Lapse)
}

fn setup(zone: &str, clean: &str, now: DateTime<Utc>) -> (tempfile::TempDir, Companion, RecordId) {
    let folder = tempfile::tempdir().unwrap();
    let mut companion =
        Companion::create(&folder.path().join("s.db"), &platform_key(6), zone).unwrap();
    let journey = journey(clean);
    let id = companion.start_journey(journey, now).unwrap();
    (folder, companion, id)
}

#[test]
fn a_back_dated_lapse_restarts_the_streak_and_keeps_the_history() {
    let now = instant("2026-11-22T18:00:00-08:00");
    let (_folder, mut companion, journey) = setup("America/Los_Angeles", "2026-01-01", now);
    let status = companion.status(None, now).unwrap();
    assert_eq!(status.journey.id, journey);
    assert_eq!(status.streak.current_days, 325);
    assert_eq!(status.stage.stage, Stage::MaintainedAbstinence);

    let recorded = companion
        .record_use(None, lapse("2026-10-01"), now)
        .unwrap();
    assert_eq!(recorded.clean_days_before, 273);
    let status = companion.status(None, now).unwrap();
    assert_eq!(status.streak.current_start, day("2026-10-02"));
    assert_eq!(status.streak.current_days, 51);
    assert_eq!(status.streak.longest_days, 273);
    assert_eq!(status.streak.attempts, 2);
    assert_eq!(status.streak.total_clean_days, 324);
    assert_eq!(status.stage.stage, Stage::Abstinence);

    let history = companion.history(None, now).unwrap();
    assert_eq!(history.uses.len(), 1);
    assert_eq!(history.uses[0].id, recorded.id);
    assert_eq!(history.past_streaks.len(), 1);
    assert_eq!(history.past_streaks[0].days, 273);
}

#[test]
fn edits_and_deletions_keep_an_audit_trail() {
    let now = instant("2026-11-22T12:00:00Z");
    let (_folder, mut companion, _) = setup("Europe/Dublin", "2026-06-01", now);
    let id = companion
        .record_use(None, lapse("2026-09-10"), now)
        .unwrap()
        .id;
    let mut relapse = lapse("2026-09-12");
    relapse.kind = UseKind::Relapse;
    relapse.note = Some("after the funeral".into());
    companion.edit_use(id, relapse.clone(), now).unwrap();
    assert_eq!(companion.history(None, now).unwrap().uses[0].event, relapse);
    companion
        .delete_use(id, instant("2026-11-22T13:00:00Z"))
        .unwrap();

    let history = companion.history(None, now).unwrap();
    assert!(history.uses.is_empty());
    assert_eq!(history.audit.len(), 2);
    assert_eq!(history.audit[0].change, AuditChange::Deleted);
    assert_eq!(history.audit[0].previous, relapse);
    assert_eq!(history.audit[1].change, AuditChange::Edited);
    assert_eq!(history.audit[1].previous, lapse("2026-09-10"));
    assert!(matches!(
        companion.delete_use(id, now),
        Err(Error::NotFound { what: "use" })
    ));
}

#[test]
fn bad_input_is_refused_and_the_store_is_byte_identical() {
    let now = instant("2026-11-22T12:00:00Z");
    let (folder, mut companion, journey) = setup("Asia/Tokyo", "2026-03-01", now);
    let use_id = companion
        .record_use(None, lapse("2026-05-05"), now)
        .unwrap()
        .id;
    let path = folder.path().join("s.db");
    let before = store_snapshot(&path);

    let future = cairn_tests::journey("2026-11-23");
    let cases: Vec<(&str, Result<(), Error>)> = vec![
        (
            "clean date in the future",
            companion.start_journey(future.clone(), now).map(drop),
        ),
        (
            "use in the future",
            companion
                .record_use(None, lapse("2026-11-23"), now)
                .map(drop),
        ),
        ("long note", {
            let mut event = lapse("2026-05-06");
            event.note = Some("x".repeat(1001));
            companion.record_use(None, event, now).map(drop)
        }),
        (
            "unknown journey",
            companion
                .record_use(Some(use_id), lapse("2026-05-06"), now)
                .map(drop),
        ),
        (
            "edit missing use",
            companion.edit_use(journey, lapse("2026-05-06"), now),
        ),
        ("delete missing use", companion.delete_use(journey, now)),
        (
            "unknown zone",
            companion.set_time_zone("Europe/Nowhere").map(drop),
        ),
        (
            "personal 0 days",
            companion.add_personal_milestone(None, PersonalMilestone::Days(0)),
        ),
        ("empty substance", {
            let journey = NewJourney {
                substance: Some(String::new()),
                clean_date: day("2026-01-01"),
                clean_time: None,
                cost_per_day: None,
                hours_per_day: None,
            };
            companion.start_journey(journey, now).map(drop)
        }),
    ];
    for (name, result) in cases {
        let error = result.expect_err(name);
        assert!(
            matches!(error, Error::InvalidInput { .. } | Error::NotFound { .. }),
            "{name}: {error:?}"
        );
        assert!(
            !error.to_string().contains("2026"),
            "{name}: no user data in errors"
        );
        assert_eq!(store_snapshot(&path), before, "{name} changed the store");
    }
    // The same date is fine once it is the 23rd where the person is.
    assert!(
        companion
            .start_journey(future, instant("2026-11-22T15:00:00Z"))
            .is_ok()
    );
}

#[test]
fn milestones_are_reported_once_and_move_with_a_lapse() {
    let start = instant("2026-01-01T10:00:00Z");
    let (_folder, mut companion, _) = setup("UTC", "2026-01-01", start);
    assert!(
        companion
            .take_new_milestones(None, start)
            .unwrap()
            .is_empty()
    );
    let day_31 = instant("2026-02-01T10:00:00Z");
    let new = companion.take_new_milestones(None, day_31).unwrap();
    let labels: Vec<&str> = new.iter().map(|m| m.label.as_str()).collect();
    assert_eq!(labels, ["1 day", "30 days"]);
    assert!(
        companion
            .take_new_milestones(None, day_31)
            .unwrap()
            .is_empty(),
        "reported once"
    );

    let next = companion
        .status(None, day_31)
        .unwrap()
        .next_milestone
        .unwrap();
    assert_eq!(
        (next.label.as_str(), next.date),
        ("60 days", day("2026-03-02"))
    );
    companion
        .record_use(None, lapse("2026-01-31"), day_31)
        .unwrap();
    let next = companion
        .status(None, day_31)
        .unwrap()
        .next_milestone
        .unwrap();
    assert_eq!(
        (next.label.as_str(), next.date),
        ("1 day", day("2026-02-02"))
    );

    let early = companion
        .milestones(None, Some(MilestoneSet::Early), day_31)
        .unwrap();
    assert_eq!(early.len(), 6);
    companion
        .add_personal_milestone(None, PersonalMilestone::Days(100))
        .unwrap();
    let personal = companion
        .milestones(None, Some(MilestoneSet::Personal), day_31)
        .unwrap();
    assert_eq!(personal[0].date, day("2026-05-12"));
}

#[test]
fn the_day_count_follows_the_zone_the_person_is_in() {
    let now = instant("2026-11-22T06:00:00Z"); // 22nd in London, still the 21st in Honolulu
    let (_folder, mut companion, _) = setup("Europe/London", "2026-11-01", now);
    assert_eq!(companion.status(None, now).unwrap().streak.current_days, 21);
    companion.set_time_zone("Pacific/Honolulu").unwrap();
    assert_eq!(companion.status(None, now).unwrap().streak.current_days, 20);
    let clean_time = NewJourney {
        substance: Some("alcohol".into()),
        clean_date: day("2026-11-20"),
        clean_time: Some(NaiveTime::from_hms_opt(22, 30, 0).unwrap()),
        cost_per_day: None,
        hours_per_day: None,
    };
    let second = companion
        .start_journey(clean_time, instant("2026-11-22T06:01:00Z"))
        .unwrap();
    let status = companion.status(Some(second), now).unwrap();
    let elapsed = status.streak.elapsed.unwrap();
    assert_eq!((elapsed.hours, elapsed.minutes), (21, 30));
    assert_eq!(companion.journeys().unwrap().len(), 2);
    assert_eq!(
        companion.status(None, now).unwrap().journey.substance,
        "opioids"
    );
}
