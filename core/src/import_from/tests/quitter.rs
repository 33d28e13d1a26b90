//! Quitter exports: several substances, rebuilt dates, the journal, the damaged phone export,
//! and every way a file is refused.

use chrono_tz::Tz;
use serde_json::{Value, json};

use super::{assert_refused, d, t};
use crate::import_from::{
    ImportWarning, ImportedNote, ImportedStreak, ImportedUse, JourneyStatus, MAX_FILE_BYTES,
    MAX_JOURNEYS, MAX_NOTES, Source, read_quitter,
};

const SEVERAL: &[u8] = include_bytes!("../../../tests/fixtures/import/quitter-several.json");
const SOBRIETY: &[u8] = include_bytes!("../../../tests/fixtures/import/sobriety-several.json");
const ZONE: Tz = chrono_tz::Europe::London;

/// What Dart's `jsonEncode` writes: no whitespace, non-ASCII as is.
fn dart_json(value: &Value) -> String {
    serde_json::to_string(value).unwrap()
}

/// What Quitter's phone export writes: `Uint8List.fromList(json.codeUnits)`, the low byte of
/// every UTF-16 code unit.
fn low_bytes(text: &str) -> Vec<u8> {
    text.encode_utf16()
        .map(|unit| unit.to_le_bytes()[0])
        .collect()
}

/// A Quitter export tracking opioids since a date, with a custom name and a journal entry.
fn export_named(name: &str, note: &str) -> String {
    dart_json(&json!({
        "opioids": "2024-03-10T08:15:30.123",
        "custom_names": dart_json(&json!({ "opioids": name })),
        "journal_2024-03-11": note,
        "notifyEvery": 1,
    }))
}

#[test]
fn several_substances_with_their_clean_dates_streaks_and_journal() {
    let imported = read_quitter(SEVERAL, ZONE).unwrap();
    assert_eq!(imported.source, Source::Quitter);
    assert_eq!(imported.zone, ZONE);
    assert!(imported.zone_assumed, "Quitter's times carry no zone");
    let names: Vec<&str> = imported.journeys.iter().map(|j| j.name.as_str()).collect();
    assert_eq!(names, ["Booze", "Opioids", "Kratom tea", "Energy drinks"]);

    // Picked with the date picker (midnight): a date without a time, never reset.
    let booze = &imported.journeys[0];
    assert_eq!(booze.status, JourneyStatus::Ongoing);
    assert_eq!(
        (booze.first_clean_date, booze.first_clean_time),
        (d("2023-12-01"), None)
    );
    assert_eq!(booze.clean_date, d("2023-12-01"));
    assert!(booze.uses.is_empty() && booze.past_streaks.is_empty() && !booze.rebuilt_dates);

    // Reset three times, lengths 45, 3 and 1 (quit day counted as day 1), the last at
    // 2024-03-10 08:15:30: resets on 03-08, 03-10 and 03-10, first quit on 01-24.
    let opioids = &imported.journeys[1];
    assert!(opioids.rebuilt_dates);
    assert_eq!(opioids.source_lengths, [45, 3, 1]);
    assert_eq!(
        (opioids.first_clean_date, opioids.first_clean_time),
        (d("2024-01-24"), None)
    );
    let uses = [
        ImportedUse {
            date: d("2024-03-08"),
            time: None,
        },
        ImportedUse {
            date: d("2024-03-10"),
            time: None,
        },
        ImportedUse {
            date: d("2024-03-10"),
            time: Some(t("08:15:30")),
        },
    ];
    assert_eq!(opioids.uses, uses);
    // Cairn's count: 44 clean days before the use on 03-08, then 03-09 before the use on 03-10;
    // two relapses on 03-10 are one use day. The next clean date is the day after.
    let streaks = [
        ImportedStreak {
            start: d("2024-01-24"),
            end: d("2024-03-08"),
            days: 44,
        },
        ImportedStreak {
            start: d("2024-03-09"),
            end: d("2024-03-10"),
            days: 1,
        },
    ];
    assert_eq!(opioids.past_streaks, streaks);
    assert_eq!(opioids.clean_date, d("2024-03-11"));

    let kratom = &imported.journeys[2];
    assert_eq!(kratom.first_clean_date, d("2023-12-27"));
    assert_eq!(
        kratom.uses,
        [ImportedUse {
            date: d("2024-01-05"),
            time: None
        }]
    );
    assert_eq!(kratom.past_streaks[0].days, 9);
    assert_eq!(kratom.clean_date, d("2024-01-06"));

    // A custom entry never reset, quit at a time of day: the time is kept (to the second).
    let energy = &imported.journeys[3];
    assert_eq!(energy.first_clean_time, Some(t("21:40:11")));
    assert!(!energy.rebuilt_dates && energy.source_lengths.is_empty());

    let journal = [
        ImportedNote {
            date: d("2024-01-02"),
            text: "New year, new start.".into(),
            damaged: false,
        },
        ImportedNote {
            date: d("2024-03-11"),
            text: "Day one again.\nCalled Sam.".into(),
            damaged: false,
        },
    ];
    assert_eq!(imported.journal, journal);
    assert_eq!(
        imported.warnings,
        [
            ImportWarning::DatesRebuilt { journey: 1 },
            ImportWarning::DatesRebuilt { journey: 2 },
            // "smoking" kept lengths but is no longer tracked.
            ImportWarning::LengthsWithoutSubstance { count: 1 },
        ]
    );
    // Quitter has no savings.
    assert!(imported.journeys.iter().all(|j| j.cost_per_day.is_none()));
}

