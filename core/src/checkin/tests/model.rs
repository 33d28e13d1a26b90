//! Table tests of the check-in record: every validation, the parsing of answers and tags,
//! normalization, the JSON form, and "today" taken from an instant in the person's zone.

use chrono::Datelike;
use chrono_tz::Tz;

use super::common::{TZ, at, checkin, date, invalid, now, today, utc};
use crate::checkin::model::{
    CheckIn, HelpfulAction, MedicationTaken, NOTE_MAX_CHARS, TAG_MAX_CHARS, TAGS_MAX, Trigger,
    parse_helped, parse_triggers, prepare_checkin, validate_checkin,
};

fn own(text: &str) -> Trigger {
    Trigger::Own(text.to_owned())
}

fn own_tags(n: usize) -> Vec<Trigger> {
    (0..n).map(|i| own(&format!("tag {i}"))).collect()
}

#[test]
fn every_validation_names_its_field() {
    type Change = fn(&mut CheckIn);
    #[rustfmt::skip]
    let cases: Vec<(&str, Change, (&str, &str))> = vec![
        ("tomorrow", |c| c.date = date(2026, 11, 23), ("date", "in the future")),
        ("1899", |c| c.date = date(1899, 12, 31), ("date", "year before 1900")),
        ("mood 0", |c| c.mood = 0, ("mood", "must be 1 to 5")),
        ("mood 6", |c| c.mood = 6, ("mood", "must be 1 to 5")),
        ("craving 11", |c| c.craving = 11, ("craving", "must be 0 to 10")),
        ("craving 255", |c| c.craving = 255, ("craving", "must be 0 to 10")),
        ("13 triggers", |c| c.triggers = own_tags(13), ("trigger", "too many")),
        ("empty own", |c| c.triggers = vec![own("")], ("trigger", "empty")),
        ("blank own", |c| c.triggers = vec![own("   ")], ("trigger", "empty")),
        ("41 chars", |c| c.triggers = vec![own(&"x".repeat(41))], ("trigger", "too long")),
        ("control", |c| c.triggers = vec![own("my\u{7}ex")], ("trigger", "contains control characters")),
        ("tab", |c| c.triggers = vec![own("my\tex")], ("trigger", "contains control characters")),
        ("untrimmed", |c| c.triggers = vec![own(" payday")], ("trigger", "not trimmed")),
        ("double space", |c| c.triggers = vec![own("my  ex")], ("trigger", "not trimmed")),
        ("fixed in disguise", |c| c.triggers = vec![own("Stress")], ("trigger", "names a fixed tag")),
        ("synonym in disguise", |c| c.triggers = vec![own("lonely")], ("trigger", "names a fixed tag")),
        ("duplicate fixed", |c| c.triggers = vec![Trigger::Pain, Trigger::Pain], ("trigger", "duplicate")),
        ("duplicate own", |c| c.triggers = vec![own("My ex"), own("my EX")], ("trigger", "duplicate")),
        ("13 helped", |c| c.helped = (0..13).map(|i| HelpfulAction::Own(format!("h{i}"))).collect(), ("helped", "too many")),
        ("empty helped", |c| c.helped = vec![HelpfulAction::Own(String::new())], ("helped", "empty")),
        ("long helped", |c| c.helped = vec![HelpfulAction::Own("y".repeat(41))], ("helped", "too long")),
        ("helped in disguise", |c| c.helped = vec![HelpfulAction::Own("counselling".into())], ("helped", "names a fixed tag")),
        ("duplicate helped", |c| c.helped = vec![HelpfulAction::Rest, HelpfulAction::Rest], ("helped", "duplicate")),
        ("long note", |c| c.note = Some("n".repeat(NOTE_MAX_CHARS + 1)), ("note", "too long")),
        ("note tab", |c| c.note = Some("a\tb".into()), ("note", "contains control characters")),
        ("note CR", |c| c.note = Some("a\rb".into()), ("note", "contains control characters")),
        ("note NUL", |c| c.note = Some("a\0b".into()), ("note", "contains control characters")),
    ];
    for (name, change, expected) in cases {
        let mut c = checkin(today());
        change(&mut c);
        assert_eq!(invalid(validate_checkin(&c, now(), TZ)), expected, "{name}");
    }
}

