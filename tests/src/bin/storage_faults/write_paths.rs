//! Every write path of the companion, tried on a disk with little or no room: what one attempt
//! writes, how an acknowledged write is found again, and the checks after a refused one (the
//! contents exactly as acknowledged, integrity, no stray file). The disk-full scenario drives
//! these through a store that was open when the disk filled and through one opened on the full
//! disk; keeping them here leaves that scenario a plain sequence of steps.

use std::path::{Path, PathBuf};

use cairn_core::RecordId;
use cairn_core::journal::{UseEvent, UseKind};
use cairn_core::settings::SettingsChange;
use cairn_core::{Companion, Error};
use cairn_tests::platform_key;
use chrono::NaiveDate;

use crate::disk::{leave_room, names_in};
use crate::snapshot::{Contents, checkin_on, day, integrity, new_contact};
use crate::{FILLER, Outcome, STORE, describe, now, say};

/// The backup the import path brings in (written before the disk fills).
pub const IMPORT_FILE: &str = "other.backup";
/// Writes of one kind that may fit in the room left before one must be refused.
const ATTEMPTS: u32 = 40;
/// The most room given to the write paths that derive a key on every attempt.
const ROOM_FOR_KEY_DERIVING: u64 = 20 << 10;
/// The time zones a settings change cycles through.
const ZONES: [&str; 3] = ["Asia/Tokyo", "America/Chicago", "Australia/Perth"];

/// Each write path of the companion, plus creating a new store.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum WritePath {
    CheckIn,
    Use,
    Contact,
    Settings,
    Passphrase,
    Export,
    Import,
    Create,
}

pub const PATHS: [WritePath; 8] = [
    WritePath::CheckIn,
    WritePath::Use,
    WritePath::Contact,
    WritePath::Settings,
    WritePath::Passphrase,
    WritePath::Export,
    WritePath::Import,
    WritePath::Create,
];

impl WritePath {
    /// A passphrase change wraps the key anew and an export seals with a new recovery code:
    /// both run PBKDF2 at 600,000 rounds.
    fn derives_a_key(self) -> bool {
        matches!(self, WritePath::Passphrase | WritePath::Export)
    }

    pub fn name(self) -> &'static str {
        match self {
            WritePath::CheckIn => "check-in",
            WritePath::Use => "use",
            WritePath::Contact => "contact",
            WritePath::Settings => "settings change",
            WritePath::Passphrase => "passphrase change",
            WritePath::Export => "backup export",
            WritePath::Import => "backup import",
            WritePath::Create => "new store",
        }
    }
}

/// What an acknowledged write did, to be found afterwards.
pub enum Done {
    CheckIn(NaiveDate),
    Use(RecordId),
    Contact(RecordId),
    Settings(String),
    Passphrase(String),
    Export { file: PathBuf, code: String },
    Import,
    Create(PathBuf),
}

/// The full-disk scenario's state: what was acknowledged, and what may be on the disk.
pub struct FullDisk {
    pub disk: PathBuf,
    pub outside: PathBuf,
    pub store: PathBuf,
    pub import_code: String,
    pub import_contents: Contents,
    /// Advances with every attempt so that no two attempts write the same thing.
    pub counter: u32,
    /// The next free day (check-ins and uses take one each).
    pub next_day: u32,
    pub passphrase: Option<String>,
    pub exports: Vec<String>,
    pub expected: Contents,
}