#[test]
fn quit_dates_in_every_shape_dart_writes() {
    let cases = [
        // (value, zone, date, time)
        (
            "2024-03-10T08:15:30.123456",
            ZONE,
            "2024-03-10",
            Some("08:15:30"),
        ),
        (
            "2024-03-10T08:15:30.000",
            ZONE,
            "2024-03-10",
            Some("08:15:30"),
        ),
        ("2024-03-10T00:00:00.000", ZONE, "2024-03-10", None),
        ("2024-03-10", ZONE, "2024-03-10", None),
        // A UTC time (toIso8601String of a UTC DateTime) is converted into the zone.
        (
            "2024-03-10T23:30:00.000Z",
            chrono_tz::Asia::Tokyo,
            "2024-03-11",
            Some("08:30:00"),
        ),
        (
            "2024-07-01T12:00:00.000Z",
            ZONE,
            "2024-07-01",
            Some("13:00:00"),
        ),
        // A local time that a spring-forward skipped is still that wall time, taken as given.
        (
            "2024-03-31T01:30:00.000",
            ZONE,
            "2024-03-31",
            Some("01:30:00"),
        ),
    ];
    for (value, zone, date, time) in cases {
        let file = dart_json(&json!({ "opioids": value }));
        let journey = read_quitter(file.as_bytes(), zone)
            .unwrap()
            .journeys
            .remove(0);
        assert_eq!(journey.first_clean_date, d(date), "{value}");
        assert_eq!(journey.first_clean_time, time.map(t), "{value}");
    }
}

#[test]
fn a_legacy_empty_quit_date_is_a_substance_never_started() {
    let file = dart_json(&json!({ "alcohol": "", "opioids": "2024-01-01T00:00:00.000" }));
    let imported = read_quitter(file.as_bytes(), ZONE).unwrap();
    assert_eq!(imported.journeys.len(), 1);
    assert_eq!(
        imported.warnings,
        [ImportWarning::NeverStarted { count: 1 }]
    );
}

#[test]
fn an_entry_without_lengths_and_a_long_name() {
    let long = "x".repeat(80);
    let entries = json!([{ "id": "a", "title": long, "quitDate": "2024-01-01T00:00:00.000",
        "color": 1 }]);
    let file = dart_json(&json!({ "entries": dart_json(&entries) }));
    let imported = read_quitter(file.as_bytes(), ZONE).unwrap();
    assert_eq!(imported.journeys[0].name.chars().count(), 60);
    assert_eq!(
        imported.warnings,
        [ImportWarning::NamesShortened { count: 1 }]
    );
}

