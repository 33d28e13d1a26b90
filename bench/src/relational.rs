//! The alternatives a developer would otherwise pick: a conventional schema on plain SQLite
//! (the floor) or on SQLCipher with a raw 256-bit key (what many apps do).
//!
//! One table per kind, the columns a query needs (dates, journey ids) in the clear and indexed,
//! the rest of each value as the same JSON the sealed records hold. The views are computed by
//! the same pure rules of `cairn_core` from what the queries return, so the only difference
//! from Cairn is storage. The same durability as Cairn: WAL and `synchronous=FULL`.

use std::collections::BTreeSet;
use std::path::{Path, PathBuf};

use cairn_core::calendar;
use cairn_core::checkin::{self, CheckIn, CheckInStreak};
use cairn_core::companion::records::{AuditRecord, CheckInRecord, JourneyRecord, UseRecord};
use cairn_core::companion::{AuditEntry, History, Insights, JourneyStatus, JourneyView, UseEntry};
use cairn_core::contact::{self, ChainEntry, Contact};
use cairn_core::insight;
use cairn_core::journal::{self, Milestone, MilestoneSet, StreakSummary};
use cairn_core::plan::{self, PlanInputs, PlannedNotification};
use cairn_core::settings::Settings;
use cairn_core::store::RecordId;
use chrono_tz::Tz;
use rusqlite::{Connection, OptionalExtension, params};

use crate::views::{HistoryView, TodayView};
use crate::workload::Workload;

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

fn json<T: serde::Serialize>(value: &T) -> Result<String> {
    Ok(serde_json::to_string(value)?)
}