#[test]
fn the_edges_of_every_limit_are_accepted() {
    type Change = fn(&mut CheckIn);
    #[rustfmt::skip]
    let cases: Vec<(&str, Change)> = vec![
        ("today", |c| c.date = date(2026, 11, 22)),
        ("back-filled", |c| c.date = date(2026, 1, 1)),
        ("1900", |c| c.date = date(1900, 1, 1)),
        ("mood 1", |c| c.mood = 1),
        ("mood 5", |c| c.mood = 5),
        ("craving 0", |c| c.craving = 0),
        ("craving 10", |c| c.craving = 10),
        ("12 triggers", |c| c.triggers = own_tags(TAGS_MAX)),
        ("40 chars", |c| c.triggers = vec![own(&"é".repeat(TAG_MAX_CHARS))]),
        ("all fixed", |c| c.triggers = Trigger::NAMES.iter().map(|n| n.0.clone()).collect()),
        ("all helped", |c| c.helped = HelpfulAction::NAMES.iter().map(|n| n.0.clone()).collect()),
        ("note at limit", |c| c.note = Some("é".repeat(NOTE_MAX_CHARS))),
        ("note lines", |c| c.note = Some("first\nsecond".into())),
        ("empty note", |c| c.note = Some(String::new())),
    ];
    for (name, change) in cases {
        let mut c = checkin(today());
        change(&mut c);
        validate_checkin(&c, now(), TZ).unwrap_or_else(|e| panic!("{name}: {e}"));
    }
}

#[test]
fn today_is_the_date_in_the_persons_zone() {
    // 04:30 UTC on the 22nd is still the 21st in Los Angeles and already the 22nd in Berlin.
    let instant = utc(2026, 11, 22, 4, 30);
    let c = checkin(date(2026, 11, 22));
    assert!(validate_checkin(&c, instant, Tz::Europe__Berlin).is_ok());
    assert_eq!(
        invalid(validate_checkin(&c, instant, Tz::America__Los_Angeles)),
        ("date", "in the future")
    );
    // New York falls back on 2026-11-01: 23:30 EST that day is 04:30 UTC on the 2nd. A 25-hour
    // day is still one date, so the 2nd is in the future until local midnight.
    let late = at(TZ, 2026, 11, 1, 23, 30);
    assert_eq!(late, utc(2026, 11, 2, 4, 30));
    assert!(validate_checkin(&checkin(date(2026, 11, 1)), late, TZ).is_ok());
    assert_eq!(
        invalid(validate_checkin(&checkin(date(2026, 11, 2)), late, TZ)),
        ("date", "in the future")
    );
    let midnight = at(TZ, 2026, 11, 2, 0, 0);
    assert!(validate_checkin(&checkin(date(2026, 11, 2)), midnight, TZ).is_ok());
    // Kiritimati (UTC+14) reaches a date first; a check-in for its date is fine there.
    let kiritimati = utc(2026, 11, 21, 10, 0);
    assert_eq!(kiritimati.with_timezone(&Tz::Pacific__Kiritimati).day(), 22);
    assert!(validate_checkin(&c, kiritimati, Tz::Pacific__Kiritimati).is_ok());
    assert!(validate_checkin(&c, kiritimati, Tz::UTC).is_err());
}

#[test]
fn medication_answers_parse_case_insensitively() {
    use MedicationTaken::*;
    #[rustfmt::skip]
    let ok = [
        ("taken", Taken), ("YES", Taken), (" Taken ", Taken),
        ("missed", Missed), ("No", Missed),
        ("none", NotPrescribed), ("not_prescribed", NotPrescribed),
        ("Not Prescribed", NotPrescribed), ("not-prescribed", NotPrescribed),
    ];
    for (input, expected) in ok {
        assert_eq!(
            MedicationTaken::parse(input).ok(),
            Some(expected),
            "{input:?}"
        );
        assert_eq!(
            input.parse::<MedicationTaken>().ok(),
            Some(expected),
            "{input:?}"
        );
    }
    for bad in ["", "  ", "maybe", "y", "tak en", "notprescribed"] {
        assert_eq!(
            invalid(MedicationTaken::parse(bad)),
            ("medication", "expected taken, missed or none"),
            "{bad:?}"
        );
    }
}

