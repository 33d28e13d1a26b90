//! The daily pledge through the terminal: `cairn pledge [--date D]`, its JSON, a second pledge
//! that changes nothing, `status` with `pledge_streak_days` and `pledged_today` in English and
//! Spanish, the evening answer of `checkin --pledge-kept`, the morning reminder in settings and
//! the plan, and bad input refused with exit 4 and the store byte-identical.

#![allow(clippy::unwrap_used, clippy::expect_used, missing_docs)]

use std::path::Path;

use cairn_tests::store_snapshot;

mod common;
use common::*;

fn store(dir: &Path) {
    says(dir, "C.UTF-8", &["init", "--region", "US"]);
    says(
        dir,
        "C.UTF-8",
        &["journey", "start", "--clean-date", "2026-09-01"],
    );
}

#[test]
fn a_pledge_a_day_and_the_status_fields() {
    let dir = tempfile::tempdir().unwrap();
    let dir = dir.path();
    store(dir);
    let status = json(dir, &["status"]);
    assert_eq!(status["pledge_streak_days"], 0);
    assert_eq!(status["pledged_today"], false);
    let english = says(dir, "C.UTF-8", &["status"]);
    assert!(
        english.contains("Just for today: make today's pledge with `cairn pledge`."),
        "{english}"
    );

    // Two back-dated days, then today.
    for date in ["2026-11-20", "2026-11-21"] {
        let made = json(dir, &["pledge", "--date", date]);
        assert_eq!(made["date"], date);
        assert_eq!(made["already_pledged"], false);
    }
    let status = json(dir, &["status"]);
    assert_eq!(
        (&status["pledge_streak_days"], &status["pledged_today"]),
        (&2.into(), &false.into())
    );
    let english = says(dir, "C.UTF-8", &["status"]);
    assert!(
        english.contains(
            "Just for today: not pledged yet (`cairn pledge`). 2 days in a row with a pledge until yesterday."
        ),
        "{english}"
    );
    let made = json(dir, &["pledge"]);
    assert_eq!(made["date"], "2026-11-22");
    assert_eq!(made["already_pledged"], false);
    assert_eq!(made["pledged_at"], "2026-11-22T18:00:00Z");
    assert_eq!(made["pledge_streak_days"], 3);
    assert_eq!(made["pledged_today"], true);
    assert_eq!(made["pledge_streak"]["longest_days"], 3);

    let status = json(dir, &["status"]);
    assert_eq!(status["pledge_streak_days"], 3);
    assert_eq!(status["pledged_today"], true);
    let english = says(dir, "C.UTF-8", &["status"]);
    assert!(
        english.contains("Just for today: pledged. 3 days in a row with a pledge."),
        "{english}"
    );
    let spanish = says(dir, "es_MX.UTF-8", &["status"]);
    assert!(
        spanish.contains("Solo por hoy: compromiso hecho. 3 días seguidos con compromiso."),
        "{spanish}"
    );
}

#[test]
fn a_second_pledge_the_same_day_changes_nothing() {
    let dir = tempfile::tempdir().unwrap();
    let dir = dir.path();
    store(dir);
    let first = says(dir, "C.UTF-8", &["pledge"]);
    assert_eq!(
        first.trim(),
        "Just for today: pledged for 2026-11-22. 1 day in a row with a pledge."
    );
    let before = store_snapshot(&dir.join("cairn.db"));
    let again = json(dir, &["pledge", "--date", "2026-11-22"]);
    assert_eq!(again["already_pledged"], true);
    assert_eq!(again["pledge_streak_days"], 1);
    says(dir, "C.UTF-8", &["pledge"]);
    assert!(store_snapshot(&dir.join("cairn.db")) == before, "changed");
    // (A terminal in another language changes the language setting, so this comes last.)
    let spanish = says(dir, "es_US.UTF-8", &["pledge"]);
    assert_eq!(
        spanish.trim(),
        "Solo por hoy: el 2026-11-22 ya tiene tu compromiso. 1 día seguido con compromiso."
    );
}

#[test]
fn bad_dates_are_refused_and_the_store_is_unchanged() {
    let dir = tempfile::tempdir().unwrap();
    let dir = dir.path();
    store(dir);
    says(dir, "C.UTF-8", &["pledge", "--date", "2026-11-21"]);
    let before = store_snapshot(&dir.join("cairn.db"));
    for (date, english) in [
        // Tomorrow in Chicago (already the 23rd in Tokyo: the person's zone decides).
        ("2026-11-23", "cairn: invalid date: in the future"),
        (
            "2026-02-30",
            "cairn: invalid date: no such day in that month",
        ),
        ("1899-12-31", "cairn: invalid date: year before 1900"),
        ("tomorrow", "cairn: invalid date: expected YYYY-MM-DD"),
    ] {
        let stderr = fails(dir, "C.UTF-8", &["pledge", "--date", date], 4);
        assert_eq!(stderr.trim(), english, "{date}");
    }
    assert!(store_snapshot(&dir.join("cairn.db")) == before, "changed");
    let spanish = fails(dir, "es_ES.UTF-8", &["pledge", "--date", "2026-11-23"], 4);
    assert_eq!(
        spanish.trim(),
        "cairn: dato no válido en «fecha»: es en el futuro"
    );
    assert!(!spanish.contains("2026"), "the value is never repeated");
}

