//! Scenario c: a store opened on a full disk holds its file exclusively (SQLite keeps the WAL
//! index in memory), so a second open of the same file, here by another process as a phone's
//! widget or a second shell would, must wait out the 5 s busy timeout and fail cleanly with
//! `Error::Busy`, while the first store keeps showing everything and nothing is damaged (once
//! space returns, the first store can write again and then closes normally). That wait would
//! make the suite 5 s slower, so the check has a disk of its own and runs alongside the other
//! scenarios: [`start`] opens the store and starts the second open, and [`Busy::finish`]
//! collects its answer at the end.

use std::fs;
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

use cairn_core::journal::UseKind;
use cairn_core::{Companion, Error};
use cairn_tests::{platform_key, store_snapshot};

use crate::disk::{fill, mount_small_disk, names_in};
use crate::snapshot::{Contents, checkin_on, day, integrity, seeded_store};
use crate::{FILLER, Outcome, STORE, describe, now, say};

/// What `storage_faults open STORE` prints when the open failed with [`Error::Busy`].
const BUSY: &str = "busy";
/// The second open must not give up much before SQLite's busy timeout (5 s) has passed.
const LEAST_WAIT: Duration = Duration::from_millis(4500);

/// The check under way: the store opened on the full disk, and the process opening it again.
pub struct Busy {
    disk: PathBuf,
    store: PathBuf,
    expected: Contents,
    bytes: Vec<(PathBuf, Vec<u8>)>,
    first: Option<Companion>,
    second: Option<Child>,
}

/// Mounts the disk, fills it under a store closed cleanly, opens the store (exclusively, as
/// there is no room for a `-shm` index) and starts a second process opening it too.
pub fn start(root: &Path) -> Outcome<Busy> {
    say("== a second open while a store opened on a full disk is open (runs alongside)")?;
    let disk = root.join("busy");
    mount_small_disk(&disk)?;
    let store = disk.join(STORE);
    let companion = seeded_store(&store, 3)?;
    let expected = Contents::read(&companion)?;
    drop(companion);
    fill(&disk.join(FILLER))?;
    let bytes = store_snapshot(&store);

    let first = Companion::open(&store, &platform_key(7))
        .map_err(|error| format!("opening on the full disk failed: {}", describe(&error)))?;
    ensure!(
        Contents::read(&first)? == expected,
        "the store opened on the full disk does not show everything it held"
    );
    let second = Command::new(std::env::current_exe()?)
        .arg("open")
        .arg(&store)
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()?;
    say("ok: opened on a full disk with everything there; a second process opens it too")?;
    Ok(Busy {
        disk,
        store,
        expected,
        bytes,
        first: Some(first),
        second: Some(second),
    })
}

/// `storage_faults open STORE`: opens the store once and prints [`BUSY`] (or what happened
/// instead) and how long it took, in milliseconds, on two lines.
pub fn open_second(store: &Path) -> Outcome {
    let started = Instant::now();
    let verdict = match Companion::open(store, &platform_key(7)) {
        Ok(_) => "opened".to_owned(),
        Err(Error::Busy) => BUSY.to_owned(),
        Err(error) => describe(&error),
    };
    say(verdict)?;
    say(started.elapsed().as_millis())
}

impl Busy {
    /// Waits for the second open's answer, then checks the first store and the file.
    pub fn finish(mut self) -> Outcome {
        say("== a second open while a store opened on a full disk is open (its answer)")?;
        let second = self
            .second
            .take()
            .ok_or("the second open was not started")?;
        let output = second.wait_with_output()?;
        let stdout = String::from_utf8_lossy(&output.stdout);
        let stderr = String::from_utf8_lossy(&output.stderr);
        ensure!(
            output.status.success(),
            "the second open did not end cleanly ({}): {stderr}",
            output.status
        );
        let mut lines = stdout.lines();
        let verdict = lines.next().unwrap_or_default();
        let waited = Duration::from_millis(lines.next().unwrap_or_default().parse()?);
        ensure!(
            verdict == BUSY,
            "a second open of a store opened exclusively on a full disk gave {verdict}, \
             not Busy"
        );
        ensure!(
            waited >= LEAST_WAIT,
            "the second open gave up after {waited:?}, before the busy timeout"
        );
        say(format!(
            "ok: the second open waited {:.1} s and failed with Busy (no panic)",
            waited.as_secs_f64()
        ))?;

        let mut first = self.first.take().ok_or("the first store was not opened")?;
        ensure!(
            Contents::read(&first)? == self.expected,
            "the first store changed while the second open waited"
        );
        let written = first.check_in(checkin_on(day(20)?), UseKind::Lapse, false, now()?);
        let error = written
            .err()
            .ok_or("a check-in succeeded through the store opened on the full disk")?;
        ensure!(
            matches!(error, Error::StorageFull),
            "a check-in through the store opened on the full disk gave {}",
            describe(&error)
        );
        ensure!(
            Contents::read(&first)? == self.expected,
            "a refused check-in changed what the store shows"
        );
        ensure!(
            store_snapshot(&self.store).first() == self.bytes.first(),
            "the store file changed on the full disk"
        );

        // Space returns while the first store is still open (a phone app kept it open while
        // photos were deleted): it writes again, still holding the file until it is closed.
        fs::remove_file(self.disk.join(FILLER))?;
        first.check_in(checkin_on(day(20)?), UseKind::Lapse, false, now()?)?;
        let expected = Contents::read(&first)?;
        ensure!(
            expected.checkins.len() == self.expected.checkins.len() + 1,
            "the check-in through the first store once space returned is missing"
        );
        drop(first);
        integrity(&self.store)?;
        let mut companion = Companion::open(&self.store, &platform_key(7))?;
        ensure!(
            Contents::read(&companion)? == expected,
            "once the first store closed, the store differs from what it acknowledged"
        );
        companion.check_in(checkin_on(day(21)?), UseKind::Lapse, false, now()?)?;
        drop(companion);
        ensure!(
            names_in(&self.disk)? == [STORE],
            "stray files after closing: {:?}",
            names_in(&self.disk)?
        );
        integrity(&self.store)?;
        say(
            "ok: the first store still showed everything and refused a check-in; once space \
             returned it wrote one; closed: integrity ok, opens normally, a check-in succeeds",
        )
    }
}

impl Drop for Busy {
    /// A run that failed early does not leave the second process behind.
    fn drop(&mut self) {
        if let Some(mut second) = self.second.take() {
            // Best effort: the process may have ended already.
            let _ = second.kill();
            let _ = second.wait();
        }
    }
}
