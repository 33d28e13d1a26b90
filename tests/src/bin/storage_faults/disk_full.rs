//! Scenario a: a disk that fills up under an open store, then frees space again. Every write
//! path is refused on the full disk and with a little room left; the store is closed and opened
//! on the full disk (where it must show everything and refuse every write); space returns and
//! every write succeeds; and a store closed cleanly opens on a full disk again. A store opened
//! on a full disk may hold the file exclusively, so it is always closed before any other
//! connection (the integrity check, a normal open) touches the file.

use std::fs;
use std::path::Path;

use cairn_core::Companion;
use cairn_core::journal::UseKind;
use cairn_tests::{passphrase, platform_key, store_snapshot};

use crate::disk::{fill, mount_small_disk, names_in};
use crate::snapshot::{
    Contents, checkin_on, day, integrity, new_contact, seeded_store, start_journey,
};
use crate::write_paths::{FullDisk, IMPORT_FILE, PATHS, WritePath};
use crate::{FILLER, Outcome, STORE, describe, now, say};

/// The room left on the disk in the rounds after the first (which leaves none), in bytes:
/// less than two WAL frames; less than the 32 KiB a new `-shm` index takes; more than that.
const ROOM: [u64; 3] = [6 << 10, 20 << 10, 60 << 10];

/// A store to import from, with contents of its own, and its backup on `disk`.
fn import_source(outside: &Path, disk: &Path) -> Outcome<(String, Contents)> {
    let mut other = Companion::create(&outside.join("other.db"), &platform_key(8), "Asia/Tokyo")?;
    start_journey(&mut other)?;
    for offset in [40, 41, 42] {
        other.check_in(checkin_on(day(offset)?), UseKind::Lapse, false, now()?)?;
    }
    other.add_contact(new_contact("Sam".into()), false)?;
    let exported = other.export_backup(&disk.join(IMPORT_FILE), None)?;
    Ok((
        exported.recovery_code.display().to_string(),
        Contents::read(&other)?,
    ))
}

/// Opens the store on the full disk, which must work and show exactly what was acknowledged;
/// every write through it must then be refused, at once unless a `-wal` file with room to
/// reuse was left by an earlier close. Closes it before returning.
fn open_on_full_disk(state: &mut FullDisk, opened: &str) -> Outcome {
    let wal = state.disk.join(format!("{STORE}-wal"));
    let room = fs::metadata(&wal).is_ok_and(|wal| wal.len() > 0);
    let mut companion = Companion::open(&state.store, &platform_key(7)).map_err(|error| {
        format!(
            "a store could not be {opened}: {} (it must open and show everything)",
            describe(&error)
        )
    })?;
    ensure!(
        Contents::read(&companion)? == state.expected,
        "a store {opened} does not show exactly what was acknowledged"
    );
    say(format!(
        "ok: a store {opened} opens and shows everything acknowledged"
    ))?;
    state.refuse_all(&mut companion, opened, room)?;
    drop(companion);
    Ok(())
}

/// Runs the scenario on a disk of its own under `root`.
pub fn disk_full(root: &Path) -> Outcome {
    say("== disk full")?;
    let disk = root.join("full");
    let outside = root.join("outside");
    fs::create_dir_all(&outside)?;
    mount_small_disk(&disk)?;
    let store = disk.join(STORE);

    let mut companion = seeded_store(&store, 5)?;
    let (import_code, import_contents) = import_source(&outside, &disk)?;
    let mut state = FullDisk {
        expected: Contents::read(&companion)?,
        disk: disk.clone(),
        outside,
        store: store.clone(),
        import_code,
        import_contents,
        counter: 0,
        next_day: 6,
        passphrase: None,
        exports: Vec::new(),
    };
    say("ok: a store with a journey, 5 check-ins and a contact on a 2 MiB tmpfs")?;

    let filler = disk.join(FILLER);
    let filled = fill(&filler)?;
    say(format!("ok: the filler took the remaining {filled} bytes"))?;
    state.refuse_each(&mut companion, &filler, 0)?;
    // A little room before each write path: writes that fit are acknowledged, and the first
    // that does not fails part-way through its transaction or file.
    for room in ROOM {
        state.refuse_each(&mut companion, &filler, room)?;
    }
    fill(&filler)?;

    // Closed and opened again while the disk is still full: everything is readable, nothing
    // can be written. The close may find no room to fold the WAL into the database and leave
    // -wal and -shm (listed below).
    drop(companion);
    say(format!(
        "seen: closed on the full disk (files: {})",
        names_in(&disk)?.join(" ")
    ))?;
    open_on_full_disk(&mut state, "closed and opened again on the full disk")?;
    state.check_no_leftovers("a close on the full disk")?;

    fs::remove_file(&filler)?;
    integrity(&store)?;
    say("ok: filler removed; integrity ok once the store opened on the full disk is closed")?;
    space_back(&mut state)?;
    clean_close_then_full(&mut state, &filler)
}

