//! The terminal in Spanish, as a person in the US with `LANG=es_US.UTF-8` reads it: over a real
//! store, every everyday command, an error, `LC_ALL` overriding `LANG`, a pinned language
//! overriding both, and a language Cairn does not speak falling back to English.

#![allow(clippy::unwrap_used, clippy::expect_used, missing_docs)]

use std::path::Path;
use std::process::{Command, Output};

/// `cairn ARGS` over the store in `dir` with the locale variables `env` (the others removed).
fn cairn_in(dir: &Path, env: &[(&str, &str)], args: &[&str]) -> Output {
    let mut command = Command::new(env!("CARGO_BIN_EXE_cairn"));
    command.arg("--data-dir").arg(dir).args(args);
    command
        .env_remove("LANG")
        .env_remove("LC_ALL")
        .env_remove("LC_MESSAGES")
        .env_remove("CAIRN_NEW_PASSPHRASE")
        .env_remove("CAIRN_BACKUP_PASSPHRASE")
        .env("CAIRN_PASSPHRASE", "long enough")
        .env("CAIRN_NOW", "2026-11-22T18:00:00Z")
        .env("TZ", "America/Chicago");
    for (name, value) in env {
        command.env(name, value);
    }
    command.output().unwrap()
}

const SPANISH: &[(&str, &str)] = &[("LANG", "es_US.UTF-8")];

/// What a successful command printed.
fn says(dir: &Path, env: &[(&str, &str)], args: &[&str]) -> String {
    let output = cairn_in(dir, env, args);
    assert!(output.status.success(), "{args:?}: {output:?}");
    String::from_utf8(output.stdout).unwrap()
}

fn spanish(dir: &Path, args: &[&str]) -> String {
    says(dir, SPANISH, args)
}

/// The one line a failing command printed on stderr, after checking its exit code.
fn fails(dir: &Path, env: &[(&str, &str)], args: &[&str], code: i32) -> String {
    let output = cairn_in(dir, env, args);
    assert_eq!(output.status.code(), Some(code), "{args:?}: {output:?}");
    assert!(output.stdout.is_empty());
    let stderr = String::from_utf8(output.stderr).unwrap();
    assert_eq!(stderr.lines().count(), 1, "{stderr:?}");
    stderr
}

fn contains(text: &str, needles: &[&str]) {
    for needle in needles {
        assert!(text.contains(needle), "{needle:?} is not in:\n{text}");
    }
}

#[test]
fn everyday_commands_in_spanish() {
    let dir = tempfile::tempdir().unwrap();
    let dir = dir.path();

    let missing = fails(dir, SPANISH, &["status"], 5);
    assert_eq!(
        missing.trim(),
        "cairn: todavía no hay datos de Cairn aquí; ejecuta primero `cairn init`"
    );

    let created = spanish(dir, &["init"]);
    contains(
        &created,
        &[
            "Se creó un almacén cifrado",
            "Los días se cuentan en America/Chicago, la zona de esta computadora",
        ],
    );

    // Before any journey: how to start one, with the exit code of "not found".
    let none = fails(dir, SPANISH, &["status"], 4);
    contains(&none, &["cairn journey start --clean-date"]);

    let started = spanish(dir, &["journey", "start", "--clean-date", "2026-11-21"]);
    contains(
        &started,
        &[
            "Empezaste tu camino",
            "opioides: 1 día sin consumir",
            "Tiempo sin consumir: 1 día\n",
            "Etapa: Inicio",
        ],
    );
    assert!(!started.contains("1 días"), "{started}");

    // A day later: the plural.
    let tomorrow = says(
        dir,
        &[
            ("LANG", "es_US.UTF-8"),
            ("CAIRN_NOW", "2026-11-23T18:00:00Z"),
        ],
        &["status"],
    );
    contains(&tomorrow, &["opioides: 2 días sin consumir", "faltan"]);

    let settings = spanish(dir, &["settings"]);
    contains(
        &settings,
        &[
            "Zona horaria: America/Chicago (sigue a esta computadora)",
            "Idioma: Español (sigue a esta computadora)",
            "Recordatorio del registro: 20:00",
        ],
    );

    let checkin = spanish(
        dir,
        &[
            "checkin",
            "--mood",
            "3",
            "--craving",
            "4",
            "--trigger",
            "stress",
        ],
    );
    contains(
        &checkin,
        &[
            "Registro del 2026-11-22 guardado",
            "1 día seguido con registro",
        ],
    );

    let added = spanish(
        dir,
        &[
            "contacts",
            "add",
            "--name",
            "Ana",
            "--phone",
            "555 010 2000",
            "--role",
            "sponsor",
            "--primary",
        ],
    );
    contains(&added, &["Agregado ("]);
    let listed = spanish(dir, &["contacts", "list"]);
    contains(
        &listed,
        &["nombre", "rol", "padrino o madrina (principal)", "Ana"],
    );

    let insights = spanish(dir, &["insights"]);
    contains(
        &insights,
        &["Detonantes: estrés (1)", "Ánimo: 3.0 (7 días)"],
    );

    let invalid = fails(
        dir,
        SPANISH,
        &["checkin", "--mood", "9", "--craving", "2"],
        4,
    );
    assert_eq!(
        invalid.trim(),
        "cairn: dato no válido en «ánimo»: tiene que ser de 1 a 5"
    );
    let clap = fails(
        dir,
        SPANISH,
        &["use", "--date", "2026-11-01", "--kind", "binge"],
        2,
    );
    contains(&clap, &["el valor de --kind", "no es válido"]);
}

