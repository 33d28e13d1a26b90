//! Importing Quitter and Sobriety exports through `Companion`, on a real encrypted store: the
//! journeys, clean dates, streaks, relapses, savings and notes each fixture gives, as Cairn
//! then counts them. The savings' rounding table is in `import_from_savings.rs`, duplicates
//! and refusals in `import_from_refused.rs`.

#![allow(clippy::unwrap_used, clippy::expect_used, missing_docs)]

use cairn_core::companion::{
    ImportNotice, ImportOutcome, ImportReport, ImportSource, ImportedState,
};
use cairn_core::journal::UseKind;
use cairn_core::money::MoneyAmount;
use cairn_core::{Companion, RecordId};
use cairn_tests::{companion_in, day, instant, journey};
use chrono::{DateTime, Utc};

const QUITTER: &[u8] = include_bytes!("fixtures/import/quitter-several.json");
const SOBRIETY: &[u8] = include_bytes!("fixtures/import/sobriety-several.json");
const LEGACY: &[u8] = include_bytes!("fixtures/import/sobriety-legacy-2023-01.json");

fn store(zone: &str, region: Option<&str>) -> (tempfile::TempDir, Companion) {
    companion_in(zone, region)
}

fn now() -> DateTime<Utc> {
    instant("2026-11-30T12:00:00Z")
}

/// One journey as Cairn counts it after the import: clean date now, ended streaks' lengths,
/// uses (all relapses) and the first clean date.
struct Counted {
    substance: String,
    first_clean_date: String,
    current_start: String,
    past_streaks: Vec<u32>,
    uses: usize,
}

fn counted(companion: &Companion, id: RecordId) -> Counted {
    let status = companion.status(Some(id), now()).unwrap();
    let history = companion.history(Some(id), now()).unwrap();
    assert!(
        history
            .uses
            .iter()
            .all(|entry| entry.event.kind == UseKind::Relapse)
    );
    Counted {
        substance: status.journey.substance,
        first_clean_date: status.journey.clean_date.to_string(),
        current_start: status.streak.current_start.to_string(),
        // The history lists the latest first.
        past_streaks: history.past_streaks.iter().rev().map(|s| s.days).collect(),
        uses: history.uses.len(),
    }
}

fn ids(report: &ImportReport) -> Vec<RecordId> {
    report
        .journeys
        .iter()
        .filter_map(|line| line.journey_id)
        .collect()
}

#[test]
fn quitter_table_clean_dates_streaks_relapses_and_journal() {
    let (_folder, mut companion) = store("Europe/London", None);
    let report = companion
        .import_from(ImportSource::Quitter, QUITTER, now())
        .unwrap();
    assert_eq!(report.source, ImportSource::Quitter);
    assert_eq!(
        (report.time_zone.as_str(), report.zone_assumed),
        ("Europe/London", true)
    );
    assert_eq!(
        (
            report.journeys_added,
            report.uses_added,
            report.journal_entries_added,
            report.savings_set,
            report.already_imported
        ),
        (4, 4, 2, 0, 0)
    );
    assert_eq!(
        report.notices,
        [
            ImportNotice::ZoneUsed {
                zone: "Europe/London".into(),
                times_without_zone: true
            },
            ImportNotice::DatesRebuilt { journey: 1 },
            ImportNotice::DatesRebuilt { journey: 2 },
            ImportNotice::LengthsWithoutSubstance { count: 1 },
            ImportNotice::CountsDiffer { journey: 1 },
            ImportNotice::CountsDiffer { journey: 2 },
        ]
    );
    // (substance, first clean date, clean date now, Cairn's streaks, Quitter's lengths, uses)
    let table = [
        ("Booze", "2023-12-01", "2023-12-01", vec![], vec![], 0),
        (
            "Opioids",
            "2024-01-24",
            "2024-03-11",
            vec![44, 1],
            vec![45, 3, 1],
            3,
        ),
        (
            "Kratom tea",
            "2023-12-27",
            "2024-01-06",
            vec![9],
            vec![10],
            1,
        ),
        (
            "Energy drinks",
            "2024-02-20",
            "2024-02-20",
            vec![],
            vec![],
            0,
        ),
    ];
    assert_eq!(report.journeys.len(), table.len());
    for (line, (name, first, clean, streaks, lengths, uses)) in report.journeys.iter().zip(table) {
        assert_eq!(line.outcome, ImportOutcome::Added);
        assert_eq!(line.state, ImportedState::Ongoing);
        assert_eq!(line.substance, name);
        assert_eq!(line.clean_date.to_string(), clean, "{name}");
        assert_eq!(line.past_streak_days, streaks, "{name}");
        assert_eq!(line.source_lengths, lengths, "{name}");
        assert_eq!(line.uses_added as usize, uses, "{name}");
        // The store counts what the report says, by Cairn's own rule.
        let stored = counted(&companion, line.journey_id.unwrap());
        assert_eq!(stored.substance, name);
        assert_eq!(stored.first_clean_date, first, "{name}");
        assert_eq!(stored.current_start, clean, "{name}");
        assert_eq!(stored.past_streaks, streaks, "{name}");
        assert_eq!(stored.uses, uses, "{name}");
    }
    // Journeys are listed in the file's order; the time of day is kept when Quitter had one.
    let journeys = companion.journeys().unwrap();
    let names: Vec<&str> = journeys.iter().map(|j| j.substance.as_str()).collect();
    assert_eq!(names, ["Booze", "Opioids", "Kratom tea", "Energy drinks"]);
    assert_eq!(journeys[3].clean_time.unwrap().to_string(), "21:40:11");
    let texts: Vec<String> = companion
        .journal_entries()
        .unwrap()
        .into_iter()
        .map(|view| format!("{} {}", view.entry.date, view.entry.text))
        .collect();
    assert_eq!(
        texts,
        [
            "2024-03-11 Day one again.\nCalled Sam.",
            "2024-01-02 New year, new start."
        ]
    );
}

