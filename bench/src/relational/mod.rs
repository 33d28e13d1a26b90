//! The alternatives a developer would otherwise pick: a conventional schema on plain SQLite
//! (the floor) or on SQLCipher with a raw 256-bit key (what many apps do).
//!
//! One table per kind, the columns a query needs (dates, journey ids) in the clear and indexed,
//! the rest of each value as the same JSON the sealed records hold. The views are computed by
//! the same pure rules of `cairn_core` from what the queries return, so the only difference
//! from Cairn is storage. The same durability as Cairn: WAL and `synchronous=FULL`.

use std::path::Path;

use cairn_core::RecordId;
use cairn_core::calendar;
use cairn_core::checkin::CheckIn;
use cairn_core::companion::records::{CheckInRecord, JourneyRecord, UseRecord};
use cairn_core::contact::Contact;
use cairn_core::settings::Settings;
use chrono_tz::Tz;
use rusqlite::{Connection, params};

use crate::workload::Workload;

mod copy;
mod screens;

pub use copy::{export, import};
pub use screens::{check_in, history, notification_plan, today};

type Result<T> = std::result::Result<T, Box<dyn std::error::Error>>;

/// Which alternative.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Flavour {
    /// Plain SQLite, unencrypted: the floor.
    Plain,
    /// SQLCipher 4 with a raw key (no key derivation on open).
    SqlCipher,
}

const RAW_KEY: &str = "x'0707070707070707070707070707070707070707070707070707070707070707'";

const SCHEMA: &str = "
    CREATE TABLE settings (id INTEGER PRIMARY KEY CHECK (id = 1), body TEXT NOT NULL);
    CREATE TABLE prevention_plan (id INTEGER PRIMARY KEY CHECK (id = 1), body TEXT NOT NULL);
    CREATE TABLE journey (id BLOB PRIMARY KEY, started_at TEXT NOT NULL, body TEXT NOT NULL);
    CREATE TABLE use_event (id BLOB PRIMARY KEY, journey_id BLOB NOT NULL, date TEXT NOT NULL,
                            body TEXT NOT NULL);
    CREATE INDEX use_event_journey ON use_event (journey_id);
    CREATE TABLE audit (id BLOB PRIMARY KEY, journey_id BLOB NOT NULL, at TEXT NOT NULL,
                        body TEXT NOT NULL);
    CREATE TABLE checkin (date TEXT PRIMARY KEY, id BLOB NOT NULL, body TEXT NOT NULL);
    CREATE TABLE contact (id BLOB PRIMARY KEY, body TEXT NOT NULL);
    CREATE TABLE reach_out (id BLOB PRIMARY KEY, date TEXT NOT NULL, body TEXT NOT NULL);
    CREATE INDEX reach_out_date ON reach_out (date);";

pub(super) fn json<T: serde::Serialize>(value: &T) -> Result<String> {
    Ok(serde_json::to_string(value)?)
}

pub(super) fn parse<T: serde::de::DeserializeOwned>(text: &str) -> Result<T> {
    Ok(serde_json::from_str(text)?)
}

fn id_of(bytes: Vec<u8>) -> Result<RecordId> {
    let bytes: [u8; 16] = bytes.try_into().map_err(|_| "an id is not 16 bytes")?;
    Ok(RecordId::from_bytes(bytes))
}

/// Opens (or creates) a database of `flavour` with Cairn's durability settings.
pub fn open(path: &Path, flavour: Flavour) -> Result<Connection> {
    let conn = Connection::open(path)?;
    if flavour == Flavour::SqlCipher {
        conn.execute_batch(&format!("PRAGMA key = \"{RAW_KEY}\";"))?;
    }
    // Reading the schema proves the key (SQLCipher defers the check to the first read).
    conn.query_row("SELECT count(*) FROM sqlite_master", [], |row| {
        row.get::<_, i64>(0)
    })?;
    conn.pragma_update(None, "journal_mode", "WAL")?;
    conn.pragma_update(None, "synchronous", "FULL")?;
    Ok(conn)
}