/// Space is back: a normal open, every write path succeeds, and everything is there after a
/// reopen from scratch, by the platform key and by the passphrase (two connections at once).
fn space_back(state: &mut FullDisk) -> Outcome {
    let store = state.store.clone();
    let mut companion = Companion::open(&store, &platform_key(7))?;
    state.check_store(&companion, "an open once space returned")?;
    for path in PATHS {
        let done = state.attempt(&mut companion, path)?.map_err(|error| {
            format!(
                "a {} after space returned: {}",
                path.name(),
                describe(&error)
            )
        })?;
        state.acknowledge(&companion, done)?;
        state.check_store(
            &companion,
            &format!("a {} after space returned", path.name()),
        )?;
        say(format!("ok: {} succeeds once space is back", path.name()))?;
    }
    let done = state.attempt(&mut companion, WritePath::CheckIn)?;
    state.acknowledge(&companion, done?)?;

    drop(companion);
    let companion = Companion::open(&store, &platform_key(7))?;
    state.check_store(&companion, "a reopen from scratch")?;
    let text = state
        .passphrase
        .clone()
        .ok_or("no passphrase was acknowledged")?;
    let by_passphrase = Companion::open(&store, &passphrase(&text))?;
    ensure!(
        Contents::read(&by_passphrase)? == state.expected,
        "the store opened by its new passphrase differs"
    );
    drop(by_passphrase);
    drop(companion);
    ensure!(
        names_in(&state.disk)?
            .iter()
            // The store the import replaced is kept, closed, for an undo.
            .all(|name| !name.starts_with(STORE)
                || name == STORE
                || name.ends_with(".before-import")),
        "the store's sidecars outlived its last connection: {:?}",
        names_in(&state.disk)?
    );
    integrity(&store)?;
    say("ok: reopened from scratch with the platform key and the new passphrase; all there")
}

/// Closed cleanly (no -wal or -shm left), then the disk fills: there is no room for a new
/// -shm index, so the store is opened with the index in memory. It must show everything and
/// refuse every write without touching the store file; once space is back it opens normally.
fn clean_close_then_full(state: &mut FullDisk, filler: &Path) -> Outcome {
    let disk = state.disk.clone();
    let store = state.store.clone();
    fill(filler)?;
    let files = names_in(&disk)?;
    let bytes = store_snapshot(&store);
    open_on_full_disk(state, "closed cleanly and opened on a full disk")?;
    // SQLite may leave the empty sidecars it created; the store itself must be untouched.
    ensure!(
        store_snapshot(&store).first() == bytes.first(),
        "opening on a full disk (and the refused writes) changed the store file"
    );
    let sidecars = [format!("{STORE}-wal"), format!("{STORE}-shm")];
    for name in names_in(&disk)? {
        ensure!(
            files.contains(&name) || sidecars.contains(&name),
            "opening on a full disk left {name} behind"
        );
    }
    say(format!(
        "ok: the store file unchanged (files now: {})",
        names_in(&disk)?.join(" ")
    ))?;

    fs::remove_file(filler)?;
    integrity(&store)?;
    let mut companion = Companion::open(&store, &platform_key(7))?;
    state.check_store(&companion, "an open once space is back again")?;
    let done = state.attempt(&mut companion, WritePath::CheckIn)?;
    state.acknowledge(&companion, done?)?;
    state.check_store(&companion, "a check-in once space is back again")?;
    drop(companion);
    ensure!(
        !names_in(&disk)?.iter().any(|name| sidecars.contains(name)),
        "sidecars outlived the last connection once space was back"
    );
    say(
        "ok: opens normally with everything there once space is back; a check-in succeeds; sidecars gone on close",
    )
}
