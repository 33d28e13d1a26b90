//! Sobriety (and syfre) exports: ongoing, stopped, future and never-started substances, a
//! restart after stopping, notes, savings, zones, the 2023 layout, and refused files.

use chrono_tz::Tz;
use serde_json::{Value, json};

use super::{assert_refused, d, t};
use crate::import_from::{
    ImportWarning, ImportedNote, ImportedStreak, ImportedUse, JourneyStatus, MAX_JOURNEYS, Money,
    OtherSaving, Source, read_sobriety,
};

const SEVERAL: &[u8] = include_bytes!("../../../tests/fixtures/import/sobriety-several.json");
const LEGACY: &[u8] = include_bytes!("../../../tests/fixtures/import/sobriety-legacy-2023-01.json");
const QUITTER: &[u8] = include_bytes!("../../../tests/fixtures/import/quitter-several.json");
const NEW_YORK: Tz = chrono_tz::America::New_York;

/// What kotlinx's `Json.encodeToString(ListSerializer(AddictionSerializer), …)` writes for one
/// substance with this status and history (start → end, epoch milliseconds, 0 while running).
fn export(status: &str, history: &[(i64, i64)]) -> Vec<u8> {
    let history: serde_json::Map<String, Value> = history
        .iter()
        .map(|(start, end)| (start.to_string(), json!(end)))
        .collect();
    let addiction = json!([{ "name": "Heroin", "status": status, "history": history,
        "priority": 1, "daily_notes": {}, "time_saving": "00:00", "savings": {},
        "milestones": [] }]);
    serde_json::to_vec(&addiction).unwrap()
}

#[test]
fn several_substances_ongoing_stopped_future_and_never_started() {
    let imported = read_sobriety(SEVERAL, NEW_YORK).unwrap();
    assert_eq!(imported.source, Source::Sobriety);
    assert_eq!(imported.zone, NEW_YORK);
    assert!(!imported.zone_assumed, "Sobriety's times are instants");
    let names: Vec<&str> = imported.journeys.iter().map(|j| j.name.as_str()).collect();
    // Kratom's only attempt is the empty one Sobriety adds when a planned substance is
    // stopped before its start: it never began.
    assert_eq!(names, ["Heroin", "Alcohol", "Gambling", "Cannabis"]);
    assert_eq!(
        imported.warnings,
        [ImportWarning::NeverStarted { count: 1 }]
    );

    // Began 2024-01-01 09:00 in New York, relapsed 2024-02-01 03:30 UTC, which is still
    // 2024-01-31 22:30 there; the next attempt began the same moment (3 ms later).
    let heroin = &imported.journeys[0];
    assert_eq!(heroin.status, JourneyStatus::Ongoing);
    assert_eq!(
        (heroin.first_clean_date, heroin.first_clean_time),
        (d("2024-01-01"), Some(t("09:00:00")))
    );
    assert_eq!(
        heroin.uses,
        [ImportedUse {
            date: d("2024-01-31"),
            time: Some(t("22:30:00"))
        }]
    );
    assert_eq!(
        heroin.past_streaks,
        [ImportedStreak {
            start: d("2024-01-01"),
            end: d("2024-01-31"),
            days: 30
        }]
    );
    // Sobriety restarts its stopwatch at the relapse; Cairn's clean date is the next day.
    assert_eq!(heroin.clean_date, d("2024-02-01"));
    assert_eq!(heroin.source_lengths, [30]);
    assert!(heroin.untracked.is_empty() && !heroin.rebuilt_dates);
    assert_eq!(
        heroin.notes,
        [
            ImportedNote {
                date: d("2024-01-15"),
                text: "Two weeks.".into(),
                damaged: false
            },
            ImportedNote {
                date: d("2024-02-01"),
                text: "Rough day.\nWent to a meeting anyway.".into(),
                damaged: false,
            },
        ]
    );
    assert_eq!(heroin.minutes_per_day, Some(150));
    // 20.0 USD and 2.5 usd a day add up exactly; cigarettes are not money.
    assert_eq!(
        heroin.cost_per_day,
        Some(Money {
            amount: "22.5".into(),
            currency: Some("USD".into())
        })
    );
    assert_eq!(
        heroin.other_savings,
        [OtherSaving {
            name: "Cigarettes".into(),
            amount: "10".into(),
            unit: "cigs".into()
        }]
    );

    // Stopped abstaining on 2023-09-15 14:45 (EDT): that is a use, and no attempt follows.
    let alcohol = &imported.journeys[1];
    assert_eq!(alcohol.status, JourneyStatus::Stopped);
    assert_eq!(
        alcohol.uses,
        [ImportedUse {
            date: d("2023-09-15"),
            time: Some(t("14:45:00"))
        }]
    );
    assert_eq!(alcohol.past_streaks[0].days, 106);
    assert_eq!(alcohol.source_lengths, [106]);
    assert_eq!(alcohol.clean_date, d("2023-09-16"));
    assert_eq!(alcohol.minutes_per_day, None, "00:00 means unset");

    // Planned for 2031-01-01 17:00 UTC: noon in New York; nothing has happened yet.
    let gambling = &imported.journeys[2];
    assert_eq!(gambling.status, JourneyStatus::Planned);
    assert_eq!(
        (gambling.first_clean_date, gambling.first_clean_time),
        (d("2031-01-01"), Some(t("12:00:00")))
    );
    assert!(gambling.uses.is_empty());
    assert_eq!(
        gambling.cost_per_day,
        Some(Money {
            amount: "15.5".into(),
            currency: Some("EUR".into())
        })
    );

    // Stopped on 05-20 at midnight, started again on 05-30 at noon: both are uses, and the
    // days between were not tracked.
    let cannabis = &imported.journeys[3];
    assert_eq!(
        cannabis.uses,
        [
            ImportedUse {
                date: d("2024-05-20"),
                time: Some(t("00:00:00"))
            },
            ImportedUse {
                date: d("2024-05-30"),
                time: Some(t("12:00:00"))
            },
        ]
    );
    assert_eq!(cannabis.untracked, [(d("2024-05-20"), d("2024-05-30"))]);
    let days: Vec<u32> = cannabis.past_streaks.iter().map(|s| s.days).collect();
    assert_eq!(days, [19, 9]);
    assert_eq!(cannabis.clean_date, d("2024-05-31"));
    assert_eq!(cannabis.source_lengths, [18]);
}

