//! Reading a Quitter export: a dump of the app's preferences, with streak lengths but no dates.
//!
//! Quitter (brandonp2412/Quitter, `lib/settings_page.dart` `_exportData`) writes one JSON object
//! holding every preference: a key per built-in substance whose value is the quit date as Dart's
//! `toIso8601String()` of a local time without a zone, `days` (a JSON *string* mapping those
//! keys to the lengths of earlier attempts), `entries` (a JSON string listing the person's own
//! substances), `custom_names`, `journal_<yyyy-MM-dd>` notes, and settings this reader ignores.
//! A reset stores the attempt's day count (quit day counted as day 1) and moves the quit date to
//! that moment, so the relapse dates are rebuilt backwards from the current quit date and the
//! lengths, and flagged as rebuilt. `docs/import-formats.md` has every field and its source.

use std::collections::BTreeSet;

use chrono::{DateTime, Datelike, NaiveDate, NaiveDateTime, NaiveTime, Timelike};
use chrono_tz::Tz;
use serde_json::{Map, Value};

use super::{
    ImportWarning, Imported, ImportedJourney, ImportedNote, ImportedUse, JourneyStatus,
    MAX_ATTEMPTS, MAX_JOURNEYS, MAX_NOTES, Source, check_size, clean_name, clean_note, damaged,
    journey_from_uses, json_error, looks_damaged,
};
use crate::calendar;
use crate::error::{Error, Result};

/// The built-in substances: preference key and the English title Quitter shows
/// (`lib/addiction_provider.dart`, `lib/l10n/app_en.arb`).
const PRESETS: [(&str, &str); 28] = [
    ("smoking", "Smoking"),
    ("vaping", "Vaping"),
    ("alcohol", "Alcohol"),
    ("opioids", "Opioids"),
    ("heroin", "Heroin"),
    ("nicotine_pouches", "Nicotine pouches"),
    ("social_media", "Social Media"),
    ("pornography", "Adult content"),
    ("marijuana", "Marijuana"),
    ("cocaine", "Cocaine"),
    ("meth", "Meth"),
    ("benzos", "Benzos"),
    ("adderall", "Adderall"),
    ("ssri", "SSRIs"),
    ("snri", "SNRIs"),
    ("tca", "TCAs"),
    ("maoi", "MAOIs"),
    ("nitrous_oxide", "Nitrous Oxide"),
    ("kratom", "Kratom"),
    ("gabapentinoids", "Gabapentin / Pregabalin"),
    ("ghb", "GHB"),
    ("ketamine", "Ketamine"),
    ("inhalants", "Inhalants"),
    ("synthetic_cannabinoids", "Synthetic Cannabinoids"),
    ("mdma", "MDMA"),
    ("steroids", "Anabolic Steroids"),
    ("fentanyl", "Fentanyl"),
    ("smokeless_tobacco", "Dip / Chewing Tobacco"),
];

/// Keys only Quitter writes besides the substances, to tell its export from other JSON.
const OWN_KEYS: [&str; 8] = [
    "entries",
    "days",
    "custom_names",
    "custom_icons",
    "custom_colors",
    "card_order",
    "active_addiction_keys",
    "journal_dates",
];

/// Keys of a two-day-old layout (September 2025) that today's Quitter no longer reads.
const LEGACY_KEYS: [&str; 2] = ["custom_quit_entries", "predefined_days_achieved"];

