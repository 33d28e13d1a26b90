//! Currencies with 0, 2 and 3 minor units, the amount rules, exact products and both
//! languages' ways of writing an amount; then round trips over random amounts.

use proptest::prelude::*;

use super::*;
use crate::test_support::invalid;

fn currency(code: &str) -> Currency {
    Currency::parse(code).expect("known currency")
}

fn cost(amount: &str, code: &str) -> DailyCost {
    DailyCost::parse(amount, currency(code)).expect("valid cost")
}

#[test]
fn currencies_have_iso_minor_units_in_any_case() {
    for (code, places) in [
        ("JPY", 0),
        ("krw", 0),
        ("USD", 2),
        (" eur ", 2),
        ("KWD", 3),
        ("BHD", 3),
    ] {
        assert_eq!(currency(code).minor_units(), places, "{code}");
    }
    assert_eq!(currency("usd").code(), "USD");
}

#[test]
fn unknown_currencies_are_refused_by_field() {
    for code in ["", "US", "USDD", "XYZ", "$", "€", "XAU", "dollars"] {
        assert_eq!(
            invalid(Currency::parse(code)),
            ("currency", "is not an ISO 4217 currency code"),
            "{code}"
        );
    }
}

#[test]
fn the_tables_are_sorted_and_every_region_names_a_known_currency() {
    let codes: Vec<&str> = currencies::CURRENCIES.iter().map(|(c, _)| *c).collect();
    assert!(codes.windows(2).all(|w| w[0] < w[1]));
    assert!(
        currencies::CURRENCIES
            .iter()
            .all(|(_, places)| *places <= MAX_MINOR_UNITS)
    );
    let regions: Vec<&str> = currencies::REGION_CURRENCIES
        .iter()
        .map(|(r, _)| *r)
        .collect();
    assert!(regions.windows(2).all(|w| w[0] < w[1]));
    for (region, code) in currencies::REGION_CURRENCIES {
        let region = Region::parse(region).expect("assigned region");
        assert_eq!(Currency::of_region(region).map(Currency::code), Some(code));
    }
    // Every assigned region but Antarctica and Palestine has a usual currency.
    let without: Vec<&str> = crate::contact::crisis::ISO_3166_ALPHA2
        .iter()
        .copied()
        .filter(|code| Currency::of_region(Region::parse(code).expect("assigned region")).is_none())
        .collect();
    assert_eq!(without, ["AQ", "PS"]);
}

#[test]
fn regions_give_their_usual_currency() {
    let of = |region: &str| {
        Currency::of_region(Region::parse(region).expect("region")).map(Currency::code)
    };
    assert_eq!(of("US"), Some("USD"));
    assert_eq!(of("IE"), Some("EUR"));
    assert_eq!(of("GB"), Some("GBP"));
    assert_eq!(of("JP"), Some("JPY"));
    assert_eq!(of("KW"), Some("KWD"));
    assert_eq!(of("EC"), Some("USD"));
    assert_eq!(of("AQ"), None);
}

#[test]
fn amounts_are_read_exactly_with_at_most_the_currency_places() {
    for (amount, code, minor, written) in [
        ("20", "USD", 2000, "20.00"),
        ("20.5", "USD", 2050, "20.50"),
        ("20.05", "USD", 2005, "20.05"),
        ("0.01", "USD", 1, "0.01"),
        (" 007.10 ", "EUR", 710, "7.10"),
        ("3000", "JPY", 3000, "3000"),
        ("1", "JPY", 1, "1"),
        ("1.25", "KWD", 1250, "1.250"),
        ("1.255", "BHD", 1255, "1.255"),
        ("0.001", "KWD", 1, "0.001"),
        ("999999.99", "USD", 99_999_999, "999999.99"),
        ("999999.999", "KWD", 999_999_999, "999999.999"),
        ("999999", "JPY", 999_999, "999999"),
    ] {
        let per_day = cost(amount, code).per_day();
        assert_eq!(per_day.minor(), minor, "{amount} {code}");
        assert_eq!(per_day.amount(), written, "{amount} {code}");
        assert_eq!(per_day.currency().code(), code);
    }
}

#[test]
fn amounts_that_would_need_rounding_or_are_out_of_bounds_are_refused() {
    let reason = |amount: &str, code: &str| invalid(DailyCost::parse(amount, currency(code))).1;
    let places = "has more decimal places than the currency has";
    assert_eq!(reason("20.123", "USD"), places);
    assert_eq!(reason("20.120", "USD"), places);
    assert_eq!(reason("20.5", "JPY"), places);
    assert_eq!(reason("20.0", "JPY"), places);
    assert_eq!(reason("1.2345", "KWD"), places);
    assert_eq!(reason("-5", "USD"), "must not be negative");
    assert_eq!(reason("-0.01", "USD"), "must not be negative");
    assert_eq!(reason("0", "USD"), "must be more than zero");
    assert_eq!(reason("0.00", "USD"), "must be more than zero");
    assert_eq!(reason("", "USD"), "empty");
    assert_eq!(reason("  ", "USD"), "empty");
    let under = "must be under 1000000 a day";
    assert_eq!(reason("1000000", "USD"), under);
    assert_eq!(reason("1000000", "JPY"), under);
    assert_eq!(reason("99999999999999999999999999", "USD"), under);
    let plain = "is not a plain decimal number (digits, optionally a point and digits)";
    for text in [
        "20,50", "1,000", "1e3", "+5", ".5", "5.", "5..0", "1.2.3", "NaN", "inf", "20 USD", "$20",
        "٣", "２０",
    ] {
        assert_eq!(reason(text, "USD"), plain, "{text}");
    }
}

