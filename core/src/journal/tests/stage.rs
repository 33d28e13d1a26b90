//! Tests of the four stages: their boundaries in completed clean days (7, 90, five calendar
//! years), progress, and the names the shells receive.

use super::common::date;
use crate::journal::stage::{Stage, stage_progress};
use crate::test_support::english;

#[test]
fn stage_boundaries_follow_the_seed() {
    let start = date(2026, 1, 1);
    #[rustfmt::skip]
    let cases = [
        (date(2025, 12, 31), Stage::Initiation),          // streak begins tomorrow
        (date(2026, 1, 1), Stage::Initiation),            // day 0
        (date(2026, 1, 7), Stage::Initiation),            // the 7th date, 6 days completed
        (date(2026, 1, 8), Stage::Abstinence),            // 7 days completed
        (date(2026, 3, 31), Stage::Abstinence),           // 89 days
        (date(2026, 4, 1), Stage::MaintainedAbstinence),  // 90 days
        (date(2030, 12, 31), Stage::MaintainedAbstinence),
        (date(2031, 1, 1), Stage::AdvancedRecovery),      // five calendar years
        (date(2060, 6, 1), Stage::AdvancedRecovery),
    ];
    for (today, stage) in cases {
        assert_eq!(stage_progress(start, today).stage, stage, "{today}");
    }
}

#[test]
fn five_years_from_a_leap_day_is_clamped_to_the_end_of_february() {
    let start = date(2024, 2, 29);
    assert_eq!(Stage::AdvancedRecovery.starts_on(start), date(2029, 2, 28));
    assert_eq!(
        stage_progress(start, date(2029, 2, 27)).stage,
        Stage::MaintainedAbstinence
    );
    assert_eq!(
        stage_progress(start, date(2029, 2, 28)).stage,
        Stage::AdvancedRecovery
    );
}

#[test]
fn progress_and_days_left_measure_the_way_to_the_next_stage() {
    let start = date(2026, 1, 1);
    let p = stage_progress(start, date(2026, 1, 1));
    assert_eq!(
        (p.stage_started, p.next_stage),
        (start, Some(Stage::Abstinence))
    );
    assert_eq!(
        (p.next_stage_starts, p.days_left, p.progress),
        (Some(date(2026, 1, 8)), Some(7), 0.0)
    );

    let p = stage_progress(start, date(2026, 2, 19)); // 49 days: 42 of the 83 days of abstinence
    assert_eq!(
        (p.stage, p.stage_started),
        (Stage::Abstinence, date(2026, 1, 8))
    );
    assert_eq!(
        (p.next_stage_starts, p.days_left),
        (Some(date(2026, 4, 1)), Some(41))
    );
    assert!((p.progress - 42.0 / 83.0).abs() < 1e-12);

    let p = stage_progress(start, date(2035, 1, 1));
    assert_eq!(
        (p.stage, p.next_stage, p.days_left, p.progress),
        (Stage::AdvancedRecovery, None, None, 1.0)
    );

    // A streak that begins tomorrow (after a use today) sits at the very start.
    let p = stage_progress(date(2026, 11, 23), date(2026, 11, 22));
    assert_eq!(
        (p.stage, p.progress, p.days_left),
        (Stage::Initiation, 0.0, Some(8))
    );
}

#[test]
fn stages_carry_the_seeds_names_in_snake_case() {
    let names: Vec<String> = Stage::ALL
        .iter()
        .map(|s| serde_json::to_string(s).expect("serialises"))
        .collect();
    assert_eq!(
        names,
        [
            r#""initiation""#,
            r#""abstinence""#,
            r#""maintained_abstinence""#,
            r#""advanced_recovery""#
        ]
    );
    let labels: Vec<String> = Stage::ALL.iter().map(|s| s.label(english())).collect();
    assert_eq!(
        labels,
        [
            "Initiation",
            "Abstinence",
            "Maintained abstinence",
            "Advanced recovery"
        ]
    );
    assert!(
        Stage::ALL
            .windows(2)
            .all(|w| w[0] < w[1] && w[0].next() == Some(w[1]))
    );
    assert!(
        Stage::ALL
            .iter()
            .all(|s| !s.description(english()).is_empty())
    );
    let spanish = crate::text::messages(crate::text::Language::Spanish);
    assert_eq!(
        Stage::MaintainedAbstinence.label(spanish),
        "Abstinencia sostenida"
    );
}
