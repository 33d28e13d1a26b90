//! Check-ins, the safety card, contacts and the reach-out chain, and the notification plan,
//! through `Companion` on a real store.

#![allow(clippy::unwrap_used, clippy::expect_used, missing_docs)]

use cairn_core::checkin::{CheckIn, HelpfulAction, MedicationTaken, Trigger};
use cairn_core::contact::{Channel, ContactRole, NewContact};
use cairn_core::journal::{UseEvent, UseKind};
use cairn_core::notification_plan::NotificationKind;
use cairn_core::prevention_plan::{PlanChange, PlanEdit, PlanSection};
use cairn_core::settings::{ReminderChange, SettingsChange};
use cairn_core::{Companion, Error};
use cairn_tests::{day, instant, journey, platform_key, store_snapshot};

fn us_store(folder: &tempfile::TempDir, clean: &str) -> Companion {
    let mut companion = Companion::create(
        &folder.path().join("s.db"),
        &platform_key(8),
        "America/Chicago",
    )
    .unwrap();
    let region = SettingsChange {
        region: Some("us".into()),
        ..Default::default()
    };
    companion.update_settings(region).unwrap();
    let journey = journey(clean);
    companion
        .start_journey(journey, instant("2026-11-22T12:00:00Z"))
        .unwrap();
    companion
}

fn checkin(on: &str, mood: u8, craving: u8, used: bool) -> CheckIn {
    CheckIn::new(day(on), mood, craving, used, MedicationTaken::Taken)
}

fn sponsor(name: &str, phone: &str) -> NewContact {
    NewContact {
        name: name.into(),
        phone: phone.into(),
        role: ContactRole::Sponsor,
        can_text: true,
        note: None,
    }
}

#[test]
fn a_use_after_clean_days_returns_the_safety_card_with_the_sponsor() {
    let folder = tempfile::tempdir().unwrap();
    let mut companion = us_store(&folder, "2026-11-01");
    companion
        .add_contact(sponsor("Dana", "(555) 010-2000"), true)
        .unwrap();
    let now = instant("2026-11-22T23:00:00Z");
    let recorded = companion
        .check_in(
            checkin("2026-11-22", 2, 9, true),
            UseKind::Lapse,
            false,
            now,
        )
        .unwrap();
    let card = recorded.safety_card.expect("21 clean days before: a card");
    let text = serde_json::to_string(&card).unwrap();
    assert!(
        text.contains("1-800-484-3731") || text.contains("18004843731"),
        "{text}"
    );
    assert!(
        card.actions
            .iter()
            .any(|action| action.call.tel_uri == "tel:5550102000")
    );
    assert!(
        card.actions
            .iter()
            .any(|action| action.call.tel_uri == "tel:988")
    );
    assert_eq!(recorded.use_recorded.unwrap().clean_days_before, 21);
    assert_eq!(
        companion.history(None, now).unwrap().uses.len(),
        1,
        "the check-in recorded a use"
    );

    // Two days later, after only 1 clean day: no card.
    let again = UseEvent::new(day("2026-11-24"), UseKind::Lapse);
    let later = instant("2026-11-25T01:00:00Z");
    assert!(
        companion
            .record_use(None, again, later)
            .unwrap()
            .safety_card
            .is_none()
    );
}

