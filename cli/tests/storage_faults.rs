//! The terminal shell on a full disk and on a read-only one. On a full disk every read command
//! still works and shows everything (the core opens the store with the WAL index in memory),
//! while every write exits 9 with a one-line "disk full" message; on a read-only disk even
//! reading is refused with a "cannot be written" line. Nothing changes, and every command works
//! again once space (or writability) returns. `cairn wipe --yes` on a full disk deletes every
//! file of the store, an import's staging store included.
//! A short shell script runs the real `cairn` binary inside `unshare --user --map-root-user
//! --mount`, where it can mount a 1 MiB tmpfs, fill it and remount it read-only. The test fails
//! (never skips) when the namespace cannot be created. The core's own checks of every write
//! path are in `tests/tests/storage_faults.rs`.

#![allow(clippy::unwrap_used, clippy::expect_used, missing_docs)]

use std::process::Command;

/// Runs as `sh -c SCRIPT sh CAIRN DIR`. `expect NAME CODE NEEDLE ARGS...` runs `cairn ARGS`
/// and checks its exit code and its one line of stderr (none when NEEDLE is empty);
/// `shows NAME TEXT ARGS...` runs `cairn --json ARGS`, which must succeed quietly with TEXT in
/// its output, and `reads NAME KEY TEXT ARGS...` does the same and checks that the output is
/// exactly what `remember KEY ARGS...` saw; `same NAME` checks that what the store shows is
/// what `snapshot` saw.
const SCRIPT: &str = r#"
set -u
cairn=$1
dir=$2
disk=$dir/disk
mkdir -p "$disk"
mount -t tmpfs -o size=1m,mode=0700 tmpfs "$disk" || { echo "cannot mount a tmpfs"; exit 3; }
echo "inside a user and mount namespace"
export CAIRN_PASSPHRASE="long enough" CAIRN_NOW=2026-11-22T08:00:00Z
unset CAIRN_NEW_PASSPHRASE CAIRN_BACKUP_PASSPHRASE
# English whatever the developer's own locale: the needles are English messages.
export LANG=C.UTF-8
unset LC_ALL LC_MESSAGES
failed=0
fail() { echo "FAIL: $*"; failed=1; }

expect() {
    name=$1 code=$2 needle=$3
    shift 3
    "$cairn" --data-dir "$disk" "$@" >"$dir/out" 2>"$dir/err"
    got=$?
    err=$(cat "$dir/err")
    if [ "$got" -ne "$code" ]; then
        fail "$name: exit $got, expected $code: $err"
    elif [ -z "$needle" ] && [ -n "$err" ]; then
        fail "$name: unexpected stderr: $err"
    elif [ -n "$needle" ] && ! { [ "$(wc -l <"$dir/err")" -eq 1 ] && grep -q -- "$needle" "$dir/err"; }; then
        fail "$name: stderr is not one line with '$needle': $err"
    else
        echo "ok: $name: exit $got${err:+: $err}"
    fi
}

shows() {
    name=$1 text=$2
    shift 2
    expect "$name" 0 "" --json "$@"
    grep -q -F -- "$text" "$dir/out" || fail "$name: '$text' is not in the output: $(cat "$dir/out")"
}

remember() {
    key=$1
    shift
    "$cairn" --data-dir "$disk" --json "$@" >"$dir/before-$key.json" 2>&1 || fail "cannot show $*"
}
reads() {
    name=$1 key=$2 text=$3
    shift 3
    shows "$name" "$text" "$@"
    if cmp -s "$dir/before-$key.json" "$dir/out"; then
        echo "ok: $name: exactly what it showed before"
    else
        fail "$name: it shows something else than before:"
        diff "$dir/before-$key.json" "$dir/out"
    fi
}

show() {
    for view in settings history insights "contacts list"; do
        # shellcheck disable=SC2086
        "$cairn" --data-dir "$disk" --json $view || echo "cannot show $view"
    done
}
snapshot() { show >"$dir/before.json" 2>&1; }
same() {
    show >"$dir/after.json" 2>&1
    if cmp -s "$dir/before.json" "$dir/after.json"; then
        echo "ok: $1: the store shows exactly what it showed before"
    else
        fail "$1: the store changed:"
        diff "$dir/before.json" "$dir/after.json"
    fi
}
no_strays() {
    strays=$(ls -A "$disk" | grep -v -x -e cairn.db -e cairn.db-wal -e cairn.db-shm -e filler -e kept.backup)
    if [ -n "$strays" ]; then fail "$1: files left behind: $strays"; else echo "ok: $1: no stray file"; fi
}

expect "init" 0 "" init --time-zone UTC
expect "journey" 0 "" journey start --clean-date 2026-09-01
expect "check-in" 0 "" checkin --mood 3 --craving 4 --date 2026-11-01
expect "contact" 0 "" contacts add --name Jordan --phone "555 010 4477" --role sponsor
# What each command that only reads shows (the first status marks the milestones reached so
# far as seen, so the one on the full disk, which cannot, shows no new ones either).
expect "status" 0 "" status
remember status status
remember history history
remember insights insights
remember contacts contacts list
remember journeys journey list
remember settings settings
snapshot

