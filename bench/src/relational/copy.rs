//! Export and import on the conventional schema: a copy of the database file, the cheapest
//! way an app backs up SQLite (`VACUUM INTO`, or `sqlcipher_export` for SQLCipher).

use std::path::{Path, PathBuf};

use rusqlite::{Connection, params};

use super::{Flavour, RAW_KEY, Result, open};

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
