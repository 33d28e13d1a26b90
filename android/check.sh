#!/usr/bin/env bash
# Checks the Android shell on a machine without the Android SDK (see README.md):
#   1. the manifest keeps its privacy promises (no INTERNET permission, allowBackup="false",
#      backup and data-extraction rules present);
#   2. aapt2 compiles and links every resource against the API 29 framework resources and
#      writes R.java to android/target/gen (a broken reference fails the link);
#   3. Maven compiles every Kotlin source of the app against android-all (API 35) and the
#      generated core bindings with -Werror, and runs the JUnit tests of the non-UI logic.
# Usage, from the repository root: bash android/check.sh    Exits non-zero on any failure.
set -euo pipefail
cd "$(dirname "$0")"
android_dir=$(pwd)
root=$(cd .. && pwd)
main=app/src/main
manifest=$main/AndroidManifest.xml
framework_res=/usr/share/android-framework-res/framework-res.apk
say() { printf '\n-- android: %s\n' "$*"; }
fail() { printf 'android check FAILED: %s\n' "$*" >&2; exit 1; }

say "manifest privacy checks"
python3 - "$manifest" <<'PY'
import sys
import xml.etree.ElementTree as ET

A = "{http://schemas.android.com/apk/res/android}"
path = sys.argv[1]
text = open(path, encoding="utf-8").read()
root = ET.parse(path).getroot()
problems = []
if "android.permission.INTERNET" in text:
    problems.append("the manifest mentions android.permission.INTERNET")
for tag in ("uses-permission", "uses-permission-sdk-23"):
    for element in root.iter(tag):
        if element.get(A + "name") == "android.permission.INTERNET":
            problems.append("the manifest asks for INTERNET")
application = root.find("application")
if application is None:
    problems.append("no <application>")
else:
    if application.get(A + "allowBackup") != "false":
        problems.append('<application> needs android:allowBackup="false"')
    for attribute in ("fullBackupContent", "dataExtractionRules"):
        value = application.get(A + attribute) or ""
        if not value.startswith("@xml/"):
            problems.append("<application> needs android:%s=\"@xml/...\"" % attribute)
if problems:
    print("\n".join(problems), file=sys.stderr)
    sys.exit(1)
print("no INTERNET permission; allowBackup=false; backup and data-extraction rules set")
PY
# The rules files must exclude everything they can name.
for rules in backup_rules data_extraction_rules; do
  grep -q "android:[a-zA-Z]*=\"@xml/$rules\"" "$manifest" || fail "manifest does not use @xml/$rules"
  test -s "$main/res/xml/$rules.xml" || fail "res/xml/$rules.xml is missing"
  grep -q '<include' "$main/res/xml/$rules.xml" && fail "res/xml/$rules.xml includes something"
done

say "aapt2: compile and link resources against the API 29 framework"
if ! command -v aapt2 >/dev/null || [ ! -f "$framework_res" ]; then
  echo "aapt2 or framework-res.apk is missing; installing them from Debian" >&2
  apt-get update -qq
  apt-get install -y -qq aapt android-framework-res
fi
rm -rf target/res target/gen target/manifest
mkdir -p target/res target/gen target/manifest
# aapt2 only knows API 29 attributes. The linked copy adds the package (the Gradle build
# takes it from `namespace`) and drops android:dataExtractionRules (API 31), which the
# privacy check above has already verified in the real manifest.
sed -e 's#<manifest xmlns:android="http://schemas.android.com/apk/res/android">#<manifest xmlns:android="http://schemas.android.com/apk/res/android" package="app.cairn.android">#' \
    -e '/android:dataExtractionRules=/d' "$manifest" >target/manifest/AndroidManifest.xml
grep -q 'package="app.cairn.android"' target/manifest/AndroidManifest.xml || fail "could not set the package for aapt2"
aapt2 compile --dir "$main/res" -o target/res/compiled.zip
aapt2 link -I "$framework_res" \
  --manifest target/manifest/AndroidManifest.xml \
  --min-sdk-version 26 --target-sdk-version 35 \
  --java target/gen -o target/res/app-unsigned.apk target/res/compiled.zip
test -s target/gen/app/cairn/android/R.java || fail "aapt2 wrote no R.java"
echo "linked; R.java in android/target/gen"

say "core bindings"
bindings=$root/build/generated/kotlin/app/cairn/core/cairn_ffi.kt
if [ ! -s "$bindings" ]; then
  echo "generated Kotlin bindings are missing; generating them as scripts/test.sh does" >&2
  (
    cd "$root"
    cargo build -p cairn-ffi -p cairn-uniffi-bindgen --locked
    target/debug/uniffi-bindgen generate --library target/debug/libcairn_ffi.so \
      --language kotlin --no-format --out-dir build/generated/kotlin
  )
fi
test -s "$bindings" || fail "no generated bindings at $bindings"
echo "using $bindings"

say "maven: compile the app against android-all and run the JVM tests"
if ! command -v mvn >/dev/null; then
  echo "Maven is missing; installing it from Debian" >&2
  apt-get update -qq && apt-get install -y -qq maven
fi
mvn -B -ntp -f "$android_dir/pom.xml" test
say "all checks passed"
