//! Savings imported from Sobriety through `Companion`: amounts with more places than their
//! currency rounded half to even (0, 2 and 3 places), money of no single currency taking the
//! region's, costs Cairn cannot keep left out with a notice, and minutes per day as hours.

#![allow(clippy::unwrap_used, clippy::expect_used, missing_docs)]

use cairn_core::Companion;
use cairn_core::companion::{CostNotKeptReason, ImportNotice, ImportSource};
use cairn_core::money::MoneyAmount;
use cairn_tests::{companion_in, instant};
use chrono::{DateTime, Utc};
use serde_json::json;

fn store(zone: &str, region: Option<&str>) -> (tempfile::TempDir, Companion) {
    companion_in(zone, region)
}

fn now() -> DateTime<Utc> {
    instant("2026-11-30T12:00:00Z")
}

/// A one-substance Sobriety export saving `amount` of `unit` a day, 45 minutes a day.
fn saving(amount: f64, unit: &str) -> Vec<u8> {
    serde_json::to_vec(&json!([{
        "name": "Heroin",
        "status": "Ongoing",
        "history": { "1704117600000": 0 },
        "priority": 0,
        "daily_notes": {},
        "time_saving": "00:45",
        "savings": { "Money": { "first": amount, "second": unit } },
        "milestones": []
    }]))
    .unwrap()
}

#[test]
fn money_is_rounded_half_to_even_to_the_currency_and_said() {
    let rounded = |journey| ImportNotice::MoneyRounded { journey };
    let not_kept = |reason| ImportNotice::CostNotKept { journey: 0, reason };
    // (amount, unit, region, cost kept, notice)
    let table = [
        (20.0, "USD", None, Some(("20.00", "USD")), None),
        (
            12.345,
            "USD",
            None,
            Some(("12.34", "USD")),
            Some(rounded(0)),
        ),
        (
            12.355,
            "usd",
            None,
            Some(("12.36", "USD")),
            Some(rounded(0)),
        ),
        (1500.5, "JPY", None, Some(("1500", "JPY")), Some(rounded(0))),
        (1501.5, "JPY", None, Some(("1502", "JPY")), Some(rounded(0))),
        (
            1.2345,
            "KWD",
            None,
            Some(("1.234", "KWD")),
            Some(rounded(0)),
        ),
        (15.5, "€", None, Some(("15.50", "EUR")), None),
        (30.0, "$", Some("MX"), Some(("30.00", "MXN")), None),
        (
            30.0,
            "$",
            None,
            None,
            Some(not_kept(CostNotKeptReason::NoCurrency)),
        ),
        (
            0.004,
            "USD",
            None,
            None,
            Some(not_kept(CostNotKeptReason::RoundsToZero)),
        ),
        (
            2_000_000.0,
            "USD",
            None,
            None,
            Some(not_kept(CostNotKeptReason::TooLarge)),
        ),
    ];
    for (amount, unit, region, cost, notice) in table {
        let (_folder, mut companion) = store("America/New_York", region);
        let report = companion
            .import_from(ImportSource::Sobriety, &saving(amount, unit), now())
            .unwrap();
        let line = &report.journeys[0];
        let expected = cost.map(|(amount, currency)| MoneyAmount {
            amount: amount.into(),
            currency: currency.into(),
        });
        assert_eq!(line.cost_per_day, expected, "{amount} {unit}");
        let stored = companion.journeys().unwrap()[0].cost_per_day.clone();
        assert_eq!(stored, line.cost_per_day, "{amount} {unit}");
        let money_notices: Vec<&ImportNotice> = report
            .notices
            .iter()
            .filter(|n| {
                matches!(
                    n,
                    ImportNotice::MoneyRounded { .. } | ImportNotice::CostNotKept { .. }
                )
            })
            .collect();
        assert_eq!(
            money_notices,
            notice.iter().collect::<Vec<_>>(),
            "{amount} {unit}"
        );
        // 45 minutes is 0.75 hours exactly: nothing to round.
        assert_eq!(line.hours_per_day, Some(0.75));
        assert!(
            !report
                .notices
                .contains(&ImportNotice::HoursRounded { journey: 0 })
        );
        assert_eq!(report.savings_set, 1);
    }
}

#[test]
fn minutes_that_are_no_whole_hundredth_of_an_hour_are_rounded_and_said() {
    let (_folder, mut companion) = store("America/New_York", None);
    let bytes = String::from_utf8(saving(1.0, "cigs"))
        .unwrap()
        .replace("00:45", "00:10");
    let report = companion
        .import_from(ImportSource::Sobriety, bytes.as_bytes(), now())
        .unwrap();
    // 10 minutes is 0.1666… hours: kept as 0.17.
    assert_eq!(report.journeys[0].hours_per_day, Some(0.17));
    assert!(
        report
            .notices
            .contains(&ImportNotice::HoursRounded { journey: 0 })
    );
    assert_eq!(report.journeys[0].cost_per_day, None);
}
