//! The catalogues: strict parsing, the same ids in every language, every used id present and
//! every id used, plural tables, and digit grouping.

use std::collections::BTreeSet;
use std::path::Path;

use fluent_bundle::FluentResource;
use fluent_syntax::ast::Entry;

use super::*;

/// The prefixes of the core's message ids; a string literal in `core/src` that starts with one
/// of these and looks like an id is taken to be a use of that id.
const PREFIXES: [&str; 8] = [
    "journey-",
    "safety-",
    "signal-",
    "stage-",
    "milestone-",
    "clean-time-",
    "notification-",
    "crisis-",
];

fn ids(source: &str) -> BTreeSet<String> {
    let resource = FluentResource::try_new(source.to_owned())
        .unwrap_or_else(|(_, errors)| panic!("catalogue does not parse: {errors:?}"));
    resource
        .entries()
        .filter_map(|entry| match entry {
            Entry::Message(message) => Some(message.id.name.to_owned()),
            _ => None,
        })
        .collect()
}

/// Every quoted string in the core's non-test sources that looks like a message id.
fn used_ids() -> BTreeSet<String> {
    cairn_tests::quoted_message_ids(
        &Path::new(env!("CARGO_MANIFEST_DIR")).join("src"),
        &PREFIXES,
    )
}

#[test]
fn both_catalogues_parse_and_hold_the_same_ids() {
    let english = ids(CORE_EN);
    let spanish = ids(CORE_ES);
    assert!(english.len() > 50, "{} ids", english.len());
    assert_eq!(
        english.symmetric_difference(&spanish).collect::<Vec<_>>(),
        Vec::<&String>::new(),
        "ids in one language only"
    );
}

#[test]
fn every_used_id_exists_and_every_id_is_used() {
    let defined = ids(CORE_EN);
    let used = used_ids();
    cairn_tests::assert_catalogue_matches_use(&defined, &used);
    for language in Language::ALL {
        for id in &used {
            assert!(messages(language).has(id), "{id} missing in {language:?}");
        }
    }
}

#[test]
fn plural_tables_for_days_in_both_languages() {
    let en = messages(Language::English);
    let es = messages(Language::Spanish);
    let days =
        |catalogue: &Catalogue, n: u32| catalogue.format("milestone-days", &[("count", n.into())]);
    for (n, english, spanish) in [
        (0, "0 days", "0 días"),
        (1, "1 day", "1 día"),
        (2, "2 days", "2 días"),
        (5, "5 days", "5 días"),
        (21, "21 days", "21 días"),
        (101, "101 days", "101 días"),
        (1000, "1,000 days", "1000 días"),
        (10_000, "10,000 days", "10\u{a0}000 días"),
        (1_000_000, "1,000,000 days", "1\u{a0}000\u{a0}000 días"),
    ] {
        assert_eq!(days(en, n), english);
        assert_eq!(days(es, n), spanish);
    }
    let months = |n: u32| es.format("milestone-months", &[("count", n.into())]);
    assert_eq!(months(1), "1 mes");
    assert_eq!(months(18), "18 meses");
}

#[test]
fn a_missing_id_shows_itself_and_text_arguments_are_kept_as_given() {
    let en = messages(Language::English);
    assert_eq!(en.text("no-such-message"), "no-such-message");
    assert_eq!(
        en.format(
            "notification-dose",
            &[
                ("medication", "buprenorphine".into()),
                ("time", "08:00".into())
            ]
        ),
        "Time for your buprenorphine (08:00)"
    );
    // No isolation marks around arguments.
    assert!(
        !en.format("safety-tolerance", &[("days", 3u32.into())])
            .contains('\u{2068}')
    );
}
