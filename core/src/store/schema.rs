//! The store's SQL schema and its migrations, run by `PRAGMA user_version`.
//!
//! A new store gets every migration in order inside its creation transaction; an existing one
//! gets the missing ones in one transaction after it has been unlocked (so a wrong key never
//! writes, and a migration that needs the keys has them). A file whose `user_version` is newer
//! than [`LATEST`] is refused untouched. Nothing sensitive is ever a column: a record row holds
//! a random id and a sealed envelope, nothing else (schema 1 also had a revision and a keyed
//! lookup hash, which told edited rows and check-ins apart; schema 2 moved both out of sight).

use rusqlite::{Connection, OptionalExtension};

use super::upgrade;
use crate::crypto::keys::StoreKeys;
use crate::error::{Error, Result};

/// `PRAGMA application_id` of a Cairn store: "Cair" in ASCII.
pub const APPLICATION_ID: i32 = 0x4361_6972;

/// One migration: SQL, then optionally a rewrite of the rows with the store's keys, then SQL.
struct Migration {
    before: &'static str,
    rewrite: Option<fn(&Connection, &StoreKeys) -> Result<()>>,
    after: &'static str,
}

/// Each entry takes the schema from version `index` to `index + 1`.
const MIGRATIONS: &[Migration] = &[
    Migration {
        before: MIGRATION_1,
        rewrite: None,
        after: "",
    },
    // 2: no revision or lookup column; a sealed manifest instead (see `store::manifest`), and
    // every envelope padded alike. The rows are resealed by `upgrade::to_schema_2`.
    Migration {
        before: "ALTER TABLE record RENAME TO record_schema_1;
            CREATE TABLE record (
                id BLOB PRIMARY KEY CHECK (length(id) = 16),
                envelope BLOB NOT NULL
            ) WITHOUT ROWID;
            CREATE TABLE manifest (
                singleton INTEGER PRIMARY KEY CHECK (singleton = 1),
                sealed BLOB NOT NULL
            );",
        rewrite: Some(upgrade::to_schema_2),
        after: "DROP TABLE record_schema_1;",
    },
];

/// 1: the store's metadata, its key slots and the generic record table.
const MIGRATION_1: &str = "CREATE TABLE store_meta (
        singleton INTEGER PRIMARY KEY CHECK (singleton = 1),
        store_salt BLOB NOT NULL CHECK (length(store_salt) = 32),
        key_epoch INTEGER NOT NULL CHECK (key_epoch >= 1),
        canary BLOB NOT NULL
    );
    CREATE TABLE key_slot (
        kind INTEGER PRIMARY KEY CHECK (kind IN (1, 2)),
        params BLOB NOT NULL,
        key_check BLOB NOT NULL,
        wrapped_key BLOB NOT NULL
    );
    CREATE TABLE record (
        id BLOB PRIMARY KEY CHECK (length(id) = 16),
        rev INTEGER NOT NULL CHECK (rev >= 1),
        lookup BLOB UNIQUE CHECK (lookup IS NULL OR length(lookup) = 16),
        envelope BLOB NOT NULL
    ) WITHOUT ROWID;";

/// The schema version this build writes.
pub const LATEST: u32 = MIGRATIONS.len() as u32;

/// What an unopened file turned out to be.
#[derive(Debug, PartialEq, Eq)]
pub enum FileState {
    /// An empty SQLite file (for example left by a creation that never committed).
    Empty,
    /// A Cairn store at this schema version.
    Store(u32),
}

/// Reads, without writing, what the file at the end of `conn` is.
pub fn inspect(conn: &Connection) -> Result<FileState> {
    let application_id: i32 = conn.query_row("PRAGMA application_id", [], |row| row.get(0))?;
    let version: u32 = conn.query_row("PRAGMA user_version", [], |row| row.get(0))?;
    let has_tables: Option<i64> = conn
        .query_row("SELECT 1 FROM sqlite_schema LIMIT 1", [], |row| row.get(0))
        .optional()?;
    match (application_id, version, has_tables) {
        (0, 0, None) => Ok(FileState::Empty),
        (APPLICATION_ID, found, _) if found > LATEST => Err(Error::NewerFormat {
            found,
            supported: LATEST,
        }),
        (APPLICATION_ID, found, _) if found >= 1 => Ok(FileState::Store(found)),
        _ => Err(Error::NotAStore),
    }
}

