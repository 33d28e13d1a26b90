//! Scenario b: a disk remounted read-only, with the store closed, open, and left behind by a
//! killed process. A full disk still lets a store open (with the WAL index in memory); a
//! read-only one gets no such fallback and refuses the open of a closed store, so this is a
//! sequence of its own. It also holds the `hold` helper that plays the killed process.

use std::io::{BufRead, BufReader};
use std::path::Path;
use std::process::{Command, Stdio};

use cairn_core::journal::UseKind;
use cairn_core::{Companion, Error};
use cairn_tests::{platform_key, store_snapshot};
use chrono::NaiveDate;

use crate::disk::{mount_small_disk, names_in, remount};
use crate::snapshot::{Contents, checkin_on, day, integrity, new_contact, seeded_store};
use crate::{Outcome, STORE, describe, now, say};

/// `storage_faults hold STORE DATE`: a check-in, a line on stdout, then a wait to be killed,
/// which leaves the store's `-wal` and `-shm` files behind.
pub fn hold(store: &Path, date: &str) -> Outcome {
    let mut companion = Companion::open(store, &platform_key(7))?;
    companion.check_in(checkin_on(date.parse()?), UseKind::Lapse, false, now()?)?;
    say("held")?;
    std::thread::sleep(std::time::Duration::from_secs(60));
    Err("hold was not killed".into())
}

/// Runs `hold` in a child and kills it once its check-in is committed.
fn killed_writer(store: &Path, date: NaiveDate) -> Outcome {
    let mut child = Command::new(std::env::current_exe()?)
        .arg("hold")
        .arg(store)
        .arg(date.to_string())
        .stdout(Stdio::piped())
        .spawn()?;
    let stdout = child.stdout.take().ok_or("no stdout from hold")?;
    let mut line = String::new();
    BufReader::new(stdout).read_line(&mut line)?;
    child.kill()?;
    child.wait()?;
    ensure!(line.trim() == "held", "hold did not commit: {line:?}");
    Ok(())
}

fn open_error(store: &Path) -> Outcome<Error> {
    match Companion::open(store, &platform_key(7)) {
        Ok(_) => Err("the store opened for writing on a read-only disk".into()),
        Err(error) => Ok(error),
    }
}

