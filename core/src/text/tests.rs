//! Plural tables, digit grouping and missing ids. Whether the catalogues hold the same ids and
//! match what the code uses is `core/tests/catalogues.rs`, which may link the shared test
//! helpers (a unit test here would link a second copy of this crate).

use super::*;

#[test]
fn plural_tables_for_days_in_both_languages() {
    let en = messages(Language::English);
    let es = messages(Language::Spanish);
    let days =
        |catalogue: &Catalogue, n: u32| catalogue.format("milestone-days", &[("count", n.into())]);
    for (n, english, spanish) in [
        (0, "0 days", "0 días"),
        (1, "1 day", "1 día"),
        (2, "2 days", "2 días"),
        (5, "5 days", "5 días"),
        (21, "21 days", "21 días"),
        (101, "101 days", "101 días"),
        (1000, "1,000 days", "1000 días"),
        (10_000, "10,000 days", "10\u{a0}000 días"),
        (1_000_000, "1,000,000 days", "1\u{a0}000\u{a0}000 días"),
    ] {
        assert_eq!(days(en, n), english);
        assert_eq!(days(es, n), spanish);
    }
    let months = |n: u32| es.format("milestone-months", &[("count", n.into())]);
    assert_eq!(months(1), "1 mes");
    assert_eq!(months(18), "18 meses");
}

#[test]
fn a_missing_id_shows_itself_and_text_arguments_are_kept_as_given() {
    let en = messages(Language::English);
    assert_eq!(en.text("no-such-message"), "no-such-message");
    assert_eq!(
        en.format(
            "notification-dose",
            &[
                ("medication", "buprenorphine".into()),
                ("time", "08:00".into())
            ]
        ),
        "Time for your buprenorphine (08:00)"
    );
    // No isolation marks around arguments.
    assert!(
        !en.format("safety-tolerance", &[("days", 3u32.into())])
            .contains('\u{2068}')
    );
}