/// Applies the migrations after `from` up to `to` on `conn`, which must be inside a
/// transaction, with the unlocked store's `keys`, and records the new version.
pub(crate) fn migrate(conn: &Connection, from: u32, to: u32, keys: &StoreKeys) -> Result<()> {
    for step in from..to {
        let migration = MIGRATIONS.get(step as usize).ok_or(Error::NewerFormat {
            found: to,
            supported: LATEST,
        })?;
        conn.execute_batch(migration.before)?;
        if let Some(rewrite) = migration.rewrite {
            rewrite(conn, keys)?;
        }
        conn.execute_batch(migration.after)?;
    }
    conn.pragma_update(None, "application_id", APPLICATION_ID)?;
    conn.pragma_update(None, "user_version", to)?;
    Ok(())
}

/// A description of the schema that ignores how it was reached: every table's columns with
/// their types, constraints and indexes. An upgraded store must describe itself exactly like a
/// fresh one.
pub fn describe(conn: &Connection) -> Result<Vec<String>> {
    let mut out = Vec::new();
    let mut tables =
        conn.prepare("SELECT name FROM sqlite_schema WHERE type = 'table' ORDER BY name")?;
    let names: Vec<String> = tables
        .query_map([], |row| row.get(0))?
        .collect::<Result<_, _>>()?;
    for name in names {
        let mut columns = conn.prepare(
            "SELECT name, type, \"notnull\", dflt_value, pk FROM pragma_table_info(?1) ORDER BY cid",
        )?;
        let rows = columns.query_map([&name], |row| {
            Ok(format!(
                "{name}.{}: {} notnull={} default={:?} pk={}",
                row.get::<_, String>(0)?,
                row.get::<_, String>(1)?,
                row.get::<_, i64>(2)?,
                row.get::<_, Option<String>>(3)?,
                row.get::<_, i64>(4)?,
            ))
        })?;
        for row in rows {
            out.push(row?);
        }
        let mut indexes = conn.prepare(
            "SELECT il.\"unique\", group_concat(ii.name) FROM pragma_index_list(?1) AS il,
                pragma_index_info(il.name) AS ii GROUP BY il.name ORDER BY 2",
        )?;
        let rows = indexes.query_map([&name], |row| {
            Ok(format!(
                "{name} index unique={} on {}",
                row.get::<_, i64>(0)?,
                row.get::<_, String>(1)?
            ))
        })?;
        for row in rows {
            out.push(row?);
        }
    }
    let mut checks =
        conn.prepare("SELECT sql FROM sqlite_schema WHERE sql IS NOT NULL ORDER BY name")?;
    for sql in checks.query_map([], |row| row.get::<_, String>(0))? {
        let sql = sql?;
        out.extend(sql.match_indices("CHECK").map(|(at, _)| {
            let end = sql[at..].find(')').map_or(sql.len(), |end| at + end + 1);
            sql[at..end]
                .split_whitespace()
                .collect::<Vec<_>>()
                .join(" ")
        }));
    }
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::crypto::keys::DataKey;

    #[test]
    fn upgraded_schema_equals_a_fresh_one_at_every_version() {
        let keys = StoreKeys::derive(&DataKey::from_bytes([1; 32]), &[2; 32], 1).unwrap();
        let folder = tempfile::tempdir().unwrap();
        let fresh = Connection::open(folder.path().join("fresh.db")).unwrap();
        migrate(&fresh, 0, LATEST, &keys).unwrap();
        let expected = describe(&fresh).unwrap();
        assert!(
            expected
                .iter()
                .any(|line| line == "record.envelope: BLOB notnull=1 default=None pk=0")
        );
        assert!(
            !expected
                .iter()
                .any(|line| line.starts_with("record.rev") || line.starts_with("record.lookup"))
        );
        for start in 0..LATEST {
            let old = Connection::open(folder.path().join(format!("v{start}.db"))).unwrap();
            migrate(&old, 0, start, &keys).unwrap();
            migrate(&old, start, LATEST, &keys).unwrap();
            assert_eq!(describe(&old).unwrap(), expected, "upgrade from v{start}");
            let version: u32 = old
                .query_row("PRAGMA user_version", [], |r| r.get(0))
                .unwrap();
            assert_eq!(version, LATEST);
        }
    }
}
