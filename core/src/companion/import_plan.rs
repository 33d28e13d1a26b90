//! What an import will add, worked out and checked before anything is written.
//!
//! [`Plan::new`] turns the description [`crate::import_from`] read into the records Cairn will
//! store (journeys with their savings, uses, journal entries), each with its import key, and
//! the report's lines and notices; every date is validated here, so the write that follows
//! (`import_from.rs`) cannot fail half-way on bad input. The choices (relapse as the use kind,
//! money rounded half to even, planned substances left for later, long notes split) are listed
//! in `import_from.rs`.

use chrono::{DateTime, Utc};
use chrono_tz::Tz;
use ring::hmac;

use super::import_from::IMPORTED_USE_KIND;
use super::import_report::{
    CostNotKeptReason, ImportNotice, ImportOutcome, ImportSource, ImportedJourneyReport, count,
};
use crate::calendar;
use crate::error::Result;
use crate::import_from::{self, Imported, ImportedJourney, ImportedNote, JourneyStatus, Source};
use crate::journal::{self, HoursPerDay, Journey, UseEvent};
use crate::journal_entry::{self, JournalEntry, TEXT_MAX_CHARS};
use crate::money::{Currency, DailyCost};
use crate::settings::Settings;

/// The fixed key of import keys' HMAC (see `import_from.rs` for why not the store's key).
const IMPORT_KEY_DOMAIN: &[u8] = b"cairn/v1/import-key";
/// Bytes of the digest kept: 96 bits, no collision among any person's records, and short
/// enough that an imported use fills the same padding bucket as a typed one.
const IMPORT_KEY_BYTES: usize = 12;

/// The import key of one thing from a file: an HMAC over its parts, each length-prefixed so no
/// two lists of parts give the same input.
fn import_key(parts: &[&[u8]]) -> String {
    let key = hmac::Key::new(hmac::HMAC_SHA256, IMPORT_KEY_DOMAIN);
    let mut context = hmac::Context::with_key(&key);
    for part in parts {
        let length = u64::try_from(part.len()).unwrap_or(u64::MAX);
        context.update(&length.to_be_bytes());
        context.update(part);
    }
    hex::encode(&context.sign().as_ref()[..IMPORT_KEY_BYTES])
}

fn source_tag(source: Source) -> &'static [u8] {
    match source {
        Source::Quitter => b"quitter",
        Source::Sobriety => b"sobriety",
    }
}

/// Everything the file will add, checked before anything is written.
pub(super) struct Plan {
    pub(super) source: ImportSource,
    pub(super) time_zone: String,
    pub(super) zone_assumed: bool,
    pub(super) journeys: Vec<PlannedJourney>,
    pub(super) entries: Vec<(String, JournalEntry)>,
    pub(super) notices: Vec<ImportNotice>,
}

/// One substance as it will be stored.
pub(super) struct PlannedJourney {
    pub(super) key: String,
    /// `None` when it is planned to begin after today.
    pub(super) journey: Option<Journey>,
    pub(super) uses: Vec<(String, UseEvent)>,
    pub(super) report: ImportedJourneyReport,
}

impl Plan {
    pub(super) fn new(
        imported: &Imported,
        settings: &Settings,
        now: DateTime<Utc>,
        zone: Tz,
    ) -> Result<Self> {
        let tag = source_tag(imported.source);
        let mut notices = vec![ImportNotice::ZoneUsed {
            zone: settings.time_zone.clone(),
            times_without_zone: imported.zone_assumed,
        }];
        notices.extend(imported.warnings.iter().map(ImportNotice::from));
        let mut journeys = Vec::with_capacity(imported.journeys.len());
        for (index, found) in imported.journeys.iter().enumerate() {
            journeys.push(plan_journey(
                tag,
                index,
                found,
                settings,
                now,
                zone,
                &mut notices,
            )?);
        }
        let mut notes: Vec<(&[u8], &ImportedNote)> = imported
            .journal
            .iter()
            .map(|note| (&b""[..], note))
            .collect();
        for found in &imported.journeys {
            notes.extend(found.notes.iter().map(|note| (found.name.as_bytes(), note)));
        }
        let entries = plan_entries(tag, &notes, now, zone, &mut notices)?;
        let source = match imported.source {
            Source::Quitter => ImportSource::Quitter,
            Source::Sobriety => ImportSource::Sobriety,
        };
        Ok(Self {
            source,
            time_zone: settings.time_zone.clone(),
            zone_assumed: imported.zone_assumed,
            journeys,
            entries,
            notices,
        })
    }
}

