//! Cairn as the shells use it: the [`Companion`] facade over the sealed store.
//!
//! The workload is written straight through the store in one transaction (writing ten years
//! of check-ins one durable check-in at a time would only slow the set-up down); everything
//! measured goes through the same facade calls a phone makes.

use std::path::Path;

use cairn_core::Companion;
use cairn_core::checkin::CheckInStreak;
use cairn_core::crypto::{KeySource, PlatformKey};
use cairn_core::journal::UseKind;
use cairn_core::store::Store;

use crate::views::{HistoryView, TodayView};
use crate::workload::Workload;

type Result<T> = std::result::Result<T, Box<dyn std::error::Error>>;

/// The key a phone's Keystore or Keychain would hand over.
pub fn platform_key() -> Result<KeySource> {
    Ok(KeySource::Platform(PlatformKey::from_bytes(&[7; 32])?))
}

/// Creates a store at `path` holding the whole workload.
pub fn build(path: &Path, workload: &Workload) -> Result<()> {
    let mut store = Store::create(path, &platform_key()?)?;
    store.write(|writer| {
        writer.put_by_key(&workload.settings)?;
        writer.put_by_key(&workload.prevention_plan)?;
        for (id, journey) in &workload.journeys {
            writer.insert_with_id(*id, journey)?;
        }
        for (id, record) in &workload.uses {
            writer.insert_with_id(*id, record)?;
        }
        for (id, record) in &workload.checkins {
            writer.insert_with_id(*id, record)?;
        }
        for (id, contact) in &workload.contacts {
            writer.insert_with_id(*id, contact)?;
        }
        Ok(())
    })?;
    Ok(())
}

/// Opens and unlocks the store.
pub fn open(path: &Path) -> Result<Companion> {
    Ok(Companion::open(path, &platform_key()?)?)
}

/// Cold start to the Today view: open, unlock, the first journey's status and the insights.
pub fn today(path: &Path, workload: &Workload) -> Result<TodayView> {
    let companion = open(path)?;
    Ok(TodayView {
        status: companion.status(None, workload.now)?,
        insights: companion.insights(workload.now)?,
    })
}

/// One durable check-in (today's, replacing the previous round's).
pub fn check_in(
    companion: &mut Companion,
    workload: &Workload,
    round: usize,
) -> Result<CheckInStreak> {
    let checkin = workload.todays_checkin(round)?;
    let recorded = companion.check_in(checkin, UseKind::Lapse, true, workload.now)?;
    Ok(recorded.checkin_streak)
}

/// The full history: the first journey's streaks, uses and audit trail, and every check-in.
pub fn history(companion: &Companion, workload: &Workload) -> Result<HistoryView> {
    Ok(HistoryView {
        journey: companion.history(None, workload.now)?,
        checkins: companion.checkins()?,
    })
}

/// Writes a backup of the whole store to `file` and returns its recovery code.
pub fn export(companion: &Companion, file: &Path) -> Result<String> {
    Ok(companion
        .export_backup(file, None)?
        .recovery_code
        .display()
        .to_string())
}

/// Replaces the store's contents with the backup at `file`.
pub fn import(companion: &mut Companion, file: &Path, code: &str) -> Result<usize> {
    Ok(companion.import_backup(file, code, None)?.records)
}
