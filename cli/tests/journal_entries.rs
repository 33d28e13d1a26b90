//! The journal and the reasons to stay clean through the terminal: `cairn journal
//! add|list|edit|remove|search` and `cairn reasons add|list|remove`, their JSON, English and
//! Spanish, the reasons on the safety card, the reach-out chain and insights, and bad input
//! refused with exit 4 and the store unchanged.

#![allow(clippy::unwrap_used, clippy::expect_used, missing_docs)]

use std::path::Path;

mod common;
use common::*;

fn store(dir: &Path) {
    says(dir, "C.UTF-8", &["init", "--region", "US"]);
}

fn texts(listed: &serde_json::Value) -> Vec<String> {
    listed["entries"]
        .as_array()
        .unwrap()
        .iter()
        .map(|entry| entry["text"].as_str().unwrap().to_owned())
        .collect()
}

#[test]
fn journal_add_list_edit_remove_and_search() {
    let dir = tempfile::tempdir().unwrap();
    let dir = dir.path();
    store(dir);
    assert!(says(dir, "C.UTF-8", &["journal", "list"]).contains("Your journal is empty."));
    let first = json(
        dir,
        &[
            "journal",
            "add",
            "Mañana llamo al PADRINO",
            "--date",
            "2026-11-20",
        ],
    );
    let first = first["id"].as_str().unwrap().to_owned();
    says(
        dir,
        "C.UTF-8",
        &["journal", "add", "Meeting at noon", "--time", "11:30"],
    );
    let piped = cairn_with(
        dir,
        "C.UTF-8",
        &["journal", "add"],
        b"Line one\r\nLine two\n",
    );
    assert!(piped.status.success(), "{piped:?}");

    let listed = json(dir, &["journal", "list"]);
    assert_eq!(
        texts(&listed),
        [
            "Meeting at noon",
            "Line one\nLine two",
            "Mañana llamo al PADRINO"
        ]
    );
    assert_eq!(listed["entries"][0]["date"], "2026-11-22");
    assert_eq!(listed["entries"][0]["time"], "11:30:00");
    assert_eq!(listed["entries"][2]["id"], first.as_str());
    let human = says(dir, "C.UTF-8", &["journal", "list"]);
    assert!(human.contains("2026-11-22 11:30"), "{human}");
    assert!(human.contains("  Line one\n  Line two"), "{human}");

    assert_eq!(
        texts(&json(dir, &["journal", "search", "MANANA llamo"])).len(),
        1
    );
    assert_eq!(texts(&json(dir, &["journal", "search", "LINE"])).len(), 1);
    assert!(says(dir, "C.UTF-8", &["journal", "search", "relapse"]).contains("Nothing"));

    let edited = says(
        dir,
        "C.UTF-8",
        &["journal", "edit", &first, "--text", "Llamé al padrino"],
    );
    assert!(edited.contains("earlier version is kept"), "{edited}");
    let listed = json(dir, &["journal", "list"]);
    assert_eq!(listed["entries"][2]["text"], "Llamé al padrino");
    assert_eq!(listed["entries"][2]["date"], "2026-11-20", "the date stays");
    says(dir, "C.UTF-8", &["journal", "remove", &first]);
    let listed = json(dir, &["journal", "list", "--audit"]);
    assert_eq!(texts(&listed).len(), 2);
    let audit = listed["audit"].as_array().unwrap();
    assert_eq!(audit.len(), 2);
    let kept: Vec<&str> = audit
        .iter()
        .map(|change| change["previous"]["text"].as_str().unwrap())
        .collect();
    assert!(kept.contains(&"Mañana llamo al PADRINO") && kept.contains(&"Llamé al padrino"));
    let human = says(dir, "es_MX.UTF-8", &["journal", "list", "--audit"]);
    assert!(
        human.contains("Versiones anteriores:") && human.contains("Borrada"),
        "{human}"
    );
}