/// Reads a Quitter export. Local times without a zone are taken as times in `zone`.
pub fn read_quitter(bytes: &[u8], zone: Tz) -> Result<Imported> {
    check_size(bytes)?;
    let decoded = damaged::decode(bytes);
    let value: Value = serde_json::from_str(&decoded.text).map_err(|error| {
        // Only a file that opens as a JSON object can be Quitter's. A damaged unit that became
        // a quote, a backslash or a line break breaks the JSON, sometimes with no other trace.
        let object = decoded.text.trim_start().starts_with('{');
        let syntax = error.classify() == serde_json::error::Category::Syntax;
        if object && decoded.damaged {
            Error::invalid(
                "file",
                "text damaged by the phone export cannot be recovered",
            )
        } else if object && syntax {
            Error::invalid("file", "damaged, perhaps by the phone export")
        } else {
            json_error(&error)
        }
    })?;
    let prefs = match value {
        Value::Object(prefs) => prefs,
        Value::Array(_) => return Err(Error::invalid("file", "a Sobriety export, not Quitter")),
        _ => return Err(Error::invalid("file", "not a Quitter export")),
    };
    let known = prefs.keys().any(|key| {
        PRESETS.iter().any(|(preset, _)| preset == key)
            || OWN_KEYS.contains(&key.as_str())
            || key.starts_with("journal_")
    });
    if !known {
        return Err(Error::invalid("file", "not a Quitter export"));
    }

    let mut reader = Reader {
        zone,
        damaged: decoded.damaged,
        journeys: Vec::new(),
        warnings: Vec::new(),
        never_started: 0,
        shortened: 0,
    };
    if decoded.damaged {
        reader.warnings.push(ImportWarning::TextDamaged {
            replaced: decoded.replaced,
        });
    }
    for key in LEGACY_KEYS {
        if prefs.contains_key(key) {
            reader
                .warnings
                .push(ImportWarning::LegacyFieldIgnored { field: key });
        }
    }

    let custom_names = nested(&prefs, "custom_names", decoded.damaged)?.unwrap_or(Value::Null);
    let days = nested(&prefs, "days", decoded.damaged)?.unwrap_or(Value::Null);
    let mut tracked: BTreeSet<String> = BTreeSet::new();
    for (key, title) in PRESETS {
        let Some(value) = prefs.get(key) else {
            continue;
        };
        let Value::String(quit) = value else {
            return Err(Error::invalid("quit date", "not a date"));
        };
        // Quitter before September 2025 wrote "" for a substance no longer tracked.
        if quit.trim().is_empty() {
            reader.never_started += 1;
            continue;
        }
        tracked.insert(key.to_owned());
        let name = custom_names
            .get(key)
            .and_then(Value::as_str)
            .unwrap_or(title);
        reader.add(name, quit, lengths(days.get(key))?)?;
    }
    match nested(&prefs, "entries", decoded.damaged)? {
        None => {}
        Some(Value::Array(entries)) => {
            for entry in &entries {
                let title = entry.get("title").and_then(Value::as_str);
                let quit = entry.get("quitDate").and_then(Value::as_str);
                let (Some(title), Some(quit)) = (title, quit) else {
                    return Err(Error::invalid("entries", "missing title or quit date"));
                };
                reader.add(title, quit, lengths(entry.get("daysAchieved"))?)?;
                if let Some(id) = entry.get("id").and_then(Value::as_str) {
                    tracked.insert(id.to_owned());
                }
            }
        }
        Some(_) => return Err(Error::invalid("entries", "not a list")),
    }
    let orphans = days.as_object().map_or(0, |map| {
        map.keys().filter(|key| !tracked.contains(*key)).count()
    });
    if orphans > 0 {
        reader
            .warnings
            .push(ImportWarning::LengthsWithoutSubstance { count: orphans });
    }

    let journal = journal(&prefs, decoded.damaged)?;
    reader.finish(journal)
}

/// What the reader has gathered so far.
struct Reader {
    zone: Tz,
    damaged: bool,
    journeys: Vec<ImportedJourney>,
    warnings: Vec<ImportWarning>,
    never_started: usize,
    shortened: usize,
}

impl Reader {
    /// Adds one substance: its name, its quit date text and the lengths of its past attempts.
    fn add(&mut self, raw_name: &str, quit: &str, lengths: Vec<u32>) -> Result<()> {
        if self.journeys.len() >= MAX_JOURNEYS {
            return Err(Error::invalid("file", "too many substances"));
        }
        let (name, shortened) = clean_name(raw_name).ok_or(Error::invalid("name", "empty"))?;
        self.shortened += usize::from(shortened);
        let damaged = looks_damaged(&name, self.damaged);
        let (quit_date, quit_time) = parse_dart_date(quit, self.zone)?;
        let rebuilt = !lengths.is_empty();
        // Rebuild backwards: the last reset happened at the current quit date (it set the quit
        // date to that moment) and each length counts its attempt's first and last day.
        let mut uses = Vec::with_capacity(lengths.len());
        let mut reset_day = quit_date;
        let mut time = quit_time;
        for &days in lengths.iter().rev() {
            uses.push(ImportedUse {
                date: reset_day,
                time: time.take(),
            });
            reset_day = calendar::add_days(reset_day, 1 - i64::from(days));
            if reset_day.year() < calendar::EARLIEST_YEAR {
                return Err(Error::invalid("days", "reach before 1900"));
            }
        }
        let first = (reset_day, if rebuilt { None } else { quit_time });
        let journey = journey_from_uses(
            (name, damaged),
            JourneyStatus::Ongoing,
            first,
            uses,
            lengths,
            rebuilt,
        );
        if rebuilt {
            self.warnings.push(ImportWarning::DatesRebuilt {
                journey: self.journeys.len(),
            });
        }
        self.journeys.push(journey);
        Ok(())
    }

