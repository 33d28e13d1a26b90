//! Decimal amounts and currencies of savings.

use crate::import_from::money::{add_decimals, currency_of, decimal_from_f64};

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
