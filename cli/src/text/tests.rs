//! The terminal's catalogues: strict parsing, the same ids in both languages, every used id
//! present and every id used, no Spanish message needing an argument the code does not give,
//! and the plurals people read most.

#![allow(clippy::unwrap_used)]

use std::collections::{BTreeMap, BTreeSet};
use std::path::Path;

use fluent_syntax::ast::{Entry, Expression, InlineExpression, Pattern, PatternElement};

use super::*;

/// The prefixes of the terminal's message ids; a string literal in `cli/src` that starts with
/// one of these and looks like an id is taken to be a use of that id.
const PREFIXES: [&str; 30] = [
    "header-",
    "journey-",
    "use-",
    "status-",
    "history-",
    "milestones-",
    "checkin-",
    "safety-",
    "insights-",
    "tag-",
    "contacts-",
    "role-",
    "reach-out-",
    "plan-",
    "init-",
    "passphrase-",
    "wipe-",
    "settings-",
    "export-",
    "import-",
    "notifications-",
    "prompt-",
    "usage-",
    "error-",
    "field-",
    "reason-",
    "demo-",
    "journal-",
    "reasons-",
    "pledge-",
];

/// Every message of `source` with the variables it reads; panics on any syntax error.
fn messages_of(source: &str) -> BTreeMap<String, BTreeSet<String>> {
    let resource = fluent_syntax::parser::parse(source)
        .unwrap_or_else(|(_, errors)| panic!("catalogue does not parse: {errors:?}"));
    resource
        .body
        .iter()
        .filter_map(|entry| match entry {
            Entry::Message(message) => {
                let mut variables = BTreeSet::new();
                if let Some(pattern) = &message.value {
                    pattern_variables(pattern, &mut variables);
                }
                Some((message.id.name.to_owned(), variables))
            }
            _ => None,
        })
        .collect()
}

fn pattern_variables(pattern: &Pattern<&str>, out: &mut BTreeSet<String>) {
    for element in &pattern.elements {
        if let PatternElement::Placeable { expression } = element {
            expression_variables(expression, out);
        }
    }
}

fn expression_variables(expression: &Expression<&str>, out: &mut BTreeSet<String>) {
    match expression {
        Expression::Select { selector, variants } => {
            inline_variables(selector, out);
            for variant in variants {
                pattern_variables(&variant.value, out);
            }
        }
        Expression::Inline(inline) => inline_variables(inline, out),
    }
}

fn inline_variables(inline: &InlineExpression<&str>, out: &mut BTreeSet<String>) {
    match inline {
        InlineExpression::VariableReference { id } => {
            out.insert(id.name.to_owned());
        }
        InlineExpression::Placeable { expression } => expression_variables(expression, out),
        _ => {}
    }
}

/// Every quoted string in the terminal's non-test sources that looks like a message id.
fn used_ids() -> BTreeSet<String> {
    cairn_tests::quoted_message_ids(
        &Path::new(env!("CARGO_MANIFEST_DIR")).join("src"),
        &PREFIXES,
    )
}

#[test]
fn both_catalogues_parse_and_hold_the_same_ids() {
    let english = messages_of(CLI_EN);
    let spanish = messages_of(CLI_ES);
    assert!(english.len() > 150, "{} ids", english.len());
    let english_ids: BTreeSet<_> = english.keys().collect();
    let spanish_ids: BTreeSet<_> = spanish.keys().collect();
    assert_eq!(
        english_ids
            .symmetric_difference(&spanish_ids)
            .collect::<Vec<_>>(),
        Vec::<&&String>::new(),
        "ids in one language only"
    );
    // A Spanish message may leave out an argument (clap's English detail), never ask for one
    // the code does not give.
    for (id, variables) in &spanish {
        if id.starts_with("usage-") {
            // Every usage message is given clap's detail, the option and the other option;
            // English reads only the detail.
            continue;
        }
        let extra: Vec<_> = variables.difference(&english[id]).collect();
        assert!(extra.is_empty(), "{id}: Spanish reads {extra:?}");
    }
}

#[test]
fn no_id_is_defined_twice() {
    // Fluent keeps the first of two messages with one id, so a second one would silently
    // never show.
    for source in [CLI_EN, CLI_ES] {
        let resource = fluent_syntax::parser::parse(source).unwrap();
        let mut seen = BTreeSet::new();
        for entry in &resource.body {
            if let Entry::Message(message) = entry {
                assert!(seen.insert(message.id.name), "{} twice", message.id.name);
            }
        }
    }
}

#[test]
fn every_used_id_exists_and_every_id_is_used() {
    let defined: BTreeSet<String> = messages_of(CLI_EN).into_keys().collect();
    let used = used_ids();
    cairn_tests::assert_catalogue_matches_use(&defined, &used);
    for language in Language::ALL {
        for id in &used {
            assert!(catalogue(language).has(id), "{id} missing in {language:?}");
        }
    }
}

#[test]
fn days_clean_in_both_languages() {
    let line = |language, days: u32| {
        catalogue(language).format(
            "status-clean-days",
            &[
                ("substance", "opioids".into()),
                ("days", days.into()),
                ("since", "2026-01-01".into()),
            ],
        )
    };
    for (n, english, spanish) in [
        (0, "0 days clean", "0 días sin consumir"),
        (1, "1 day clean", "1 día sin consumir"),
        (2, "2 days clean", "2 días sin consumir"),
        (5, "5 days clean", "5 días sin consumir"),
        (21, "21 days clean", "21 días sin consumir"),
        (101, "101 days clean", "101 días sin consumir"),
        (10_000, "10,000 days clean", "10\u{a0}000 días sin consumir"),
    ] {
        assert_eq!(
            line(Language::English, n),
            format!("opioids: {english}, since 2026-01-01")
        );
        assert_eq!(
            line(Language::Spanish, n),
            format!("opioids: {spanish}, desde el 2026-01-01")
        );
    }
    let next = |days: u32| {
        catalogue(Language::Spanish).format(
            "status-next-milestone",
            &[
                ("milestone", "30 días".into()),
                ("date", "2026-12-21".into()),
                ("days", days.into()),
            ],
        )
    };
    assert!(next(0).ends_with("(hoy)"));
    assert!(next(1).ends_with("(mañana)"));
    assert!(next(29).ends_with("(en 29 días)"));
}

#[test]
fn the_language_starts_english_and_follows_what_it_is_told() {
    set_language(Language::Spanish);
    assert_eq!(t("history-now"), "ahora");
    set_language(Language::English);
    assert_eq!(t("history-now"), "now");
}
