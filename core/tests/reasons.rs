//! The person's reasons to stay clean through `Companion`: one list (the prevention plan's
//! section), its limits refused with the store byte-identical, and the reasons where a hard
//! moment shows them: the safety card, the reach-out chain and the insights' signals.

#![allow(clippy::unwrap_used, clippy::expect_used, missing_docs)]

use cairn_core::checkin::{CheckIn, MedicationTaken};
use cairn_core::journal::{UseEvent, UseKind};
use cairn_core::prevention_plan::{PlanChange, PlanEdit, PlanSection, REASONS_MAX};
use cairn_core::{Companion, Error};
use cairn_tests::{day, instant, journey, platform_key, store_snapshot};

fn store(folder: &tempfile::TempDir) -> Companion {
    let mut companion = Companion::create(
        &folder.path().join("s.db"),
        &platform_key(10),
        "America/Chicago",
    )
    .unwrap();
    let journey = journey("2026-11-01");
    companion
        .start_journey(journey, instant("2026-11-22T12:00:00Z"))
        .unwrap();
    companion
}

type Reasons = Result<Vec<String>, Error>;

fn invalid(result: Reasons) -> (&'static str, &'static str) {
    match result {
        Err(Error::InvalidInput { field, reason }) => (field, reason),
        other => panic!("expected InvalidInput, got {other:?}"),
    }
}

#[test]
fn reasons_are_added_in_order_removed_and_are_the_plans_section() {
    let folder = tempfile::tempdir().unwrap();
    let mut companion = store(&folder);
    assert!(companion.reasons().unwrap().is_empty());
    companion.add_reason("My daughter".into()).unwrap();
    companion.add_reason("  Waking up clear  ".into()).unwrap();
    let reasons = companion.add_reason("My job".into()).unwrap();
    assert_eq!(reasons, ["My daughter", "Waking up clear", "My job"]);
    assert_eq!(
        companion.remove_reason(1).unwrap(),
        ["My daughter", "My job"]
    );
    assert_eq!(companion.reasons().unwrap(), ["My daughter", "My job"]);
    // The same list as the plan's "reasons to stay clean", both ways.
    let plan = companion.prevention_plan().unwrap();
    assert_eq!(plan.reasons_to_stay_clean, ["My daughter", "My job"]);
    companion
        .edit_prevention_plan(&PlanEdit {
            section: PlanSection::ReasonsToStayClean,
            change: PlanChange::Add {
                text: "Music again".into(),
            },
        })
        .unwrap();
    assert_eq!(companion.reasons().unwrap()[2], "Music again");
}

#[test]
fn limits_are_refused_and_change_nothing() {
    let folder = tempfile::tempdir().unwrap();
    let mut companion = store(&folder);
    for n in 0..REASONS_MAX {
        companion.add_reason(format!("reason {n}")).unwrap();
    }
    let path = folder.path().join("s.db");
    let before = store_snapshot(&path);
    let thirteenth = PlanEdit {
        section: PlanSection::ReasonsToStayClean,
        change: PlanChange::Add {
            text: "one more".into(),
        },
    };
    #[rustfmt::skip]
    let cases: Vec<(&str, Reasons, (&str, &str))> = vec![
        ("13th", companion.add_reason("one more".into()), ("items", "at most 12 reasons")),
        ("13th through the plan", companion.edit_prevention_plan(&thirteenth).map(|p| p.reasons_to_stay_clean), ("items", "at most 12 reasons")),
        ("remove past the end", companion.remove_reason(12), ("index", "no such item")),
    ];
    for (name, result, expected) in cases {
        assert_eq!(invalid(result), expected, "{name}");
        assert_eq!(store_snapshot(&path), before, "{name} changed the store");
    }
    companion.remove_reason(0).unwrap();
    let before = store_snapshot(&path);
    #[rustfmt::skip]
    let cases: Vec<(&str, String, (&str, &str))> = vec![
        ("empty", "  ".into(), ("item", "empty")),
        ("too long", "x".repeat(201), ("item", "too long")),
        ("two lines", "one\ntwo".into(), ("item", "contains control characters")),
        ("repeated", "REASON 5".into(), ("item", "already in this section")),
    ];
    for (name, text, expected) in cases {
        assert_eq!(invalid(companion.add_reason(text)), expected, "{name}");
        assert_eq!(store_snapshot(&path), before, "{name} changed the store");
    }
    assert!(companion.add_reason("é".repeat(200)).is_ok());
}

#[test]
fn the_safety_card_carries_the_reasons_in_order() {
    let folder = tempfile::tempdir().unwrap();
    let mut companion = store(&folder);
    let now = instant("2026-11-22T23:00:00Z");
    let lapse = UseEvent::new(day("2026-11-22"), UseKind::Lapse);
    // No reasons written: the card comes with an empty list.
    let card = companion
        .record_use(None, lapse.clone(), now)
        .unwrap()
        .safety_card
        .expect("21 clean days before: a card");
    assert!(card.reasons.is_empty());

    let folder = tempfile::tempdir().unwrap();
    let mut companion = store(&folder);
    companion.add_reason("My daughter".into()).unwrap();
    companion.add_reason("Seeing 2027".into()).unwrap();
    let card = companion
        .record_use(None, lapse, now)
        .unwrap()
        .safety_card
        .expect("a card");
    assert_eq!(card.reasons, ["My daughter", "Seeing 2027"]);
    let json = serde_json::to_value(&card).unwrap();
    assert_eq!(json["reasons"][1], "Seeing 2027");
    // A check-in that says "used" brings the same card.
    let recorded = companion
        .check_in(
            CheckIn::new(day("2026-11-22"), 2, 9, true, MedicationTaken::Taken),
            UseKind::Lapse,
            false,
            now,
        )
        .unwrap();
    assert!(recorded.safety_card.is_none(), "already used today");
}

#[test]
fn the_chain_and_the_insights_signals_show_the_reasons() {
    let folder = tempfile::tempdir().unwrap();
    let mut companion = store(&folder);
    let now = instant("2026-11-22T18:00:00Z");
    assert!(companion.reach_out_chain().unwrap().reasons.is_empty());
    companion.add_reason("My daughter".into()).unwrap();
    let chain = companion.reach_out_chain().unwrap();
    assert_eq!(chain.reasons, ["My daughter"]);
    assert!(!chain.entries.is_empty());

    // One calm check-in, three weeks in: no signal, so no reasons offered either.
    let calm = CheckIn::new(day("2026-11-22"), 4, 1, false, MedicationTaken::Taken);
    companion
        .check_in(calm, UseKind::Lapse, false, now)
        .unwrap();
    let insights = companion.insights(now).unwrap();
    assert!(insights.signals.is_empty(), "{:?}", insights.signals);
    assert!(insights.reasons.is_empty() && insights.reach_out.is_none());

    // Craving 7 or more on two of the last three check-ins: a signal, with the reasons.
    for (on, craving) in [("2026-11-20", 8), ("2026-11-21", 9)] {
        let hard = CheckIn::new(day(on), 3, craving, false, MedicationTaken::Taken);
        companion
            .check_in(hard, UseKind::Lapse, false, now)
            .unwrap();
    }
    let insights = companion.insights(now).unwrap();
    assert!(!insights.signals.is_empty());
    assert!(insights.reach_out.is_some());
    assert_eq!(insights.reasons, ["My daughter"]);
}