impl FullDisk {
    /// One attempt of `path`; the typed error of a refused one.
    pub fn attempt(
        &mut self,
        companion: &mut Companion,
        path: WritePath,
    ) -> Outcome<Result<Done, Error>> {
        self.counter += 1;
        let n = self.counter;
        let now = now()?;
        Ok(match path {
            WritePath::CheckIn => {
                let date = day(self.next_day)?;
                self.next_day += 1;
                companion
                    .check_in(checkin_on(date), UseKind::Lapse, false, now)
                    .map(|_| Done::CheckIn(date))
            }
            WritePath::Use => {
                let date = day(self.next_day)?;
                self.next_day += 1;
                companion
                    .record_use(None, UseEvent::new(date, UseKind::Lapse), now)
                    .map(|used| Done::Use(used.id))
            }
            WritePath::Contact => companion
                .add_contact(new_contact(format!("Friend {n}")), false)
                .map(Done::Contact),
            WritePath::Settings => {
                // A zone other than the current one: an unchanged setting is not written at
                // all, so it would not exercise the disk.
                let current = companion.settings()?.time_zone;
                let zone = (0..ZONES.len())
                    .map(|step| ZONES[(n as usize + step) % ZONES.len()])
                    .find(|zone| *zone != current)
                    .ok_or("every zone is the current one")?
                    .to_owned();
                companion
                    .update_settings(SettingsChange {
                        time_zone: Some(zone.clone()),
                        ..Default::default()
                    })
                    .map(|_| Done::Settings(zone))
            }
            WritePath::Passphrase => {
                let text = format!("passphrase number {n}");
                companion
                    .set_passphrase(text.clone())
                    .map(|()| Done::Passphrase(text))
            }
            WritePath::Export => {
                let file = self.disk.join(format!("export-{n}.backup"));
                companion
                    .export_backup(&file, None)
                    .map(|exported| Done::Export {
                        file,
                        code: exported.recovery_code.display().to_string(),
                    })
            }
            WritePath::Import => companion
                .import_backup(&self.disk.join(IMPORT_FILE), &self.import_code, None)
                .map(|_| Done::Import),
            WritePath::Create => {
                let file = self.disk.join(format!("new-{n}.db"));
                Companion::create(&file, &platform_key(5), "UTC").map(|_| Done::Create(file))
            }
        })
    }

    /// Checks that an acknowledged write is in the store, and makes it part of what is expected.
    pub fn acknowledge(&mut self, companion: &Companion, done: Done) -> Outcome {
        let contents = Contents::read(companion)?;
        match done {
            Done::CheckIn(date) => ensure!(
                contents.checkins.iter().any(|c| c.date == date),
                "the acknowledged check-in of {date} is missing"
            ),
            Done::Use(id) => ensure!(
                contents.history.uses.iter().any(|u| u.id == id),
                "the acknowledged use {id} is missing"
            ),
            Done::Contact(id) => ensure!(
                contents.contacts.iter().any(|c| c.id == id),
                "the acknowledged contact {id} is missing"
            ),
            Done::Settings(zone) => ensure!(
                contents.settings.time_zone == zone,
                "the acknowledged time zone {zone} is missing"
            ),
            Done::Passphrase(text) => {
                ensure!(
                    contents.has_passphrase,
                    "the acknowledged passphrase is missing"
                );
                self.passphrase = Some(text);
            }
            Done::Export { file, code } => {
                ensure!(file.is_file(), "the acknowledged export is not there");
                self.verify_export(&file, &code, &contents)?;
                let name = file
                    .file_name()
                    .map(|name| name.to_string_lossy().into_owned());
                self.exports.extend(name);
            }
            Done::Import => ensure!(
                contents.records() == self.import_contents.records(),
                "the acknowledged import did not bring in the backup exactly"
            ),
            Done::Create(file) => {
                Companion::open(&file, &platform_key(5))?;
                ensure!(
                    Companion::wipe(&file, || Ok(()))?.found,
                    "the new store could not be wiped"
                );
            }
        }
        self.expected = contents;
        Ok(())
    }

    /// Imports an export into a fresh store elsewhere: it must hold exactly what was exported.
    fn verify_export(&self, file: &Path, code: &str, exported: &Contents) -> Outcome {
        let check = self.outside.join(format!("check-{}.db", self.counter));
        let mut fresh = Companion::create(&check, &platform_key(9), "UTC")?;
        fresh.import_backup(file, code, None)?;
        ensure!(
            Contents::read(&fresh)?.records() == exported.records(),
            "an export read back differs from the store it came from"
        );
        Ok(())
    }

    /// The store as expected, read through `companion` alone, and no stray file on the disk.
    pub fn check_contents(&self, companion: &Companion, after: &str) -> Outcome {
        ensure!(
            Contents::read(companion)? == self.expected,
            "after {after}: the store's contents differ from every acknowledged write and nothing else"
        );
        self.check_no_leftovers(after)
    }