fn parse<T: serde::de::DeserializeOwned>(text: &str) -> Result<T> {
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

fn settings(conn: &Connection) -> Result<(Settings, Tz)> {
    let body: String = conn.query_row("SELECT body FROM settings WHERE id = 1", [], |row| {
        row.get(0)
    })?;
    let settings: Settings = parse(&body)?;
    let zone = calendar::parse_time_zone(&settings.time_zone)?;
    Ok((settings, zone))
}

/// Every journey, the first started first (as Cairn orders them).
fn journeys(conn: &Connection) -> Result<Vec<(RecordId, JourneyRecord)>> {
    let mut statement =
        conn.prepare_cached("SELECT id, body FROM journey ORDER BY started_at, id")?;
    let rows = statement.query_map([], |row| Ok((row.get(0)?, row.get::<_, String>(1)?)))?;
    let mut journeys = Vec::new();
    for row in rows {
        let (id, body) = row?;
        journeys.push((id_of(id)?, parse(&body)?));
    }
    Ok(journeys)
}

fn uses(conn: &Connection, journey: Option<RecordId>) -> Result<Vec<(RecordId, UseRecord)>> {
    let mut statement =
        conn.prepare_cached("SELECT id, body FROM use_event WHERE ?1 IS NULL OR journey_id = ?1")?;
    let journey = journey.map(|id| id.as_bytes().to_vec());
    let rows = statement.query_map(params![journey], |row| {
        Ok((row.get(0)?, row.get::<_, String>(1)?))
    })?;
    let mut uses = Vec::new();
    for row in rows {
        let (id, body) = row?;
        uses.push((id_of(id)?, parse(&body)?));
    }
    Ok(uses)
}

/// Every check-in, newest first.
fn checkins(conn: &Connection) -> Result<Vec<CheckIn>> {
    let mut statement = conn.prepare_cached("SELECT body FROM checkin ORDER BY date DESC")?;
    let rows = statement.query_map([], |row| row.get::<_, String>(0))?;
    let mut checkins = Vec::new();
    for body in rows {
        checkins.push(parse::<CheckInRecord>(&body?)?.checkin);
    }
    Ok(checkins)
}

fn checkin_dates(conn: &Connection) -> Result<Vec<chrono::NaiveDate>> {
    let mut statement = conn.prepare_cached("SELECT date FROM checkin ORDER BY date DESC")?;
    let rows = statement.query_map([], |row| row.get::<_, String>(0))?;
    let mut dates = Vec::new();
    for date in rows {
        dates.push(date?.parse()?);
    }
    Ok(dates)
}

fn contacts(conn: &Connection) -> Result<Vec<(RecordId, Contact)>> {
    let mut statement = conn.prepare_cached("SELECT id, body FROM contact ORDER BY id")?;
    let rows = statement.query_map([], |row| Ok((row.get(0)?, row.get::<_, String>(1)?)))?;
    let mut contacts = Vec::new();
    for row in rows {
        let (id, body) = row?;
        contacts.push((id_of(id)?, parse(&body)?));
    }
    Ok(contacts)
}

fn view(id: RecordId, record: &JourneyRecord) -> JourneyView {
    JourneyView {
        id,
        substance: record.journey.substance.clone(),
        clean_date: record.journey.clean_date,
        clean_time: record.journey.clean_time,
        personal_milestones: record.personal_milestones.clone(),
    }
}

fn summary(
    settings: &Settings,
    zone: Tz,
    journey: &JourneyRecord,
    uses: &[(RecordId, UseRecord)],
    workload: &Workload,
) -> StreakSummary {
    let events: Vec<_> = uses.iter().map(|(_, u)| u.event.clone()).collect();
    journal::summarize(
        &journey.journey,
        &events,
        workload.now,
        zone,
        settings.day_counting,
    )
}

fn milestones(
    settings: &Settings,
    journey: &JourneyRecord,
    streak: &StreakSummary,
    set: MilestoneSet,
) -> Vec<Milestone> {
    journal::milestones(
        streak.current_start,
        streak.today,
        set,
        &journey.personal_milestones,
        settings.day_counting,
    )
}

/// Cold start to the Today view: open, the first journey's status and the insights.
pub fn today(path: &Path, flavour: Flavour, workload: &Workload) -> Result<TodayView> {
    let conn = open(path, flavour)?;
    let (settings, zone) = settings(&conn)?;
    let (journey_id, journey) = journeys(&conn)?.into_iter().next().ok_or("no journey")?;
    let all_uses = uses(&conn, None)?;
    let own: Vec<_> = all_uses
        .iter()
        .filter(|(_, u)| u.journey_id == journey_id)
        .cloned()
        .collect();
    let streak = summary(&settings, zone, &journey, &own, workload);
    let chosen = milestones(&settings, &journey, &streak, settings.milestone_set);
    let status = JourneyStatus {
        journey: view(journey_id, &journey),
        time_zone: settings.time_zone.clone(),
        stage: journal::stage_progress(streak.current_start, streak.today),
        next_milestone: journal::next_milestone(&chosen).cloned(),
        streak,
        damaged_records: Vec::new(),
    };

    let checkins = checkins(&conn)?;
    let dates: Vec<_> = checkins.iter().map(|c| c.date).collect();
    let use_dates: Vec<_> = all_uses.iter().map(|(_, u)| u.event.date).collect();
    let now = workload.now;
    let signals = insight::reach_out_signals(
        &checkins,
        Some(status.streak.current_days),
        &use_dates,
        now,
        zone,
    );
    let reach_out = if signals.is_empty() {
        None
    } else {
        contact::reach_out_chain(&contacts(&conn)?, settings.region)
            .first()
            .map(ChainEntry::call_action)
    };
    let insights = Insights {
        checkin_streak: checkin::checkin_streak(&dates, now, zone),
        averages: insight::averages(&checkins, now, zone),
        top_tags: insight::top_tags(&checkins, now, zone),
        signals,
        reach_out,
    };
    Ok(TodayView { status, insights })
}

/// One durable check-in (today's, replacing the previous round's), then the check-in streak.
pub fn check_in(conn: &mut Connection, workload: &Workload, round: usize) -> Result<CheckInStreak> {
    let (_, zone) = settings(conn)?;
    let checkin = checkin::prepare_checkin(workload.todays_checkin(round)?, workload.now, zone)?;
    let date = checkin.date.to_string();
    let tx = conn.transaction_with_behavior(rusqlite::TransactionBehavior::Immediate)?;
    let existing: Option<String> = tx
        .query_row(
            "SELECT body FROM checkin WHERE date = ?1",
            params![date],
            |row| row.get(0),
        )
        .optional()?;
    let recorded_at = match existing {
        Some(body) => parse::<CheckInRecord>(&body)?.recorded_at,
        None => workload.now,
    };
    // Reach-outs logged earlier that day count in the check-in (none in this workload).
    let reach_outs: i64 = tx.query_row(
        "SELECT count(*) FROM reach_out WHERE date = ?1",
        params![date],
        |row| row.get(0),
    )?;
    debug_assert_eq!(reach_outs, 0);
    let record = CheckInRecord {
        checkin,
        recorded_at,
    };
    tx.execute(
        "INSERT INTO checkin (date, id, body) VALUES (?1, ?2, ?3)
         ON CONFLICT (date) DO UPDATE SET body = excluded.body",
        params![
            date,
            RecordId::from_bytes([0xAB; 16]).as_bytes(),
            json(&record)?
        ],
    )?;
    tx.commit()?;
    let dates = checkin_dates(conn)?;
    Ok(checkin::checkin_streak(&dates, workload.now, zone))
}

/// The full history: the first journey's streaks, uses and audit trail, and every check-in.
pub fn history(conn: &Connection, workload: &Workload) -> Result<HistoryView> {
    let (settings, zone) = settings(conn)?;
    let (journey_id, journey) = journeys(conn)?.into_iter().next().ok_or("no journey")?;
    let own = uses(conn, Some(journey_id))?;
    let streak = summary(&settings, zone, &journey, &own, workload);
    let mut entries: Vec<UseEntry> = own
        .into_iter()
        .map(|(id, record)| UseEntry {
            id,
            journey_id: record.journey_id,
            event: record.event,
            recorded_at: record.recorded_at,
        })
        .collect();
    entries.sort_by(|a, b| {
        (b.event.date, b.event.time, b.recorded_at).cmp(&(
            a.event.date,
            a.event.time,
            a.recorded_at,
        ))
    });
    let mut statement =
        conn.prepare_cached("SELECT body FROM audit WHERE journey_id = ?1 ORDER BY at DESC")?;
    let audit_rows = statement.query_map(params![journey_id.as_bytes()], |row| {
        row.get::<_, String>(0)
    })?;
    let mut audit = Vec::new();
    for body in audit_rows {
        let record: AuditRecord = parse(&body?)?;
        audit.push(AuditEntry {
            use_id: record.subject,
            change: record.change,
            at: record.at,
            previous: record.previous,
        });
    }
    Ok(HistoryView {
        journey: History {
            journey: view(journey_id, &journey),
            current_streak_start: streak.current_start,
            past_streaks: streak.past_streaks,
            uses: entries,
            audit,
            damaged_records: Vec::new(),
        },
        checkins: checkins(conn)?,
    })
}

/// The notification plan: every journey's milestones, the days with a check-in, the settings.
pub fn notification_plan(
    conn: &Connection,
    workload: &Workload,
) -> Result<Vec<PlannedNotification>> {
    let (settings, zone) = settings(conn)?;
    let journeys = journeys(conn)?;
    let mut all = Vec::new();
    for (id, journey) in &journeys {
        let own = uses(conn, Some(*id))?;
        let streak = summary(&settings, zone, journey, &own, workload);
        for mut milestone in milestones(&settings, journey, &streak, settings.milestone_set) {
            milestone.key = format!("{id}:{}", milestone.key);
            if journeys.len() > 1 {
                milestone.label = format!("{} ({})", milestone.label, journey.journey.substance);
            }
            all.push(milestone);
        }
    }
    let checked_in: BTreeSet<_> = checkin_dates(conn)?.into_iter().collect();
    Ok(plan::plan(&PlanInputs {
        milestones: &all,
        checked_in: &checked_in,
        settings: &settings.notifications,
        now: workload.now,
        zone,
    }))
}

/// Writes a copy of the whole database to `file`: `VACUUM INTO` for plain SQLite, and
/// `sqlcipher_export` into a database keyed with the same raw key for SQLCipher.
pub fn export(conn: &Connection, flavour: Flavour, file: &Path) -> Result<()> {
    let _ = std::fs::remove_file(file);
    copy_into(conn, flavour, file)
}

fn copy_into(conn: &Connection, flavour: Flavour, file: &Path) -> Result<()> {
    let target = file.to_str().ok_or("path is not UTF-8")?;
    match flavour {
        Flavour::Plain => {
            conn.execute("VACUUM INTO ?1", params![target])?;
        }
        Flavour::SqlCipher => {
            conn.execute_batch(&format!(
                "ATTACH DATABASE '{}' AS copy KEY \"{RAW_KEY}\";
                 SELECT sqlcipher_export('copy');
                 DETACH DATABASE copy;",
                target.replace('\'', "''")
            ))?;
        }
    }
    // The copy is durable before it is reported done, as Cairn's backup file is.
    std::fs::File::open(file)?.sync_all()?;
    Ok(())
}

/// Replaces the database at `path` with the copy at `file`: copied to a staging file next to
/// it, then renamed over it. Returns the reopened connection.
pub fn import(conn: Connection, path: &Path, flavour: Flavour, file: &Path) -> Result<Connection> {
    let staging: PathBuf = path.with_extension("import");
    let _ = std::fs::remove_file(&staging);
    {
        let backup = open(file, flavour)?;
        // The copy must be whole before it replaces anything.
        let check: String = backup.query_row("PRAGMA quick_check", [], |row| row.get(0))?;
        if check != "ok" {
            return Err("the copy is damaged".into());
        }
        copy_into(&backup, flavour, &staging)?;
    }
    drop(conn);
    for suffix in ["-wal", "-shm"] {
        let mut name = path.as_os_str().to_owned();
        name.push(suffix);
        let _ = std::fs::remove_file(PathBuf::from(name));
    }
    std::fs::rename(&staging, path)?;
    open(path, flavour)
}
