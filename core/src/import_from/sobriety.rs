//! Reading a Sobriety (or syfre) export: every attempt as a pair of instants, notes by date.
//!
//! Sobriety (KiARC/Sobriety, and its fork akrowbat/syfre with the same serializer) exports a
//! JSON list with one object per substance, written by `AddictionSerializer`
//! (`shared/src/commonMain/.../AddictionSerializer.kt`): `name`, `status` (Ongoing, Stopped or
//! Future), `history` (attempt start → end, both epoch milliseconds, 0 for the attempt still
//! running), `daily_notes` (local date → text), `time_saving` (time saved per day, a local
//! time of day), `savings` (name → amount per day and a free-text unit), and fields Cairn does
//! not keep (`priority`, `milestones`). Instants are converted into the caller's zone. A new
//! attempt begins at the relapse instant; Cairn begins it the next day. Field by field, with
//! sources: `docs/import-formats.md`.

use std::collections::BTreeSet;

use chrono::{DateTime, Datelike, NaiveDate, NaiveTime, Timelike};
use chrono_tz::Tz;
use serde_json::{Map, Value};

use super::money::{add_decimals, currency_of, decimal_from_f64};
use super::{
    ImportWarning, Imported, ImportedJourney, ImportedNote, ImportedUse, JourneyStatus,
    MAX_ATTEMPTS, MAX_JOURNEYS, MAX_NOTES, Money, OtherSaving, Source, check_size, clean_name,
    clean_note, journey_from_uses, json_error,
};
use crate::calendar;
use crate::error::{Error, Result};

/// A day as Sobriety measures attempts: 24 hours of elapsed time (`Duration`, `toMillis`).
const DAY_MS: i64 = 86_400_000;
/// `relapse()` reads the clock twice (to end one attempt and start the next), so the two may
/// differ by a few milliseconds; a longer gap means the person stopped and started again later.
const SAME_MOMENT_MS: i64 = 60_000;
/// Fields of the January 2023 layout that today's Sobriety ignores or no longer writes.
const LEGACY_FIELDS: [&str; 3] = ["last_relapse", "time_stopped", "relapses"];

/// Reads a Sobriety or syfre export. Instants are converted into `zone`.
pub fn read_sobriety(bytes: &[u8], zone: Tz) -> Result<Imported> {
    check_size(bytes)?;
    let bytes = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes);
    let text = std::str::from_utf8(bytes).map_err(|_| Error::invalid("file", "not UTF-8 text"))?;
    let value: Value = serde_json::from_str(text).map_err(|error| json_error(&error))?;
    let list = match value {
        Value::Array(list) => list,
        Value::Object(_) => return Err(Error::invalid("file", "a Quitter export, not Sobriety")),
        _ => return Err(Error::invalid("file", "not a Sobriety export")),
    };
    let looks_right = |item: &Value| {
        item.get("name").is_some_and(Value::is_string)
            && (item.get("history").is_some() || item.get("status").is_some())
    };
    if !list.iter().all(looks_right) {
        return Err(Error::invalid("file", "not a Sobriety export"));
    }
    if list.len() > MAX_JOURNEYS {
        return Err(Error::invalid("file", "too many substances"));
    }

    let mut warnings = Vec::new();
    let mut legacy: BTreeSet<&'static str> = BTreeSet::new();
    let mut journeys: Vec<ImportedJourney> = Vec::new();
    let (mut never_started, mut shortened, mut notes_seen) = (0, 0, 0);
    for item in &list {
        let Value::Object(fields) = item else {
            return Err(Error::invalid("file", "not a Sobriety export"));
        };
        legacy.extend(
            LEGACY_FIELDS
                .iter()
                .filter(|field| fields.contains_key(**field)),
        );
        let raw_name = fields.get("name").and_then(Value::as_str).unwrap_or("");
        let (name, cut) = clean_name(raw_name).ok_or(Error::invalid("name", "empty"))?;
        shortened += usize::from(cut);
        let attempts = history(fields)?;
        let status = status(fields)?;
        let Some(mut journey) = journey(name, status, &attempts, zone)? else {
            never_started += 1;
            continue;
        };
        journey.notes = daily_notes(fields)?;
        notes_seen += journey.notes.len();
        if notes_seen > MAX_NOTES {
            return Err(Error::invalid("daily notes", "too many notes"));
        }
        journey.minutes_per_day = time_saving(fields)?;
        if savings(fields, &mut journey)? {
            warnings.push(ImportWarning::SeveralCurrencies {
                journey: journeys.len(),
            });
        }
        journeys.push(journey);
    }
    warnings.extend(
        legacy
            .into_iter()
            .map(|field| ImportWarning::LegacyFieldIgnored { field }),
    );
    if never_started > 0 {
        warnings.push(ImportWarning::NeverStarted {
            count: never_started,
        });
    }
    if shortened > 0 {
        warnings.push(ImportWarning::NamesShortened { count: shortened });
    }
    if journeys.is_empty() {
        return Err(Error::invalid("file", "holds nothing to import"));
    }
    Ok(Imported {
        source: Source::Sobriety,
        zone,
        zone_assumed: false,
        journeys,
        journal: Vec::new(),
        warnings,
    })
}