#[test]
fn sobriety_table_ongoing_stopped_future_savings_and_notes() {
    let (_folder, mut companion) = store("America/New_York", None);
    let report = companion
        .import_from(ImportSource::Sobriety, SOBRIETY, now())
        .unwrap();
    assert_eq!(
        (report.time_zone.as_str(), report.zone_assumed),
        ("America/New_York", false)
    );
    assert_eq!(
        (
            report.journeys_added,
            report.uses_added,
            report.journal_entries_added,
            report.savings_set
        ),
        // Heroin's money and hours, Cannabis's hour a day.
        (3, 4, 2, 2)
    );
    assert_eq!(
        report.notices,
        [
            ImportNotice::ZoneUsed {
                zone: "America/New_York".into(),
                times_without_zone: false
            },
            ImportNotice::NeverStarted { count: 1 },
            ImportNotice::OtherSavingsNotKept {
                journey: 0,
                count: 1
            },
            ImportNotice::StoppedInOtherApp { journey: 1 },
            ImportNotice::NotYetStarted { journey: 2 },
            ImportNotice::UntrackedSpans {
                journey: 3,
                count: 1
            },
            ImportNotice::CountsDiffer { journey: 3 },
        ]
    );
    // (substance, outcome, state, first clean date, clean date, streaks, lengths, uses)
    let table = [
        (
            "Heroin",
            ImportOutcome::Added,
            ImportedState::Ongoing,
            "2024-01-01",
            "2024-02-01",
            vec![30],
            vec![30],
            1,
        ),
        (
            "Alcohol",
            ImportOutcome::Added,
            ImportedState::Stopped,
            "2023-06-01",
            "2023-09-16",
            vec![106],
            vec![106],
            1,
        ),
        (
            "Gambling",
            ImportOutcome::NotYetStarted,
            ImportedState::Planned,
            "2031-01-01",
            "2031-01-01",
            vec![],
            vec![],
            0,
        ),
        (
            "Cannabis",
            ImportOutcome::Added,
            ImportedState::Ongoing,
            "2024-05-01",
            "2024-05-31",
            vec![19, 9],
            vec![18],
            2,
        ),
    ];
    assert_eq!(report.journeys.len(), table.len());
    for (line, (name, outcome, state, first, clean, streaks, lengths, uses)) in
        report.journeys.iter().zip(table)
    {
        assert_eq!(
            (line.substance.as_str(), line.outcome, line.state),
            (name, outcome, state)
        );
        assert_eq!(line.first_clean_date.to_string(), first, "{name}");
        assert_eq!(line.clean_date.to_string(), clean, "{name}");
        assert_eq!(line.past_streak_days, streaks, "{name}");
        assert_eq!(line.source_lengths, lengths, "{name}");
        assert_eq!(line.uses_added as usize, uses, "{name}");
        let Some(id) = line.journey_id else {
            assert_eq!(outcome, ImportOutcome::NotYetStarted);
            continue;
        };
        let stored = counted(&companion, id);
        assert_eq!(stored.first_clean_date, first, "{name}");
        assert_eq!(stored.current_start, clean, "{name}");
        assert_eq!(stored.past_streaks, streaks, "{name}");
        assert_eq!(stored.uses, uses, "{name}");
    }
    // Heroin saved 20.0 USD and 2.5 usd a day and two and a half hours: every clean day counts.
    let heroin = report.journeys[0].journey_id.unwrap();
    let status = companion.status(Some(heroin), now()).unwrap();
    assert_eq!(
        status.journey.cost_per_day,
        Some(MoneyAmount {
            amount: "22.50".into(),
            currency: "USD".into()
        })
    );
    assert_eq!(status.journey.hours_per_day, Some(2.5));
    let days = u64::from(status.streak.total_clean_days);
    assert_eq!(
        status.money_saved.unwrap().amount,
        format!("{}.{:02}", days * 2250 / 100, days * 2250 % 100)
    );
    // The day's notes of a substance are journal entries, newest first.
    let texts: Vec<String> = companion
        .journal_entries()
        .unwrap()
        .into_iter()
        .map(|view| view.entry.text)
        .collect();
    assert_eq!(
        texts,
        ["Rough day.\nWent to a meeting anyway.", "Two weeks."]
    );
    assert_eq!(ids(&report).len(), 3);
}

