//! Importing from Quitter and Sobriety through the terminal: `cairn import-from APP FILE`, its
//! summary in English and Spanish and its JSON, a second import that adds nothing and changes
//! nothing, and bad files refused with exit 4, one line on stderr and the store byte-identical.

#![allow(clippy::unwrap_used, clippy::expect_used, missing_docs)]

use std::path::PathBuf;

use cairn_tests::store_snapshot;

mod common;

use common::At;

/// Noon on 30 November 2026 in London.
const LONDON: At = At {
    now: "2026-11-30T12:00:00Z",
    zone: "Europe/London",
};

fn fixture(name: &str) -> String {
    let path: PathBuf = [
        env!("CARGO_MANIFEST_DIR"),
        "../core/tests/fixtures/import",
        name,
    ]
    .iter()
    .collect();
    path.to_str().unwrap().to_owned()
}

#[test]
fn quitter_in_english_then_again_with_nothing_new() {
    let dir = tempfile::tempdir().unwrap();
    let dir = dir.path();
    LONDON.says(dir, "C.UTF-8", &["init"]);
    let file = fixture("quitter-several.json");
    let text = LONDON.says(dir, "C.UTF-8", &["import-from", "quitter", &file]);
    for line in [
        "From Quitter: 4 journeys added, 4 uses (relapses), 2 journal entries, savings set on 0 journeys.",
        "  Opioids: added. Clean since 2024-03-11 (first clean date 2024-01-24), 3 relapses.",
        "    Ended streaks as Cairn counts them: 44, 1 days; as Quitter counted them: 45, 3, 1.",
        "  - Times in the file carry no zone: they were read as local times in Europe/London.",
        "  - Opioids: Quitter keeps no dates of relapses; they were rebuilt from the lengths it kept.",
        "  - Kratom tea: Cairn's clean time starts the day after a relapse, so its streaks differ from Quitter's.",
    ] {
        assert!(text.lines().any(|l| l == line), "{line}\n{text}");
    }
    let journeys = LONDON.json(dir, &["journey", "list"]);
    assert_eq!(journeys.as_array().unwrap().len(), 4, "{journeys}");

    let before = store_snapshot(&dir.join("cairn.db"));
    let again = LONDON.json(dir, &["import-from", "quitter", &file]);
    assert_eq!(again["journeys_added"], 0);
    assert_eq!(again["uses_added"], 0);
    assert_eq!(again["journal_entries_added"], 0);
    assert_eq!(again["already_imported"], 10);
    assert_eq!(again["journeys"][1]["outcome"], "already_imported");
    assert!(store_snapshot(&dir.join("cairn.db")) == before, "changed");
    let text = LONDON.says(dir, "C.UTF-8", &["import-from", "quitter", &file]);
    assert!(
        text.starts_with("Nothing new from Quitter: everything in this file was already imported (10 records). Nothing was changed."),
        "{text}"
    );
}

#[test]
fn a_file_whose_only_substance_begins_later_adds_nothing_and_says_why() {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("later.json");
    std::fs::write(
        &file,
        r#"[{"name":"Gambling","status":"Future","history":{"1925053200000":0},"priority":0,"daily_notes":{},"time_saving":"00:00","savings":{},"milestones":[]}]"#,
    )
    .unwrap();
    let store = dir.path().join("store");
    LONDON.says(&store, "C.UTF-8", &["init"]);
    let text = LONDON.says(
        &store,
        "C.UTF-8",
        &["import-from", "sobriety", file.to_str().unwrap()],
    );
    let mut lines = text.lines();
    assert_eq!(
        lines.next(),
        Some(
            "From Sobriety: 0 journeys added, 0 uses (relapses), 0 journal entries, savings set on 0 journeys."
        ),
        "{text}"
    );
    assert!(
        text.contains("  Gambling: planned to begin on 2031-01-01; not added yet"),
        "{text}"
    );
}