#[test]
fn the_evening_check_in_answers_the_pledge() {
    let dir = tempfile::tempdir().unwrap();
    let dir = dir.path();
    store(dir);
    let checkin = |extra: &[&'static str]| {
        let mut args = vec!["checkin", "--mood", "4", "--craving", "2"];
        args.extend_from_slice(extra);
        args
    };
    // No pledge today yet: an answer is refused, byte for byte.
    let before = store_snapshot(&dir.join("cairn.db"));
    let stderr = fails(dir, "C.UTF-8", &checkin(&["--pledge-kept", "yes"]), 4);
    assert_eq!(
        stderr.trim(),
        "cairn: invalid pledge_kept: no pledge that day"
    );
    fails(dir, "C.UTF-8", &checkin(&["--pledge-kept", "maybe"]), 2);
    assert!(store_snapshot(&dir.join("cairn.db")) == before, "changed");

    says(dir, "C.UTF-8", &["pledge"]);
    // "Kept" on a day with a use contradicts itself.
    let before = store_snapshot(&dir.join("cairn.db"));
    let stderr = fails(
        dir,
        "C.UTF-8",
        &checkin(&["--used", "--pledge-kept", "yes"]),
        4,
    );
    assert_eq!(
        stderr.trim(),
        "cairn: invalid pledge_kept: kept on a day with a use"
    );
    assert!(store_snapshot(&dir.join("cairn.db")) == before, "changed");

    let saved = says(dir, "C.UTF-8", &checkin(&["--pledge-kept", "yes"]));
    assert!(saved.contains("Pledge kept. One day at a time."), "{saved}");
    let edited = json(dir, &checkin(&["--pledge-kept", "no", "--edit"]));
    assert_eq!(edited["pledge_kept"], false);
    assert_eq!(edited["replaced"], true);
    let spanish = says(
        dir,
        "es_US.UTF-8",
        &checkin(&["--pledge-kept", "no", "--edit"]),
    );
    assert!(
        spanish.contains("Gracias por la respuesta sincera."),
        "{spanish}"
    );
    // Not kept is still pledged: the streak counts the promise made.
    assert_eq!(json(dir, &["status"])["pledge_streak_days"], 1);
    let stderr = fails(
        dir,
        "es_US.UTF-8",
        &checkin(&["--date", "2026-11-21", "--pledge-kept", "no"]),
        4,
    );
    assert_eq!(
        stderr.trim(),
        "cairn: dato no válido en «compromiso cumplido»: ese día no tiene compromiso"
    );
}

#[test]
fn the_morning_reminder_is_chosen_in_settings_and_planned() {
    let dir = tempfile::tempdir().unwrap();
    let dir = dir.path();
    store(dir);
    let kinds = |dir: &Path| -> Vec<String> {
        json(dir, &["notifications"])["schedule"]
            .as_array()
            .unwrap()
            .iter()
            .map(|e| e["kind"].as_str().unwrap().to_owned())
            .collect()
    };
    assert!(!kinds(dir).contains(&"pledge_reminder".to_owned()));
    let settings = json(dir, &["settings", "--pledge-reminder-time", "07:30"]);
    assert_eq!(
        settings["notifications"]["pledge_reminder_time"],
        "07:30:00"
    );
    let english = says(dir, "C.UTF-8", &["settings"]);
    assert!(english.contains("Pledge reminder: 07:30"), "{english}");
    let spanish = says(dir, "es_US.UTF-8", &["settings"]);
    assert!(
        spanish.contains("Recordatorio del compromiso: 07:30"),
        "{spanish}"
    );

    // Noon in Chicago: today's 07:30 is past, so the first is tomorrow's, at 07:30 CST.
    let plan = json(dir, &["notifications"]);
    let first = plan["schedule"]
        .as_array()
        .unwrap()
        .iter()
        .find(|e| e["kind"] == "pledge_reminder")
        .unwrap()
        .clone();
    assert_eq!(first["local_time"], "2026-11-23T07:30");
    assert_eq!(first["fires_at"], "2026-11-23T07:30:00-06:00");
    // Discreet by default: the lock screen and the open phone read the same neutral text.
    assert_eq!(first["public_text"], "Cairn: a moment for you");
    assert_eq!(first["private_text"], "Cairn: a moment for you");
    assert_eq!(
        kinds(dir)
            .iter()
            .filter(|k| k.as_str() == "pledge_reminder")
            .count(),
        13
    );

    says(
        dir,
        "C.UTF-8",
        &["settings", "--pledge-reminder-time", "off"],
    );
    assert!(!kinds(dir).contains(&"pledge_reminder".to_owned()));
    let before = store_snapshot(&dir.join("cairn.db"));
    let stderr = fails(
        dir,
        "C.UTF-8",
        &["settings", "--pledge-reminder-time", "7h30"],
        4,
    );
    assert_eq!(stderr.trim(), "cairn: invalid time: expected HH:MM");
    assert!(store_snapshot(&dir.join("cairn.db")) == before, "changed");
}
