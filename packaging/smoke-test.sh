#!/usr/bin/env bash
# Smoke test of the packaged Linux app (CI runs it after the unit tests):
#   1. build it with packaging/build-linux.sh;
#   2. the bundled CLI's summary of the sample story, in Markdown and in JSON, must be
#      byte-for-byte what `uv run corroborate summarize` prints from source;
#   3. `corroborate --version` must print the version in pyproject.toml;
#   4. the bundled app must open its window offscreen, summarize the sample story and exit 0
#      (`--self-test`);
#   5. print sizes and timings (packaging/measure.sh).
set -euo pipefail
cd "$(dirname "$0")/.."

exe=dist/Corroborate/corroborate
scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT
failures=0
pass() { printf 'PASS  %s\n' "$*"; }
fail() { printf 'FAIL  %s\n' "$*"; failures=$((failures + 1)); }
ms_since() { awk -v a="$1" -v b="$EPOCHREALTIME" 'BEGIN { printf "%d ms", (b - a) * 1000 }'; }

t0=$EPOCHREALTIME
packaging/build-linux.sh
build_time=$(ms_since "$t0")
printf '\n== Smoke test of %s\n' "$exe"

# The same folder for both, the repository's copy of the sample story, so the comparison is of
# the engine alone. The bundled copy is exercised by --self-test below.
for format in markdown json; do
    t=$EPOCHREALTIME
    if ! "$exe" summarize resources/sample-story --format "$format" >"$scratch/bundle.$format" 2>"$scratch/bundle.err"; then
        fail "bundled CLI ($format) exited with an error:"
        cat "$scratch/bundle.err"
        continue
    fi
    bundled=$(ms_since "$t")
    uv run --locked corroborate summarize resources/sample-story --format "$format" >"$scratch/source.$format"
    if cmp -s "$scratch/bundle.$format" "$scratch/source.$format"; then
        pass "bundled CLI summary ($format, $(wc -c <"$scratch/bundle.$format") bytes, $bundled) is identical to the source's"
    else
        fail "bundled CLI summary ($format) differs from the source's:"
        diff "$scratch/source.$format" "$scratch/bundle.$format" | head -20 || true
    fi
done

# Without a folder the CLI summarizes the sample story bundled as data.
if "$exe" summarize >"$scratch/bundled-sample.markdown" 2>"$scratch/bundle.err" &&
    cmp -s "$scratch/bundled-sample.markdown" "$scratch/source.markdown"; then
    pass "bundled CLI without a folder summarizes the bundled sample story"
else
    fail "bundled CLI without a folder did not reproduce the sample story's summary:"
    cat "$scratch/bundle.err"
fi

expected="corroborate $(uv run --locked python -c \
    'import tomllib; print(tomllib.load(open("pyproject.toml", "rb"))["project"]["version"])')"
actual=$("$exe" --version 2>&1 || true)
if [ "$actual" = "$expected" ]; then
    pass "--version prints '$actual'"
else
    fail "--version printed '$actual', expected '$expected'"
fi

t=$EPOCHREALTIME
if QT_QPA_PLATFORM=offscreen "$exe" --self-test >"$scratch/self-test.out" 2>"$scratch/self-test.err"; then
    pass "--self-test exited 0 in $(ms_since "$t"): $(tail -1 "$scratch/self-test.out")"
else
    fail "--self-test exited with status $?:"
    cat "$scratch/self-test.out" "$scratch/self-test.err"
fi

printf '\n== Sizes and timings (build took %s)\n' "$build_time"
packaging/measure.sh dist/Corroborate 3 || fail "measure.sh could not start the app"

if [ "$failures" -gt 0 ]; then
    printf '\nsmoke test: %d check(s) failed\n' "$failures"
    exit 1
fi
printf '\nsmoke test: all checks passed in %s\n' "$(ms_since "$t0")"
