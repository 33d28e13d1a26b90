#!/usr/bin/env bash
# The peer benchmarks (not part of the test command): Cairn beside plain SQLite and SQLCipher
# on ten years of one person's recovery, then the stripped size of the library the phones ship.
# Usage: bench/run.sh [--rounds N] [--no-library-size]. Needs a C compiler and perl (SQLCipher's
# OpenSSL is built from source the first time, a few minutes). The test command runs it once
# (`--rounds 1 --no-library-size`) so that it cannot drift from the core unnoticed.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(dirname "$here")"

library_size=yes
args=()
for arg in "$@"; do
    if [ "$arg" = "--no-library-size" ]; then
        library_size=no
    else
        args+=("$arg")
    fi
done

cargo build --release --locked --manifest-path "$here/Cargo.toml"
"$here/target/release/cairn-bench" "${args[@]}"
[ "$library_size" = yes ] || exit 0

echo
echo "Stripped size of the phones' library (cairn-ffi as a host cdylib):"
for profile in release mobile; do
    cargo build --quiet --profile "$profile" -p cairn-ffi --manifest-path "$root/Cargo.toml"
    dir="$root/target/$profile"
    stripped="$(mktemp)"
    strip -o "$stripped" "$dir/libcairn_ffi.so"
    awk -v name="$profile" -v bytes="$(stat -c %s "$stripped")" \
        'BEGIN { printf "  %-8s %6.2f MB (%d bytes)\n", name, bytes / 1000000, bytes }'
    rm -f "$stripped"
done
