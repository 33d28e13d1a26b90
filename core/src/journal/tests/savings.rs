//! Money and hours not spent over every clean day of a journey: with a lapse in it, in both day
//! countings, in currencies of 0, 2 and 3 places; hours per day and their limits; the texts.

use chrono_tz::Tz;

use super::common::{at, date, invalid, journey, lapse, relapse};
use crate::journal::model::{DayCounting, Journey};
use crate::journal::savings::{HoursPerDay, daily_cost, savings};
use crate::journal::streak::summarize;
use crate::money::Currency;
use crate::text::{Language, messages};

fn with_savings(amount: &str, code: &str, hours: f64) -> Journey {
    Journey {
        cost_per_day: Some(daily_cost(amount, Some(code), None).expect("valid cost")),
        hours_per_day: Some(HoursPerDay::new(hours).expect("valid hours")),
        ..journey(date(2026, 9, 1))
    }
}

#[test]
fn every_clean_day_counts_and_the_use_days_do_not() {
    let tz = Tz::America__New_York;
    // 1 September to 1 November: 61 days counted from the clean date (day 0 counting), with a
    // lapse on 10 October and a relapse on 20 October: 59 clean days, over three streaks.
    let now = at(tz, 2026, 11, 1, 12, 0);
    let uses = [lapse(date(2026, 10, 10)), relapse(date(2026, 10, 20))];
    let cases = [
        ("20", "USD", "1180.00", "1,180.00 USD", "1180,00 USD"),
        ("3000", "JPY", "177000", "177,000 JPY", "177\u{a0}000 JPY"),
        ("1.255", "KWD", "74.045", "74.045 KWD", "74,045 KWD"),
        ("0.5", "BHD", "29.500", "29.500 BHD", "29,500 BHD"),
    ];
    for (amount, code, total, english, spanish) in cases {
        let j = with_savings(amount, code, 2.5);
        let streak = summarize(&j, &uses, now, tz, DayCounting::CleanDateIsDayZero);
        assert_eq!(streak.total_clean_days, 59);
        assert_eq!(
            streak.current_days, 11,
            "only the current streak is 11 days"
        );
        let saved = savings(&j, streak.total_clean_days);
        let money = saved.money.expect("a cost per day");
        assert_eq!(money.amount(), total, "{amount} {code}");
        assert_eq!(money.currency().code(), code);
        assert_eq!(money.text(Language::English), english);
        assert_eq!(money.text(Language::Spanish), spanish);
        assert_eq!(saved.hours(), Some(147.5));
    }
}

#[test]
fn two_uses_on_one_day_take_one_day_and_day_one_counting_adds_today() {
    let tz = Tz::Europe__Dublin;
    let now = at(tz, 2026, 9, 11, 8, 0);
    let j = with_savings("10", "EUR", 1.0);
    let uses = [lapse(date(2026, 9, 5)), relapse(date(2026, 9, 5))];
    for (counting, days, money) in [
        (DayCounting::CleanDateIsDayZero, 9, "90.00"),
        (DayCounting::CleanDateIsDayOne, 10, "100.00"),
    ] {
        let streak = summarize(&j, &uses, now, tz, counting);
        let saved = savings(&j, streak.total_clean_days);
        assert_eq!(saved.clean_days, days);
        assert_eq!(saved.money.map(|m| m.amount()).as_deref(), Some(money));
        assert_eq!(saved.hundredths_of_hours, Some(u64::from(days) * 100));
    }
}

#[test]
fn a_journey_without_savings_shows_none_and_the_clean_date_saves_nothing_yet() {
    let plain = journey(date(2026, 9, 1));
    let saved = savings(&plain, 40);
    assert_eq!((saved.money, saved.hours()), (None, None));
    assert_eq!(saved.hours_text(messages(Language::English)), None);

    let j = with_savings("20", "USD", 2.0);
    let saved = savings(&j, 0);
    assert_eq!(saved.money.map(|m| m.amount()).as_deref(), Some("0.00"));
    assert_eq!(saved.hours(), Some(0.0));
}