/// Scenario b: a disk remounted read-only, with the store closed, open, and left by a crash.
pub fn read_only(root: &Path) -> Outcome {
    say("== read-only storage")?;
    let disk = root.join("ro");
    mount_small_disk(&disk)?;
    let store = disk.join(STORE);
    let companion = seeded_store(&store, 3)?;
    drop(companion);

    // 1. Closed cleanly, then the disk goes read-only.
    let before = OnDisk::read(&disk, &store)?;
    remount(&disk, "ro").map_err(|error| format!("remount ro: {error}"))?;
    let error = open_error(&store)?;
    refused_read_only(
        &error,
        "opening a closed store on a read-only disk",
        "opening on a read-only disk",
    )?;
    let created = Companion::create(&disk.join("new.db"), &platform_key(5), "UTC");
    let error = created
        .err()
        .ok_or("a new store was created on a read-only disk")?;
    refused_read_only(
        &error,
        "creating a store on a read-only disk",
        "creating on a read-only disk",
    )?;
    let wiped = Companion::wipe(&store, || Ok(()));
    let error = wiped
        .err()
        .ok_or("wipe reported success on a read-only disk")?;
    refused_read_only(
        &error,
        "wiping a store on a read-only disk",
        "wiping on a read-only disk",
    )?;
    before.unchanged(&disk, &store, "open, create and wipe refused")?;

    // 2. An open store: Linux refuses to make a file system read-only under open writers.
    remount(&disk, "rw").map_err(|error| format!("remount rw: {error}"))?;
    let mut companion = Companion::open(&store, &platform_key(7))?;
    let refused = remount(&disk, "ro");
    let Err(message) = refused else {
        return Err("the disk went read-only under an open store".into());
    };
    say(format!(
        "seen: remounting read-only under an open store: {message}"
    ))?;
    let date = day(10)?;
    companion.check_in(checkin_on(date), UseKind::Lapse, false, now()?)?;
    let expected = Contents::read(&companion)?;
    drop(companion);
    say("ok: the kernel refused; the open store kept writing")?;

    // 3. A store left open by a killed process (its -wal and -shm still there), then read-only.
    let date = day(11)?;
    killed_writer(&store, date)?;
    let mut want = expected.clone();
    want.checkins.push(checkin_on(date));
    want.checkins
        .sort_by_key(|checkin| std::cmp::Reverse(checkin.date));
    let before = OnDisk::read(&disk, &store)?;
    remount(&disk, "ro").map_err(|error| format!("remount ro: {error}"))?;
    match Companion::open(&store, &platform_key(7)) {
        Ok(mut companion) => {
            say("seen: a store left by a killed process opens on a read-only disk")?;
            ensure!(
                Contents::read(&companion)? == want,
                "the read-only store does not show every committed write"
            );
            let written = companion.check_in(checkin_on(day(12)?), UseKind::Lapse, false, now()?);
            let error = written
                .err()
                .ok_or("a check-in succeeded on a read-only disk")?;
            refused_read_only(
                &error,
                "a check-in on the read-only disk",
                "a write on a read-only disk",
            )?;
            ensure!(
                Contents::read(&companion)? == want,
                "a refused write changed what the store shows"
            );
            drop(companion);
        }
        Err(error) => {
            refused_read_only(
                &error,
                "a store left by a killed process on a read-only disk",
                "opening on a read-only disk",
            )?;
        }
    }
    before.unchanged(&disk, &store, "on the read-only disk")?;

    // 4. Writable again: everything is there and writes succeed.
    remount(&disk, "rw").map_err(|error| format!("remount rw: {error}"))?;
    let mut companion = Companion::open(&store, &platform_key(7))?;
    ensure!(
        Contents::read(&companion)? == want,
        "after the disk became writable again the store differs"
    );
    integrity(&store)?;
    companion.check_in(checkin_on(day(12)?), UseKind::Lapse, false, now()?)?;
    companion.add_contact(new_contact("Casey".into()), false)?;
    let expected = Contents::read(&companion)?;
    drop(companion);
    let companion = Companion::open(&store, &platform_key(7))?;
    ensure!(
        Contents::read(&companion)? == expected,
        "writes after the disk became writable again were lost"
    );
    drop(companion);
    ensure!(
        names_in(&disk)? == [STORE],
        "stray files after closing: {:?}",
        names_in(&disk)?
    );
    integrity(&store)?;
    say("ok: writable again: everything there, writes succeed, reopen from scratch ok")?;
    Ok(())
}

/// A typed error that says the storage cannot be written.
/// The files of a disk and the bytes of its store, to show a refused write changed nothing.
struct OnDisk {
    files: Vec<String>,
    bytes: Vec<(std::path::PathBuf, Vec<u8>)>,
}

impl OnDisk {
    fn read(disk: &Path, store: &Path) -> Outcome<Self> {
        Ok(Self {
            files: names_in(disk)?,
            bytes: store_snapshot(store),
        })
    }

    /// Fails unless the disk holds exactly what it did; says so with `what` happened.
    fn unchanged(&self, disk: &Path, store: &Path, what: &str) -> Outcome {
        ensure!(
            names_in(disk)? == self.files && store_snapshot(store) == self.bytes,
            "the read-only disk's files changed"
        );
        say(format!(
            "ok: {what}; files unchanged ({})",
            self.files.join(" ")
        ))
    }
}

/// Says how the read-only disk refused (`seen`), and fails unless `error` says the disk is
/// read-only (naming `what` was tried).
fn refused_read_only(error: &Error, seen: &str, what: &str) -> Outcome {
    say(format!("seen: {seen}: {}", describe(error)))?;
    ensure!(is_read_only_error(error), "{what} gave {}", describe(error));
    Ok(())
}

fn is_read_only_error(error: &Error) -> bool {
    matches!(error, Error::Io(io) if matches!(
        io.kind(),
        std::io::ErrorKind::PermissionDenied | std::io::ErrorKind::ReadOnlyFilesystem
    ))
}
