#!/usr/bin/env bash
# Compiles the Compose screens and runs their JVM tests, headless: UI tests, accessibility checks,
# and the phone-sized PNGs in build/screens/android. Extra arguments go to Maven, e.g.
# -Dtest=ComponentSampleTest or -Dmaven.repo.local=DIR.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/../.."
exec mvn -B -ntp -Dkotlin.compiler.daemon=false -f android/ui/pom.xml test "$@"
