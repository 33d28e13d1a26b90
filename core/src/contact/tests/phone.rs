//! Known answers for phone numbers as people type them in the US, Canada, the UK, Ireland and
//! Australia, and for every refusal.

use super::common::{invalid, message};
use crate::contact::PhoneNumber;

/// (typed, digits, extension, tel: link, sms: link)
#[rustfmt::skip]
const ACCEPTED: &[(&str, &str, Option<&str>, &str, &str)] = &[
    // United States and Canada (NANP). Without +1 a number stays local, as the phone dials it.
    ("(555) 123-4567", "5551234567", None, "tel:5551234567", "sms:5551234567"),
    ("555.123.4567", "5551234567", None, "tel:5551234567", "sms:5551234567"),
    ("+1 (555) 123-4567", "+15551234567", None, "tel:+15551234567", "sms:+15551234567"),
    ("+1-604-555-0199", "+16045550199", None, "tel:+16045550199", "sms:+16045550199"),
    ("604/555/0199", "6045550199", None, "tel:6045550199", "sms:6045550199"),
    ("1-800-662-4357", "18006624357", None, "tel:18006624357", "sms:18006624357"),
    ("1-888-688-6677", "18886886677", None, "tel:18886886677", "sms:18886886677"),
    ("988", "988", None, "tel:988", "sms:988"),
    ("911", "911", None, "tel:911", "sms:911"),
    // Extensions in their usual spellings; never in the sms: link.
    ("+1 555 123 4567 x89", "+15551234567", Some("89"), "tel:+15551234567;ext=89", "sms:+15551234567"),
    ("555-123-4567 ext. 12", "5551234567", Some("12"), "tel:5551234567;ext=12", "sms:5551234567"),
    ("555-123-4567 EXT 12", "5551234567", Some("12"), "tel:5551234567;ext=12", "sms:5551234567"),
    ("555-123-4567 extension 12", "5551234567", Some("12"), "tel:5551234567;ext=12", "sms:5551234567"),
    ("555-123-4567;ext=12", "5551234567", Some("12"), "tel:5551234567;ext=12", "sms:5551234567"),
    ("5551234567X0012", "5551234567", Some("0012"), "tel:5551234567;ext=0012", "sms:5551234567"),
    ("555-123-4567 ext: 1234567890", "5551234567", Some("1234567890"), "tel:5551234567;ext=1234567890", "sms:5551234567"),
    // United Kingdom: the (0) trunk prefix is dropped after +44, kept in a local number.
    ("+44 (0)20 7946 0018", "+442079460018", None, "tel:+442079460018", "sms:+442079460018"),
    ("+44 ( 0 ) 20 7946 0018", "+442079460018", None, "tel:+442079460018", "sms:+442079460018"),
    ("+44 20 7946 0018", "+442079460018", None, "tel:+442079460018", "sms:+442079460018"),
    ("020 7946 0018", "02079460018", None, "tel:02079460018", "sms:02079460018"),
    ("(0)20 7946 0018", "02079460018", None, "tel:02079460018", "sms:02079460018"),
    ("(020) 7946 0018", "02079460018", None, "tel:02079460018", "sms:02079460018"),
    ("07700 900123", "07700900123", None, "tel:07700900123", "sms:07700900123"),
    ("+44 7700 900123", "+447700900123", None, "tel:+447700900123", "sms:+447700900123"),
    ("116 123", "116123", None, "tel:116123", "sms:116123"),
    ("0300 123 6600", "03001236600", None, "tel:03001236600", "sms:03001236600"),
    ("999", "999", None, "tel:999", "sms:999"),
    ("111", "111", None, "tel:111", "sms:111"),
    // An international prefix typed as digits is kept as typed.
    ("0044 20 7946 0018", "00442079460018", None, "tel:00442079460018", "sms:00442079460018"),
    // Ireland.
    ("+353 (0)1 234 5678", "+35312345678", None, "tel:+35312345678", "sms:+35312345678"),
    ("01 234 5678", "012345678", None, "tel:012345678", "sms:012345678"),
    ("1800 459 459", "1800459459", None, "tel:1800459459", "sms:1800459459"),
    ("112", "112", None, "tel:112", "sms:112"),
    // Australia.
    ("(02) 9876 5432", "0298765432", None, "tel:0298765432", "sms:0298765432"),
    ("+61 2 9876 5432", "+61298765432", None, "tel:+61298765432", "sms:+61298765432"),
    ("+61 (0)2 9876 5432", "+61298765432", None, "tel:+61298765432", "sms:+61298765432"),
    ("13 11 14", "131114", None, "tel:131114", "sms:131114"),
    ("0477 13 11 14", "0477131114", None, "tel:0477131114", "sms:0477131114"),
    ("1800 250 015", "1800250015", None, "tel:1800250015", "sms:1800250015"),
    ("000", "000", None, "tel:000", "sms:000"),
    // Italy keeps its 0 after the country code when it is not in parentheses.
    ("+39 06 1234 5678", "+390612345678", None, "tel:+390612345678", "sms:+390612345678"),
    // Pasted text: non-breaking and narrow spaces, Unicode dashes, direction marks, a tab.
    ("+44\u{a0}20\u{a0}7946\u{a0}0018", "+442079460018", None, "tel:+442079460018", "sms:+442079460018"),
    ("+1\u{202f}555\u{202f}123\u{202f}4567", "+15551234567", None, "tel:+15551234567", "sms:+15551234567"),
    ("555\u{2013}123\u{2014}4567", "5551234567", None, "tel:5551234567", "sms:5551234567"),
    ("\u{202a}+1 555 123 4567\u{202c}", "+15551234567", None, "tel:+15551234567", "sms:+15551234567"),
    ("\u{feff}555\u{200b}123\u{2068}4567\u{2069}", "5551234567", None, "tel:5551234567", "sms:5551234567"),
    ("  555\t123 4567\n", "5551234567", None, "tel:5551234567", "sms:5551234567"),
    ("(+44) 20 7946 0018", "+442079460018", None, "tel:+442079460018", "sms:+442079460018"),
    // Bounds: 15 digits global, 15 local, 7 global, 3 local.
    ("+123456789012345", "+123456789012345", None, "tel:+123456789012345", "sms:+123456789012345"),
    ("123456789012345", "123456789012345", None, "tel:123456789012345", "sms:123456789012345"),
    ("+683 4002", "+6834002", None, "tel:+6834002", "sms:+6834002"),
];