#[test]
fn hours_per_day_are_positive_at_most_a_day_in_hundredths() {
    for (hours, hundredths) in [(2.5, 250), (0.01, 1), (0.25, 25), (24.0, 2400), (2.3, 230)] {
        let read = HoursPerDay::new(hours).expect("valid hours");
        assert_eq!(read.hundredths(), hundredths, "{hours}");
    }
    for (hours, reason) in [
        (0.0, "must be more than zero"),
        (-1.0, "must be more than zero"),
        (0.004, "has more than 2 decimal places"),
        (24.01, "must be at most 24"),
        (1e300, "must be at most 24"),
        (2.125, "has more than 2 decimal places"),
        (f64::NAN, "is not a number"),
        (f64::INFINITY, "is not a number"),
    ] {
        assert_eq!(
            invalid(HoursPerDay::new(hours)),
            ("hours_per_day", reason),
            "{hours}"
        );
    }
}

#[test]
fn hours_are_said_in_each_language_with_plurals() {
    let en = messages(Language::English);
    let es = messages(Language::Spanish);
    let text = |hours: f64, days: u32, catalogue| {
        let j = Journey {
            hours_per_day: Some(HoursPerDay::new(hours).expect("valid hours")),
            ..journey(date(2026, 9, 1))
        };
        savings(&j, days).hours_text(catalogue).expect("hours")
    };
    assert_eq!(text(1.0, 1, en), "1 hour");
    assert_eq!(text(1.0, 1, es), "1 hora");
    assert_eq!(text(0.5, 3, en), "1.5 hours");
    assert_eq!(text(0.5, 3, es), "1,5 horas");
    assert_eq!(text(2.5, 61, en), "152.5 hours");
    assert_eq!(text(0.25, 1, es), "0,25 horas");
    assert_eq!(text(0.05, 2, en), "0.1 hours");
    assert_eq!(text(24.0, 500, en), "12,000 hours");
    assert_eq!(text(24.0, 500, es), "12\u{a0}000 horas");
    assert_eq!(text(2.0, 0, en), "0 hours");
}

#[test]
fn a_cost_without_a_currency_takes_the_fallback_or_is_refused() {
    let usd = Currency::parse("USD").ok();
    let cost = daily_cost("20", None, usd).expect("falls back");
    assert_eq!(cost.per_day().currency().code(), "USD");
    let named = daily_cost("20", Some("jpy"), usd).expect("named wins");
    assert_eq!(named.per_day().amount(), "20");
    assert_eq!(invalid(daily_cost("20", None, None)).0, "currency");
    assert_eq!(
        invalid(daily_cost("20", Some("ABC"), usd)),
        ("currency", "is not an ISO 4217 currency code")
    );
    assert_eq!(
        invalid(daily_cost("20.123", Some("USD"), None)),
        (
            "cost_per_day",
            "has more decimal places than the currency has"
        )
    );
}

#[test]
fn a_journey_stored_before_savings_still_reads_and_one_without_keeps_its_bytes() {
    let old = r#"{"substance":"opioids","clean_date":"2026-09-01","clean_time":null}"#;
    let read: Journey = serde_json::from_str(old).expect("old journeys read");
    assert_eq!(read, journey(date(2026, 9, 1)));
    assert_eq!(serde_json::to_string(&read).expect("serialises"), old);

    let j = with_savings("20", "usd", 2.5);
    let stored = serde_json::to_value(&j).expect("serialises");
    assert_eq!(
        stored["cost_per_day"],
        serde_json::json!({ "amount": "20.00", "currency": "USD" })
    );
    assert_eq!(stored["hours_per_day"], serde_json::json!(2.5));
    let back: Journey = serde_json::from_value(stored).expect("reads back");
    assert_eq!(back, j);
}
