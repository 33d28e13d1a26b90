//! Shared helpers for Cairn's tests in every crate: a test-only record type, key sources, the
//! location of the pinned fixtures, and the one snapshot of a store's folder that "nothing
//! changed" is checked against.
//!
//! The record kind used here (0xFF01) is reserved for tests and never used by the domain, so a
//! test store can be filled with marker text without depending on any recovery rule.

use std::ffi::OsStr;
use std::io::{BufRead, BufReader};
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::sync::mpsc;
use std::time::Duration;

use cairn_core::crypto::{KeySource, Passphrase, PlatformKey};
use cairn_core::store::{Record, RecordKind};
use chrono::{DateTime, NaiveDate, Utc};
use serde::{Deserialize, Serialize};

/// A record holding free text, for tests that look for that text in the files.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Note {
    /// Anything.
    pub text: String,
}

impl Record for Note {
    const KIND: RecordKind = RecordKind(0xFF01);
}

/// A platform key made of one repeated byte.
pub fn platform_key(byte: u8) -> KeySource {
    match PlatformKey::from_bytes(&[byte; 32]) {
        Ok(key) => KeySource::Platform(key),
        Err(error) => panic!("a 32-byte key is valid: {error}"),
    }
}

/// A passphrase key source.
pub fn passphrase(text: &str) -> KeySource {
    match Passphrase::new(text.to_owned()) {
        Ok(passphrase) => KeySource::Passphrase(passphrase),
        Err(error) => panic!("test passphrases are valid: {error}"),
    }
}

/// The instant every test that does not care about the time of day uses as "now":
/// 2026-11-22T12:00:00Z.
pub fn now() -> DateTime<Utc> {
    instant("2026-11-22T12:00:00Z")
}

/// An instant written as RFC 3339 ("2026-11-22T12:00:00Z"); panics on a typo in a test.
pub fn instant(text: &str) -> DateTime<Utc> {
    match DateTime::parse_from_rfc3339(text) {
        Ok(instant) => instant.with_timezone(&Utc),
        Err(error) => panic!("test instants are RFC 3339: {error}"),
    }
}

/// A local date written "YYYY-MM-DD"; panics on a typo in a test.
pub fn day(text: &str) -> NaiveDate {
    match text.parse() {
        Ok(date) => date,
        Err(error) => panic!("test dates are YYYY-MM-DD: {error}"),
    }
}

/// A journey about opioids from clean date `clean` (YYYY-MM-DD), no time, no savings: what most
/// tests start before they exercise something else.
pub fn journey(clean: &str) -> cairn_core::companion::NewJourney {
    cairn_core::companion::NewJourney {
        substance: None,
        clean_date: day(clean),
        clean_time: None,
        cost_per_day: None,
        hours_per_day: None,
    }
}

/// A new store (`s.db` in a temporary folder) counting days in `zone`, with `region` set when
/// given (the region chooses the usual currency). The store goes when the folder is dropped.
pub fn companion_in(
    zone: &str,
    region: Option<&str>,
) -> (tempfile::TempDir, cairn_core::Companion) {
    let folder = match tempfile::tempdir() {
        Ok(folder) => folder,
        Err(error) => panic!("a temporary folder: {error}"),
    };
    let created =
        cairn_core::Companion::create(&folder.path().join("s.db"), &platform_key(4), zone);
    let mut companion = match created {
        Ok(companion) => companion,
        Err(error) => panic!("a new store: {error}"),
    };
    if let Some(region) = region {
        let change = cairn_core::settings::SettingsChange {
            region: Some(region.to_owned()),
            ..Default::default()
        };
        if let Err(error) = companion.update_settings(change) {
            panic!("the region: {error}");
        }
    }
    (folder, companion)
}