#[test]
fn tag_lists_parse_fixed_names_synonyms_and_own_words() {
    let parsed = parse_triggers("Stress, people; BORED\nmy ex, My  Ex , stress,, ;").expect("ok");
    assert_eq!(
        parsed,
        vec![
            Trigger::Stress,
            Trigger::People,
            Trigger::Boredom,
            own("my ex")
        ]
    );
    assert_eq!(
        parse_triggers("dope-sick, Withdrawals, lonely, celebrating").expect("ok"),
        vec![
            Trigger::Withdrawal,
            Trigger::Loneliness,
            Trigger::Celebration
        ]
    );
    assert_eq!(
        parse_helped("Called-Sponsor, counselling, THERAPY, reached_out, meds, Long walk")
            .expect("ok"),
        vec![
            HelpfulAction::CalledSponsor,
            HelpfulAction::Therapy,
            HelpfulAction::ReachedOut,
            HelpfulAction::Medication,
            HelpfulAction::Own("Long walk".into()),
        ]
    );
    assert_eq!(parse_triggers("").expect("ok"), vec![]);
    assert_eq!(parse_triggers(" , ;\n\t").expect("ok"), vec![]);
    assert_eq!(Trigger::parse("  Payday ").expect("ok"), own("Payday"));
    assert_eq!(
        HelpfulAction::parse("Sponsor").expect("ok"),
        HelpfulAction::CalledSponsor
    );
}

#[test]
fn tag_list_errors_name_their_field() {
    let twelve: Vec<String> = (0..12).map(|i| format!("t{i}")).collect();
    let thirteen = format!("{}, t12", twelve.join(", "));
    let twelve_with_repeats = format!("{}, T0, t1", twelve.join(", "));
    assert_eq!(
        parse_triggers(&twelve_with_repeats).expect("merged").len(),
        12
    );
    #[rustfmt::skip]
    let cases = [
        ("13 triggers", parse_triggers(&thirteen).map(|v| v.len()), ("trigger", "too many")),
        ("13 helped", parse_helped(&thirteen).map(|v| v.len()), ("helped", "too many")),
        ("long trigger", parse_triggers(&"z".repeat(41)).map(|v| v.len()), ("trigger", "too long")),
        ("long helped", parse_helped(&"z".repeat(41)).map(|v| v.len()), ("helped", "too long")),
        ("escape", parse_triggers("ok, a\u{1b}b").map(|v| v.len()), ("trigger", "contains control characters")),
        ("empty one", Trigger::parse(" ").map(|_| 0), ("trigger", "empty")),
        ("empty helped", HelpfulAction::parse("").map(|_| 0), ("helped", "empty")),
    ];
    for (name, result, expected) in cases {
        assert_eq!(invalid(result), expected, "{name}");
    }
}

#[test]
fn errors_never_carry_what_the_person_wrote() {
    let secret = format!("{}secret", "x".repeat(40));
    let text = parse_triggers(&secret).expect_err("too long").to_string();
    assert!(!text.contains("secret"), "{text}");
    let mut c = checkin(today());
    c.note = Some("secret\u{7}".to_owned());
    let text = validate_checkin(&c, now(), TZ)
        .expect_err("control")
        .to_string();
    assert!(!text.contains("secret"), "{text}");
}