/// Status, history, relapses, clean date, Cairn's streak lengths.
type Case = (&'static str, Vec<(i64, i64)>, usize, &'static str, Vec<u32>);

#[test]
fn relapses_count_as_cairn_counts_them() {
    const H: i64 = 3_600_000;
    // 2024-03-01 00:00 UTC, in New York 2024-02-29 19:00.
    let base = 1_709_251_200_000;
    let cases: Vec<Case> = vec![
        // (status, history, relapses, clean date, Cairn's streak lengths)
        ("Ongoing", vec![(base, 0)], 0, "2024-02-29", vec![]),
        (
            "Ongoing",
            vec![(base, base + 30 * H), (base + 30 * H + 2, 0)],
            1,
            "2024-03-03",
            vec![2],
        ),
        // Two relapses on one local day are one use day.
        (
            "Ongoing",
            vec![
                (base, base + 50 * H),
                (base + 50 * H, base + 52 * H),
                (base + 52 * H, 0),
            ],
            2,
            "2024-03-03",
            vec![2],
        ),
        // A relapse an hour after starting ends a streak of 0 days.
        (
            "Ongoing",
            vec![(base, base + H), (base + H, 0)],
            1,
            "2024-03-01",
            vec![0],
        ),
        (
            "Stopped",
            vec![(base, base + 24 * 10 * H)],
            1,
            "2024-03-11",
            vec![10],
        ),
        // Attempts in the file out of order are put in order.
        (
            "Ongoing",
            vec![(base + 30 * H + 2, 0), (base, base + 30 * H)],
            1,
            "2024-03-03",
            vec![2],
        ),
    ];
    for (status, history, relapses, clean_date, streaks) in cases {
        let imported = read_sobriety(&export(status, &history), NEW_YORK).unwrap();
        let journey = &imported.journeys[0];
        assert_eq!(journey.uses.len(), relapses, "{history:?}");
        assert_eq!(journey.clean_date, d(clean_date), "{history:?}");
        let days: Vec<u32> = journey.past_streaks.iter().map(|s| s.days).collect();
        assert_eq!(days, streaks, "{history:?}");
    }
}

#[test]
fn instants_are_read_in_the_zone_given_across_daylight_saving() {
    // 2024-11-03 05:30 UTC is 01:30 EDT, the first of New York's two 01:30s that night.
    let relapse = 1_730_611_800_000;
    let history = [(1_727_784_000_000, relapse), (relapse + 1, 0)];
    let cases = [
        (NEW_YORK, "2024-11-03", "01:30:00", "2024-10-01"),
        (
            chrono_tz::Asia::Tokyo,
            "2024-11-03",
            "14:30:00",
            "2024-10-01",
        ),
        (
            chrono_tz::Pacific::Honolulu,
            "2024-11-02",
            "19:30:00",
            "2024-10-01",
        ),
    ];
    for (zone, date, time, first) in cases {
        let imported = read_sobriety(&export("Ongoing", &history), zone).unwrap();
        let journey = &imported.journeys[0];
        assert_eq!(imported.zone, zone);
        assert_eq!(
            journey.uses[0],
            ImportedUse {
                date: d(date),
                time: Some(t(time))
            },
            "{zone}"
        );
        assert_eq!(journey.first_clean_date, d(first), "{zone}");
    }
}