#[test]
fn accepted_numbers_have_known_links() {
    for &(typed, digits, extension, tel, sms) in ACCEPTED {
        let number = PhoneNumber::parse(typed)
            .unwrap_or_else(|error| panic!("{typed:?} was refused: {error}"));
        assert_eq!(number.digits(), digits, "digits of {typed:?}");
        assert_eq!(number.extension(), extension, "extension of {typed:?}");
        assert_eq!(number.tel_uri(), tel, "tel: of {typed:?}");
        assert_eq!(number.sms_uri(), sms, "sms: of {typed:?}");
        assert_eq!(
            number.is_global(),
            digits.starts_with('+'),
            "global {typed:?}"
        );
        assert_eq!(
            typed.parse::<PhoneNumber>().unwrap(),
            number,
            "FromStr {typed:?}"
        );
    }
}

/// (typed, reason)
#[rustfmt::skip]
const REFUSED: &[(&str, &str)] = &[
    ("", "is empty"),
    ("   \u{a0} ", "is empty"),
    ("\u{200b}", "is empty"),
    ("() - .", "is empty"),
    ("x123", "is empty"),
    ("1-800-FLOWERS", "letters are not allowed; type the digits"),
    ("1-800-flowers x12", "letters are not allowed; type the digits"),
    ("1-800-MAX-HELP", "letters are not allowed; type the digits"),
    ("1-800-MAX-1234", "letters are not allowed; type the digits"),
        ("Ö555 1234", "letters are not allowed; type the digits"),
    ("pw", "letters are not allowed; type the digits"),
    ("555-1234,,123", "pauses and waits (, ; p w) cannot be saved; write an extension as x123"),
    ("5551234;123", "pauses and waits (, ; p w) cannot be saved; write an extension as x123"),
    ("5551234p123", "pauses and waits (, ; p w) cannot be saved; write an extension as x123"),
    ("5551234W123", "pauses and waits (, ; p w) cannot be saved; write an extension as x123"),
    ("tel:988;phone-context=+1", "letters are not allowed; type the digits"),
    ("*99#", "* and # codes cannot be dialled from a link"),
    ("555 1234#", "* and # codes cannot be dialled from a link"),
    ("555+1234", "+ is only allowed at the start"),
    ("++44 20 7946 0018", "+ is only allowed at the start"),
    ("\u{665}\u{665}\u{665}", "use the digits 0 to 9"),
    ("\u{ff15}\u{ff15}\u{ff15}", "use the digits 0 to 9"),
    ("555 1234 \u{1f642}", "contains a character that is not part of a phone number"),
    ("555_1234", "contains a character that is not part of a phone number"),
    ("555\u{0}1234", "contains a character that is not part of a phone number"),
    ("+0 20 7946 0018", "a country code never starts with 0"),
    ("+(0)20 7946 0018", "a country code never starts with 0"),
    ("12", "has too few digits"),
    ("+1 555", "has too few digits"),
    ("+683 400", "has too few digits"),
    ("+1234567890123456", "has too many digits (at most 15)"),
    ("1234567890123456", "has too many digits (at most 15)"),
    ("555 1234 x", "an extension needs digits after it"),
    ("555 1234 ext", "an extension needs digits after it"),
    ("555 1234 ;ext=", "an extension needs digits after it"),
    ("555 1234 x12345678901", "an extension has at most 10 digits"),
];