#[test]
fn the_phone_export_damage_is_recovered_where_it_can_be() {
    // é is Latin-1: its low byte is itself. ’ (U+2019) leaves the control byte 19 and 😀
    // (D83D DE00) leaves "=" and a NUL: both detected and replaced.
    let file = low_bytes(&export_named("Café", "Don’t stop 😀"));
    assert!(
        std::str::from_utf8(&file).is_err(),
        "not UTF-8: Quitter cannot read it back"
    );
    let imported = read_quitter(&file, ZONE).unwrap();
    let journey = &imported.journeys[0];
    assert_eq!(journey.name, "Café");
    assert!(
        journey.name_damaged,
        "non-ASCII text of a damaged file is marked"
    );
    assert_eq!(imported.journal[0].text, "Don\u{FFFD}t stop =\u{FFFD}");
    assert!(imported.journal[0].damaged);
    assert_eq!(
        imported.warnings,
        [ImportWarning::TextDamaged { replaced: 2 }]
    );
    // Dates and numbers are ASCII and came through whole.
    assert_eq!(
        (journey.first_clean_date, journey.first_clean_time),
        (d("2024-03-10"), Some(t("08:15:30")))
    );
}

#[test]
fn damage_that_hides_in_ascii_is_still_flagged_by_the_warning() {
    // Cyrillic: Г (0413) leaves a control byte, е р о и н leave "5@>8=".
    let file = low_bytes(&export_named("Героин", "ok"));
    let imported = read_quitter(&file, ZONE).unwrap();
    assert_eq!(imported.journeys[0].name, "\u{FFFD}5@>8=");
    assert!(imported.journeys[0].name_damaged);
    assert!(!imported.journal[0].damaged, "plain ASCII note");
    assert_eq!(
        imported.warnings,
        [ImportWarning::TextDamaged { replaced: 1 }]
    );
}

#[test]
fn damage_that_breaks_the_json_is_refused() {
    // Ģ (U+0122) leaves a quote, Ŝ (U+015C) a backslash, Ċ (U+010A) a line break inside a
    // string. With another non-ASCII letter the damage shows; alone it looks like broken JSON.
    for name in ["Ģambling café", "Ŝnus é", "Ċoffee é"] {
        let file = low_bytes(&export_named(name, "ok"));
        let result = read_quitter(&file, ZONE);
        assert_refused(
            result,
            "file",
            "text damaged by the phone export cannot be recovered",
        );
    }
    let unflagged = [
        ("Ģambling", "file", "damaged, perhaps by the phone export"),
        // The backslash escapes the next letter: the outer string parses, the JSON inside it
        // (Quitter keeps `custom_names` as a string of JSON) does not.
        ("Ŝnus", "custom_names", "not JSON"),
        ("Ċoffee", "file", "damaged, perhaps by the phone export"),
    ];
    for (name, field, reason) in unflagged {
        let file = low_bytes(&export_named(name, "ok"));
        assert_refused(read_quitter(&file, ZONE), field, reason);
    }
}

#[test]
fn ascii_and_desktop_exports_are_not_damaged() {
    let ascii = export_named("Opioids", "plain");
    assert_eq!(
        low_bytes(&ascii),
        ascii.as_bytes(),
        "ASCII survives the phone export"
    );
    let imported = read_quitter(ascii.as_bytes(), ZONE).unwrap();
    assert!(imported.warnings.is_empty());
    // The Linux desktop export writes UTF-8 (`file.writeAsString`).
    let desktop = export_named("Café ☕", "Don’t stop 😀");
    let imported = read_quitter(desktop.as_bytes(), ZONE).unwrap();
    assert_eq!(imported.journeys[0].name, "Café ☕");
    assert!(!imported.journeys[0].name_damaged);
    assert_eq!(imported.journal[0].text, "Don’t stop 😀");
    assert!(imported.warnings.is_empty());
}

