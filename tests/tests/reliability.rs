//! The store attacked the way a thief, a careless clock or a crash would: no marker reaches any
//! file Cairn writes, a clock moving backwards loses nothing, and the figures stay sane.

#![allow(clippy::unwrap_used, clippy::expect_used, missing_docs)]

use std::path::Path;

use cairn_core::Companion;
use cairn_core::checkin::{CheckIn, MedicationTaken, Trigger};
use cairn_core::companion::NewJourney;
use cairn_core::contact::{Channel, ContactRole, NewContact};
use cairn_core::journal::{UseEvent, UseKind};
use cairn_core::prevention_plan::{PlanChange, PlanEdit, PlanSection};
use cairn_core::settings::SettingsChange;
use cairn_tests::instant;
use cairn_tests::platform_key;
use chrono::{DateTime, Duration, Utc};

const NAME: &str = "Zebulon Quartermaine";
const PHONE_TYPED: &str = "+1 (555) 010-8642";
const PHONE_DIGITS: &str = "5550108642";
const NOTE: &str = "MARKER relapse behind the laundromat";
const SUBSTANCE: &str = "oxycodone MARKER";
const PLAN_ITEM: &str = "MARKER call my sister Philippa";
const TAG: &str = "MARKER-trigger-bridge";

/// Everything a person could type, with markers, through every write path.
fn fill(companion: &mut Companion, now: DateTime<Utc>) {
    companion
        .update_settings(SettingsChange {
            region: Some("US".into()),
            ..Default::default()
        })
        .unwrap();
    let journey = NewJourney {
        substance: Some(SUBSTANCE.into()),
        clean_date: "2026-06-01".parse().unwrap(),
        clean_time: None,
        cost_per_day: None,
        hours_per_day: None,
    };
    companion.start_journey(journey, now).unwrap();
    let contact = NewContact {
        name: NAME.into(),
        phone: PHONE_TYPED.into(),
        role: ContactRole::Sponsor,
        can_text: true,
        note: Some(NOTE.into()),
    };
    companion.add_contact(contact, true).unwrap();
    let mut event = UseEvent::new("2026-08-01".parse().unwrap(), UseKind::Relapse);
    event.note = Some(NOTE.into());
    event.triggers = vec![TAG.into()];
    companion.record_use(None, event, now).unwrap();
    let mut checkin = CheckIn::new(
        "2026-11-21".parse().unwrap(),
        2,
        8,
        false,
        MedicationTaken::Taken,
    );
    checkin.note = Some(NOTE.into());
    checkin.triggers = vec![Trigger::Own(TAG.into())];
    companion
        .check_in(checkin, UseKind::Lapse, false, now)
        .unwrap();
    let edit = PlanEdit {
        section: PlanSection::PeopleToCall,
        change: PlanChange::Add {
            text: PLAN_ITEM.into(),
        },
    };
    companion.edit_prevention_plan(&edit).unwrap();
    companion.log_reach_out(0, Channel::Call, now).unwrap();
}

fn scan(dir: &Path, at_least: usize) -> Vec<String> {
    let markers = [
        NAME,
        PHONE_DIGITS,
        "010-8642",
        NOTE,
        "MARKER",
        "laundromat",
        "Philippa",
        "oxycodone",
    ];
    let mut found = Vec::new();
    let mut files = 0;
    for entry in walk(dir) {
        files += 1;
        let bytes = std::fs::read(&entry).unwrap();
        for marker in markers {
            if bytes
                .windows(marker.len())
                .any(|window| window == marker.as_bytes())
            {
                found.push(format!("{} holds {marker:?}", entry.display()));
            }
        }
    }
    assert!(files >= at_least, "the scan saw only {files} files");
    found
}

fn walk(dir: &Path) -> Vec<std::path::PathBuf> {
    let mut out = Vec::new();
    for entry in std::fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        if path.is_dir() {
            out.extend(walk(&path))
        } else {
            out.push(path)
        }
    }
    out
}