/// `status`, as `Addiction.Status.valueOf` reads it; absent means Ongoing, and the legacy
/// `is_stopped: true` means Stopped, as the serializer does.
fn status(fields: &Map<String, Value>) -> Result<JourneyStatus> {
    let mut status = match fields.get("status").map(Value::as_str) {
        None => JourneyStatus::Ongoing,
        Some(Some("Ongoing")) => JourneyStatus::Ongoing,
        Some(Some("Stopped")) => JourneyStatus::Stopped,
        Some(Some("Future")) => JourneyStatus::Planned,
        Some(_) => return Err(Error::invalid("status", "unknown")),
    };
    if fields.get("is_stopped").and_then(Value::as_bool) == Some(true) {
        status = JourneyStatus::Stopped;
    }
    Ok(status)
}

/// `history`: attempt start → end in epoch milliseconds (0: still running), oldest first.
fn history(fields: &Map<String, Value>) -> Result<Vec<(i64, i64)>> {
    let Some(history) = fields.get("history") else {
        return Ok(Vec::new());
    };
    let map = history
        .as_object()
        .ok_or(Error::invalid("history", "not a map"))?;
    if map.len() > MAX_ATTEMPTS {
        return Err(Error::invalid("history", "too many attempts"));
    }
    let mut attempts = map
        .iter()
        .map(|(start, end)| {
            let start = start.parse::<i64>().ok();
            match (start, end.as_i64()) {
                (Some(start), Some(end)) => Ok((start, end)),
                _ => Err(Error::invalid("history", "not a time")),
            }
        })
        .collect::<Result<Vec<_>>>()?;
    attempts.sort_unstable();
    Ok(attempts)
}

/// The local date and time of an instant, to the second.
fn local(millis: i64, zone: Tz) -> Result<(NaiveDate, NaiveTime)> {
    let instant =
        DateTime::from_timestamp_millis(millis).ok_or(Error::invalid("history", "not a time"))?;
    let local = instant.with_timezone(&zone).naive_local();
    if local.year() < calendar::EARLIEST_YEAR {
        return Err(Error::invalid("history", "year before 1900"));
    }
    let time = local.time();
    Ok((local.date(), time.with_nanosecond(0).unwrap_or(time)))
}

/// The journey the attempts describe, or `None` when nothing ever began (no attempt, or only
/// the empty attempt Sobriety adds when a planned substance is stopped before its start).
fn journey(
    name: String,
    status: JourneyStatus,
    attempts: &[(i64, i64)],
    zone: Tz,
) -> Result<Option<ImportedJourney>> {
    let Some((&(first_start, _), &(last_start, last_end))) = attempts.first().zip(attempts.last())
    else {
        return Ok(None);
    };
    if attempts.len() == 1 && last_end == last_start && status == JourneyStatus::Stopped {
        return Ok(None);
    }
    let running = last_end == 0;
    if running == (status == JourneyStatus::Stopped) {
        return Err(Error::invalid("status", "does not match the history"));
    }
    let mut uses = Vec::new();
    let mut lengths = Vec::new();
    let mut untracked = Vec::new();
    for (index, &(start, end)) in attempts.iter().enumerate() {
        let next = attempts.get(index + 1);
        if end == 0 {
            if next.is_some() {
                return Err(Error::invalid("history", "an earlier attempt never ended"));
            }
            continue;
        }
        if end < start || next.is_some_and(|&(next_start, _)| next_start < end) {
            return Err(Error::invalid("history", "attempts overlap"));
        }
        let (date, time) = local(end, zone)?;
        uses.push(ImportedUse {
            date,
            time: Some(time),
        });
        lengths.push(u32::try_from((end - start) / DAY_MS).unwrap_or(u32::MAX));
        // Stopped, then started again later: the restart is the last use before the new
        // attempt (unless the new attempt is still only planned, in the future).
        if let Some(&(next_start, next_end)) = next
            && next_start - end > SAME_MOMENT_MS
            && !(status == JourneyStatus::Planned && next_end == 0)
        {
            let (restart, time) = local(next_start, zone)?;
            uses.push(ImportedUse {
                date: restart,
                time: Some(time),
            });
            untracked.push((date, restart));
        }
    }
    let (first_date, first_time) = local(first_start, zone)?;
    let mut journey = journey_from_uses(
        (name, false),
        status,
        (
            first_date,
            Some(first_time).filter(|time| *time != NaiveTime::MIN),
        ),
        uses,
        lengths,
        false,
    );
    journey.untracked = untracked;
    Ok(Some(journey))
}