/// One substance: its journey (with savings), its uses and its line in the report, checked.
fn plan_journey(
    tag: &[u8],
    index: usize,
    found: &ImportedJourney,
    settings: &Settings,
    now: DateTime<Utc>,
    zone: Tz,
    notices: &mut Vec<ImportNotice>,
) -> Result<PlannedJourney> {
    let name = found.name.as_bytes();
    let journey_index = count(index);
    let (cost_per_day, hours_per_day) = savings_of(journey_index, found, settings, notices);
    let journey = Journey {
        substance: found.name.clone(),
        clean_date: found.first_clean_date,
        clean_time: found.first_clean_time,
        cost_per_day,
        hours_per_day,
    };
    let today = calendar::local_date(now, zone);
    let starts_later = match journey.clean_time {
        Some(time) => calendar::resolve_local(journey.clean_date, time, zone) > now,
        None => journey.clean_date > today,
    };
    let not_yet = found.status == JourneyStatus::Planned && starts_later;
    let mut uses = Vec::with_capacity(found.uses.len());
    if not_yet {
        notices.push(ImportNotice::NotYetStarted {
            journey: journey_index,
        });
    } else {
        journal::validate_journey(&journey, now, zone)?;
        for found_use in &found.uses {
            let event = UseEvent {
                time: found_use.time,
                ..UseEvent::new(found_use.date, IMPORTED_USE_KIND)
            };
            journal::validate_use(&event, now, zone)?;
            let date = found_use.date.to_string();
            let time = found_use
                .time
                .map(|time| time.to_string())
                .unwrap_or_default();
            let key = import_key(&[tag, b"use", name, date.as_bytes(), time.as_bytes()]);
            uses.push((key, event));
        }
        if found.status == JourneyStatus::Stopped {
            notices.push(ImportNotice::StoppedInOtherApp {
                journey: journey_index,
            });
        }
        if !found.untracked.is_empty() {
            notices.push(ImportNotice::UntrackedSpans {
                journey: journey_index,
                count: count(found.untracked.len()),
            });
        }
    }
    let past_streak_days: Vec<u32> = found.past_streaks.iter().map(|s| s.days).collect();
    if !not_yet && past_streak_days != found.source_lengths {
        notices.push(ImportNotice::CountsDiffer {
            journey: journey_index,
        });
    }
    let report = ImportedJourneyReport {
        journey_id: None,
        outcome: ImportOutcome::Added,
        substance: found.name.clone(),
        state: found.status.into(),
        first_clean_date: found.first_clean_date,
        clean_date: found.clean_date,
        relapses: count(found.uses.len()),
        uses_added: 0,
        past_streak_days,
        source_lengths: found.source_lengths.clone(),
        rebuilt_dates: found.rebuilt_dates,
        cost_per_day: journey.cost_per_day.map(|cost| cost.per_day().to_amount()),
        hours_per_day: journey.hours_per_day.map(HoursPerDay::hours),
    };
    Ok(PlannedJourney {
        key: import_key(&[tag, b"journey", name]),
        journey: (!not_yet).then_some(journey),
        uses,
        report,
    })
}

/// The cost and hours per day Cairn keeps from a substance's savings, with a notice for each
/// change or omission.
fn savings_of(
    journey: u32,
    found: &ImportedJourney,
    settings: &Settings,
    notices: &mut Vec<ImportNotice>,
) -> (Option<DailyCost>, Option<HoursPerDay>) {
    let cost = found.cost_per_day.as_ref().and_then(|money| {
        let currency = match &money.currency {
            Some(code) => Currency::parse(code).ok(),
            None => settings.region.and_then(Currency::of_region),
        };
        let not_kept = |reason| ImportNotice::CostNotKept { journey, reason };
        let Some(currency) = currency else {
            notices.push(not_kept(CostNotKeptReason::NoCurrency));
            return None;
        };
        let (amount, rounded) =
            import_from::round_half_even(&money.amount, currency.minor_units())?;
        if amount.bytes().all(|b| b == b'0' || b == b'.') {
            notices.push(not_kept(CostNotKeptReason::RoundsToZero));
            return None;
        }
        match DailyCost::parse(&amount, currency) {
            Ok(cost) => {
                if rounded {
                    notices.push(ImportNotice::MoneyRounded { journey });
                }
                Some(cost)
            }
            Err(_) => {
                notices.push(not_kept(CostNotKeptReason::TooLarge));
                None
            }
        }
    });
    if !found.other_savings.is_empty() {
        notices.push(ImportNotice::OtherSavingsNotKept {
            journey,
            count: count(found.other_savings.len()),
        });
    }
    // Minutes to hundredths of an hour, to the nearest (never a tie: 100 × minutes / 60 has a
    // remainder of 0, 20 or 40 sixtieths).
    let hours = found
        .minutes_per_day
        .filter(|m| *m > 0)
        .and_then(|minutes| {
            let scaled = u64::from(minutes) * 100;
            let hundredths = (scaled + 30) / 60;
            if scaled % 60 != 0 {
                notices.push(ImportNotice::HoursRounded { journey });
            }
            let hundredths = u32::try_from(hundredths).ok()?;
            HoursPerDay::new(f64::from(hundredths) / 100.0).ok()
        });
    (cost, hours)
}

/// The journal entries the notes make (`(substance, note)`; Quitter's journal has no
/// substance), each with its key: notes dated after today are left out, longer ones split.
fn plan_entries(
    tag: &[u8],
    notes: &[(&[u8], &ImportedNote)],
    now: DateTime<Utc>,
    zone: Tz,
    notices: &mut Vec<ImportNotice>,
) -> Result<Vec<(String, JournalEntry)>> {
    let today = calendar::local_date(now, zone);
    let (mut ahead, mut split) = (0, 0);
    let mut entries = Vec::new();
    for (substance, note) in notes {
        if note.date > today {
            ahead += 1;
            continue;
        }
        let chars: Vec<char> = note.text.chars().collect();
        let parts: Vec<String> = chars
            .chunks(TEXT_MAX_CHARS)
            .map(|part| part.iter().collect::<String>())
            .filter(|part| !part.trim().is_empty())
            .collect();
        split += usize::from(parts.len() > 1);
        let date = note.date.to_string();
        for (number, part) in parts.into_iter().enumerate() {
            let entry =
                journal_entry::prepare_entry(JournalEntry::new(note.date, part), now, zone)?;
            let number = number.to_string();
            let key = import_key(&[
                tag,
                b"note",
                substance,
                date.as_bytes(),
                number.as_bytes(),
                entry.text.as_bytes(),
            ]);
            entries.push((key, entry));
        }
    }
    if ahead > 0 {
        notices.push(ImportNotice::NotesAhead {
            count: count(ahead),
        });
    }
    if split > 0 {
        notices.push(ImportNotice::NotesSplit {
            count: count(split),
        });
    }
    Ok(entries)
}