#[test]
fn one_check_in_a_day_and_bad_input_changes_nothing() {
    let folder = tempfile::tempdir().unwrap();
    let mut companion = us_store(&folder, "2026-11-01");
    let now = instant("2026-11-22T18:00:00Z");
    companion
        .check_in(
            checkin("2026-11-22", 4, 2, false),
            UseKind::Lapse,
            false,
            now,
        )
        .unwrap();
    let path = folder.path().join("s.db");
    let before = store_snapshot(&path);
    let cases: Vec<(&str, Result<(), Error>)> = vec![
        (
            "duplicate day",
            companion
                .check_in(
                    checkin("2026-11-22", 3, 2, false),
                    UseKind::Lapse,
                    false,
                    now,
                )
                .map(drop),
        ),
        (
            "mood 0",
            companion
                .check_in(
                    checkin("2026-11-21", 0, 2, false),
                    UseKind::Lapse,
                    false,
                    now,
                )
                .map(drop),
        ),
        (
            "mood 6",
            companion
                .check_in(
                    checkin("2026-11-21", 6, 2, false),
                    UseKind::Lapse,
                    false,
                    now,
                )
                .map(drop),
        ),
        (
            "craving 11",
            companion
                .check_in(
                    checkin("2026-11-21", 3, 11, false),
                    UseKind::Lapse,
                    false,
                    now,
                )
                .map(drop),
        ),
        (
            "future",
            companion
                .check_in(
                    checkin("2026-11-23", 3, 2, false),
                    UseKind::Lapse,
                    false,
                    now,
                )
                .map(drop),
        ),
        ("long note", {
            let mut long = checkin("2026-11-21", 3, 2, false);
            long.note = Some("x".repeat(2001));
            companion
                .check_in(long, UseKind::Lapse, false, now)
                .map(drop)
        }),
        (
            "bad phone",
            companion
                .add_contact(sponsor("Ann", "1-800-FLOWERS"), false)
                .map(drop),
        ),
        (
            "empty name",
            companion
                .add_contact(sponsor("  ", "555 0100"), false)
                .map(drop),
        ),
        (
            "unknown region",
            companion
                .update_settings(SettingsChange {
                    region: Some("XX".into()),
                    ..Default::default()
                })
                .map(drop),
        ),
        (
            "plan item",
            companion
                .edit_prevention_plan(&PlanEdit {
                    section: PlanSection::CopingSteps,
                    change: PlanChange::Add {
                        text: "a\u{7}bell".into(),
                    },
                })
                .map(drop),
        ),
    ];
    for (name, result) in cases {
        let error = result.expect_err(name);
        assert!(
            matches!(
                error,
                Error::InvalidInput { .. } | Error::AlreadyExists { .. }
            ),
            "{name}: {error:?}"
        );
        assert_eq!(store_snapshot(&path), before, "{name} changed the store");
    }
    let replaced = companion
        .check_in(
            checkin("2026-11-22", 2, 8, false),
            UseKind::Lapse,
            true,
            now,
        )
        .unwrap();
    assert!(replaced.replaced);
    assert_eq!(companion.checkins().unwrap()[0].mood, 2);
}

#[test]
fn the_chain_puts_the_sponsor_first_and_survives_their_removal() {
    let folder = tempfile::tempdir().unwrap();
    let mut companion = us_store(&folder, "2026-11-01");
    let friend = NewContact {
        name: "Sam".into(),
        phone: "+1 555 010 3000".into(),
        role: ContactRole::Friend,
        can_text: false,
        note: None,
    };
    companion.add_contact(friend, false).unwrap();
    let dana = companion
        .add_contact(sponsor("Dana", "555-010-2000"), true)
        .unwrap();
    let lee = companion
        .add_contact(sponsor("Lee", "555-010-4000"), true)
        .unwrap();
    let chain = companion.reach_out_chain().unwrap().entries;
    assert_eq!(chain[0].who, "Lee", "making Lee primary demoted Dana");
    assert!(
        companion
            .contacts()
            .unwrap()
            .iter()
            .filter(|c| c.contact.primary)
            .count()
            == 1
    );
    assert_eq!(chain.last().unwrap().tel_uri, "tel:911");
    assert!(chain.iter().any(|entry| entry.tel_uri == "tel:988"));
    assert!(
        chain
            .iter()
            .find(|entry| entry.who == "Sam")
            .unwrap()
            .sms_uri
            .is_none()
    );

    // Tapping the sponsor counts as "called sponsor" in today's check-in, before or after it.
    let now = instant("2026-11-22T18:00:00Z");
    companion.log_reach_out(0, Channel::Call, now).unwrap();
    let recorded = companion
        .check_in(
            checkin("2026-11-22", 3, 6, false),
            UseKind::Lapse,
            false,
            now,
        )
        .unwrap();
    assert_eq!(recorded.date, day("2026-11-22"));
    assert!(
        companion.checkins().unwrap()[0]
            .helped
            .contains(&HelpfulAction::CalledSponsor)
    );

    companion.remove_contact(lee).unwrap();
    companion.remove_contact(dana).unwrap();
    let chain = companion.reach_out_chain().unwrap().entries;
    assert_eq!(chain[0].who, "Sam");
    assert!(matches!(
        companion.remove_contact(lee),
        Err(Error::NotFound { what: "contact" })
    ));
}

