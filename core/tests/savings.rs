//! Money and hours not spent through `Companion`, on a real encrypted store: set at the start or
//! later, the region's currency when none is named, every clean day counted across a lapse,
//! removed again, and bad values refused with the store unchanged.

#![allow(clippy::unwrap_used, clippy::expect_used, missing_docs)]

use cairn_core::companion::{CostPerDay, JourneySavings, NewJourney};
use cairn_core::journal::{UseEvent, UseKind};
use cairn_core::money::MoneyAmount;
use cairn_core::settings::SettingsChange;
use cairn_core::{Companion, Error};
use cairn_tests::{companion_in, day, instant, platform_key, store_snapshot};

fn cost(amount: &str, currency: Option<&str>) -> Option<CostPerDay> {
    Some(CostPerDay {
        amount: amount.to_owned(),
        currency: currency.map(str::to_owned),
    })
}

fn money(amount: &str, currency: &str) -> Option<MoneyAmount> {
    Some(MoneyAmount {
        amount: amount.to_owned(),
        currency: currency.to_owned(),
    })
}

fn store(region: Option<&str>) -> (tempfile::TempDir, Companion) {
    companion_in("Europe/Dublin", region)
}

fn new_journey(cost_per_day: Option<CostPerDay>, hours_per_day: Option<f64>) -> NewJourney {
    NewJourney {
        substance: None,
        clean_date: day("2026-09-01"),
        clean_time: None,
        cost_per_day,
        hours_per_day,
    }
}

#[test]
fn savings_count_every_clean_day_of_the_journey_across_a_lapse() {
    let now = instant("2026-11-01T12:00:00Z");
    let (_folder, mut companion) = store(Some("IE"));
    let id = companion
        .start_journey(new_journey(cost("20", None), Some(2.5)), now)
        .unwrap();
    let status = companion.status(Some(id), now).unwrap();
    assert_eq!(status.streak.total_clean_days, 61);
    assert_eq!(
        status.money_saved,
        money("1220.00", "EUR"),
        "IE gives euros"
    );
    assert_eq!(status.money_saved_text.as_deref(), Some("1,220.00 EUR"));
    assert_eq!(status.hours_saved, Some(152.5));
    assert_eq!(status.hours_saved_text.as_deref(), Some("152.5 hours"));
    assert_eq!(status.journey.cost_per_day, money("20.00", "EUR"));
    assert_eq!(status.journey.hours_per_day, Some(2.5));

    // A lapse: its day saves nothing, but the days before it still count.
    companion
        .record_use(None, UseEvent::new(day("2026-10-10"), UseKind::Lapse), now)
        .unwrap();
    let status = companion.status(None, now).unwrap();
    assert_eq!(status.streak.current_days, 21);
    assert_eq!(status.streak.total_clean_days, 60);
    assert_eq!(status.money_saved, money("1200.00", "EUR"));
    assert_eq!(status.hours_saved, Some(150.0));

    // In Spanish the amount is written the Spanish way.
    companion
        .update_settings(SettingsChange {
            language: Some("es".to_owned()),
            ..SettingsChange::default()
        })
        .unwrap();
    let status = companion.status(None, now).unwrap();
    assert_eq!(status.money_saved_text.as_deref(), Some("1200,00 EUR"));
    assert_eq!(status.hours_saved_text.as_deref(), Some("150 horas"));
}

#[test]
fn savings_are_set_later_keep_their_currency_and_can_be_removed() {
    let now = instant("2026-09-11T08:00:00Z");
    let (_folder, mut companion) = store(Some("US"));
    companion
        .start_journey(new_journey(None, None), now)
        .unwrap();
    let status = companion.status(None, now).unwrap();
    assert_eq!((status.money_saved, status.hours_saved), (None, None));
    assert_eq!(status.journey.cost_per_day, None);

    let set = |cost_per_day, hours_per_day| JourneySavings {
        cost_per_day,
        hours_per_day,
    };
    companion
        .set_journey_savings(None, set(cost("3000", Some("jpy")), None))
        .unwrap();
    let status = companion.status(None, now).unwrap();
    assert_eq!(status.money_saved, money("30000", "JPY"));
    assert_eq!(status.hours_saved, None);

    // A new amount without a currency keeps the journey's yen, not the region's dollars.
    companion
        .set_journey_savings(None, set(cost("2500", None), Some(1.0)))
        .unwrap();
    let status = companion.status(None, now).unwrap();
    assert_eq!(status.money_saved, money("25000", "JPY"));
    assert_eq!(status.hours_saved, Some(10.0));

    // Three places: Kuwaiti dinars.
    companion
        .set_journey_savings(None, set(cost("1.255", Some("KWD")), Some(1.0)))
        .unwrap();
    let status = companion.status(None, now).unwrap();
    assert_eq!(status.money_saved, money("12.550", "KWD"));

    companion
        .set_journey_savings(None, set(None, None))
        .unwrap();
    let status = companion.status(None, now).unwrap();
    assert_eq!((status.money_saved, status.hours_saved), (None, None));
    assert_eq!(companion.journeys().unwrap()[0].cost_per_day, None);
}

#[test]
fn bad_savings_are_refused_by_field_and_change_nothing() {
    let now = instant("2026-09-11T08:00:00Z");
    let folder = tempfile::tempdir().unwrap();
    let path = folder.path().join("s.db");
    let mut companion = Companion::create(&path, &platform_key(9), "Europe/Dublin").unwrap();
    // No region: a cost must name its currency.
    let refused = companion
        .start_journey(new_journey(cost("20", None), None), now)
        .unwrap_err();
    assert!(matches!(
        refused,
        Error::InvalidInput {
            field: "currency",
            ..
        }
    ));
    companion
        .start_journey(new_journey(cost("20", Some("USD")), Some(2.0)), now)
        .unwrap();
    let before = store_snapshot(&path);
    for (savings, field) in [
        (cost("20.123", Some("USD")), "cost_per_day"),
        (cost("20.5", Some("JPY")), "cost_per_day"),
        (cost("-1", Some("USD")), "cost_per_day"),
        (cost("1000000", Some("USD")), "cost_per_day"),
        (cost("20", Some("XYZ")), "currency"),
    ] {
        let error = companion
            .set_journey_savings(
                None,
                JourneySavings {
                    cost_per_day: savings,
                    hours_per_day: None,
                },
            )
            .unwrap_err();
        assert!(
            matches!(error, Error::InvalidInput { field: f, .. } if f == field),
            "{error:?}"
        );
        assert!(!error.to_string().contains("XYZ") && !error.to_string().contains("20.123"));
    }
    for hours in [0.0, 25.0, 2.125, f64::NAN] {
        let error = companion
            .set_journey_savings(
                None,
                JourneySavings {
                    cost_per_day: None,
                    hours_per_day: Some(hours),
                },
            )
            .unwrap_err();
        assert!(matches!(
            error,
            Error::InvalidInput {
                field: "hours_per_day",
                ..
            }
        ));
    }
    assert_eq!(store_snapshot(&path), before, "nothing was written");
}
