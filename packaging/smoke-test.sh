#!/usr/bin/env bash
# Smoke test of the packaged Linux app (CI runs it after the unit tests):
#   1. build it with packaging/build-linux.sh;
#   2. check the bundle against the source with packaging/check-bundle.sh: the bundled CLI's
#      summary of the sample story is byte-for-byte the source's, --version is right, and the
#      app opens offscreen, summarizes the sample story and exits 0 (--self-test);
#   3. run the CLI and the self-test again with no network (when a network namespace can be
#      made);
#   4. fail when the unpacked bundle is larger than its budget (BUNDLE_BUDGET_MB, default 150:
#      144.6 MB with pycryptodome's ciphers for pypdf's AES; 158.6 MB with `cryptography`);
#   5. print sizes and timings with packaging/measure.sh.
set -euo pipefail
cd "$(dirname "$0")/.."

started=$EPOCHREALTIME
elapsed() { awk -v a="${1/,/.}" -v b="${EPOCHREALTIME/,/.}" 'BEGIN { printf "%.1f s", b - a }'; }

packaging/build-linux.sh
build_time=$(elapsed "$started")

printf '\n== Checking dist/Corroborate against the source\n'
status=0
packaging/check-bundle.sh dist/Corroborate/corroborate || status=1

# "It never downloads anything": run the CLI and the self-test with no network at all, in a
# network namespace of their own (needs root or unprivileged user namespaces; skipped otherwise).
printf '\n== Offline\n'
if unshare -rn true 2>/dev/null; then
    offline=$(mktemp)
    if unshare -rn dist/Corroborate/corroborate summarize >"$offline" &&
        cmp -s "$offline" <(dist/Corroborate/corroborate summarize) &&
        QT_QPA_PLATFORM=offscreen unshare -rn dist/Corroborate/corroborate --self-test >/dev/null 2>&1; then
        echo "PASS  the CLI and the self-test work without any network"
    else
        echo "FAIL  the bundle behaves differently without a network"
        status=1
    fi
    rm -f "$offline"
else
    echo "skipped: cannot create a network namespace here"
fi

# The bundle grows with every dependency and every Qt module a hook pulls in: keep it in budget.
printf '\n== Size budget\n'
budget_mb=${BUNDLE_BUDGET_MB:-150}
bytes=$(du -sb --apparent-size dist/Corroborate | cut -f1)
if [ "$bytes" -le $((budget_mb * 1000000)) ]; then
    awk -v b="$bytes" -v m="$budget_mb" 'BEGIN { printf "PASS  unpacked bundle %.1f MB, within the %d MB budget\n", b / 1e6, m }'
else
    awk -v b="$bytes" -v m="$budget_mb" 'BEGIN { printf "FAIL  unpacked bundle %.1f MB, over the %d MB budget\n", b / 1e6, m }'
    echo "  largest parts:"
    du -sb --apparent-size dist/Corroborate/_internal/* | sort -rn | head -8 |
        awk '{ printf "    %7.1f MB  %s\n", $1 / 1e6, $2 }'
    status=1
fi

printf '\n== Sizes and timings (the build took %s)\n' "$build_time"
packaging/measure.sh dist/Corroborate 3 || status=1

if [ "$status" -ne 0 ]; then
    printf '\nsmoke test: FAILED\n'
    exit 1
fi
printf '\nsmoke test: passed in %s\n' "$(elapsed "$started")"
