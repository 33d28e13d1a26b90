//! Money and time not spent through the terminal: `journey start|edit` with a cost and hours
//! per day, the JSON fields of `status`, the lines in English and Spanish, and bad values
//! refused with exit 4 naming the field, never repeating what was typed.

#![allow(clippy::unwrap_used, clippy::expect_used, missing_docs)]

use std::path::Path;

use serde_json::json;

mod common;
use common::*;

/// `journey start` on 1 September 2026 with `extra` arguments.
fn start<'a>(extra: &[&'a str]) -> Vec<&'a str> {
    let mut args = vec!["journey", "start", "--clean-date", "2026-09-01"];
    args.extend_from_slice(extra);
    args
}

fn store(dir: &Path) {
    says(dir, "C.UTF-8", &["init", "--region", "US"]);
}

#[test]
fn status_shows_money_and_hours_over_every_clean_day() {
    let dir = tempfile::tempdir().unwrap();
    let dir = dir.path();
    store(dir);
    let started = json(
        dir,
        &[
            "journey",
            "start",
            "--clean-date",
            "2026-09-01",
            "--cost-per-day",
            "20",
            "--hours-per-day",
            "2.5",
        ],
    );
    // 1 September to 22 November: 82 clean days; the region (US) gives dollars.
    assert_eq!(started["status"]["total_clean_days"], 82);
    assert_eq!(
        started["status"]["money_saved"],
        json!({ "amount": "1640.00", "currency": "USD" })
    );
    assert_eq!(started["status"]["hours_saved"], json!(205.0));

    // A lapse: its day saves nothing, every other clean day still counts.
    says(dir, "C.UTF-8", &["use", "--date", "2026-10-10"]);
    let status = json(dir, &["status"]);
    assert_eq!(status["clean_days"], 42);
    assert_eq!(status["total_clean_days"], 81);
    assert_eq!(
        status["money_saved"],
        json!({ "amount": "1620.00", "currency": "USD" })
    );
    assert_eq!(status["hours_saved"], json!(202.5));
    assert_eq!(
        status["cost_per_day"],
        json!({ "amount": "20.00", "currency": "USD" })
    );
    assert_eq!(status["hours_per_day"], json!(2.5));

    let english = says(dir, "C.UTF-8", &["status"]);
    assert!(
        english.contains("Money not spent: 1,620.00 USD"),
        "{english}"
    );
    assert!(
        english.contains("Time given back: 202.5 hours"),
        "{english}"
    );
    let spanish = says(dir, "es_US.UTF-8", &["status"]);
    assert!(
        spanish.contains("Dinero no gastado: 1620,00 USD"),
        "{spanish}"
    );
    assert!(
        spanish.contains("Tiempo recuperado: 202,5 horas"),
        "{spanish}"
    );

    // Yen (no minor units), then dinars (three), then the cost removed; the hours stay.
    let edited = json(
        dir,
        &[
            "journey",
            "edit",
            "--cost-per-day",
            "3000",
            "--currency",
            "jpy",
        ],
    );
    assert_eq!(
        edited["status"]["money_saved"],
        json!({ "amount": "243000", "currency": "JPY" })
    );
    assert_eq!(edited["status"]["hours_saved"], json!(202.5));
    let edited = json(
        dir,
        &[
            "journey",
            "edit",
            "--cost-per-day",
            "1.5",
            "--currency",
            "KWD",
        ],
    );
    assert_eq!(
        edited["status"]["money_saved"],
        json!({ "amount": "121.500", "currency": "KWD" })
    );
    // A new amount alone keeps the journey's currency.
    let edited = json(dir, &["journey", "edit", "--cost-per-day", "2"]);
    assert_eq!(
        edited["status"]["money_saved"],
        json!({ "amount": "162.000", "currency": "KWD" })
    );
    let edited = json(dir, &["journey", "edit", "--clear-cost"]);
    assert_eq!(edited["status"]["money_saved"], json!(null));
    assert_eq!(edited["status"]["hours_saved"], json!(202.5));
    let edited = json(dir, &["journey", "edit", "--clear-hours"]);
    assert_eq!(edited["status"]["hours_saved"], json!(null));
    let plain = says(dir, "C.UTF-8", &["status"]);
    assert!(!plain.contains("Money not spent") && !plain.contains("Time given back"));
}

#[test]
fn bad_savings_are_refused_with_the_field_and_never_the_text() {
    let dir = tempfile::tempdir().unwrap();
    let dir = dir.path();
    store(dir);
    let error = fails(
        dir,
        "C.UTF-8",
        &start(&["--cost-per-day", "20", "--currency", "QQQ"]),
        4,
    );
    assert!(
        error.contains("invalid currency: is not an ISO 4217 currency code"),
        "{error}"
    );
    assert!(!error.contains("QQQ"));
    let error = fails(
        dir,
        "C.UTF-8",
        &start(&["--cost-per-day", "20.123", "--currency", "USD"]),
        4,
    );
    assert!(
        error.contains("invalid cost_per_day: has more decimal places than the currency has"),
        "{error}"
    );
    assert!(!error.contains("20.123"));
    for (extra, field) in [
        (&["--cost-per-day", "-5"][..], "cost_per_day"),
        (&["--cost-per-day", "1000000"][..], "cost_per_day"),
        (&["--cost-per-day", "20,50"][..], "cost_per_day"),
        (
            &["--cost-per-day", "20.5", "--currency", "JPY"][..],
            "cost_per_day",
        ),
        (&["--hours-per-day", "25"][..], "hours_per_day"),
        (&["--hours-per-day", "0"][..], "hours_per_day"),
        (&["--hours-per-day", "-2"][..], "hours_per_day"),
        (&["--hours-per-day", "two"][..], "hours_per_day"),
        (&["--hours-per-day", "1.125"][..], "hours_per_day"),
    ] {
        let error = fails(dir, "C.UTF-8", &start(extra), 4);
        assert!(
            error.contains(&format!("invalid {field}:")),
            "{extra:?}: {error}"
        );
    }
    let error = fails(
        dir,
        "es_US.UTF-8",
        &start(&["--cost-per-day", "20", "--currency", "QQQ"]),
        4,
    );
    assert!(
        error.contains("moneda") && error.contains("no es un código de moneda ISO 4217"),
        "{error}"
    );
    // A currency without an amount, or an edit that changes nothing, is a usage error.
    fails(dir, "C.UTF-8", &start(&["--currency", "USD"]), 2);
    fails(dir, "C.UTF-8", &["journey", "edit"], 2);
    fails(
        dir,
        "C.UTF-8",
        &["journey", "edit", "--clear-cost", "--cost-per-day", "2"],
        2,
    );
    // Nothing was started by any of these.
    assert_eq!(json(dir, &["journey", "list"]), json!([]));

    // A journey with no savings shows null for both.
    says(dir, "C.UTF-8", &start(&[]));
    let status = json(dir, &["status"]);
    assert_eq!(status["money_saved"], json!(null));
    assert_eq!(status["hours_saved"], json!(null));
}
