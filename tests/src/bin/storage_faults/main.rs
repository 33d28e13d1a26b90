//! Disk-full and read-only storage, for real: `storage_faults DIR` mounts small tmpfs file
//! systems under DIR, fills them to the last byte or remounts them read-only, and drives real
//! encrypted stores through every write path of the companion on them. After each refused write
//! it checks that the error is typed and clear, that every acknowledged write is there and the
//! refused one is not, that SQLite's integrity check passes on a separate connection, and that
//! no staging or partial file is left behind; then space (or writability) comes back and the
//! same writes must succeed on a store that still works after a reopen from scratch. On a full
//! disk a store still opens (with SQLite's exclusive locking) and shows everything, while every
//! write is refused and a second open of the same file waits and fails with `Error::Busy`.
//!
//! Mounting needs a user and mount namespace of its own, so the `storage_faults` integration
//! test starts this program with `unshare --user --map-root-user --mount`; it refuses to run
//! anywhere else so that it never mounts anything on the host. It prints one line per check and
//! exits non-zero with a message at the first expectation that fails.
//!
//! This file holds what every scenario shares and the command line; the scenarios are
//! [`disk_full`], [`busy`], [`read_only`] and [`wipe`], built from [`disk`] (mounting and filling),
//! [`snapshot`] (what a person can see in a store) and [`write_paths`] (every write, tried
//! until it is refused). `storage_faults hold STORE DATE` and `storage_faults open STORE` are
//! helpers the scenarios start as second processes.

use std::fmt::Display;
use std::io::Write;
use std::path::Path;

use cairn_core::Error;
use chrono::{DateTime, Utc};

/// Fails the run with a message unless `$cond` holds.
macro_rules! ensure {
    ($cond:expr, $($message:tt)+) => {
        if !$cond {
            return Err(format!($($message)+).into());
        }
    };
}

mod busy;
mod disk;
mod disk_full;
mod read_only;
mod snapshot;
mod wipe;
mod write_paths;

type Outcome<T = ()> = Result<T, Box<dyn std::error::Error>>;

/// The store's file name on each small disk.
const STORE: &str = "cairn.db";
/// The filler file on each disk that is made full.
const FILLER: &str = "filler";
/// The clock of every write.
const NOW: &str = "2026-11-22T12:00:00Z";

fn now() -> Outcome<DateTime<Utc>> {
    Ok(DateTime::parse_from_rfc3339(NOW)?.with_timezone(&Utc))
}

/// Prints one line of the log at once (the parent reads it as the run goes).
fn say(line: impl Display) -> Outcome {
    let mut out = std::io::stdout().lock();
    writeln!(out, "{line}")?;
    out.flush()?;
    Ok(())
}

/// Describes an error for the log: its Display and its Debug form.
fn describe(error: &Error) -> String {
    format!("\"{error}\" ({error:?})")
}

/// True inside a user namespace of its own (the initial one maps every id to itself).
fn in_own_user_namespace() -> Outcome<bool> {
    let map = std::fs::read_to_string("/proc/self/uid_map")?;
    let fields: Vec<&str> = map.split_whitespace().collect();
    Ok(fields != ["0", "0", "4294967295"])
}

fn run(args: &[String]) -> Outcome {
    match args {
        [_, hold, store, date] if hold == "hold" => read_only::hold(Path::new(store), date),
        [_, open, store] if open == "open" => busy::open_second(Path::new(store)),
        [_, root] => {
            ensure!(
                in_own_user_namespace()?,
                "storage_faults mounts file systems: run it inside \
                 `unshare --user --map-root-user --mount`, never on the host"
            );
            say("storage_faults: inside a user and mount namespace")?;
            let root = Path::new(root);
            // The second open waits out SQLite's 5 s busy timeout: it runs alongside the
            // other scenarios (each on a disk of its own) so that the wait costs little.
            let busy = busy::start(root)?;
            disk_full::disk_full(root)?;
            read_only::read_only(root)?;
            wipe::wipe_on_full_disk(root)?;
            busy.finish()?;
            say("all storage fault checks passed")
        }
        _ => {
            Err("usage: storage_faults DIR (inside unshare --user --map-root-user --mount)".into())
        }
    }
}

fn main() -> std::process::ExitCode {
    let args: Vec<String> = std::env::args().collect();
    match run(&args) {
        Ok(()) => std::process::ExitCode::SUCCESS,
        Err(error) => {
            eprintln!("storage_faults: FAILED: {error}");
            std::process::ExitCode::FAILURE
        }
    }
}
