//! The core's catalogues: both parse strictly, every language holds the same message ids, every
//! id the core's code uses exists, and no id is unused.

#![allow(clippy::unwrap_used, clippy::expect_used, missing_docs)]

use std::collections::BTreeSet;
use std::path::Path;

use cairn_core::text::{CORE_EN, CORE_ES, Language, messages};
use fluent_bundle::FluentResource;
use fluent_syntax::ast::Entry;

/// The prefixes of the core's message ids; a string literal in `core/src` that starts with one
/// of these and looks like an id is taken to be a use of that id.
const PREFIXES: [&str; 9] = [
    "journey-",
    "safety-",
    "signal-",
    "stage-",
    "milestone-",
    "clean-time-",
    "notification-",
    "crisis-",
    "savings-",
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