#[test]
fn the_january_2023_layout_imports_as_one_ongoing_journey() {
    let (_folder, mut companion) = store("Europe/Berlin", None);
    let report = companion
        .import_from(ImportSource::Sobriety, LEGACY, now())
        .unwrap();
    assert_eq!(report.journeys_added, 1);
    assert_eq!(report.journeys[0].substance, "Nicotine");
    assert_eq!(report.journeys[0].first_clean_date, day("2023-01-06"));
    assert!(
        report
            .notices
            .iter()
            .any(|notice| matches!(notice, ImportNotice::LegacyFieldIgnored { .. }))
    );
}

#[test]
fn damaged_text_is_kept_as_recovered_and_said() {
    let (_folder, mut companion) = store("Europe/London", None);
    // Quitter's phone export: the low byte of each UTF-16 unit. é survives, ’ does not.
    let text = serde_json::to_string(&serde_json::json!({
        "opioids": "2024-03-10T08:15:30.123",
        "custom_names": serde_json::to_string(&serde_json::json!({"opioids": "Café"})).unwrap(),
        "journal_2024-03-11": "Don’t stop",
    }))
    .unwrap();
    let bytes: Vec<u8> = text
        .encode_utf16()
        .map(|unit| unit.to_le_bytes()[0])
        .collect();
    let report = companion
        .import_from(ImportSource::Quitter, &bytes, now())
        .unwrap();
    assert_eq!(report.journeys[0].substance, "Café");
    assert!(
        report
            .notices
            .contains(&ImportNotice::TextDamaged { replaced: 1 })
    );
    let entries = companion.journal_entries().unwrap();
    assert_eq!(entries[0].entry.text, "Don\u{FFFD}t stop");
}

#[test]
fn notes_ahead_are_left_out_and_long_ones_split() {
    let (_folder, mut companion) = store("Europe/London", None);
    let long = "word ".repeat(2_400); // 12,000 characters: three entries of at most 5,000.
    let file = serde_json::to_vec(&serde_json::json!({
        "opioids": "2024-03-10T08:15:30.123",
        "journal_2026-11-29": long.trim_end(),
        "journal_2026-12-25": "Christmas plans",
    }))
    .unwrap();
    let report = companion
        .import_from(ImportSource::Quitter, &file, now())
        .unwrap();
    assert_eq!(report.journal_entries_added, 3);
    assert!(
        report
            .notices
            .contains(&ImportNotice::NotesAhead { count: 1 })
    );
    assert!(
        report
            .notices
            .contains(&ImportNotice::NotesSplit { count: 1 })
    );
    let entries = companion.journal_entries().unwrap();
    let joined: usize = entries.iter().map(|e| e.entry.text.chars().count()).sum();
    assert!(
        entries
            .iter()
            .all(|e| e.entry.text.chars().count() <= 5_000)
    );
    assert!(joined >= 11_990, "{joined}");
    // Imported again: the parts are recognised, nothing is added.
    let again = companion
        .import_from(ImportSource::Quitter, &file, now())
        .unwrap();
    assert_eq!(again.journal_entries_added, 0);
}

#[test]
fn a_journey_started_by_hand_at_the_same_instant_stays_first() {
    // Journeys are listed by when they were started, then by their random ids: an import at the
    // very instant of a hand-started journey must not tie with it. Eight stores, so a tie left
    // to the ids would pass by chance once in 256 runs.
    for _ in 0..8 {
        let (_folder, mut companion) = store("America/Chicago", None);
        let mine = companion
            .start_journey(journey("2026-11-01"), now())
            .unwrap();
        companion
            .import_from(ImportSource::Quitter, QUITTER, now())
            .unwrap();
        let listed: Vec<RecordId> = companion.journeys().unwrap().iter().map(|j| j.id).collect();
        assert_eq!(listed.len(), 5);
        assert_eq!(listed[0], mine);
    }
}
