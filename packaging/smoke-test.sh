#!/usr/bin/env bash
# Smoke test of the packaged Linux app (CI runs it after the unit tests):
#   1. build it with packaging/build-linux.sh;
#   2. check the bundle against the source with packaging/check-bundle.sh: the bundled CLI's
#      summary of the sample story is byte-for-byte the source's, --version is right, and the
#      app opens offscreen, summarizes the sample story and exits 0 (--self-test);
#   3. print sizes and timings with packaging/measure.sh.
set -euo pipefail
cd "$(dirname "$0")/.."

started=$EPOCHREALTIME
elapsed() { awk -v a="${1/,/.}" -v b="${EPOCHREALTIME/,/.}" 'BEGIN { printf "%.1f s", b - a }'; }

packaging/build-linux.sh
build_time=$(elapsed "$started")

printf '\n== Checking dist/Corroborate against the source\n'
status=0
packaging/check-bundle.sh dist/Corroborate/corroborate || status=1

printf '\n== Sizes and timings (the build took %s)\n' "$build_time"
packaging/measure.sh dist/Corroborate 3 || status=1

if [ "$status" -ne 0 ]; then
    printf '\nsmoke test: FAILED\n'
    exit 1
fi
printf '\nsmoke test: passed in %s\n' "$(elapsed "$started")"
