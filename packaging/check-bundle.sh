#!/usr/bin/env bash
# Check a built bundle against the source tree (Linux, macOS, and Windows under Git Bash):
#   - its CLI summary of the sample story, in Markdown and in JSON, is byte-for-byte what
#     `uv run corroborate summarize` prints from source;
#   - without a folder, its CLI summarizes the sample story bundled as data;
#   - on a folder holding text, a saved web page, a Word file, a PDF and an AES-encrypted PDF
#     that opens without a password, its CLI's JSON is the source's;
#   - `--version` prints the version in pyproject.toml;
#   - `--self-test` opens the window offscreen, summarizes the sample story and exits 0.
#
#   packaging/check-bundle.sh EXECUTABLE
#
# e.g. dist/Corroborate/corroborate, dist/Corroborate.app/Contents/MacOS/Corroborate,
# dist/Corroborate/Corroborate.exe.
set -euo pipefail
cd "$(dirname "$0")/.."

exe=${1:?usage: packaging/check-bundle.sh EXECUTABLE}
[ -x "$exe" ] || { echo "check-bundle: no executable at $exe" >&2; exit 2; }

scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT
failures=0
pass() { printf 'PASS  %s\n' "$*"; }
fail() { printf 'FAIL  %s\n' "$*"; failures=$((failures + 1)); }
now() {
    if [ -n "${EPOCHREALTIME:-}" ]; then
        echo "${EPOCHREALTIME/,/.}"
    else
        perl -MTime::HiRes=time -e 'printf "%.6f\n", time'
    fi
}
ms_since() { awk -v a="$1" -v b="$(now)" 'BEGIN { printf "%d ms", (b - a) * 1000 }'; }

# The bundle runs in UTF-8 mode on Windows; make the source run match (a no-op elsewhere).
export PYTHONUTF8=1

# Both read the repository's copy of the sample story, so the comparison is of the code alone.
for format in markdown json; do
    t=$(now)
    if ! "$exe" summarize resources/sample-story --format "$format" \
        >"$scratch/bundle.$format" 2>"$scratch/bundle.err"; then
        fail "bundled CLI ($format) exited with an error:"
        cat "$scratch/bundle.err"
        continue
    fi
    took=$(ms_since "$t")
    uv run --locked corroborate summarize resources/sample-story --format "$format" \
        >"$scratch/source.$format"
    if cmp -s "$scratch/bundle.$format" "$scratch/source.$format"; then
        pass "bundled CLI summary ($format, $(wc -c <"$scratch/bundle.$format" | tr -d ' ') bytes, $took) is identical to the source's"
    else
        fail "bundled CLI summary ($format) differs from the source's:"
        diff "$scratch/source.$format" "$scratch/bundle.$format" | head -20 || true
    fi
done

if "$exe" summarize >"$scratch/bundled-sample.markdown" 2>"$scratch/bundle.err" &&
    cmp -s "$scratch/bundled-sample.markdown" "$scratch/source.markdown"; then
    pass "bundled CLI without a folder summarizes the bundled sample story"
else
    fail "bundled CLI without a folder did not reproduce the sample story's summary:"
    cat "$scratch/bundle.err"
fi

# Every format's reader (imported only when a file of its kind turns up, so easy to leave out of a
# bundle): the sample story with articles as a saved web page, a Word file and a PDF, and one as
# an AES-encrypted PDF (pypdf decrypts it with pycryptodome, whose ciphers are libraries the
# bundle must carry).
mixed="$scratch/every-format"
uv run --locked python -c 'import sys; from pathlib import Path
sys.path[:0] = ["tests", "tests/engine", "tests/hostile"]
from test_lazy_loading import every_format_folder
from hostile_make import encrypted_pdf
from corroborate.resources import sample_story
folder = every_format_folder(Path(sys.argv[1]))
last = sorted(sample_story().glob("*.txt"))[5].read_text("utf-8")
(folder / "locked.pdf").write_bytes(encrypted_pdf(last, "", "AES-256"))' "$mixed"
if "$exe" summarize "$mixed" --format json >"$scratch/bundle-mixed.json" 2>"$scratch/bundle.err" &&
    uv run --locked corroborate summarize "$mixed" --format json >"$scratch/source-mixed.json" &&
    cmp -s "$scratch/bundle-mixed.json" "$scratch/source-mixed.json"; then
    pass "bundled CLI reads text, web pages (HTML, MHTML, web archive), Word, OpenDocument, Rich Text, PDF and AES-encrypted PDF articles as the source does"
else
    fail "bundled CLI differs from the source on the articles in every format:"
    cat "$scratch/bundle.err"
    diff "$scratch/source-mixed.json" "$scratch/bundle-mixed.json" | head -20 || true
fi

version=$(uv run --locked python -c \
    'import tomllib; print(tomllib.load(open("pyproject.toml", "rb"))["project"]["version"])')
actual=$("$exe" --version 2>&1 | tr -d '\r' || true)
if [ "$actual" = "corroborate $version" ]; then
    pass "--version prints '$actual'"
else
    fail "--version printed '$actual', expected 'corroborate $version'"
fi

t=$(now)
if QT_QPA_PLATFORM=offscreen "$exe" --self-test >"$scratch/self-test.out" 2>"$scratch/self-test.err"; then
    pass "--self-test exited 0 in $(ms_since "$t"): $(tail -1 "$scratch/self-test.out" | tr -d '\r')"
else
    fail "--self-test exited with status $?:"
    cat "$scratch/self-test.out" "$scratch/self-test.err"
fi

if [ "$failures" -gt 0 ]; then
    printf 'check-bundle: %d check(s) failed\n' "$failures"
    exit 1
fi
echo "check-bundle: all checks passed"
