#!/usr/bin/env bash
# Checks the Android app on a machine without the Android SDK (see README.md):
#   1. the manifest keeps its privacy promises (no INTERNET permission, allowBackup="false",
#      backup and data-extraction rules that exclude everything);
#   2. aapt2 compiles and links every resource (res/font, every strings_*.xml, layouts, the
#      widget) against the API 29 framework resources and writes R.java to app/target/gen
#      (a broken reference fails the link);
#   3. Maven builds android/pom.xml: ui (the Compose screens, their UI tests over the real core
#      and the screenshots), then app (the platform side against android-all and R.java, with
#      -Werror, and its JVM tests).
# Usage, from the repository root, after scripts/test.sh built the library and the bindings:
#   bash android/check.sh
# Paths can be overridden (a worktree without its own build output, for instance):
#   CAIRN_GENERATED_KOTLIN_DIR  generated Kotlin bindings  (default build/generated/kotlin)
#   CAIRN_NATIVE_LIB            host libcairn_ffi.so       (default target/debug/libcairn_ffi.so)
#   CAIRN_SCREENS_DIR           where the PNGs go          (default build/screens/android)
# Exits non-zero on any failure.
set -euo pipefail
cd "$(dirname "$0")"
android_dir=$(pwd)
root=$(cd .. && pwd)
main=app/src/main
manifest=$main/AndroidManifest.xml
framework_res=/usr/share/android-framework-res/framework-res.apk
generated=${CAIRN_GENERATED_KOTLIN_DIR:-$root/build/generated/kotlin}
native_lib=${CAIRN_NATIVE_LIB:-$root/target/debug/libcairn_ffi.so}
screens=${CAIRN_SCREENS_DIR:-}
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
        if element.get(A + "name") in ("android.permission.INTERNET", "android.permission.ACCESS_NETWORK_STATE"):
            problems.append("the manifest asks for " + element.get(A + "name"))
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
    for component in list(application):
        if component.get(A + "exported") == "true" and component.tag == "provider":
            problems.append("an exported content provider: %s" % component.get(A + "name"))
# Package visibility: only the dialer and the messaging app, nothing broad.
for queries in root.iter("queries"):
    for child in queries:
        if child.tag == "package" or child.tag == "provider":
            problems.append("<queries> names a package or provider: %s" % ET.tostring(child, encoding="unicode").strip())
if any(e.get(A + "name") == "android.permission.QUERY_ALL_PACKAGES" for e in root.iter("uses-permission")):
    problems.append("QUERY_ALL_PACKAGES")
if problems:
    print("\n".join(problems), file=sys.stderr)
    sys.exit(1)
print("no INTERNET permission; allowBackup=false; backup and data-extraction rules set; narrow <queries>")
PY
# The rules files must exclude everything they can name.
for rules in backup_rules data_extraction_rules; do
  grep -q "android:[a-zA-Z]*=\"@xml/$rules\"" "$manifest" || fail "manifest does not use @xml/$rules"
  test -s "$main/res/xml/$rules.xml" || fail "res/xml/$rules.xml is missing"
  if grep -q '<include' "$main/res/xml/$rules.xml"; then fail "res/xml/$rules.xml includes something"; fi
done

say "aapt2: compile and link every resource against the API 29 framework"
if ! command -v aapt2 >/dev/null || [ ! -f "$framework_res" ]; then
  echo "aapt2 or framework-res.apk is missing; installing them from Debian" >&2
  apt-get update -qq
  apt-get install -y -qq aapt android-framework-res
fi
out=app/target
rm -rf "$out/res" "$out/gen" "$out/manifest"
mkdir -p "$out/res" "$out/gen" "$out/manifest"
# aapt2 here knows API 29. The linked copy of the manifest adds the package (Gradle takes it
# from `namespace`) and drops what API 29 does not know: android:dataExtractionRules (API 31)
# and <queries> (API 30), both checked in the real manifest above.
python3 - "$manifest" "$out/manifest/AndroidManifest.xml" <<'PY'
import re
import sys