/// `daily_notes`: ISO local date → text, oldest first.
fn daily_notes(fields: &Map<String, Value>) -> Result<Vec<ImportedNote>> {
    let Some(notes) = fields.get("daily_notes") else {
        return Ok(Vec::new());
    };
    let map = notes
        .as_object()
        .ok_or(Error::invalid("daily notes", "not a map"))?;
    let mut out = Vec::with_capacity(map.len());
    for (date, text) in map {
        let date =
            calendar::parse_date(date).map_err(|_| Error::invalid("daily notes", "not a date"))?;
        let text = text
            .as_str()
            .ok_or(Error::invalid("daily notes", "not text"))?;
        if let Some(text) = clean_note(text)? {
            out.push(ImportedNote {
                date,
                text,
                damaged: false,
            });
        }
    }
    out.sort_by_key(|note| note.date);
    Ok(out)
}

/// `time_saving`: time saved per day as a time of day ("02:30"), in minutes; 00:00 is unset.
fn time_saving(fields: &Map<String, Value>) -> Result<Option<u32>> {
    let Some(value) = fields.get("time_saving") else {
        return Ok(None);
    };
    let text = value
        .as_str()
        .ok_or(Error::invalid("time saving", "not a time"))?;
    let time = ["%H:%M", "%H:%M:%S%.f"]
        .iter()
        .find_map(|format| NaiveTime::parse_from_str(text, format).ok())
        .ok_or(Error::invalid("time saving", "not a time"))?;
    let minutes = time.hour() * 60 + time.minute();
    Ok((minutes > 0).then_some(minutes))
}

/// `savings`: name → `{"first": amount per day, "second": unit}`. Amounts in money of one
/// currency add up to the cost per day; other units are other savings. True when a second
/// currency had to be left out of the cost per day.
fn savings(fields: &Map<String, Value>, journey: &mut ImportedJourney) -> Result<bool> {
    let Some(savings) = fields.get("savings") else {
        return Ok(false);
    };
    let map = savings
        .as_object()
        .ok_or(Error::invalid("savings", "not a map"))?;
    let mut several = false;
    for (name, pair) in map {
        let amount = pair.get("first").and_then(Value::as_f64);
        let unit = pair.get("second").and_then(Value::as_str);
        let (Some(amount), Some(unit)) = (amount, unit) else {
            return Err(Error::invalid("savings", "not an amount and a unit"));
        };
        let amount = decimal_from_f64(amount).ok_or(Error::invalid("savings", "not an amount"))?;
        let other = || OtherSaving {
            name: name.clone(),
            amount: amount.clone(),
            unit: unit.trim().to_owned(),
        };
        match (currency_of(unit), &mut journey.cost_per_day) {
            (None, _) => journey.other_savings.push(other()),
            (Some(currency), None) => {
                journey.cost_per_day = Some(Money {
                    amount: amount.clone(),
                    currency,
                });
            }
            (Some(currency), Some(cost)) if cost.currency == currency => {
                cost.amount = add_decimals(&cost.amount, &amount)
                    .ok_or(Error::invalid("savings", "not an amount"))?;
            }
            (Some(_), Some(_)) => {
                several = true;
                journey.other_savings.push(other());
            }
        }
    }
    Ok(several)
}
