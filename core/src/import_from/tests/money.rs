//! Decimal amounts and currencies of savings.

use crate::import_from::money::{add_decimals, currency_of, decimal_from_f64, round_half_even};

#[test]
fn floats_become_the_shortest_plain_decimal() {
    let cases = [
        (20.0, Some("20")),
        (12.5, Some("12.5")),
        (0.1, Some("0.1")),
        (19.99, Some("19.99")),
        (1e7, Some("10000000")),
        (0.000_000_1, Some("0")),
        (0.0, Some("0")),
        (-5.0, None),
        (f64::INFINITY, None),
        (2e12, None),
    ];
    for (amount, expected) in cases {
        assert_eq!(decimal_from_f64(amount).as_deref(), expected, "{amount}");
    }
}

#[test]
fn decimals_add_exactly() {
    let cases = [
        ("20", "2.5", Some("22.5")),
        ("0.1", "0.2", Some("0.3")),
        ("19.99", "0.01", Some("20")),
        ("1.005", "2", Some("3.005")),
        ("0", "0", Some("0")),
        ("1e3", "1", None),
        ("-1", "1", None),
    ];
    for (a, b, expected) in cases {
        assert_eq!(add_decimals(a, b).as_deref(), expected, "{a} + {b}");
    }
}

#[test]
fn units_are_money_only_when_they_name_it() {
    let cases = [
        ("USD", Some(Some("USD"))),
        ("usd", Some(Some("USD"))),
        (" eur ", Some(Some("EUR"))),
        ("JPY", Some(Some("JPY"))),
        ("KWD", Some(Some("KWD"))),
        ("€", Some(Some("EUR"))),
        ("£", Some(Some("GBP"))),
        ("R$", Some(Some("BRL"))),
        ("$", Some(None)),
        ("Dollars", Some(None)),
        ("cigs", None),
        ("pcs", None),
        ("XYZ", None),
        ("hours", None),
        ("", None),
    ];
    for (unit, expected) in cases {
        let expected = expected.map(|code| code.map(str::to_owned));
        assert_eq!(currency_of(unit), expected, "{unit:?}");
    }
}

#[test]
fn amounts_round_half_to_even_to_the_currency_places() {
    let cases = [
        // (amount, places, rounded, changed)
        ("20", 2, Some(("20.00", false))),
        ("12.5", 2, Some(("12.50", false))),
        ("12.345", 2, Some(("12.34", true))),
        ("12.355", 2, Some(("12.36", true))),
        ("12.3451", 2, Some(("12.35", true))),
        ("0.125", 2, Some(("0.12", true))),
        ("0.004", 2, Some(("0.00", true))),
        ("99.995", 2, Some(("100.00", true))),
        ("12.5", 0, Some(("12", true))),
        ("13.5", 0, Some(("14", true))),
        ("1500", 0, Some(("1500", false))),
        ("1.0005", 3, Some(("1.000", true))),
        ("1.2345", 3, Some(("1.234", true))),
        ("1.2355", 3, Some(("1.236", true))),
        ("1.23", 3, Some(("1.230", false))),
        ("-1", 2, None),
        ("1.", 2, None),
        ("", 2, None),
        ("1e3", 2, None),
    ];
    for (amount, places, expected) in cases {
        let got = round_half_even(amount, places);
        let expected = expected.map(|(text, changed)| (text.to_owned(), changed));
        assert_eq!(got, expected, "{amount} to {places} places");
    }
}
