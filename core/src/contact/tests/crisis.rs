//! Region codes and the crisis directory: every number parses, every link is known, every line is
//! sourced, and every region ends with an emergency number.

use super::common::{invalid, message};
use crate::contact::crisis::ISO_3166_ALPHA2;
use crate::contact::{
    NO_LOCAL_LINES_NOTE, PhoneNumber, Purpose, Region, directory, safety_card_lines,
};
use crate::test_support::english;

fn region(code: &str) -> Region {
    Region::parse(code).unwrap()
}

#[test]
fn region_codes_parse_in_any_case() {
    for (typed, code) in [
        ("us", "US"),
        (" Gb ", "GB"),
        ("uK", "GB"),
        ("ie", "IE"),
        ("de", "DE"),
    ] {
        assert_eq!(Region::parse(typed).unwrap().code(), code, "{typed:?}");
        assert_eq!(typed.parse::<Region>().unwrap().code(), code);
    }
}

#[test]
fn unknown_region_codes_are_refused() {
    for typed in [
        "", "  ", "ZZ", "XK", "EU", "USA", "U", "u1", "12", "ÜS", "U S",
    ] {
        assert_eq!(
            message(Region::parse(typed).unwrap_err()),
            invalid("region", "is not an ISO 3166-1 alpha-2 country code"),
            "{typed:?}"
        );
    }
}

#[test]
fn the_code_list_is_complete_sorted_and_upper_case() {
    assert_eq!(ISO_3166_ALPHA2.len(), 249);
    assert!(ISO_3166_ALPHA2.windows(2).all(|pair| pair[0] < pair[1]));
    assert!(
        ISO_3166_ALPHA2
            .iter()
            .all(|code| code.len() == 2 && code.bytes().all(|b| b.is_ascii_uppercase()))
    );
    for code in ["US", "CA", "GB", "IE", "AU", "NZ", "AX", "SS", "BQ", "ZW"] {
        assert!(ISO_3166_ALPHA2.contains(&code), "{code}");
    }
}