#[test]
fn insights_name_their_reasons_and_offer_the_chain() {
    let folder = tempfile::tempdir().unwrap();
    let mut companion = us_store(&folder, "2026-11-10");
    companion
        .add_contact(sponsor("Dana", "555-010-2000"), true)
        .unwrap();
    let now = instant("2026-11-22T18:00:00Z");
    for (day, mood, craving) in [
        ("2026-11-20", 4, 8),
        ("2026-11-21", 3, 5),
        ("2026-11-22", 2, 9),
    ] {
        let mut entry = checkin(day, mood, craving, false);
        entry.triggers = vec![Trigger::Stress, Trigger::Loneliness];
        companion
            .check_in(entry, UseKind::Lapse, false, now)
            .unwrap();
    }
    let insights = companion.insights(now).unwrap();
    let kinds = serde_json::to_value(&insights.signals).unwrap().to_string();
    assert!(
        kinds.contains("high_craving")
            && kinds.contains("mood_falling")
            && kinds.contains("early_days"),
        "{kinds}"
    );
    assert!(
        insights
            .signals
            .iter()
            .all(|signal| !signal.reason.is_empty())
    );
    assert_eq!(insights.reach_out.unwrap().tel_uri, "tel:5550102000");
    assert_eq!(insights.checkin_streak.current_days, 3);
    assert_eq!(insights.top_tags.triggers[0].count, 3);
}

#[test]
fn the_plan_follows_check_ins_lapses_and_settings() {
    let folder = tempfile::tempdir().unwrap();
    let mut companion = us_store(&folder, "2026-11-01");
    let now = instant("2026-11-22T15:00:00Z"); // 09:00 in Chicago
    let plan = companion.notification_plan(now).unwrap();
    assert!(plan.len() <= 60 && !plan.is_empty());
    let ids: Vec<String> = plan.iter().map(|entry| entry.id.clone()).collect();
    assert!(
        companion
            .reconcile_notifications(&ids, now)
            .unwrap()
            .schedule
            .is_empty()
    );

    companion
        .check_in(
            checkin("2026-11-22", 4, 1, false),
            UseKind::Lapse,
            false,
            now,
        )
        .unwrap();
    let diff = companion.reconcile_notifications(&ids, now).unwrap();
    assert_eq!(diff.cancel.len(), 1, "today's reminder goes");

    let off = SettingsChange {
        reminder: Some(ReminderChange::Off),
        discreet: Some(false),
        ..Default::default()
    };
    companion.update_settings(off).unwrap();
    let plan = companion.notification_plan(now).unwrap();
    assert!(
        plan.iter()
            .all(|entry| entry.kind == NotificationKind::Milestone)
    );
    assert!(plan[0].private_text.contains("clean today"));
}

#[test]
fn the_prevention_plan_is_kept_sealed() {
    let folder = tempfile::tempdir().unwrap();
    let mut companion = us_store(&folder, "2026-11-01");
    assert!(
        companion
            .prevention_plan()
            .unwrap()
            .warning_signs
            .is_empty()
    );
    let edit = PlanEdit {
        section: PlanSection::parse("warning signs").unwrap(),
        change: PlanChange::Add {
            text: "skipping meetings".into(),
        },
    };
    companion.edit_prevention_plan(&edit).unwrap();
    assert_eq!(
        companion.prevention_plan().unwrap().warning_signs,
        ["skipping meetings"]
    );
}