dd if=/dev/zero of="$disk/filler" bs=64k 2>/dev/null && fail "the filler never hit a full disk"
expect "check-in on a full disk" 9 "out of storage space" checkin --mood 2 --craving 7 --date 2026-11-02
expect "use on a full disk" 9 "out of storage space" use --date 2026-11-03 --kind lapse
expect "contact on a full disk" 9 "out of storage space" contacts add --name Casey --phone "555 010 2233" --role friend
expect "settings on a full disk" 9 "out of storage space" settings --time-zone Asia/Tokyo
expect "export on a full disk" 9 "out of storage space" export --out "$disk/new.backup"
# Each command closes the store, which removes its -wal and -shm; there is no room for a new
# -shm index, so the next command opens the store with the index in memory: every read works
# and shows what it showed before the disk filled.
reads "status on a full disk" status '"clean_date": "2026-09-01"' status
reads "history on a full disk" history '"clean_date": "2026-09-01"' history
reads "journeys on a full disk" journeys '"clean_date": "2026-09-01"' journey list
reads "check-ins (insights) on a full disk" insights '"last_check_in": "2026-11-01"' insights
reads "contacts on a full disk" contacts '"name": "Jordan"' contacts list
reads "settings on a full disk" settings '"time_zone": "UTC"' settings
expect "check-in after the reads on a full disk" 9 "out of storage space" checkin --mood 2 --craving 7 --date 2026-11-02
no_strays "after the refused writes"

rm "$disk/filler"
same "after the refused writes, once space is back"
expect "check-in once space is back" 0 "" checkin --mood 2 --craving 7 --date 2026-11-02
expect "use once space is back" 0 "" use --date 2026-11-03 --kind lapse
expect "settings once space is back" 0 "" settings --time-zone Asia/Tokyo
expect "export once space is back" 0 "" export --out "$disk/kept.backup"
shows "the use after space returned" '"2026-11-03"' history
shows "the settings after space returned" '"time_zone": "Asia/Tokyo"' settings
shows "the check-in after space returned" '"last_check_in": "2026-11-02"' insights
[ -s "$disk/kept.backup" ] || fail "the export after space returned is missing"
no_strays "once space is back"

snapshot
mount -o remount,ro "$disk" || fail "cannot remount read-only"
expect "status on a read-only disk" 1 "cannot be written" status
expect "check-in on a read-only disk" 1 "cannot be written" checkin --mood 4 --craving 1 --date 2026-11-04
mount -o remount,rw "$disk" || fail "cannot remount read-write"
same "after the read-only disk"
expect "check-in once writable again" 0 "" checkin --mood 4 --craving 1 --date 2026-11-04
no_strays "once writable again"

# Wipe on a disk full to the last byte, with an interrupted import's staging store beside the
# store: it used to exit 9 with every file intact; now nothing of the store may remain.
cp "$disk/cairn.db" "$disk/cairn.db.import" || fail "cannot copy the store"
dd if=/dev/zero of="$disk/filler" bs=64k 2>/dev/null && fail "the filler never hit a full disk"
expect "wipe on a full disk" 0 "" wipe --yes
left=$(ls -A "$disk" | grep '^cairn\.db')
if [ -n "$left" ]; then fail "wipe on a full disk left: $left"; else echo "ok: wipe on a full disk: nothing of the store is left"; fi
exit $failed
"#;

#[test]
fn a_full_or_read_only_disk_through_the_terminal() {
    let dir = tempfile::tempdir().unwrap();
    let output = Command::new("unshare")
        .args([
            "--user",
            "--map-root-user",
            "--mount",
            "--",
            "sh",
            "-c",
            SCRIPT,
            "sh",
        ])
        .arg(env!("CARGO_BIN_EXE_cairn"))
        .arg(dir.path())
        .output();
    let output = match output {
        Ok(output) => output,
        Err(error) => panic!(
            "cannot run `unshare` ({error}): this test needs util-linux's unshare to create a \
             user and mount namespace"
        ),
    };
    let stdout = String::from_utf8_lossy(&output.stdout);
    let stderr = String::from_utf8_lossy(&output.stderr);
    eprintln!("{stdout}"); // shown with --nocapture, or when the test fails
    assert!(
        stdout.starts_with("inside a user and mount namespace"),
        "`unshare --user --map-root-user --mount` could not run the script ({}); this test \
         needs unprivileged user namespaces.\nstderr: {stderr}\nstdout: {stdout}",
        output.status
    );
    assert!(
        output.status.success(),
        "{}\nstderr: {stderr}\nstdout:\n{stdout}",
        output.status
    );
}
