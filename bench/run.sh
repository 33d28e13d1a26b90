#!/usr/bin/env bash
# The peer benchmarks (not part of the test command): Cairn beside plain SQLite and SQLCipher
# on ten years of one person's recovery, then the stripped size of the library the phones ship.
# Usage: bench/run.sh [--rounds N]. Needs a C compiler and perl (SQLCipher's OpenSSL is built
# from source the first time, a few minutes).
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(dirname "$here")"

cargo build --release --manifest-path "$here/Cargo.toml"
"$here/target/release/cairn-bench" "$@"

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
