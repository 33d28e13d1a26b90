//! `cairn demo` as a newcomer with `LANG=es_US.UTF-8` reads it: the tour's own sentences, the
//! sample store's texts (safety card, milestones, reasons, crisis-line details) and the sample
//! person's words all in Spanish, no sentence of the English tour left, and JSON that keeps its
//! English keys and step names for scripts.

#![allow(clippy::unwrap_used, clippy::expect_used, missing_docs)]

use std::path::Path;
use std::process::Command;

/// What `cairn [--json] demo` printed with the locale variables `env` (the others removed).
fn demo(dir: &Path, env: &[(&str, &str)], json: bool) -> String {
    let mut command = Command::new(env!("CARGO_BIN_EXE_cairn"));
    command.arg("--data-dir").arg(dir);
    if json {
        command.arg("--json");
    }
    command.arg("demo");
    command
        .env_remove("LANG")
        .env_remove("LC_ALL")
        .env_remove("LC_MESSAGES")
        .env_remove("CAIRN_PASSPHRASE")
        .env("CAIRN_NOW", "2026-11-22T08:00:00Z")
        .env("TZ", "Europe/Madrid");
    for (name, value) in env {
        command.env(name, value);
    }
    let output = command.output().unwrap();
    assert!(output.status.success(), "{output:?}");
    String::from_utf8(output.stdout).unwrap()
}

const SPANISH: &[(&str, &str)] = &[("LANG", "es_US.UTF-8")];

/// Sentences of the English tour, one or more from every step; none may show in Spanish.
const ENGLISH: &[&str] = &[
    "Cairn demo",
    "A new store",
    "Days are counted in",
    "Detox began",
    "days clean",
    "Streaks (every one counts)",
    "ran into the old crowd",
    "The button calls the sponsor",
    "(sponsor)",
    "Call or text",
    "Thirty check-ins",
    "Your craving was",
    "Reach out:",
    "Today's check-in",
    "Please stay safe",
    "Do not use alone",
    "Nothing is lost",
    "notifications should be pending",
    "medication dose",
    "Sunday",
    "Nov ",
    "Exported",
    "recovery code",
    "searching all",
    "finds it",
    "wrong passphrase",
    "byte-for-byte",
    "rewrapped",
    "nothing is left",
    "should never happen",
];

#[test]
fn the_demo_in_spanish() {
    let dir = tempfile::tempdir().unwrap();
    let text = demo(dir.path(), SPANISH, false);
    for line in [
        "Recorrido por Cairn con datos de ejemplo",
        "1. crear el almacén",
        "Argon2id, 64 MiB, 3 pasadas",
        "Los días se cuentan en America/Denver, donde hoy es domingo 22 de noviembre de 2026.",
        "La desintoxicación empezó el 2024-11-22.",
        "opioides: 411 días sin consumir, desde el 2025-10-07",
        "me encontré con los de antes en la estación",
        "1 día (2025-10-08), 2 días (2025-10-09)",
        "1. Jordan (padrino): tel:5550104477",
        "Las llamadas se atienden en español",
        "Treinta registros, 30 días seguidos.",
        "Busca apoyo: Jordan (padrino)",
        "El registro de hoy dice “consumí”.",
        "Cuídate, por favor",
        "Tus 411 días sin consumir siguen contando",
        "No se pierde nada:",
        "Debería haber 34 notificaciones pendientes",
        "“Cairn: un momento para ti”",
        "dom 22 nov 08:00  dosis del medicamento",
        "lun 23 nov 20:00  recordatorio del registro",
        "se importaron 39 registros, y el historial es idéntico.",
        "“America/Denver” aparece 0 veces",
        "el nombre del padrino, 0 veces, y su número, 0 veces.",
        "“la clave o la contraseña no abre estos datos”",
        "El archivo no cambió ni un byte.",
        "no queda nada.",
    ] {
        assert!(text.contains(line), "{line:?} is not in:\n{text}");
    }
    for english in ENGLISH {
        assert!(
            !text.contains(english),
            "{english:?} is English in:\n{text}"
        );
    }
    assert!(!text.contains("nunca debería"), "{text}");
    assert!(
        std::fs::read_dir(dir.path()).unwrap().next().is_none(),
        "the demo writes nothing here"
    );
}

#[test]
fn the_spanish_json_keeps_english_keys_and_step_names() {
    let dir = tempfile::tempdir().unwrap();
    let steps: serde_json::Value = serde_json::from_str(&demo(dir.path(), SPANISH, true)).unwrap();
    let steps = steps.as_array().unwrap();
    assert_eq!(steps.len(), 13);
    assert_eq!(steps[0]["step"], "create");
    assert_eq!(steps[0]["title"], "crear el almacén");
    assert_eq!(steps[12]["step"], "wipe");
    for step in steps {
        let keys: Vec<_> = step.as_object().unwrap().keys().collect();
        assert_eq!(keys, ["result", "step", "title"]);
    }
    assert!(steps[6]["result"].as_str().unwrap().contains("Cuídate"));
}

#[test]
fn lc_all_speaks_over_lang_and_english_reads_as_before() {
    let dir = tempfile::tempdir().unwrap();
    let text = demo(
        dir.path(),
        &[("LANG", "es_US.UTF-8"), ("LC_ALL", "en_US.UTF-8")],
        false,
    );
    for line in [
        "Cairn demo: a sample store in a temporary folder.",
        "Days are counted in America/Denver, where it is Sunday 22 November 2026.",
        "Thirty check-ins, 30 days in a row.",
        "Please stay safe",
        "Sun 22 Nov 08:00  medication dose",
        "finds it 0 times",
        "nothing is left",
    ] {
        assert!(text.contains(line), "{line:?} is not in:\n{text}");
    }
    assert!(!text.contains("días"), "{text}");
}