#[test]
fn sobriety_in_json_and_in_spanish() {
    let dir = tempfile::tempdir().unwrap();
    let dir = dir.path();
    LONDON.says(dir, "C.UTF-8", &["init"]);
    let file = fixture("sobriety-several.json");
    let report = LONDON.json(dir, &["import-from", "sobriety", &file]);
    assert_eq!(report["source"], "sobriety");
    assert_eq!(report["time_zone"], "Europe/London");
    assert_eq!(report["zone_assumed"], false);
    assert_eq!(report["journeys_added"], 3);
    assert_eq!(report["uses_added"], 4);
    assert_eq!(report["savings_set"], 2);
    let heroin = &report["journeys"][0];
    assert_eq!(heroin["substance"], "Heroin");
    // The relapse at 03:30 UTC on 1 February is on the 1st in London (in New York it was still
    // 31 January): the zone of this computer decides the day.
    assert_eq!(heroin["clean_date"], "2024-02-02");
    assert_eq!(heroin["past_streak_days"], serde_json::json!([31]));
    assert_eq!(heroin["source_lengths"], serde_json::json!([30]));
    assert_eq!(
        heroin["cost_per_day"],
        serde_json::json!({"amount": "22.50", "currency": "USD"})
    );
    assert_eq!(report["journeys"][2]["outcome"], "not_yet_started");
    assert!(
        report["notices"]
            .as_array()
            .unwrap()
            .contains(&serde_json::json!({"kind": "stopped_in_other_app", "journey": 1}))
    );

    let other = tempfile::tempdir().unwrap();
    let other = other.path();
    LONDON.says(other, "es_MX.UTF-8", &["init"]);
    let text = LONDON.says(other, "es_MX.UTF-8", &["import-from", "sobriety", &file]);
    for line in [
        "De Sobriety: se añadieron 3 caminos, 4 consumos (recaídas), 2 entradas del diario; ahorros puestos en 2 caminos.",
        "  Heroin: añadido. Sin consumir desde el 2024-02-02 (primera fecha de inicio: 2024-01-01), 1 recaída.",
        "  Gambling: previsto para empezar el 2031-01-01; aún no se añade (vuelve a importar el archivo desde ese día).",
        "  - Alcohol: habías dejado de contarlo en Sobriety. Cairn registra esa parada como una recaída y cuenta el tiempo sin consumir desde el día siguiente.",
    ] {
        assert!(text.lines().any(|l| l == line), "{line}\n{text}");
    }
}

#[test]
fn bad_files_exit_4_and_change_nothing() {
    let dir = tempfile::tempdir().unwrap();
    let dir = dir.path();
    LONDON.says(dir, "C.UTF-8", &["init"]);
    let files = tempfile::tempdir().unwrap();
    let write = |name: &str, bytes: &[u8]| {
        let path = files.path().join(name);
        std::fs::write(&path, bytes).unwrap();
        path.to_str().unwrap().to_owned()
    };
    let empty = write("empty.json", b"");
    let cut = write("cut.json", br#"[{"name":"Heroin","status":"Ongoing","hist"#);
    let quitter = fixture("quitter-several.json");
    let cases = [
        ("sobriety", empty.as_str(), "cairn: invalid file: empty"),
        ("sobriety", cut.as_str(), "cairn: invalid file: cut short"),
        (
            "sobriety",
            quitter.as_str(),
            "cairn: invalid file: a Quitter export, not Sobriety",
        ),
    ];
    for (app, file, message) in cases {
        let before = store_snapshot(&dir.join("cairn.db"));
        let stderr = LONDON.fails(dir, "C.UTF-8", &["import-from", app, file], 4);
        assert_eq!(stderr.trim_end(), message);
        assert!(store_snapshot(&dir.join("cairn.db")) == before, "{message}");
    }
    let spanish = LONDON.fails(dir, "es_ES.UTF-8", &["import-from", "sobriety", &empty], 4);
    assert!(spanish.contains("archivo"), "{spanish}");
    // A file that is not there is a file-system error (exit 1), not a usage error.
    let missing = files.path().join("missing.json");
    LONDON.fails(
        dir,
        "C.UTF-8",
        &["import-from", "quitter", missing.to_str().unwrap()],
        1,
    );
    // An app Cairn does not read is a usage error.
    let output = LONDON.cairn(dir, "C.UTF-8", &["import-from", "nomo", &quitter]);
    assert_eq!(output.status.code(), Some(2));
}