    fn finish(mut self, journal: Vec<ImportedNote>) -> Result<Imported> {
        if self.never_started > 0 {
            self.warnings.push(ImportWarning::NeverStarted {
                count: self.never_started,
            });
        }
        if self.shortened > 0 {
            self.warnings.push(ImportWarning::NamesShortened {
                count: self.shortened,
            });
        }
        if self.journeys.is_empty() && journal.is_empty() {
            return Err(Error::invalid("file", "holds nothing to import"));
        }
        Ok(Imported {
            source: Source::Quitter,
            zone: self.zone,
            zone_assumed: true,
            journeys: self.journeys,
            journal,
            warnings: self.warnings,
        })
    }
}

/// A preference holding JSON text (Quitter stores `days`, `entries` and `custom_names` as
/// strings of JSON), parsed; a value that is already JSON structure is taken as it is. In a
/// damaged file, JSON inside a string that no longer parses is the damage's doing.
fn nested(prefs: &Map<String, Value>, key: &'static str, damaged: bool) -> Result<Option<Value>> {
    match prefs.get(key) {
        None | Some(Value::Null) => Ok(None),
        Some(Value::String(text)) => serde_json::from_str(text).map(Some).map_err(|_| {
            if damaged {
                Error::invalid(
                    "file",
                    "text damaged by the phone export cannot be recovered",
                )
            } else {
                Error::invalid(key, "not JSON")
            }
        }),
        Some(other) => Ok(Some(other.clone())),
    }
}

/// The lengths of past attempts: whole numbers of at least 1 (a reset counts the quit day as
/// day 1), at most [`MAX_ATTEMPTS`] of them.
fn lengths(value: Option<&Value>) -> Result<Vec<u32>> {
    let Some(value) = value.filter(|value| !value.is_null()) else {
        return Ok(Vec::new());
    };
    let list = value
        .as_array()
        .ok_or(Error::invalid("days", "not a list"))?;
    if list.len() > MAX_ATTEMPTS {
        return Err(Error::invalid("days", "too many"));
    }
    list.iter()
        .map(|days| {
            days.as_u64()
                .filter(|days| (1..=200_000).contains(days))
                .and_then(|days| u32::try_from(days).ok())
                .ok_or(Error::invalid("days", "not a positive length"))
        })
        .collect()
}

/// A date as Dart's `DateTime.toIso8601String()` writes it: local `2024-03-01T14:22:05.123456`
/// (no zone, read in `zone`), or UTC with a final `Z` (converted into `zone`). A time of exactly
/// midnight is what Quitter's date pickers give: a date without a time.
pub(super) fn parse_dart_date(text: &str, zone: Tz) -> Result<(NaiveDate, Option<NaiveTime>)> {
    let text = text.trim();
    let local = if let Some(utc) = text.strip_suffix('Z') {
        let naive = parse_naive(utc)?;
        DateTime::<chrono::Utc>::from_naive_utc_and_offset(naive, chrono::Utc)
            .with_timezone(&zone)
            .naive_local()
    } else {
        parse_naive(text)?
    };
    if local.date().year() < calendar::EARLIEST_YEAR {
        return Err(Error::invalid("quit date", "year before 1900"));
    }
    let time = local.time();
    let time = (time != NaiveTime::MIN).then(|| time.with_nanosecond(0).unwrap_or(time));
    Ok((local.date(), time))
}

fn parse_naive(text: &str) -> Result<NaiveDateTime> {
    if let Ok(date) = NaiveDate::parse_from_str(text, "%Y-%m-%d") {
        return Ok(date.and_time(NaiveTime::MIN));
    }
    [
        "%Y-%m-%dT%H:%M:%S%.f",
        "%Y-%m-%d %H:%M:%S%.f",
        "%Y-%m-%dT%H:%M",
    ]
    .iter()
    .find_map(|format| NaiveDateTime::parse_from_str(text, format).ok())
    .ok_or(Error::invalid("quit date", "not a date"))
}

/// Quitter's journal: `journal_<yyyy-MM-dd>` keys holding the day's text (`lib/journal_page.dart`).
fn journal(prefs: &Map<String, Value>, damaged: bool) -> Result<Vec<ImportedNote>> {
    let mut notes = Vec::new();
    for (key, value) in prefs {
        let Some(day) = key.strip_prefix("journal_") else {
            continue;
        };
        let Ok(date) = NaiveDate::parse_from_str(day, "%Y-%m-%d") else {
            continue; // `journal_dates`, the index of the entries, and anything unknown
        };
        let text = value
            .as_str()
            .ok_or(Error::invalid("journal", "not text"))?;
        if notes.len() >= MAX_NOTES {
            return Err(Error::invalid("journal", "too many notes"));
        }
        if let Some(text) = clean_note(text)? {
            notes.push(ImportedNote {
                date,
                damaged: looks_damaged(&text, damaged),
                text,
            });
        }
    }
    notes.sort_by_key(|note| note.date);
    Ok(notes)
}