#[test]
fn regions_serialise_as_their_code() {
    assert_eq!(serde_json::to_string(&region("gb")).unwrap(), r#""GB""#);
    assert_eq!(
        serde_json::from_str::<Region>(r#""ie""#).unwrap(),
        region("IE")
    );
    assert!(serde_json::from_str::<Region>(r#""ZZ""#).is_err());
}

/// (region, line id, purpose, tel: link, sms: link)
#[rustfmt::skip]
const LINES: &[(&str, &str, Purpose, &str, Option<&str>)] = &[
    ("US", "us-988", Purpose::Crisis, "tel:988", Some("sms:988")),
    ("US", "us-never-use-alone", Purpose::OverdoseSpotter, "tel:18004843731", None),
    ("US", "us-samhsa", Purpose::TreatmentHelpline, "tel:18006624357", None),
    ("US", "us-911", Purpose::Emergency, "tel:911", None),
    ("CA", "ca-988", Purpose::Crisis, "tel:988", Some("sms:988")),
    ("CA", "ca-nors", Purpose::OverdoseSpotter, "tel:18886886677", None),
    ("CA", "ca-911", Purpose::Emergency, "tel:911", None),
    ("GB", "gb-samaritans", Purpose::Crisis, "tel:116123", None),
    ("GB", "gb-frank", Purpose::TreatmentHelpline, "tel:03001236600", Some("sms:82111")),
    ("GB", "gb-nhs-111", Purpose::UrgentCare, "tel:111", None),
    ("GB", "gb-999", Purpose::Emergency, "tel:999", None),
    ("IE", "ie-samaritans", Purpose::Crisis, "tel:116123", None),
    ("IE", "ie-hse-drugs-helpline", Purpose::TreatmentHelpline, "tel:1800459459", None),
    ("IE", "ie-112", Purpose::Emergency, "tel:112", None),
    ("AU", "au-lifeline", Purpose::Crisis, "tel:131114", Some("sms:0477131114")),
    ("AU", "au-aod-hotline", Purpose::TreatmentHelpline, "tel:1800250015", None),
    ("AU", "au-000", Purpose::Emergency, "tel:000", None),
];

#[test]
fn every_line_has_its_known_links() {
    for code in ["US", "CA", "GB", "IE", "AU"] {
        let expected: Vec<_> = LINES.iter().filter(|line| line.0 == code).collect();
        let found = directory(Some(region(code)));
        assert_eq!(found.note, None, "{code}");
        assert_eq!(found.lines.len(), expected.len(), "{code}");
        for (line, &&(_, id, purpose, tel, sms)) in found.lines.iter().zip(&expected) {
            assert_eq!((line.id, line.purpose), (id, purpose));
            assert_eq!(line.tel_uri(), tel, "{id}");
            assert_eq!(line.sms_uri().as_deref(), sms, "{id}");
        }
    }
}

#[test]
fn every_number_parses_and_every_line_is_sourced() {
    let mut ids = Vec::new();
    for code in ["US", "CA", "GB", "IE", "AU", "DE"] {
        for line in directory(Some(region(code))).lines {
            // The fallback in `CrisisLine::phone` must never be needed.
            let parsed = PhoneNumber::parse(line.number).unwrap();
            assert_eq!(parsed, line.phone(), "{}", line.id);
            if let Some(text_number) = line.text_number {
                assert!(
                    line.can_text,
                    "{} has a text number but no texting",
                    line.id
                );
                PhoneNumber::parse(text_number).unwrap();
            }
            assert!(
                line.source.len() > 10 && line.source.contains('.'),
                "{}",
                line.id
            );
            assert!(
                !line.hours.is_empty() && !line.name.is_empty(),
                "{}",
                line.id
            );
            let prefix = if code == "DE" {
                "intl".to_owned()
            } else {
                code.to_lowercase()
            };
            assert!(line.id.starts_with(&format!("{prefix}-")), "{}", line.id);
            ids.push(line.id);
        }
    }
    let count = ids.len();
    ids.sort_unstable();
    ids.dedup();
    assert_eq!(ids.len(), count, "line ids are unique");
}

#[test]
fn every_region_ends_with_its_emergency_number() {
    for (code, emergency) in [
        ("US", "tel:911"),
        ("CA", "tel:911"),
        ("GB", "tel:999"),
        ("IE", "tel:112"),
        ("AU", "tel:000"),
    ] {
        let lines = directory(Some(region(code))).lines;
        let last = lines.last().unwrap();
        assert_eq!(
            (last.purpose, last.tel_uri().as_str()),
            (Purpose::Emergency, emergency)
        );
        assert_eq!(
            lines
                .iter()
                .filter(|l| l.purpose == Purpose::Emergency)
                .count(),
            1
        );
    }
}

#[test]
fn a_region_without_lines_gets_112_and_a_note() {
    for chosen in [Some(region("DE")), Some(region("nz")), None] {
        let found = directory(chosen);
        assert_eq!(found.note, Some(NO_LOCAL_LINES_NOTE));
        assert_eq!(found.lines.len(), 1);
        assert_eq!(found.lines[0].tel_uri(), "tel:112");
        assert_eq!(found.lines[0].purpose, Purpose::Emergency);
    }
    assert_eq!(
        english().text(NO_LOCAL_LINES_NOTE),
        "No local lines are known for this region; 112 works from most mobile phones."
    );
}

#[test]
fn lines_are_worded_in_the_language_and_say_when_they_answer_in_spanish() {
    let spanish = crate::text::messages(crate::text::Language::Spanish);
    let us = directory(Some(region("US")));
    let by_id = |id: &str| us.lines.iter().find(|line| line.id == id).unwrap();
    assert_eq!(by_id("us-911").name(english()), "Emergency services (911)");
    assert_eq!(
        by_id("us-911").name(spanish),
        "Servicios de emergencia (911)"
    );
    assert_eq!(
        by_id("us-988").name(spanish),
        "988 Suicide & Crisis Lifeline"
    );
    assert!(
        by_id("us-988")
            .detail(spanish)
            .unwrap()
            .contains("en español")
    );
    assert!(
        by_id("us-samhsa")
            .detail(spanish)
            .unwrap()
            .contains("en español")
    );
    for id in ["us-988", "us-samhsa"] {
        assert!(by_id(id).languages.contains(&"es"), "{id}");
    }
    assert!(by_id("us-never-use-alone").languages.is_empty());
    // Every line of every region has its name, hours and detail in every language.
    for code in ["US", "CA", "GB", "IE", "AU", "DE"] {
        for line in directory(Some(region(code))).lines {
            for text in [english(), spanish] {
                for id in [line.name, line.hours].into_iter().chain(line.detail) {
                    assert!(text.has(id), "{id} in {:?}", text.language());
                }
            }
        }
    }
}

#[test]
fn safety_cards_show_the_spotter_the_crisis_line_and_the_emergency_number() {
    let card = |code: Option<&str>| {
        let lines = safety_card_lines(code.map(region));
        (
            lines.overdose_spotter.map(|line| line.tel_uri()),
            lines.crisis.map(|line| line.id),
            lines.emergency.tel_uri(),
        )
    };
    let expect = |spotter: Option<&str>, crisis: Option<&'static str>, emergency: &str| {
        (spotter.map(str::to_owned), crisis, emergency.to_owned())
    };
    assert_eq!(
        card(Some("US")),
        expect(Some("tel:18004843731"), Some("us-988"), "tel:911")
    );
    assert_eq!(
        card(Some("CA")),
        expect(Some("tel:18886886677"), Some("ca-988"), "tel:911")
    );
    assert_eq!(
        card(Some("GB")),
        expect(None, Some("gb-samaritans"), "tel:999")
    );
    assert_eq!(
        card(Some("IE")),
        expect(None, Some("ie-samaritans"), "tel:112")
    );
    assert_eq!(
        card(Some("AU")),
        expect(None, Some("au-lifeline"), "tel:000")
    );
    assert_eq!(card(Some("FR")), expect(None, None, "tel:112"));
    assert_eq!(card(None), expect(None, None, "tel:112"));
}

#[test]
fn lines_serialise_with_snake_case_purposes() {
    let lines = directory(Some(region("US"))).lines;
    let json = serde_json::to_value(&lines[1]).unwrap();
    assert_eq!(json["purpose"], "overdose_spotter");
    assert_eq!(json["id"], "us-never-use-alone");
    assert_eq!(json["number"], "1-800-484-3731");
}