/// Runs `program` with `args`, kills it (SIGKILL on Unix) after `millis`, and returns every line
/// it printed before dying: the writes it acknowledged.
pub fn run_and_kill(program: &str, args: &[&OsStr], millis: u64) -> Vec<String> {
    let spawned = Command::new(program)
        .args(args)
        .stdout(Stdio::piped())
        .spawn();
    let mut child = match spawned {
        Ok(child) => child,
        Err(error) => panic!("cannot start {program}: {error}"),
    };
    let Some(stdout) = child.stdout.take() else {
        panic!("{program} has no stdout");
    };
    let (sender, receiver) = mpsc::channel();
    let reader = std::thread::spawn(move || {
        for line in BufReader::new(stdout).lines().map_while(Result::ok) {
            if sender.send(line).is_err() {
                break;
            }
        }
    });
    std::thread::sleep(Duration::from_millis(millis));
    // Already exited is fine: what it printed is still read below.
    let _ = child.kill();
    let _ = child.wait();
    let _ = reader.join();
    receiver.try_iter().collect()
}

/// `tests/fixtures/<name>`.
pub fn fixture(name: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("fixtures")
        .join(name)
}

/// Every file in the folder of the store at `path` (the database, its sidecars, staging files,
/// anything else written there) with its bytes, by name: what "the store is exactly as it was"
/// compares. SQLite's shared-memory index (`-shm`) is left out: it changes on reads and holds
/// nothing of the person's.
pub fn store_snapshot(path: &Path) -> Vec<(PathBuf, Vec<u8>)> {
    let folder = path.parent().unwrap_or(Path::new("."));
    let mut files: Vec<(PathBuf, Vec<u8>)> = std::fs::read_dir(folder)
        .map(|entries| {
            entries
                .filter_map(Result::ok)
                .map(|entry| entry.path())
                .collect::<Vec<_>>()
        })
        .unwrap_or_default()
        .into_iter()
        .filter(|file| file.is_file() && !file.to_string_lossy().ends_with("-shm"))
        .filter_map(|file| std::fs::read(&file).ok().map(|bytes| (file, bytes)))
        .collect();
    files.sort();
    files
}

/// Every quoted string in the Rust sources under `src` (test files and `tests` folders left
/// out) that starts with one of `prefixes` and is made of id characters only (`a-z`, `0-9`,
/// `-`): the message ids a crate's code uses, for the catalogue tests of the core and the
/// terminal. Each `"` starts a candidate that runs to the next `"`, so escaped quotes and char
/// literals cannot make a false id, and no id between two strings is missed.
pub fn quoted_message_ids(src: &Path, prefixes: &[&str]) -> std::collections::BTreeSet<String> {
    fn readable<T>(result: std::io::Result<T>) -> T {
        match result {
            Ok(value) => value,
            Err(error) => panic!("cannot read the sources: {error}"),
        }
    }
    fn rust_files(dir: &Path, out: &mut Vec<PathBuf>) {
        for entry in readable(std::fs::read_dir(dir)) {
            let path = readable(entry).path();
            if path.is_dir() {
                if path.file_name().is_some_and(|name| name != "tests") {
                    rust_files(&path, out);
                }
            } else if path.extension().is_some_and(|ext| ext == "rs")
                && path.file_name().is_some_and(|name| name != "tests.rs")
            {
                out.push(path);
            }
        }
    }
    let mut files = Vec::new();
    rust_files(src, &mut files);
    let mut used = std::collections::BTreeSet::new();
    for file in files {
        let source = readable(std::fs::read_to_string(&file));
        for (start, _) in source.match_indices('"') {
            let rest = &source[start + 1..];
            let Some(end) = rest.find('"') else { continue };
            let piece = &rest[..end];
            let is_id = prefixes.iter().any(|prefix| piece.starts_with(prefix))
                && piece
                    .chars()
                    .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-');
            if is_id {
                used.insert(piece.to_owned());
            }
        }
    }
    used
}

/// Fails, naming the ids, when a message id the code uses is not in the catalogue (`defined`)
/// or when the catalogue holds an id nothing uses.
pub fn assert_catalogue_matches_use(
    defined: &std::collections::BTreeSet<String>,
    used: &std::collections::BTreeSet<String>,
) {
    let missing: Vec<_> = used.difference(defined).collect();
    assert!(
        missing.is_empty(),
        "used but not in the catalogue: {missing:?}"
    );
    let unused: Vec<_> = defined.difference(used).collect();
    assert!(unused.is_empty(), "in the catalogue but unused: {unused:?}");
}
