#!/usr/bin/env bash
# What can be checked of the iOS shell on a machine without Swift: every hand-written .swift
# file parses; every call into the generated bindings names what they declare (with its own
# self-tests); every localised key used exists in English and Spanish and none is unused; the
# property lists parse. scripts/test.sh runs it after generating build/generated/swift and
# creating build/venv; on a Mac, ios/README.md's xcodebuild commands check the rest.
#
# Usage: bash ios/check.sh [--bindings DIR]   (or CAIRN_SWIFT_BINDINGS=DIR)
set -euo pipefail
cd "$(dirname "$0")/.."
python=build/venv/bin/python
if [ ! -x "$python" ]; then
    echo "ios/check.sh needs build/venv (python3 -m venv build/venv &&" \
        "build/venv/bin/pip install -r scripts/requirements-test.txt)" >&2
    exit 1
fi

echo "-- swift: syntax, then every call into the generated bindings"
"$python" ios/checks/check_swift.py "$@"

echo "-- strings: the catalogues against the keys the Swift uses"
"$python" ios/checks/check_strings.py

echo "-- property lists, entitlements, privacy manifest; shell scripts"
"$python" ios/checks/check_plists.py
bash -n ios/build-xcframework.sh
