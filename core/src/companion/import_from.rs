//! Importing another app's history through the facade, so nobody has to start again at zero.
//!
//! [`crate::import_from`] reads a Quitter or Sobriety export into a validated description; this
//! module decides what to store and stores it in one transaction or not at all. Each tracked
//! substance becomes a journey whose clean date is the first clean date of the file, each
//! relapse a use of kind [`IMPORTED_USE_KIND`] (relapse: both apps call a reset a relapse, and
//! neither tells a single slip apart), so Cairn's own rule (a use on day R makes the clean date
//! R + 1) gives the current streak; the description's `clean_date` is the same rule, and the
//! tests hold both to it. Notes become journal entries, savings the journey's cost and hours per
//! day. Everything is read in the store's zone (the device's, from settings) and the report
//! says which.
//!
//! Nothing twice: every imported record carries an import key, a digest of the source, the
//! substance and the entry (the use's date and time, the note's date and text), sealed inside
//! the record like everything else (never a column: the store has none to look up by), and
//! compared in the decrypted records. Edits keep the key, and the audit trail of a deleted use
//! or entry keeps it too, so importing the same file again adds nothing, reports 0 added and
//! writes nothing (the store stays byte-identical); a later export of the same history adds
//! only what is new. The digest is an HMAC under a fixed, public key, not the store's: it hides
//! nothing (only someone who can open the record sees it, next to what it digests), and a
//! backup restored into another store keeps recognising its imports.
//!
//! Decisions where the file and Cairn differ: money with more places than its currency is
//! rounded half to even to the currency's places ([`crate::import_from::round_half_even`]) and
//! the report says so (`MoneyRounded`); money of no single currency ("$") takes the region's
//! currency, or is left out with a notice; a substance planned to begin after today is not added
//! (`NotYetStarted`); a stopped one is added with the stop as its last use; notes dated after
//! today are left out and notes longer than a journal entry are split. Any other date in the
//! future (a changed clock) refuses the whole file.

use std::collections::{HashMap, HashSet};
use std::io::Read;
use std::path::Path;

use chrono::{DateTime, Duration, Utc};

use super::Companion;
use super::import_plan::Plan;
use super::import_report::{ImportOutcome, ImportReport, ImportSource, count};
use super::records::{
    AuditRecord, JournalEntryAuditRecord, JournalEntryRecord, JourneyRecord, UseRecord,
};
use crate::calendar;
use crate::error::Result;
use crate::id::RecordId;
use crate::import_from::{self, MAX_FILE_BYTES};
use crate::journal::UseKind;
use crate::store::{Reader, Writer};

/// The kind every imported relapse is recorded as.
pub const IMPORTED_USE_KIND: UseKind = UseKind::Relapse;

impl Companion {
    /// Imports the export of another recovery app (`bytes`, the whole file) in one
    /// transaction, or nothing: a bad file is `InvalidInput` naming a field and a fixed reason,
    /// and leaves the store byte-identical. Importing the same history again adds nothing and
    /// writes nothing.
    pub fn import_from(
        &mut self,
        source: ImportSource,
        bytes: &[u8],
        now: DateTime<Utc>,
    ) -> Result<ImportReport> {
        let settings = self.settings()?;
        let zone = calendar::parse_time_zone(&settings.time_zone)?;
        let imported = match source {
            ImportSource::Quitter => import_from::read_quitter(bytes, zone)?,
            ImportSource::Sobriety => import_from::read_sobriety(bytes, zone)?,
        };
        let plan = Plan::new(&imported, &settings, now, zone)?;
        let known = self.store.read(Known::in_store)?;
        if plan.is_in(&known) {
            return Ok(plan.report(&known, None));
        }
        self.store.write(|writer| {
            // Read again inside the write: another process may have imported meanwhile.
            let known = Known::in_store(writer)?;
            let added = plan.write(writer, &known, now)?;
            Ok(plan.report(&known, Some(&added)))
        })
    }

    /// [`Companion::import_from`] on the file at `path` (the phones hand the copy their
    /// document picker made). A file larger than an export can be is refused unread.
    pub fn import_from_file(
        &mut self,
        source: ImportSource,
        path: &Path,
        now: DateTime<Utc>,
    ) -> Result<ImportReport> {
        let mut bytes = Vec::new();
        let limit = u64::try_from(MAX_FILE_BYTES).unwrap_or(u64::MAX) + 1;
        std::fs::File::open(path)?
            .take(limit)
            .read_to_end(&mut bytes)?;
        self.import_from(source, &bytes, now)
    }
}

/// The import keys already in the store, and which journey each imported journey's key names.
struct Known {
    keys: HashSet<String>,
    journeys: HashMap<String, RecordId>,
}

impl Known {
    fn in_store(reader: &Reader<'_>) -> Result<Self> {
        let mut keys = HashSet::new();
        let mut journeys = HashMap::new();
        for stored in reader.list::<JourneyRecord>()?.records {
            if let Some(key) = stored.value.import_key {
                journeys.insert(key.clone(), stored.id);
                keys.insert(key);
            }
        }
        let uses = reader.list::<UseRecord>()?.records;
        keys.extend(uses.into_iter().filter_map(|s| s.value.import_key));
        let audit = reader.list::<AuditRecord>()?.records;
        keys.extend(audit.into_iter().filter_map(|s| s.value.import_key));
        let entries = reader.list::<JournalEntryRecord>()?.records;
        keys.extend(entries.into_iter().filter_map(|s| s.value.import_key));
        let entry_audit = reader.list::<JournalEntryAuditRecord>()?.records;
        keys.extend(entry_audit.into_iter().filter_map(|s| s.value.import_key));
        Ok(Self { keys, journeys })
    }
}