#[test]
fn the_january_2023_layout_reads_as_sobriety_reads_it() {
    let imported = read_sobriety(LEGACY, NEW_YORK).unwrap();
    let journey = &imported.journeys[0];
    assert_eq!(journey.status, JourneyStatus::Ongoing);
    assert_eq!(
        (journey.first_clean_date, journey.first_clean_time),
        (d("2023-01-06"), Some(t("05:13:20")))
    );
    assert_eq!(
        imported.warnings,
        ["last_relapse", "relapses", "time_stopped"]
            .map(|field| ImportWarning::LegacyFieldIgnored { field })
    );
    let stopped = br#"[{"name":"x","is_stopped":true,"history":{"1673000000000":1673100000000}}]"#;
    let imported = read_sobriety(stopped, NEW_YORK).unwrap();
    assert_eq!(imported.journeys[0].status, JourneyStatus::Stopped);
}

#[test]
fn savings_in_several_currencies_keep_the_first_as_cost_per_day() {
    let file = br#"[{"name":"x","status":"Ongoing","history":{"1704117600000":0},
        "savings":{"A":{"first":10.0,"second":"GBP"},"B":{"first":5.0,"second":"$"},
        "C":{"first":1.25,"second":"gbp"}}}]"#;
    let imported = read_sobriety(file, NEW_YORK).unwrap();
    let journey = &imported.journeys[0];
    assert_eq!(
        journey.cost_per_day,
        Some(Money {
            amount: "11.25".into(),
            currency: Some("GBP".into())
        })
    );
    assert_eq!(journey.other_savings[0].unit, "$");
    assert_eq!(
        imported.warnings,
        [ImportWarning::SeveralCurrencies { journey: 0 }]
    );
}

#[test]
fn bad_files_are_refused_with_typed_errors() {
    let half = &SEVERAL[..SEVERAL.len() / 2];
    let many = serde_json::to_vec(&vec![
        json!({ "name": "x", "history": {} });
        MAX_JOURNEYS + 1
    ])
    .unwrap();
    let cases: Vec<(Vec<u8>, &str, &str)> = vec![
        (Vec::new(), "file", "empty"),
        (half.to_vec(), "file", "cut short"),
        (b"[]".to_vec(), "file", "holds nothing to import"),
        (br#"[{"name":"x","history":{}}]"#.to_vec(), "file", "holds nothing to import"),
        (QUITTER.to_vec(), "file", "a Quitter export, not Sobriety"),
        (b"\xff\xfe[\x00".to_vec(), "file", "not UTF-8 text"),
        (b"nope".to_vec(), "file", "not a JSON export"),
        (b"[1,2]".to_vec(), "file", "not a Sobriety export"),
        (br#"[{"title":"x","quitDate":"2024-01-01"}]"#.to_vec(), "file", "not a Sobriety export"),
        (many, "file", "too many substances"),
        (export("Paused", &[(1, 0)]), "status", "unknown"),
        (export("Ongoing", &[(1_704_117_600_000, 1_704_200_000_000)]), "status", "does not match the history"),
        (export("Stopped", &[(1_704_117_600_000, 0)]), "status", "does not match the history"),
        (export("Ongoing", &[(1_704_117_600_000, 0), (1_704_200_000_000, 0)]), "history", "an earlier attempt never ended"),
        (export("Ongoing", &[(1_704_117_600_000, 1_704_300_000_000), (1_704_200_000_000, 0)]), "history", "attempts overlap"),
        (export("Stopped", &[(1_704_117_600_000, 1_704_000_000_000)]), "history", "attempts overlap"),
        (export("Ongoing", &[(-3_000_000_000_000, 0)]), "history", "year before 1900"),
        (br#"[{"name":"x","history":{"soon":0}}]"#.to_vec(), "history", "not a time"),
        (br#"[{"name":"x","history":[1,0]}]"#.to_vec(), "history", "not a map"),
        (br#"[{"name":" ","history":{"1":0}}]"#.to_vec(), "name", "empty"),
        (br#"[{"name":"x","history":{"1704117600000":0},"daily_notes":{"01/02/2024":"x"}}]"#.to_vec(), "daily notes", "not a date"),
        (br#"[{"name":"x","history":{"1704117600000":0},"time_saving":"2h"}]"#.to_vec(), "time saving", "not a time"),
        (br#"[{"name":"x","history":{"1704117600000":0},"savings":{"M":{"first":-5.0,"second":"USD"}}}]"#.to_vec(), "savings", "not an amount"),
        (br#"[{"name":"x","history":{"1704117600000":0},"savings":{"M":[5.0,"USD"]}}]"#.to_vec(), "savings", "not an amount and a unit"),
    ];
    for (bytes, field, reason) in cases {
        assert_refused(read_sobriety(&bytes, NEW_YORK), field, reason);
    }
}