#[test]
fn refused_numbers_say_why() {
    for &(typed, reason) in REFUSED {
        match PhoneNumber::parse(typed) {
            Ok(number) => panic!("{typed:?} was accepted as {number:?}"),
            Err(error) => assert_eq!(message(error), invalid("phone", reason), "{typed:?}"),
        }
    }
}

#[test]
fn overlong_input_is_refused_before_any_work() {
    let long = "5".repeat(65);
    assert_eq!(
        message(PhoneNumber::parse(&long).unwrap_err()),
        invalid("phone", "is too long to be a phone number")
    );
    // 64 characters of separators around a short code are still a number.
    let padded = format!("{}988{}", " ".repeat(30), "-".repeat(31));
    assert_eq!(PhoneNumber::parse(&padded).unwrap().digits(), "988");
}

#[test]
fn errors_never_repeat_the_number() {
    for typed in [
        "1-800-FLOWERS",
        "+44 7700 900123 x",
        "555-1234,,123",
        "+0 7700 900123",
    ] {
        let text = message(PhoneNumber::parse(typed).unwrap_err());
        assert!(!text.contains("7700") && !text.contains("FLOWERS") && !text.contains("1234"));
    }
}

#[test]
fn canonical_form_round_trips() {
    let number = PhoneNumber::parse("+1 (555) 123-4567 ext. 89").unwrap();
    assert_eq!(number.canonical(), "+15551234567;ext=89");
    assert_eq!(PhoneNumber::parse(&number.canonical()).unwrap(), number);
}

#[test]
fn serde_stores_the_normal_form_and_refuses_anything_else() {
    let number = PhoneNumber::parse("+44 (0)20 7946 0018 x7").unwrap();
    let json = serde_json::to_string(&number).unwrap();
    assert_eq!(json, r#"{"digits":"+442079460018","extension":"7"}"#);
    assert_eq!(serde_json::from_str::<PhoneNumber>(&json).unwrap(), number);
    let short: PhoneNumber = serde_json::from_str(r#"{"digits":"988"}"#).unwrap();
    assert_eq!(short.tel_uri(), "tel:988");
    for stored in [
        r#"{"digits":"+44 20 7946 0018"}"#,
        r#"{"digits":"5551234567","extension":"x12"}"#,
        r#"{"digits":"5551234567;ext=12"}"#,
        r#"{"digits":"12"}"#,
        r#"{"digits":"tel:988"}"#,
    ] {
        assert!(
            serde_json::from_str::<PhoneNumber>(stored).is_err(),
            "{stored}"
        );
    }
}

#[test]
fn trusted_numbers_fall_back_to_their_digits() {
    // Only the compiled-in directory uses this; a number that parses is simply parsed.
    assert_eq!(
        PhoneNumber::from_trusted("1-800-484-3731").tel_uri(),
        "tel:18004843731"
    );
    assert_eq!(
        PhoneNumber::from_trusted("+44 (0)20 7946 0018").digits(),
        "+442079460018"
    );
    assert_eq!(PhoneNumber::from_trusted("12").tel_uri(), "tel:12");
}
