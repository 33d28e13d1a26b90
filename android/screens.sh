#!/usr/bin/env bash
# Writes a PNG of every Android screen, over a seeded real store, at phone size (411 x 891 dp,
# density 2.625) in light, dark, large text (font scale 2.0) and Spanish (es-US, light), to
# build/screens/android, then checks that every screen has all four. The test command runs it after android/check.sh.
# Extra arguments go to Maven (for example -Dnative.lib=... or -Dtest=TodayScreenTest#screenshots).
set -euo pipefail
cd "$(dirname "$0")/.."
screens=build/screens/android
rm -rf "$screens"
mvn -B -q -ntp -Dkotlin.compiler.daemon=false -f android/ui/pom.xml test \
  -Dtest='*Test#screenshot*' -Dsurefire.failIfNoSpecifiedTests=false "$@"

# Every screen of the app, by the name its screenshot test gives it.
expected=(
  today start-journey
  today-savings savings savings-error
  check-in check-in-used-confirm safety-card
  progress-milestones progress-history progress-insights use-edit
  help contacts contact-edit contact-edit-error prevention-plan
  settings settings-export-code settings-import-from settings-import-from-notices settings-import-from-error
  first-run first-run-journey first-run-notifications cannot-open locked
  journal journal-empty journal-entry journal-search-none
  today-pledged check-in-pledge reasons safety-card-reasons
)
missing=0
for name in "${expected[@]}"; do
  for variant in light dark large es; do
    if [ ! -s "$screens/$name-$variant.png" ]; then
      echo "missing screenshot: $screens/$name-$variant.png" >&2
      missing=1
    fi
  done
done
[ "$missing" = 0 ] || exit 1
echo "$(ls "$screens"/*.png | wc -l) screenshots of ${#expected[@]} screens in $screens"