/// Creates a database at `path` holding the whole workload.
pub fn build(path: &Path, flavour: Flavour, workload: &Workload) -> Result<()> {
    let mut conn = open(path, flavour)?;
    conn.execute_batch(SCHEMA)?;
    let tx = conn.transaction()?;
    tx.execute(
        "INSERT INTO settings (id, body) VALUES (1, ?1)",
        params![json(&workload.settings)?],
    )?;
    tx.execute(
        "INSERT INTO prevention_plan (id, body) VALUES (1, ?1)",
        params![json(&workload.prevention_plan)?],
    )?;
    for (id, record) in &workload.journeys {
        tx.execute(
            "INSERT INTO journey (id, started_at, body) VALUES (?1, ?2, ?3)",
            params![id.as_bytes(), record.started_at.to_rfc3339(), json(record)?],
        )?;
    }
    for (id, record) in &workload.uses {
        tx.execute(
            "INSERT INTO use_event (id, journey_id, date, body) VALUES (?1, ?2, ?3, ?4)",
            params![
                id.as_bytes(),
                record.journey_id.as_bytes(),
                record.event.date.to_string(),
                json(record)?
            ],
        )?;
    }
    for (id, record) in &workload.checkins {
        tx.execute(
            "INSERT INTO checkin (date, id, body) VALUES (?1, ?2, ?3)",
            params![
                record.checkin.date.to_string(),
                id.as_bytes(),
                json(record)?
            ],
        )?;
    }
    for (id, contact) in &workload.contacts {
        tx.execute(
            "INSERT INTO contact (id, body) VALUES (?1, ?2)",
            params![id.as_bytes(), json(contact)?],
        )?;
    }
    tx.commit()?;
    Ok(())
}

pub(super) fn settings(conn: &Connection) -> Result<(Settings, Tz)> {
    let body: String = conn.query_row("SELECT body FROM settings WHERE id = 1", [], |row| {
        row.get(0)
    })?;
    let settings: Settings = parse(&body)?;
    let zone = calendar::parse_time_zone(&settings.time_zone)?;
    Ok((settings, zone))
}

/// The rows `sql` selects as (16-byte id, JSON body), decoded.
fn with_ids<T: serde::de::DeserializeOwned>(
    conn: &Connection,
    sql: &str,
    values: impl rusqlite::Params,
) -> Result<Vec<(RecordId, T)>> {
    let mut statement = conn.prepare_cached(sql)?;
    let rows = statement.query_map(values, |row| Ok((row.get(0)?, row.get::<_, String>(1)?)))?;
    let mut decoded = Vec::new();
    for row in rows {
        let (id, body) = row?;
        decoded.push((id_of(id)?, parse(&body)?));
    }
    Ok(decoded)
}

/// Every journey, the first started first (as Cairn orders them).
pub(super) fn journeys(conn: &Connection) -> Result<Vec<(RecordId, JourneyRecord)>> {
    with_ids(
        conn,
        "SELECT id, body FROM journey ORDER BY started_at, id",
        [],
    )
}

pub(super) fn uses(
    conn: &Connection,
    journey: Option<RecordId>,
) -> Result<Vec<(RecordId, UseRecord)>> {
    let journey = journey.map(|id| id.as_bytes().to_vec());
    with_ids(
        conn,
        "SELECT id, body FROM use_event WHERE ?1 IS NULL OR journey_id = ?1",
        params![journey],
    )
}

/// Every check-in, newest first.
pub(super) fn checkins(conn: &Connection) -> Result<Vec<CheckIn>> {
    let mut statement = conn.prepare_cached("SELECT body FROM checkin ORDER BY date DESC")?;
    let rows = statement.query_map([], |row| row.get::<_, String>(0))?;
    let mut checkins = Vec::new();
    for body in rows {
        checkins.push(parse::<CheckInRecord>(&body?)?.checkin);
    }
    Ok(checkins)
}

pub(super) fn checkin_dates(conn: &Connection) -> Result<Vec<chrono::NaiveDate>> {
    let mut statement = conn.prepare_cached("SELECT date FROM checkin ORDER BY date DESC")?;
    let rows = statement.query_map([], |row| row.get::<_, String>(0))?;
    let mut dates = Vec::new();
    for date in rows {
        dates.push(date?.parse()?);
    }
    Ok(dates)
}

pub(super) fn contacts(conn: &Connection) -> Result<Vec<(RecordId, Contact)>> {
    with_ids(conn, "SELECT id, body FROM contact ORDER BY id", [])
}
