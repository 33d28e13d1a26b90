//! The small disks themselves: mounting a tmpfs, remounting it read-only and back, filling it to
//! the last byte (or leaving a chosen amount of room), and listing what is on it. Kept apart from
//! the scenarios so that they read as what happens to a store, not how a disk is made full.

use std::fs;
use std::io::Write;
use std::path::Path;
use std::process::Command;

use crate::Outcome;

/// Each small disk: big enough for a store, small enough to fill in a moment.
const DISK_OPTIONS: &str = "size=2m,mode=0700";
/// The filler stops with an error past this (the mount did not limit anything).
const FILLER_LIMIT: u64 = 64 << 20;

/// Runs `mount ARGS`, returning the first line of its stderr as the error when it fails.
fn mount(args: &[&str], target: &Path) -> Result<(), String> {
    let output = Command::new("mount")
        .args(args)
        .arg(target)
        .output()
        .map_err(|error| format!("cannot run mount: {error}"))?;
    if output.status.success() {
        Ok(())
    } else {
        let stderr = String::from_utf8_lossy(&output.stderr);
        Err(stderr
            .lines()
            .next()
            .unwrap_or("mount failed")
            .trim()
            .to_owned())
    }
}

/// Creates `dir` and mounts a small tmpfs on it.
pub fn mount_small_disk(dir: &Path) -> Outcome {
    fs::create_dir_all(dir)?;
    mount(&["-t", "tmpfs", "-o", DISK_OPTIONS, "tmpfs"], dir)
        .map_err(|error| format!("cannot mount a tmpfs on {}: {error}", dir.display()))?;
    Ok(())
}

/// Remounts the disk at `dir` with `mode` (`ro` or `rw`).
pub fn remount(dir: &Path, mode: &str) -> Result<(), String> {
    mount(&["-o", &format!("remount,{mode}")], dir)
}

/// The names in `dir`, sorted.
pub fn names_in(dir: &Path) -> Outcome<Vec<String>> {
    let mut names = Vec::new();
    for entry in fs::read_dir(dir)? {
        names.push(entry?.file_name().to_string_lossy().into_owned());
    }
    names.sort();
    Ok(names)
}

/// Appends zeros to `path` until the disk refuses more; returns the file's length.
pub fn fill(path: &Path) -> Outcome<u64> {
    let mut file = fs::OpenOptions::new()
        .create(true)
        .append(true)
        .open(path)?;
    let chunk = vec![0u8; 64 << 10];
    let mut written = 0u64;
    loop {
        match file.write(&chunk) {
            Ok(0) => return Err("the filler wrote nothing and got no error".into()),
            Ok(n) => written += n as u64,
            Err(error) if error.kind() == std::io::ErrorKind::StorageFull => break,
            Err(error) => return Err(format!("the filler failed: {error}").into()),
        }
        ensure!(
            written < FILLER_LIMIT,
            "the disk never filled: is it the small tmpfs?"
        );
    }
    Ok(file.metadata()?.len())
}

/// Fills the disk, then gives `room` bytes back: a write that needs more fails part-way.
pub fn leave_room(path: &Path, room: u64) -> Outcome {
    let length = fill(path)?;
    if room == 0 {
        return Ok(());
    }
    ensure!(
        length > room,
        "the filler is too small to give {room} bytes back"
    );
    fs::OpenOptions::new()
        .write(true)
        .open(path)?
        .set_len(length - room)?;
    Ok(())
}