    /// The same, and sound on a separate connection: only while `companion` shares the file.
    pub fn check_store(&self, companion: &Companion, after: &str) -> Outcome {
        self.check_contents(companion, after)?;
        integrity(&self.store)
    }

    /// Attempts `path` until the disk refuses it, acknowledging each write that fits; returns
    /// how many fitted and the refusal, which must be [`Error::StorageFull`] and leave the
    /// store exactly as the acknowledged writes made it (as `companion` shows it).
    fn until_refused(
        &mut self,
        companion: &mut Companion,
        path: WritePath,
        disk: &str,
    ) -> Outcome<(u32, Error)> {
        let mut acknowledged = 0;
        let error = loop {
            ensure!(
                acknowledged < ATTEMPTS,
                "{ATTEMPTS} writes of a {} fitted on {disk}",
                path.name()
            );
            match self.attempt(companion, path)? {
                Ok(done) => self.acknowledge(companion, done)?,
                Err(error) => break error,
            }
            acknowledged += 1;
        };
        let refused = format!(
            "a {} refused on {disk} with {}",
            path.name(),
            describe(&error)
        );
        self.check_contents(companion, &refused)?;
        ensure!(
            matches!(error, Error::StorageFull),
            "{refused}, not StorageFull"
        );
        Ok((acknowledged, error))
    }

    /// Tries every write path until the disk refuses it: each refusal must be
    /// [`Error::StorageFull`] and leave the store exactly as the acknowledged writes made it,
    /// and sound on a separate connection.
    pub fn refuse_each(&mut self, companion: &mut Companion, filler: &Path, room: u64) -> Outcome {
        let disk = match room {
            0 => "a full disk".to_owned(),
            room => format!("{} KiB free", room >> 10),
        };
        for path in PATHS {
            if room > ROOM_FOR_KEY_DERIVING {
                // Each attempt derives a key (about 150 ms); more room only adds more
                // acknowledged writes of the same small size.
                if path.derives_a_key() {
                    continue;
                }
            }
            leave_room(filler, room)?;
            let (acknowledged, error) = self.until_refused(companion, path, &disk)?;
            integrity(&self.store)?;
            say(format!(
                "ok: {disk}: {acknowledged} {} acknowledged, then refused with {}; \
                 contents as acknowledged, integrity ok, no stray file",
                path.name(),
                describe(&error)
            ))?;
        }
        Ok(())
    }

    /// Every write path through a store opened on the (still) full disk, until refused: each
    /// refusal must be [`Error::StorageFull`] and change nothing the store shows. With `room`
    /// false nothing may fit at all (no `-wal` file was left with space to reuse). Nothing
    /// else opens the store meanwhile: it may hold the file exclusively.
    pub fn refuse_all(&mut self, companion: &mut Companion, opened: &str, room: bool) -> Outcome {
        let disk = format!("the full disk, through a store {opened}");
        let mut fitted = Vec::new();
        for path in PATHS {
            let (acknowledged, _) = self.until_refused(companion, path, &disk)?;
            ensure!(
                room || acknowledged == 0,
                "{acknowledged} {} fitted on {disk}, where nothing has room",
                path.name()
            );
            if acknowledged > 0 {
                fitted.push(format!("{acknowledged} {}", path.name()));
            }
        }
        let fitted = match fitted.as_slice() {
            [] => "none fitted".to_owned(),
            some => format!("{} fitted first (in the -wal file's room)", some.join(", ")),
        };
        say(format!(
            "ok: through a store {opened}: every write path refused with StorageFull ({fitted}); \
             contents as acknowledged, no stray file"
        ))
    }

    /// Only the store, its sidecars, the store an import replaced (kept for an undo), the
    /// filler, the backups made and the one to import.
    pub fn check_no_leftovers(&self, after: &str) -> Outcome {
        let wal = format!("{STORE}-wal");
        let shm = format!("{STORE}-shm");
        let kept = format!("{STORE}.before-import");
        for name in names_in(&self.disk)? {
            let expected = [
                STORE,
                wal.as_str(),
                shm.as_str(),
                &kept,
                FILLER,
                IMPORT_FILE,
            ]
            .contains(&name.as_str())
                || self.exports.contains(&name);
            ensure!(expected, "after {after}: a file was left behind: {name}");
        }
        Ok(())
    }
}