#[test]
fn bad_journal_input_is_refused_and_changes_nothing() {
    let dir = tempfile::tempdir().unwrap();
    let dir = dir.path();
    store(dir);
    let id = json(dir, &["journal", "add", "kept"])["id"]
        .as_str()
        .unwrap()
        .to_owned();
    let before = cairn_tests::store_snapshot(&dir.join("cairn.db"));
    let long = "x".repeat(5_001);
    for (args, field) in [
        (vec!["journal", "add", " "], "text"),
        (vec!["journal", "add", &long], "text"),
        (vec!["journal", "add", "x", "--date", "2026-11-23"], "date"),
        (vec!["journal", "add", "x", "--time", "12:30"], "time"),
        (vec!["journal", "edit", &id, "--date", "2026-02-30"], "date"),
        (vec!["journal", "search", " "], "query"),
    ] {
        let said = fails(dir, "C.UTF-8", &args, 4);
        assert!(
            said.contains(&format!("invalid {field}")),
            "{args:?}: {said}"
        );
        assert!(!said.contains("kept") && !said.contains("xxxx"), "{said}");
    }
    // Editing with nothing to change is a usage error.
    fails(dir, "C.UTF-8", &["journal", "edit", &id], 2);
    let unknown = "00112233445566778899aabbccddeeff";
    fails(dir, "C.UTF-8", &["journal", "remove", unknown], 4);
    // Not assert_eq: a failure would print every byte of the store.
    assert!(cairn_tests::store_snapshot(&dir.join("cairn.db")) == before);
    // In Spanish (a computer in another language changes the settings, so after the check).
    let said = fails(dir, "es_ES.UTF-8", &["journal", "remove", unknown], 4);
    assert!(
        said.contains("no se encontró esa entrada del diario"),
        "{said}"
    );
    let said = fails(dir, "es_ES.UTF-8", &["journal", "add", "a\u{1b}b"], 4);
    assert!(said.contains("texto"), "{said}");
}

#[test]
fn reasons_are_listed_in_order_and_shown_where_hard_moments_are() {
    let dir = tempfile::tempdir().unwrap();
    let dir = dir.path();
    store(dir);
    assert!(says(dir, "C.UTF-8", &["reasons", "list"]).contains("No reasons written yet"));
    says(dir, "C.UTF-8", &["reasons", "add", "My daughter"]);
    says(dir, "C.UTF-8", &["reasons", "add", "Playing music again"]);
    let listed = says(dir, "C.UTF-8", &["reasons", "add", "Waking up clear"]);
    assert_eq!(
        listed,
        "1. My daughter\n2. Playing music again\n3. Waking up clear\n"
    );
    let after = json(dir, &["reasons", "remove", "2"]);
    assert_eq!(
        after["reasons"],
        serde_json::json!(["My daughter", "Waking up clear"])
    );

    // The reach-out chain.
    let chain = json(dir, &["reach-out"]);
    assert_eq!(chain["reasons"][0], "My daughter");
    let human = says(dir, "es_MX.UTF-8", &["reach-out"]);
    assert!(
        human.contains("Tus razones para seguir sin consumir:\n  - My daughter"),
        "{human}"
    );

    // The safety card after a use that follows 3 or more clean days.
    says(
        dir,
        "C.UTF-8",
        &["journey", "start", "--clean-date", "2026-11-01"],
    );
    let card = json(dir, &["use", "--date", "2026-11-21"]);
    assert_eq!(card["safety_card"]["reasons"][1], "Waking up clear");

    // Insights that suggest reaching out (the first days of the new streak) carry them too.
    let insights = json(dir, &["insights"]);
    assert!(!insights["signals"].as_array().unwrap().is_empty());
    assert_eq!(insights["reasons"][0], "My daughter");
    let human = says(dir, "C.UTF-8", &["insights"]);
    assert!(
        human.contains("Your reasons to stay clean:\n  - My daughter"),
        "{human}"
    );
}

#[test]
fn bad_reasons_are_refused_and_change_nothing() {
    let dir = tempfile::tempdir().unwrap();
    let dir = dir.path();
    store(dir);
    for n in 1..=12 {
        says(dir, "C.UTF-8", &["reasons", "add", &format!("reason {n}")]);
    }
    let before = cairn_tests::store_snapshot(&dir.join("cairn.db"));
    let said = fails(dir, "C.UTF-8", &["reasons", "add", "one more"], 4);
    assert!(said.contains("at most 12 reasons"), "{said}");
    fails(dir, "C.UTF-8", &["reasons", "add", "REASON 3"], 4);
    fails(dir, "C.UTF-8", &["reasons", "remove", "13"], 4);
    fails(dir, "C.UTF-8", &["reasons", "remove", "0"], 2);
    assert!(cairn_tests::store_snapshot(&dir.join("cairn.db")) == before);
    let said = fails(dir, "es_MX.UTF-8", &["reasons", "add", "one more"], 4);
    assert!(said.contains("como máximo 12 razones"), "{said}");
}