/// What a write added.
struct Added {
    journeys: Vec<Option<(RecordId, bool)>>,
    uses: Vec<u32>,
    entries: u32,
}

impl Plan {
    /// Whether the store already holds everything this file would add.
    fn is_in(&self, known: &Known) -> bool {
        self.journeys.iter().all(|planned| {
            planned.journey.is_none()
                || (known.journeys.contains_key(&planned.key)
                    && planned.uses.iter().all(|(key, _)| known.keys.contains(key)))
        }) && self.entries.iter().all(|(key, _)| known.keys.contains(key))
    }

    /// Adds what the store does not hold yet.
    fn write(&self, writer: &Writer<'_>, known: &Known, now: DateTime<Utc>) -> Result<Added> {
        let today = calendar::local_date(now, calendar::parse_time_zone(&self.time_zone)?);
        let mut added = Added {
            journeys: Vec::new(),
            uses: Vec::new(),
            entries: 0,
        };
        // Two substances of one file under one name are one journey, and nothing is added
        // twice within a file either.
        let mut journeys_now: HashMap<&str, RecordId> = HashMap::new();
        let mut keys_now: HashSet<&str> = HashSet::new();
        for (index, planned) in self.journeys.iter().enumerate() {
            let Some(journey) = &planned.journey else {
                added.journeys.push(None);
                added.uses.push(0);
                continue;
            };
            let earlier = known.journeys.get(&planned.key);
            let (id, new) = match earlier.or(journeys_now.get(planned.key.as_str())) {
                Some(id) => (*id, false),
                None => {
                    // Journeys are listed by when they were started: keep the file's order,
                    // after every journey started up to `now` (one started by hand at the same
                    // instant would otherwise tie with the first and be ordered by its random id).
                    let offset = Duration::microseconds(i64::try_from(index).unwrap_or(0) + 1);
                    let record = JourneyRecord {
                        journey: journey.clone(),
                        started_at: now + offset,
                        personal_milestones: Vec::new(),
                        milestones_seen_through: Some(today),
                        import_key: Some(planned.key.clone()),
                    };
                    let id = writer.insert(&record)?;
                    journeys_now.insert(&planned.key, id);
                    (id, true)
                }
            };
            let mut uses = 0;
            for (key, event) in &planned.uses {
                if known.keys.contains(key) || !keys_now.insert(key) {
                    continue;
                }
                writer.insert(&UseRecord {
                    journey_id: id,
                    event: event.clone(),
                    recorded_at: now,
                    import_key: Some(key.clone()),
                })?;
                uses += 1;
            }
            added.journeys.push(Some((id, new)));
            added.uses.push(uses);
        }
        for (key, entry) in &self.entries {
            if known.keys.contains(key) || !keys_now.insert(key) {
                continue;
            }
            writer.insert(&JournalEntryRecord {
                entry: entry.clone(),
                recorded_at: now,
                edited_at: None,
                import_key: Some(key.clone()),
            })?;
            added.entries += 1;
        }
        Ok(added)
    }

    /// The report of this plan against what the store held before (`known`) and what was
    /// added (`None`: nothing was written).
    fn report(&self, known: &Known, added: Option<&Added>) -> ImportReport {
        let mut report = ImportReport {
            source: self.source,
            time_zone: self.time_zone.clone(),
            zone_assumed: self.zone_assumed,
            journeys_added: 0,
            uses_added: 0,
            journal_entries_added: 0,
            savings_set: 0,
            already_imported: 0,
            journeys: Vec::with_capacity(self.journeys.len()),
            notices: self.notices.clone(),
        };
        for (index, planned) in self.journeys.iter().enumerate() {
            let mut line = planned.report.clone();
            let written = added.and_then(|added| added.journeys.get(index).copied().flatten());
            let uses = added.map_or(0, |added| added.uses.get(index).copied().unwrap_or(0));
            match (&planned.journey, written) {
                (None, _) => line.outcome = ImportOutcome::NotYetStarted,
                (Some(_), Some((id, true))) => {
                    line.journey_id = Some(id);
                    line.outcome = ImportOutcome::Added;
                    report.journeys_added += 1;
                    if line.cost_per_day.is_some() || line.hours_per_day.is_some() {
                        report.savings_set += 1;
                    }
                }
                (Some(_), existing) => {
                    line.journey_id = existing
                        .map(|(id, _)| id)
                        .or_else(|| known.journeys.get(&planned.key).copied());
                    line.outcome = ImportOutcome::AlreadyImported;
                    report.already_imported += 1;
                }
            }
            line.uses_added = uses;
            report.uses_added += uses;
            if planned.journey.is_some() {
                report.already_imported += count(planned.uses.len()) - uses;
            }
            report.journeys.push(line);
        }
        let entries = added.map_or(0, |added| added.entries);
        report.journal_entries_added = entries;
        report.already_imported += count(self.entries.len()) - entries;
        report
    }
}
