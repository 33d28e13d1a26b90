//! Disk full and read-only storage: a clear error, nothing half-written, the store usable after
//! space returns. On a full disk a store still opens and shows everything while every write is
//! refused, and a second open of it meanwhile fails cleanly as busy. The checks live in the
//! `storage_faults` binary (`tests/src/bin/storage_faults/`), which needs a mount namespace of
//! its own to mount small tmpfs disks, fill them and remount them read-only; this test starts it
//! under `unshare --user --map-root-user --mount` and fails (never skips) if that cannot be done.

#![allow(clippy::unwrap_used, clippy::expect_used, missing_docs)]

use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

/// The binary's checks take about five seconds (the longest is SQLite's 5 s busy timeout, run
/// alongside the rest); this is only a backstop against a hang.
const DEADLINE: Duration = Duration::from_secs(120);

#[test]
fn disk_full_and_read_only_storage() {
    let dir = tempfile::tempdir().unwrap();
    let stdout_path = dir.path().join("stdout.txt");
    let stderr_path = dir.path().join("stderr.txt");
    let root = dir.path().join("root");
    std::fs::create_dir(&root).unwrap();

    let spawned = Command::new("unshare")
        .args(["--user", "--map-root-user", "--mount", "--"])
        .arg(env!("CARGO_BIN_EXE_storage_faults"))
        .arg(&root)
        .stdin(Stdio::null())
        .stdout(std::fs::File::create(&stdout_path).unwrap())
        .stderr(std::fs::File::create(&stderr_path).unwrap())
        .spawn();
    let mut child = match spawned {
        Ok(child) => child,
        Err(error) => panic!(
            "cannot run `unshare` ({error}): this suite needs util-linux's unshare to create \
             a user and mount namespace"
        ),
    };
    let started = Instant::now();
    let status = loop {
        if let Some(status) = child.try_wait().unwrap() {
            break status;
        }
        if started.elapsed() > DEADLINE {
            child.kill().unwrap();
            child.wait().unwrap();
            panic!(
                "storage_faults did not finish in {DEADLINE:?}:\n{}",
                std::fs::read_to_string(&stdout_path).unwrap()
            );
        }
        std::thread::sleep(Duration::from_millis(20));
    };
    let stdout = std::fs::read_to_string(&stdout_path).unwrap();
    let stderr = std::fs::read_to_string(&stderr_path).unwrap();
    eprintln!("{stdout}"); // shown with --nocapture, or when the test fails

    assert!(
        stdout.starts_with("storage_faults: inside a user and mount namespace"),
        "`unshare --user --map-root-user --mount` could not start the checks ({status}); \
         this suite needs unprivileged user namespaces (on Debian and Ubuntu: \
         kernel.unprivileged_userns_clone=1, and on Ubuntu 24.04 or later \
         kernel.apparmor_restrict_unprivileged_userns=0).\nstderr: {stderr}\nstdout: {stdout}"
    );
    assert!(
        status.success(),
        "storage faults: {status}\nstderr: {stderr}\nstdout:\n{stdout}"
    );
    assert!(
        stdout.contains("all storage fault checks passed"),
        "the checks ended early:\n{stdout}"
    );
}