text = open(sys.argv[1], encoding="utf-8").read()
opening = '<manifest xmlns:android="http://schemas.android.com/apk/res/android">'
if opening not in text:
    sys.exit("unexpected <manifest> opening tag")
text = text.replace(opening, opening[:-1] + ' package="app.cairn.android">', 1)
text = re.sub(r'\s*android:dataExtractionRules="[^"]*"', "", text)
text = re.sub(r"\s*<queries>.*?</queries>", "", text, flags=re.S)
open(sys.argv[2], "w", encoding="utf-8").write(text)
PY
strings_files=$(find "$main/res" -name 'strings*.xml' | sort)
echo "resources: $(find "$main/res" -type f | wc -l) files, string files: $(echo "$strings_files" | tr '\n' ' ')"
test -s "$main/res/font/atkinson_hyperlegible_regular.ttf" || fail "res/font is missing the Atkinson Hyperlegible fonts"
aapt2 compile --dir "$main/res" -o "$out/res/compiled.zip"
aapt2 link -I "$framework_res" \
  --manifest "$out/manifest/AndroidManifest.xml" \
  --min-sdk-version 26 --target-sdk-version 36 \
  --java "$out/gen" -o "$out/res/app-unsigned.apk" "$out/res/compiled.zip"
r_java=$out/gen/app/cairn/android/R.java
test -s "$r_java" || fail "aapt2 wrote no R.java"
grep -q 'atkinson_hyperlegible_bold' "$r_java" || fail "the fonts did not reach R.java"
# Every <string> and <plurals> of every strings*.xml file must be in the linked R.java.
for file in $strings_files; do
  for name in $(grep -oE '<(string|plurals) name="[^"]+"' "$file" | sed -E 's/.*name="([^"]+)"/\1/' | tr '.' '_'); do
    grep -q "int $name=" "$r_java" || fail "$name from $file is not in R.java"
  done
done
echo "linked; R.java in android/$r_java"

say "core bindings and library"
bindings=$generated/app/cairn/ffi/cairn_ffi.kt
if [ ! -s "$bindings" ] && [ -z "${CAIRN_GENERATED_KOTLIN_DIR:-}" ]; then
  echo "generated Kotlin bindings are missing; generating them as scripts/test.sh does" >&2
  (
    cd "$root"
    cargo build -p cairn-ffi -p cairn-uniffi-bindgen --locked
    target/debug/uniffi-bindgen generate --library target/debug/libcairn_ffi.so \
      --language kotlin --no-format --out-dir build/generated/kotlin
  )
fi
test -s "$bindings" || fail "no generated bindings at $bindings"
test -s "$generated/app/cairn/core/cairn_core.kt" || fail "no generated core records in $generated"
test -s "$native_lib" || fail "no host library at $native_lib (scripts/test.sh builds it)"
echo "bindings: $generated"
echo "library:  $native_lib"

say "maven: ui (Compose screens and their UI tests), then app (android-all, JVM tests)"
if ! command -v mvn >/dev/null; then
  echo "Maven is missing; installing it from Debian" >&2
  apt-get update -qq && apt-get install -y -qq maven
fi
# The poms default to the same paths; only overrides are passed on.
overrides=()
if [ -n "${CAIRN_GENERATED_KOTLIN_DIR:-}" ]; then overrides+=("-Dgenerated.kotlin.dir=$generated"); fi
if [ -n "${CAIRN_NATIVE_LIB:-}" ]; then overrides+=("-Dnative.lib=$native_lib"); fi
if [ -n "${CAIRN_SCREENS_DIR:-}" ]; then overrides+=("-Dcairn.screens.dir=$screens"); fi
# Screenshots are android/screens.sh's job (the test command runs it next): skipped here.
mvn -B -ntp -f "$android_dir/pom.xml" -Dkotlin.compiler.daemon=false -Dcairn.screens=skip \
  ${overrides[@]+"${overrides[@]}"} verify
say "all checks passed"