#[test]
fn errors_never_hold_what_was_typed() {
    let typed = "123456789.987654321";
    let error = DailyCost::parse(typed, currency("USD")).expect_err("refused");
    assert!(!error.to_string().contains("123456789"));
    let error = Currency::parse("QQQ").expect_err("refused");
    assert!(!error.to_string().contains("QQQ"));
}

#[test]
fn costs_over_days_are_exact_in_every_currency() {
    assert_eq!(cost("20", "USD").over(61).amount(), "1220.00");
    assert_eq!(cost("0.10", "USD").over(3).amount(), "0.30");
    assert_eq!(cost("12.34", "EUR").over(100).amount(), "1234.00");
    assert_eq!(cost("3000", "JPY").over(7).amount(), "21000");
    assert_eq!(cost("1.255", "KWD").over(3).amount(), "3.765");
    assert_eq!(cost("0.001", "BHD").over(1001).amount(), "1.001");
    assert_eq!(cost("20", "USD").over(0).amount(), "0.00");
    assert_eq!(cost("5", "JPY").over(0).amount(), "0");
    let most = cost("999999.999", "KWD").over(u32::MAX);
    assert_eq!(most.minor(), 999_999_999 * u64::from(u32::MAX));
}

#[test]
fn amounts_are_written_as_each_language_writes_numbers() {
    let money = |amount: &str, code: &str, days: u32| cost(amount, code).over(days);
    let en = Language::English;
    let es = Language::Spanish;
    assert_eq!(money("20", "USD", 61).text(en), "1,220.00 USD");
    assert_eq!(money("20", "USD", 61).text(es), "1220,00 USD");
    assert_eq!(money("123.45", "EUR", 100).text(en), "12,345.00 EUR");
    assert_eq!(money("123.45", "EUR", 100).text(es), "12\u{a0}345,00 EUR");
    assert_eq!(money("3000", "JPY", 7).text(en), "21,000 JPY");
    assert_eq!(money("3000", "JPY", 7).text(es), "21\u{a0}000 JPY");
    assert_eq!(money("1.5", "KWD", 1).text(en), "1.500 KWD");
    assert_eq!(money("1.5", "KWD", 1).text(es), "1,500 KWD");
    assert_eq!(money("0.05", "USD", 1).text(es), "0,05 USD");
}

#[test]
fn a_daily_cost_is_stored_as_amount_text_and_checked_when_read() {
    let stored = serde_json::to_value(cost("20.5", "usd")).expect("serialises");
    assert_eq!(
        stored,
        serde_json::json!({ "amount": "20.50", "currency": "USD" })
    );
    let read: DailyCost = serde_json::from_value(stored).expect("reads back");
    assert_eq!(read, cost("20.50", "USD"));
    for bad in [
        serde_json::json!({ "amount": "20.505", "currency": "USD" }),
        serde_json::json!({ "amount": "20", "currency": "ZZZ" }),
        serde_json::json!({ "amount": 20, "currency": "USD" }),
    ] {
        assert!(serde_json::from_value::<DailyCost>(bad).is_err());
    }
}

fn any_currency() -> impl Strategy<Value = Currency> {
    prop::sample::select(vec!["JPY", "USD", "EUR", "KWD", "BHD", "CLP"]).prop_map(currency)
}

proptest! {
    #[test]
    fn amounts_read_back_as_written(code in any_currency(), raw in 1u64..1_000_000_000, days in 0u32..100_000) {
        let scale = 10u64.pow(u32::from(code.minor_units()));
        let minor = raw % (MAX_PER_DAY * scale);
        prop_assume!(minor > 0);
        let money = Money::from_minor(minor, code);
        let text = money.amount();
        let places = text.split_once('.').map_or(0, |(_, f)| f.len());
        prop_assert_eq!(places, usize::from(code.minor_units()));
        let parsed = DailyCost::parse(&text, code).expect("its own text reads");
        prop_assert_eq!(parsed.per_day(), money);
        // Exact: the product in minor units, never a float.
        prop_assert_eq!(parsed.over(days).minor(), minor * u64::from(days));
        // One more decimal place than the currency has is always refused, even a zero.
        let longer = if places == 0 { format!("{text}.0") } else { format!("{text}0") };
        prop_assert!(DailyCost::parse(&longer, code).is_err());
    }
}