#[test]
fn a_use_after_a_long_streak_shows_the_spanish_safety_card_and_the_breakdown() {
    let dir = tempfile::tempdir().unwrap();
    let dir = dir.path();
    spanish(dir, &["init", "--time-zone", "America/Chicago"]);
    spanish(dir, &["journey", "start", "--clean-date", "2025-08-31"]);
    // 31 August plus 14 months is 31 October; 22 days later is 22 November.
    let status = spanish(dir, &["status"]);
    contains(
        &status,
        &[
            "opioides: 448 días sin consumir, desde el 2025-08-31",
            "Tiempo sin consumir: 1 año, 2 meses y 22 días",
            "Etapa: Abstinencia sostenida",
            "Racha más larga: 448 días",
        ],
    );
    let json: serde_json::Value =
        serde_json::from_str(&spanish(dir, &["--json", "status"])).unwrap();
    assert_eq!(json["language"], "es");
    assert_eq!(
        json["clean_time"],
        serde_json::json!({ "years": 1, "months": 2, "days": 22 })
    );
    assert_eq!(json["clean_time_text"], "1 año, 2 meses y 22 días");
    assert_eq!(
        json["stage"], "maintained_abstinence",
        "enum values stay English"
    );

    let used = spanish(dir, &["use", "--date", "2026-11-20"]);
    contains(
        &used,
        &[
            "Anotado. Los 446 días sin consumir de antes siguen contando",
            "Cuídate, por favor",
            "No consumas a solas",
            "1-800-484-3731",
            "naloxona",
            "Llama a Never Use Alone: tel:18004843731",
            "Llama a 988 Suicide & Crisis Lifeline: tel:988",
        ],
    );
    let history = spanish(dir, &["history"]);
    contains(&history, &["Rachas (todas cuentan):", "desliz", "ahora"]);
}

#[test]
fn lc_all_overrides_lang_and_a_pinned_language_overrides_both() {
    let dir = tempfile::tempdir().unwrap();
    let dir = dir.path();
    let english_lang = &[("LANG", "en_US.UTF-8")];
    says(dir, english_lang, &["init"]);
    says(
        dir,
        english_lang,
        &["journey", "start", "--clean-date", "2026-11-20"],
    );
    contains(
        &says(dir, english_lang, &["status"]),
        &["opioids: 2 days clean"],
    );

    let lc_all = &[("LANG", "en_US.UTF-8"), ("LC_ALL", "es_MX.UTF-8")];
    contains(
        &says(dir, lc_all, &["status"]),
        &["opioides: 2 días sin consumir"],
    );
    let lc_all_english = &[("LANG", "es_US.UTF-8"), ("LC_ALL", "en_US.UTF-8")];
    contains(
        &says(dir, lc_all_english, &["status"]),
        &["opioids: 2 days clean"],
    );

    // Pinned to Spanish: the computer's English no longer matters, errors included.
    let pinned = says(dir, english_lang, &["settings", "--language", "es"]);
    contains(&pinned, &["Idioma: Español (fijo)"]);
    contains(
        &says(dir, english_lang, &["status"]),
        &["opioides: 2 días sin consumir"],
    );
    let error = fails(dir, english_lang, &["use", "--delete", "xyz"], 4);
    contains(&error, &["dato no válido en «id»"]);

    // Following the device again.
    let following = says(dir, english_lang, &["settings", "--language", "device"]);
    contains(&following, &["Language: English (follows this computer)"]);
}

#[test]
fn a_language_cairn_does_not_speak_gives_english() {
    let dir = tempfile::tempdir().unwrap();
    let dir = dir.path();
    let french = &[("LANG", "fr_FR.UTF-8")];
    contains(
        &says(dir, french, &["init"]),
        &[
            "Created an encrypted store",
            "Days are counted in America/Chicago",
        ],
    );
    says(
        dir,
        french,
        &["journey", "start", "--clean-date", "2026-11-21"],
    );
    contains(
        &says(dir, french, &["status"]),
        &["opioids: 1 day clean", "Clean time: 1 day\n"],
    );
    let error = fails(
        dir,
        french,
        &["checkin", "--mood", "9", "--craving", "2"],
        4,
    );
    assert_eq!(error.trim(), "cairn: invalid mood: must be 1 to 5");
}