#[test]
fn prepare_normalizes_then_validates() {
    let mut c = checkin(today());
    c.triggers = vec![
        own("  Stress "),
        own("my   ex"),
        own("My Ex"),
        Trigger::Stress,
    ];
    c.helped = vec![
        HelpfulAction::Own("Counseling".into()),
        HelpfulAction::Therapy,
    ];
    c.note = Some("line one\r\nline two\rthree".into());
    let prepared = prepare_checkin(c, now(), TZ).expect("valid after normalizing");
    assert_eq!(prepared.triggers, vec![Trigger::Stress, own("my ex")]);
    assert_eq!(prepared.helped, vec![HelpfulAction::Therapy]);
    assert_eq!(prepared.note.as_deref(), Some("line one\nline two\nthree"));
    assert_eq!(
        prepare_checkin(prepared.clone(), now(), TZ).expect("same"),
        prepared
    );

    let mut blank = checkin(today());
    blank.note = Some(" \n ".into());
    assert_eq!(prepare_checkin(blank, now(), TZ).expect("ok").note, None);

    let mut bad = checkin(today());
    bad.mood = 0;
    bad.triggers = vec![own(" Stress")];
    assert_eq!(
        invalid(prepare_checkin(bad, now(), TZ)),
        ("mood", "must be 1 to 5")
    );
}

#[test]
fn json_form_is_stable_and_round_trips() {
    let mut c = checkin(date(2026, 11, 20));
    c.medication = MedicationTaken::NotPrescribed;
    c.triggers = vec![Trigger::Stress, own("my ex")];
    c.helped = vec![HelpfulAction::CalledSponsor];
    let json = serde_json::to_value(&c).expect("serializes");
    assert_eq!(json["date"], "2026-11-20");
    assert_eq!(json["medication"], "not_prescribed");
    assert_eq!(
        json["triggers"],
        serde_json::json!(["stress", {"own": "my ex"}])
    );
    assert_eq!(json["helped"], serde_json::json!(["called_sponsor"]));
    let back: CheckIn = serde_json::from_value(json).expect("deserializes");
    assert_eq!(back, c);
    assert_eq!(back.key(), date(2026, 11, 20));

    let minimal: CheckIn = serde_json::from_str(
        r#"{"date":"2026-11-21","mood":4,"craving":1,"used":false,"medication":"missed"}"#,
    )
    .expect("defaults");
    assert!(minimal.triggers.is_empty() && minimal.helped.is_empty() && minimal.note.is_none());
    assert_eq!(
        minimal.pledge_kept, None,
        "a check-in from before the pledge reads"
    );
    assert_eq!(Trigger::Own("x".into()).key(), "x");
    assert_eq!(HelpfulAction::ReachedOut.key(), "reached_out");
}

#[test]
fn every_fixed_key_is_its_json_name_and_every_name_is_unique() {
    let mut seen: Vec<String> = Vec::new();
    for (tag, names) in Trigger::NAMES {
        assert_eq!(serde_json::to_value(tag).expect("ok"), tag.key());
        assert_eq!(Trigger::parse(names[0]).expect("ok"), *tag);
        for name in *names {
            assert_eq!(
                Trigger::parse(&name.to_uppercase()).expect("ok"),
                *tag,
                "{name}"
            );
            assert!(!seen.contains(&name.replace('_', " ")), "{name}");
            seen.push(name.replace('_', " "));
        }
    }
    seen.clear();
    for (tag, names) in HelpfulAction::NAMES {
        assert_eq!(serde_json::to_value(tag).expect("ok"), tag.key());
        for name in *names {
            assert_eq!(HelpfulAction::parse(name).expect("ok"), *tag, "{name}");
            assert!(!seen.contains(&name.replace('_', " ")), "{name}");
            seen.push(name.replace('_', " "));
        }
    }
}

#[test]
fn a_pledge_kept_on_a_day_with_a_use_is_refused() {
    let mut c = checkin(date(2026, 11, 20));
    for (used, kept, ok) in [
        (false, None, true),
        (false, Some(true), true),
        (false, Some(false), true),
        (true, None, true),
        (true, Some(false), true),
        (true, Some(true), false),
    ] {
        c.used = used;
        c.pledge_kept = kept;
        let result = validate_checkin(&c, now(), TZ);
        if ok {
            assert!(result.is_ok(), "{used} {kept:?}");
        } else {
            assert_eq!(invalid(result), ("pledge_kept", "kept on a day with a use"));
        }
    }
}
