#!/usr/bin/env bash
# Builds CairnCoreFFI.xcframework and the generated Swift bindings for the iOS package.
# Runs on a Mac with Xcode 15.3 or later and rustup; it cannot run on Linux (no Apple SDKs).
#
#   ios/build-xcframework.sh            # mobile profile (what ships)
#   PROFILE=release ios/build-xcframework.sh
#
# Produces (both ignored by git, see ios/.gitignore):
#   ios/CairnCoreFFI.xcframework        device (arm64) + simulator (arm64 + x86_64) static libs,
#                                       with CairnCoreFFI.h and its module map
#   ios/build/CairnCore/CairnCore.swift the UniFFI Swift bindings (module CairnCore)
set -euo pipefail

HERE="$(cd "$(dirname "$0")" && pwd)"
ROOT="$(cd "$HERE/.." && pwd)"
PROFILE="${PROFILE:-mobile}"
LIB="libcairn_ffi.a"
DEVICE_TARGET="aarch64-apple-ios"
SIM_TARGETS=("aarch64-apple-ios-sim" "x86_64-apple-ios")
WORK="$ROOT/target/ios-xcframework"
HEADERS="$WORK/headers"
GENERATED="$WORK/swift"

if [ "$(uname -s)" != "Darwin" ]; then
    echo "build-xcframework.sh needs macOS with Xcode (xcodebuild, lipo, the iOS SDKs)." >&2
    exit 1
fi
for tool in cargo rustup xcodebuild lipo; do
    command -v "$tool" >/dev/null || { echo "missing tool: $tool" >&2; exit 1; }
done

# The deployment target the Rust objects are built for (matches Package.swift).
export IPHONEOS_DEPLOYMENT_TARGET=16.0

echo "== Rust targets"
rustup target add "$DEVICE_TARGET" "${SIM_TARGETS[@]}"

echo "== Static libraries (profile $PROFILE)"
cd "$ROOT"
for target in "$DEVICE_TARGET" "${SIM_TARGETS[@]}"; do
    cargo build --locked --profile "$PROFILE" -p cairn-ffi --target "$target"
done

echo "== Swift bindings"
# The bindgen reads the UniFFI metadata from a host build of the same crate.
cargo build --locked -p cairn-ffi -p cairn-uniffi-bindgen
rm -rf "$WORK"
mkdir -p "$HEADERS" "$GENERATED" "$WORK/simulator"
"$ROOT/target/debug/uniffi-bindgen" generate \
    --library "$ROOT/target/debug/libcairn_ffi.dylib" \
    --language swift \
    --no-format \
    --out-dir "$GENERATED"
cp "$GENERATED/CairnCoreFFI.h" "$HEADERS/"
# xcodebuild wants the module map under this exact name next to the header.
cp "$GENERATED/CairnCoreFFI.modulemap" "$HEADERS/module.modulemap"

echo "== Simulator fat library"
SIM_LIBS=()
for target in "${SIM_TARGETS[@]}"; do
    SIM_LIBS+=("$ROOT/target/$target/$PROFILE/$LIB")
done
lipo -create "${SIM_LIBS[@]}" -output "$WORK/simulator/$LIB"

echo "== XCFramework"
rm -rf "$HERE/CairnCoreFFI.xcframework"
xcodebuild -create-xcframework \
    -library "$ROOT/target/$DEVICE_TARGET/$PROFILE/$LIB" -headers "$HEADERS" \
    -library "$WORK/simulator/$LIB" -headers "$HEADERS" \
    -output "$HERE/CairnCoreFFI.xcframework"

echo "== Swift package sources"
mkdir -p "$HERE/build/CairnCore"
cp "$GENERATED/CairnCore.swift" "$HERE/build/CairnCore/CairnCore.swift"

echo "Done: $HERE/CairnCoreFFI.xcframework and $HERE/build/CairnCore/CairnCore.swift"
echo "Next: open $HERE/Package.swift in Xcode, or add the package to the app project (ios/README.md)."