#[test]
fn bad_files_are_refused_with_typed_errors() {
    let half = &SEVERAL[..SEVERAL.len() / 2];
    let too_many_notes: serde_json::Map<String, Value> = (0..=MAX_NOTES)
        .map(|i| {
            let date = crate::calendar::add_days(d("1970-01-01"), i64::try_from(i).unwrap());
            (format!("journal_{date}"), json!("a note"))
        })
        .collect();
    let mut entries = Vec::new();
    for i in 0..=MAX_JOURNEYS {
        entries.push(json!({ "id": i.to_string(), "title": "x", "quitDate": "2024-01-01" }));
    }
    let many_entries = dart_json(&json!({ "entries": dart_json(&Value::Array(entries)) }));
    let cases: Vec<(Vec<u8>, &str, &str)> = vec![
        (Vec::new(), "file", "empty"),
        (b" \n\t ".to_vec(), "file", "empty"),
        (half.to_vec(), "file", "cut short"),
        (vec![b' '; MAX_FILE_BYTES + 1], "file", "too large"),
        (SOBRIETY.to_vec(), "file", "a Sobriety export, not Quitter"),
        (
            b"CAIRN\x00\x01 sealed".to_vec(),
            "file",
            "not a JSON export",
        ),
        (b"hello".to_vec(), "file", "not a JSON export"),
        (b"\"2024-01-01\"".to_vec(), "file", "not a Quitter export"),
        (br#"{"foo":1}"#.to_vec(), "file", "not a Quitter export"),
        (
            br#"{"notifyEvery":1,"journal_dates":[]}"#.to_vec(),
            "file",
            "holds nothing to import",
        ),
        (
            dart_json(&Value::Object(too_many_notes)).into_bytes(),
            "journal",
            "too many notes",
        ),
        (
            br#"{"journal_x":"","journal_dates":[]}"#.to_vec(),
            "file",
            "holds nothing to import",
        ),
        (
            br#"{"opioids":"last tuesday"}"#.to_vec(),
            "quit date",
            "not a date",
        ),
        (
            br#"{"opioids":1700000000000}"#.to_vec(),
            "quit date",
            "not a date",
        ),
        (
            br#"{"opioids":"1899-12-31T00:00:00.000"}"#.to_vec(),
            "quit date",
            "year before 1900",
        ),
        (
            br#"{"opioids":"2024-01-01","days":"{\"opioids\":[0]}"}"#.to_vec(),
            "days",
            "not a positive length",
        ),
        (
            br#"{"opioids":"2024-01-01","days":"{\"opioids\":[-3]}"}"#.to_vec(),
            "days",
            "not a positive length",
        ),
        (
            br#"{"opioids":"2024-01-01","days":"{\"opioids\":[50000]}"}"#.to_vec(),
            "days",
            "reach before 1900",
        ),
        (
            br#"{"opioids":"2024-01-01","days":"{\"opioids\":"}"#.to_vec(),
            "days",
            "not JSON",
        ),
        (br#"{"entries":"{}"}"#.to_vec(), "entries", "not a list"),
        (
            br#"{"entries":"[{\"title\":\"x\"}]"}"#.to_vec(),
            "entries",
            "missing title or quit date",
        ),
        (
            br#"{"entries":"[{\"title\":\" \",\"quitDate\":\"2024-01-01\"}]"}"#.to_vec(),
            "name",
            "empty",
        ),
        (
            br#"{"journal_2024-01-01":5}"#.to_vec(),
            "journal",
            "not text",
        ),
        (many_entries.into_bytes(), "file", "too many substances"),
    ];
    for (bytes, field, reason) in cases {
        assert_refused(read_quitter(&bytes, ZONE), field, reason);
    }
}

#[test]
fn errors_never_carry_the_files_content() {
    let file = br#"{"opioids":"secret-name-2024"}"#;
    let message = read_quitter(file, ZONE).unwrap_err().to_string();
    assert!(!message.contains("secret"), "{message}");
}
