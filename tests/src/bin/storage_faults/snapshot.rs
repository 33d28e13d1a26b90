//! What a person can see in a store, read whole so that two moments can be compared exactly
//! (a refused write must change none of it), SQLite's own integrity check on a connection of
//! its own, and the few records the scenarios write to give a store something to show.

use std::path::Path;

use cairn_core::Companion;
use cairn_core::checkin::{CheckIn, MedicationTaken};
use cairn_core::companion::{ContactView, History, JourneyView, NewJourney};
use cairn_core::contact::{ContactRole, NewContact};
use cairn_core::journal::UseKind;
use cairn_core::settings::Settings;
use cairn_tests::platform_key;
use chrono::{Duration, NaiveDate};
use rusqlite::{Connection, OpenFlags};

use crate::{Outcome, now};

/// The first day of the journeys; check-ins and uses take the days after it, one each.
const CLEAN_DATE: &str = "2026-01-01";

/// Everything a person can see in a store: what must not change when a write is refused.
#[derive(Clone, Debug, PartialEq)]
pub struct Contents {
    pub settings: Settings,
    pub journeys: Vec<JourneyView>,
    pub checkins: Vec<CheckIn>,
    pub history: History,
    pub contacts: Vec<ContactView>,
    pub has_passphrase: bool,
}

impl Contents {
    /// Reads it all through `companion` (no other connection).
    pub fn read(companion: &Companion) -> Outcome<Self> {
        Ok(Self {
            settings: companion.settings()?,
            journeys: companion.journeys()?,
            checkins: companion.checkins()?,
            history: companion.history(None, now()?)?,
            contacts: companion.contacts()?,
            has_passphrase: companion.has_passphrase()?,
        })
    }

    /// The same, leaving out which key sources open the store (an import keeps this store's).
    pub fn records(&self) -> Self {
        Self {
            has_passphrase: false,
            ..self.clone()
        }
    }
}

/// SQLite's integrity check on a connection of its own. It only reads, but opens read-write:
/// a read-only connection to a WAL store creates `-wal` and `-shm` files it cannot remove.
/// It shares the file, so it must not run while a store opened exclusively (on a full disk)
/// is open, and it needs room for a `-shm` index when there is none.
pub fn integrity(path: &Path) -> Outcome {
    let conn = Connection::open_with_flags(
        path,
        OpenFlags::SQLITE_OPEN_READ_WRITE | OpenFlags::SQLITE_OPEN_NO_MUTEX,
    )?;
    let result: String = conn.query_row("PRAGMA integrity_check", [], |row| row.get(0))?;
    ensure!(
        result == "ok",
        "integrity check of {}: {result}",
        path.display()
    );
    Ok(())
}

/// The day `offset` days after the clean date.
pub fn day(offset: u32) -> Outcome<NaiveDate> {
    let clean: NaiveDate = CLEAN_DATE.parse()?;
    Ok(clean + Duration::days(i64::from(offset)))
}

pub fn checkin_on(date: NaiveDate) -> CheckIn {
    CheckIn::new(date, 3, 4, false, MedicationTaken::NotPrescribed)
}

pub fn new_contact(name: String) -> NewContact {
    NewContact {
        name,
        phone: "555 010 4477".into(),
        role: ContactRole::Friend,
        can_text: false,
        note: None,
    }
}

pub fn start_journey(companion: &mut Companion) -> Outcome {
    let journey = NewJourney {
        substance: None,
        clean_date: CLEAN_DATE.parse()?,
        clean_time: None,
        cost_per_day: None,
        hours_per_day: None,
    };
    companion.start_journey(journey, now()?)?;
    Ok(())
}

/// A new store at `path` with a journey, a check-in on each of the first `days` days and one
/// contact: what every scenario starts from.
pub fn seeded_store(path: &Path, days: u32) -> Outcome<Companion> {
    let mut companion = Companion::create(path, &platform_key(7), "Europe/Dublin")?;
    start_journey(&mut companion)?;
    for offset in 1..=days {
        companion.check_in(checkin_on(day(offset)?), UseKind::Lapse, false, now()?)?;
    }
    companion.add_contact(new_contact("Jordan".into()), false)?;
    Ok(companion)
}