#[test]
fn no_marker_reaches_any_file_cairn_writes() {
    let dir = tempfile::tempdir().unwrap();
    let now = instant("2026-11-22T12:00:00Z");
    let mut companion = Companion::create(
        &dir.path().join("cairn.db"),
        &platform_key(1),
        "America/Chicago",
    )
    .unwrap();
    fill(&mut companion, now);
    // While open: the database, its WAL and shared memory.
    assert_eq!(scan(dir.path(), 3), Vec::<String>::new());
    let backup = dir.path().join("exports").join("cairn.backup");
    std::fs::create_dir_all(backup.parent().unwrap()).unwrap();
    let code = companion
        .export_backup(&backup, Some("a backup passphrase".into()))
        .unwrap()
        .recovery_code;
    let mut other =
        Companion::create(&dir.path().join("phone.db"), &platform_key(2), "UTC").unwrap();
    other
        .import_backup(&backup, &code.display(), Some("a backup passphrase".into()))
        .unwrap();
    assert_eq!(
        other.contacts().unwrap()[0].contact.name,
        NAME,
        "the import really holds the markers"
    );
    // A failed import leaves no staging file behind, and nothing readable either way.
    assert!(
        other
            .import_backup(&backup, &RecoveryCodeTypo::of(&code.display()), None)
            .is_err()
    );
    // Two stores with their sidecars, and the backup.
    assert_eq!(scan(dir.path(), 7), Vec::<String>::new());
    drop((companion, other));
    assert_eq!(scan(dir.path(), 3), Vec::<String>::new());
}

/// A recovery code with one symbol changed.
struct RecoveryCodeTypo;

impl RecoveryCodeTypo {
    fn of(code: &str) -> String {
        let mut chars: Vec<char> = code.chars().collect();
        chars[0] = if chars[0] == 'A' { 'B' } else { 'A' };
        chars.into_iter().collect()
    }
}

#[test]
fn a_clock_moving_backwards_loses_nothing() {
    let dir = tempfile::tempdir().unwrap();
    let mut companion = Companion::create(
        &dir.path().join("cairn.db"),
        &platform_key(3),
        "Europe/Madrid",
    )
    .unwrap();
    let later = instant("2026-11-22T12:00:00Z");
    let journey = cairn_tests::journey("2026-11-20");
    companion.start_journey(journey, later).unwrap();
    let checkin = CheckIn::new(
        "2026-11-22".parse().unwrap(),
        3,
        2,
        false,
        MedicationTaken::Taken,
    );
    companion
        .check_in(checkin, UseKind::Lapse, false, later)
        .unwrap();
    companion
        .record_use(
            None,
            UseEvent::new("2026-11-22".parse().unwrap(), UseKind::Lapse),
            later,
        )
        .unwrap();

    // The phone's clock is set back three days, before the clean date and the records.
    for earlier in [
        later - Duration::days(3),
        later - Duration::days(400),
        later - Duration::hours(1),
    ] {
        let status = companion.status(None, earlier).unwrap();
        let streak = status.streak;
        assert!(
            streak.current_days <= streak.longest_days
                && streak.total_clean_days <= streak.days_since_first_clean_date
        );
        assert!((0.0..=1.0).contains(&streak.share_30.share));
        assert_eq!(companion.checkins().unwrap().len(), 1, "no check-in lost");
        assert_eq!(
            companion.history(None, earlier).unwrap().uses.len(),
            1,
            "no use lost"
        );
        companion.insights(earlier).unwrap();
        assert!(companion.notification_plan(earlier).unwrap().len() <= 60);
    }
    // And writing with the earlier clock works and keeps what was there.
    let back = later - Duration::days(3);
    let checkin = CheckIn::new(
        "2026-11-19".parse().unwrap(),
        4,
        1,
        false,
        MedicationTaken::Taken,
    );
    companion
        .check_in(checkin, UseKind::Lapse, false, back)
        .unwrap();
    assert_eq!(companion.checkins().unwrap().len(), 2);
    assert!(companion.integrity_check().unwrap());
}
