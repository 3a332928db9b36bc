#!/usr/bin/env bash
# Print the size of the Linux bundle, the C library it needs, and how long it takes to start.
#
#   packaging/measure.sh [BUNDLE_DIR] [RUNS]     (defaults: dist/Corroborate, 5)
#
# Window start-up is measured from launching the executable to the X server reporting its main
# window mapped (MapNotify, as seen by xev) on a private Xvfb server; it needs the xvfb and
# x11-utils packages, and is skipped without them. The app runs with scratch XDG folders, so the
# user's settings are not touched. The machine's load average is printed alongside: on a busy
# machine the times stretch.
set -euo pipefail
cd "$(dirname "$0")/.."

bundle=${1:-dist/Corroborate}
runs=${2:-5}
exe="$bundle/corroborate"
[ -x "$exe" ] || { echo "measure: no executable at $exe; build first (packaging/build-linux.sh)" >&2; exit 2; }

mb() { awk -v b="$1" 'BEGIN { printf "%.1f MB", b / 1000000 }'; }

bytes=$(du -sb --apparent-size "$bundle" | cut -f1)
files=$(find "$bundle" -type f | wc -l)
echo "bundle:    $bundle"
echo "unpacked:  $(mb "$bytes") in $files files ($(du -sh "$bundle" | cut -f1) on disk)"
for tarball in "$(dirname "$bundle")"/Corroborate-*-linux-*.tar.gz; do
    [ -e "$tarball" ] && echo "tarball:   $tarball $(mb "$(stat -c %s "$tarball")")"
done

# The newest versions of the system's C and C++ runtime symbols any bundled ELF file asks for.
elves=$(find "$bundle" -type f \( -name '*.so*' -o -path "$exe" \) -exec sh -c \
    'head -c 4 "$1" | grep -q "ELF" && echo "$1"' _ {} \;)
versions=$(echo "$elves" | xargs -d '\n' objdump -T 2>/dev/null | grep -oE '\((GLIBC|GLIBCXX|CXXABI)_[0-9.]+\)' | tr -d '()' | sort -u)
for family in GLIBC GLIBCXX CXXABI; do
    newest=$(echo "$versions" | grep -E "^${family}_" | sed "s/^${family}_//" | sort -V | tail -1)
    echo "needs:     ${family} ${newest:-none}"
done
echo "build host: $(ldd --version 2>&1 | head -1)"

# Command-line start-up: --version imports no engine and opens no window.
start=$(date +%s%N)
"$exe" --version >/dev/null
echo "--version: $(( ($(date +%s%N) - start) / 1000000 )) ms"

# Window start-up.
if ! command -v Xvfb >/dev/null || ! command -v xev >/dev/null; then
    echo "window:    skipped (needs Xvfb and xev: apt-get install xvfb x11-utils)"
    exit 0
fi
scratch=$(mktemp -d)
xvfb_pid=""
cleanup() {
    [ -n "${XEV_PID:-}" ] && kill "$XEV_PID" 2>/dev/null
    [ -n "$xvfb_pid" ] && kill "$xvfb_pid" 2>/dev/null
    rm -rf "$scratch"
}
trap cleanup EXIT
display=""
for n in $(seq 90 140); do
    { [ -e "/tmp/.X$n-lock" ] || [ -e "/tmp/.X11-unix/X$n" ]; } && continue
    Xvfb ":$n" -screen 0 1280x800x24 -nolisten tcp >"$scratch/xvfb.log" 2>&1 &
    xvfb_pid=$!
    for _ in $(seq 50); do
        [ -e "/tmp/.X11-unix/X$n" ] && break
        sleep 0.1
    done
    display=":$n"
    break
done
[ -n "$display" ] || { echo "window:    skipped (no free X display number)"; exit 0; }

# One long-lived xev reports every top-level window that gets mapped; there is no window
# manager on this server, so the app's main window is mapped directly on the root window.
coproc XEV { exec stdbuf -oL xev -display "$display" -root -event substructure 2>/dev/null; }
sleep 0.5

elapsed_ms() { # $1, $2: EPOCHREALTIME values
    awk -v a="$1" -v b="$2" 'BEGIN { printf "%d", (b - a) * 1000 }'
}

times=()
for i in $(seq "$runs"); do
    while read -r -t 0.2 -u "${XEV[0]}" _; do :; done  # drain events of the previous run
    start=$EPOCHREALTIME
    DISPLAY=$display QT_QPA_PLATFORM=xcb XDG_CONFIG_HOME="$scratch/config" \
        XDG_DATA_HOME="$scratch/data" XDG_CACHE_HOME="$scratch/cache" \
        "$exe" >"$scratch/app-$i.log" 2>&1 &
    pid=$!
    shown=""
    while read -r -t 30 -u "${XEV[0]}" line; do
        if [[ $line == MapNotify* ]]; then
            shown=$(elapsed_ms "$start" "$EPOCHREALTIME")
            break
        fi
    done
    sleep 0.3  # let it paint, then close it
    kill "$pid" 2>/dev/null || true
    wait "$pid" 2>/dev/null || true
    if [ -z "$shown" ]; then
        echo "window:    run $i: no window within 30 s; the app said:" >&2
        cat "$scratch/app-$i.log" >&2
        exit 1
    fi
    times+=("$shown")
done
sorted=$(printf '%s\n' "${times[@]}" | sort -n)
median=$(echo "$sorted" | awk '{ a[NR] = $1 } END { print a[int((NR + 1) / 2)] }')
echo "window:    visible after ${median} ms (median of $runs runs; fastest $(echo "$sorted" | head -1) ms;" \
    "all: ${times[*]} ms)"
echo "load:      $(cut -d' ' -f1-3 /proc/loadavg) (1, 5, 15 min) on $(nproc) CPUs"
