//! Tests of the records: validation limits, "not in the future" in the person's zone, error text
//! free of user data, and the serialised shape (defaults and snake_case names).

use chrono::TimeDelta;
use chrono_tz::Tz;

use super::common::{at, date, invalid, journey, lapse, lapse_at, time, utc};
use crate::journal::model::{
    DayCounting, Journey, NOTE_MAX_CHARS, UseEvent, UseKind, validate_journey, validate_triggers,
    validate_use,
};

#[test]
fn journeys_are_validated_against_limits_and_the_local_today() {
    let tz = Tz::America__Los_Angeles;
    let now = utc(2026, 11, 22, 4, 0); // 2026-11-21 20:00 in Los Angeles
    assert!(validate_journey(&journey(date(2026, 11, 21)), now, tz).is_ok());
    // The 22nd is already today in UTC but still tomorrow in Los Angeles.
    assert_eq!(
        invalid(validate_journey(&journey(date(2026, 11, 22)), now, tz)),
        ("clean_date", "in the future")
    );
    assert!(validate_journey(&journey(date(2026, 11, 22)), now, Tz::Europe__London).is_ok());
    let later_today = Journey {
        clean_time: Some(time(20, 30)),
        ..journey(date(2026, 11, 21))
    };
    assert_eq!(
        invalid(validate_journey(&later_today, now, tz)),
        ("clean_time", "in the future")
    );
    let earlier_today = Journey {
        clean_time: Some(time(19, 59)),
        ..journey(date(2026, 11, 21))
    };
    assert!(validate_journey(&earlier_today, now, tz).is_ok());

    let with = |substance: &str| Journey {
        substance: substance.to_owned(),
        ..journey(date(2026, 1, 1))
    };
    assert!(validate_journey(&with("alcohol"), now, tz).is_ok());
    assert!(
        validate_journey(&with(&"é".repeat(60)), now, tz).is_ok(),
        "60 characters, 120 bytes"
    );
    #[rustfmt::skip]
    let bad = [
        ("", "empty"), ("   ", "empty"), (&"x".repeat(61), "too long"),
        ("opi\u{0}oids", "contains control characters"), ("line\nbreak", "contains control characters"),
    ];
    for (substance, reason) in bad {
        assert_eq!(
            invalid(validate_journey(&with(substance), now, tz)),
            ("substance", reason)
        );
    }
    assert_eq!(
        invalid(validate_journey(&journey(date(1899, 12, 31)), now, tz)).1,
        "year before 1900"
    );
}

#[test]
fn uses_are_validated_and_a_time_is_compared_as_an_instant() {
    let tz = Tz::America__New_York;
    // 01:40 EST on 2026-11-01, the second pass through 01:xx: 01:50 (first pass, EDT) is past.
    let now = at(tz, 2026, 11, 1, 0, 0) + TimeDelta::minutes(60 + 60 + 40);
    assert!(validate_use(&lapse_at(date(2026, 11, 1), time(1, 50)), now, tz).is_ok());
    assert_eq!(
        invalid(validate_use(
            &lapse_at(date(2026, 11, 1), time(2, 0)),
            now,
            tz
        )),
        ("time", "in the future")
    );
    assert_eq!(
        invalid(validate_use(&lapse(date(2026, 11, 2)), now, tz)),
        ("date", "in the future")
    );

    let ok_note = UseEvent {
        note: Some(format!("first line\n{}", "n".repeat(NOTE_MAX_CHARS - 11))),
        ..lapse(date(2026, 10, 1))
    };
    assert!(
        validate_use(&ok_note, now, tz).is_ok(),
        "line breaks are allowed in notes"
    );
    let long = UseEvent {
        note: Some("n".repeat(NOTE_MAX_CHARS + 1)),
        ..lapse(date(2026, 10, 1))
    };
    assert_eq!(invalid(validate_use(&long, now, tz)), ("note", "too long"));
    let tab = UseEvent {
        note: Some("a\tb".to_owned()),
        ..lapse(date(2026, 10, 1))
    };
    assert_eq!(
        invalid(validate_use(&tab, now, tz)),
        ("note", "contains control characters")
    );
}

#[test]
fn triggers_are_bounded_tags() {
    let tags = |list: &[&str]| list.iter().map(|s| (*s).to_owned()).collect::<Vec<_>>();
    assert!(validate_triggers(&tags(&["stress", "people", "money"])).is_ok());
    assert!(validate_triggers(&tags(&["t"; 0])).is_ok());
    let ten: Vec<String> = (0..10).map(|i| format!("tag {i}")).collect();
    assert!(validate_triggers(&ten).is_ok());
    let eleven: Vec<String> = (0..11).map(|i| format!("tag {i}")).collect();
    assert_eq!(
        invalid(validate_triggers(&eleven)),
        ("triggers", "too many")
    );
    assert_eq!(
        invalid(validate_triggers(&tags(&["Stress", "stress "]))),
        ("triggers", "duplicate")
    );
    assert_eq!(
        invalid(validate_triggers(&tags(&[" "]))),
        ("trigger", "empty")
    );
    assert_eq!(
        invalid(validate_triggers(&tags(&[&"x".repeat(41)]))),
        ("trigger", "too long")
    );
    assert_eq!(
        invalid(validate_triggers(&tags(&["a\nb"]))),
        ("trigger", "contains control characters")
    );
}

#[test]
fn error_text_never_carries_user_data() {
    let now = utc(2026, 11, 22, 12, 0);
    let secret = UseEvent {
        note: Some(format!("{}\u{7}", "my sponsor Sam")),
        ..lapse(date(2026, 11, 23))
    };
    let text = validate_use(&secret, now, Tz::UTC)
        .expect_err("invalid")
        .to_string();
    assert_eq!(text, "invalid note: contains control characters");
    let text = validate_use(&lapse(date(2026, 11, 23)), now, Tz::UTC)
        .expect_err("future")
        .to_string();
    assert_eq!(text, "invalid date: in the future");
}

#[test]
fn records_serialise_with_defaults_and_snake_case_names() {
    let j: Journey = serde_json::from_str(r#"{"clean_date":"2026-11-01"}"#).expect("defaults");
    assert_eq!(j, journey(date(2026, 11, 1)));
    assert_eq!(j.substance, "opioids");
    let u: UseEvent =
        serde_json::from_str(r#"{"date":"2026-11-05","kind":"relapse"}"#).expect("defaults");
    assert_eq!(u, UseEvent::new(date(2026, 11, 5), UseKind::Relapse));
    let full = UseEvent {
        time: Some(time(21, 5)),
        note: Some("n".into()),
        triggers: vec!["stress".into()],
        ..lapse(date(2026, 11, 5))
    };
    let json = serde_json::to_string(&full).expect("serialises");
    assert_eq!(
        serde_json::from_str::<UseEvent>(&json).expect("round trip"),
        full
    );
    assert!(json.contains(r#""kind":"lapse""#), "{json}");
    assert_eq!(DayCounting::default(), DayCounting::CleanDateIsDayZero);
    let names = serde_json::to_string(&[
        DayCounting::CleanDateIsDayZero,
        DayCounting::CleanDateIsDayOne,
    ]);
    assert_eq!(
        names.expect("serialises"),
        r#"["clean_date_is_day_zero","clean_date_is_day_one"]"#
    );
}
