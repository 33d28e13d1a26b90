#!/usr/bin/env bash
# Runs every test Cairn has, installing what it needs on the way: Python packages go into
# build/venv, Maven downloads into ~/.m2. Needs Rust (cargo, rustfmt, clippy), Python 3, and for
# the later steps Java 17 with Maven. Usage: scripts/test.sh
set -euo pipefail
cd "$(dirname "$0")/.."
root=$(pwd)
started=$(date +%s)
step() { printf '\n== %s (%ss)\n' "$*" "$(($(date +%s) - started))"; }

step "format"
cargo fmt --all -- --check

step "lint"
cargo clippy --workspace --all-targets --locked -- -D warnings

step "rust tests"
cargo test --workspace --locked

step "benchmark: builds against the core as it is and runs once (bench/run.sh for figures)"
bash bench/run.sh --rounds 1 --no-library-size

step "python tools (build/venv)"
if [ ! -x build/venv/bin/python ]; then
  python3 -m venv build/venv
fi
build/venv/bin/pip install --quiet --disable-pip-version-check -r scripts/requirements-test.txt

step "known-answer vectors, decoded independently"
build/venv/bin/python tests/vectors/check_vectors.py

step "bindings: build the library, generate Kotlin and Swift"
cargo build -p cairn-ffi -p cairn-uniffi-bindgen --locked
rm -rf build/generated
for language in kotlin swift; do
  target/debug/uniffi-bindgen generate --library target/debug/libcairn_ffi.so \
    --language "$language" --no-format --out-dir "build/generated/$language"
done
test -s build/generated/kotlin/app/cairn/ffi/cairn_ffi.kt
test -s build/generated/kotlin/app/cairn/core/cairn_core.kt
test -s build/generated/swift/CairnCore.swift
test -s build/generated/swift/CairnCoreTypes.swift
test -s build/generated/swift/CairnCoreFFI.h

step "kotlin bindings on the JVM (Maven downloads what it needs into ~/.m2)"
if ! command -v mvn >/dev/null; then
  echo "Maven is missing; installing it from Debian" >&2
  apt-get update -qq && apt-get install -y -qq maven
fi
mvn -B -ntp -f tests/kotlin/pom.xml test

step "android: manifest checks, aapt2 link, Compose screens clicked through on the JVM, app against android-all"
bash android/check.sh

step "android: every screen in light, dark and large text (build/screens/android)"
bash android/screens.sh

step "swift: hand-written sources parse and call the generated API as it is"
bash ios/check.sh

step "done in $(($(date +%s) - started))s"
