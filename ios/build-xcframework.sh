#!/usr/bin/env bash
# Builds CairnCoreFFI.xcframework and the generated Swift bindings for the iOS package.
# Runs on a Mac with Xcode 15.3 or later and rustup; it cannot run on Linux (no Apple SDKs).
#
#   ios/build-xcframework.sh            # mobile profile (what ships)
#   PROFILE=release ios/build-xcframework.sh
#
# Produces (both ignored by git, see ios/.gitignore):
#   ios/CairnCoreFFI.xcframework   device (arm64) + simulator (arm64 + x86_64) static libs, with
#                                  the two generated headers (CairnCoreFFI.h, CairnCoreTypesFFI.h)
#                                  and ios/FFI's module map (C modules CairnCoreFFI and
#                                  CairnCoreTypesFFI) and its re-export header
#   ios/build/CairnCore/           the two generated Swift files, compiled as one Swift module
#                                  (CairnCore): CairnCore.swift (cairn-ffi: the companion, the key
#                                  store) and CairnCoreTypes.swift (cairn-core: records, enums,
#                                  the error)
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
# What UniFFI writes for the two crates with UniFFI types; ios/FFI/module.modulemap names them.
SWIFT_FILES=("CairnCore.swift" "CairnCoreTypes.swift")
C_HEADERS=("CairnCoreFFI.h" "CairnCoreTypesFFI.h")

if [ "$(uname -s)" != "Darwin" ]; then
    echo "build-xcframework.sh needs macOS with Xcode (xcodebuild, lipo, the iOS SDKs)." >&2
    exit 1
fi
for tool in cargo rustup xcodebuild lipo; do
    command -v "$tool" >/dev/null || { echo "missing tool: $tool" >&2; exit 1; }
done

# The deployment target the Rust objects are built for (matches Package.swift).
export IPHONEOS_DEPLOYMENT_TARGET=17.0

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
# Exactly the expected files, or the module map and Package.swift are out of date.
expected="$(printf '%s\n' "${SWIFT_FILES[@]}" "${C_HEADERS[@]}" | sort)"
found="$(cd "$GENERATED" && ls -1 -- *.swift *.h | sort)"
if [ "$found" != "$expected" ]; then
    echo "uniffi-bindgen wrote other files than ios/FFI/module.modulemap and Package.swift expect:" >&2
    echo "$found" >&2
    exit 1
fi
for header in "${C_HEADERS[@]}"; do
    cp "$GENERATED/$header" "$HEADERS/"
done
# One module map for both headers (UniFFI's two would each declare the shared runtime types);
# xcodebuild wants it under this exact name next to the headers.
cp "$HERE/FFI/module.modulemap" "$HERE/FFI/CairnCoreTypesFFI-reexport.h" "$HEADERS/"

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
rm -rf "$HERE/build/CairnCore"
mkdir -p "$HERE/build/CairnCore"
for file in "${SWIFT_FILES[@]}"; do
    cp "$GENERATED/$file" "$HERE/build/CairnCore/$file"
done

echo "Done: $HERE/CairnCoreFFI.xcframework, and ${SWIFT_FILES[*]} in $HERE/build/CairnCore/"
echo "Next: open $HERE/Package.swift in Xcode, or add the package to the app project (ios/README.md)."
