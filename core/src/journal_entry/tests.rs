//! The journal's rules: every limit with the field and reason it names, normalizing, the
//! newest-first order, and folding for search (case, accents, white space, no match).

use chrono_tz::Tz;

use super::*;
use crate::test_support::{at, date, invalid, time, utc};

const DUBLIN: Tz = chrono_tz::Europe::Dublin;

fn now() -> DateTime<Utc> {
    at(DUBLIN, 2026, 11, 30, 9, 0)
}

fn entry(text: &str) -> JournalEntry {
    JournalEntry::new(date(2026, 11, 30), text)
}

#[test]
fn a_prepared_entry_is_trimmed_with_unix_line_breaks() {
    let prepared = prepare_entry(entry("  Day one.\r\nDay two.\rEnd.\n\n"), now(), DUBLIN);
    assert_eq!(prepared.unwrap().text, "Day one.\nDay two.\nEnd.");
    let long = "é".repeat(TEXT_MAX_CHARS);
    assert!(prepare_entry(entry(&long), now(), DUBLIN).is_ok());
}

#[test]
fn every_limit_names_its_field_and_reason() {
    let dated = |y, m, d| JournalEntry::new(date(y, m, d), "text");
    let timed = |h, mi| JournalEntry {
        time: Some(time(h, mi)),
        ..entry("text")
    };
    #[rustfmt::skip]
    let cases: Vec<(&str, JournalEntry, (&str, &str))> = vec![
        ("empty", entry(""), ("text", "empty")),
        ("blank", entry(" \n\r\n "), ("text", "empty")),
        ("too long", entry(&"x".repeat(TEXT_MAX_CHARS + 1)), ("text", "too long")),
        ("tab", entry("one\ttwo"), ("text", "contains control characters")),
        ("escape", entry("\u{1b}[31m red"), ("text", "contains control characters")),
        ("nul", entry("a\u{0}b"), ("text", "contains control characters")),
        ("tomorrow", dated(2026, 12, 1), ("date", "in the future")),
        ("1899", dated(1899, 12, 31), ("date", "year before 1900")),
        ("later today", timed(9, 1), ("time", "in the future")),
    ];
    for (why, entry, expected) in cases {
        assert_eq!(
            invalid(prepare_entry(entry, now(), DUBLIN)),
            expected,
            "{why}"
        );
    }
    // A stored entry must already be trimmed.
    assert_eq!(
        invalid(validate_entry(&entry(" text"), now(), DUBLIN)),
        ("text", "not trimmed")
    );
    // Now, and any earlier day, are fine; so is a time earlier today.
    assert!(prepare_entry(dated(1900, 1, 1), now(), DUBLIN).is_ok());
    assert!(prepare_entry(timed(9, 0), now(), DUBLIN).is_ok());
}

#[test]
fn today_is_the_persons_day_not_utc() {
    // 00:30 on 1 December in Auckland is still 30 November in UTC.
    let auckland: Tz = chrono_tz::Pacific::Auckland;
    let now = at(auckland, 2026, 12, 1, 0, 30);
    let first = JournalEntry::new(date(2026, 12, 1), "text");
    assert!(prepare_entry(first.clone(), now, auckland).is_ok());
    assert_eq!(
        invalid(prepare_entry(first, now, DUBLIN)),
        ("date", "in the future")
    );
}

#[test]
fn entries_sort_newest_first_with_untimed_after_timed_on_a_day() {
    let written = utc(2026, 11, 30, 8, 0);
    let later = utc(2026, 11, 30, 8, 5);
    let at_time = |d, h| JournalEntry {
        time: Some(time(h, 0)),
        ..JournalEntry::new(date(2026, 11, d), "x")
    };
    let mut entries = [
        (JournalEntry::new(date(2026, 11, 28), "a"), written),
        (at_time(29, 7), written),
        (JournalEntry::new(date(2026, 11, 29), "b"), written),
        (JournalEntry::new(date(2026, 11, 29), "c"), later),
        (at_time(29, 21), written),
        (JournalEntry::new(date(2026, 11, 30), "d"), written),
    ];
    entries.sort_by(|a, b| newest_first((&a.0, a.1), (&b.0, b.1)));
    let order: Vec<(u32, Option<NaiveTime>, &str)> = entries
        .iter()
        .map(|(entry, _)| {
            use chrono::Datelike;
            (entry.date.day(), entry.time, entry.text.as_str())
        })
        .collect();
    assert_eq!(
        order,
        [
            (30, None, "d"),
            (29, Some(time(21, 0)), "x"),
            (29, Some(time(7, 0)), "x"),
            (29, None, "c"),
            (29, None, "b"),
            (28, None, "a"),
        ]
    );
}

#[test]
fn search_ignores_case_accents_and_line_layout() {
    let text = "Mañana llamo a mi PADRINO.\nCafé con   Ana después de la reunión";
    for query in [
        "manana",
        "MAÑANA",
        "padrino",
        "Padrino.",
        "cafe con ana",
        "CAFÉ CON ANA",
        "padrino. cafe",
        "despues de la reunion",
        "  reunión  ",
    ] {
        assert!(SearchQuery::new(query).unwrap().matches(text), "{query}");
    }
    for query in [
        "mañanas",
        "sponsor",
        "ana después de la reuniones",
        "cafécon",
    ] {
        assert!(!SearchQuery::new(query).unwrap().matches(text), "{query}");
    }
    // Accents typed in the query but not in the text match too, and composed and decomposed
    // forms are the same letter.
    assert!(SearchQuery::new("reunión").unwrap().matches("REUNION"));
    assert!(SearchQuery::new("e\u{301}xito").unwrap().matches("Éxito"));
    assert_eq!(search::fold("  Ça\u{a0}VA\n\nÀ Noël "), "ca va a noel");
}

#[test]
fn a_query_is_checked_before_any_entry_is_read() {
    #[rustfmt::skip]
    let cases: Vec<(String, (&str, &str))> = vec![
        (String::new(), ("query", "empty")),
        ("   ".into(), ("query", "empty")),
        ("\u{301}".into(), ("query", "empty")),
        ("x".repeat(QUERY_MAX_CHARS + 1), ("query", "too long")),
        ("a\nb".into(), ("query", "contains control characters")),
        ("a\u{7}b".into(), ("query", "contains control characters")),
    ];
    for (query, expected) in cases {
        assert_eq!(invalid(SearchQuery::new(&query)), expected, "{query:?}");
    }
    assert!(SearchQuery::new(&"é".repeat(QUERY_MAX_CHARS)).is_ok());
}
