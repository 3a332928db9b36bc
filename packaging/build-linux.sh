#!/usr/bin/env bash
# Build the Linux app from a checkout:
#   dist/Corroborate/                                  the app folder (run dist/Corroborate/corroborate)
#   dist/Corroborate-<version>-linux-<arch>.tar.gz     the same folder, for users to unpack
#
#   packaging/build-linux.sh
#
# Needs uv, binutils (objdump, strip, readelf), a C compiler (cc, for the smaller ICU data
# library: packaging/icu_data.py), tar and gzip. The X11 helper libraries the bundle
# carries must be installed on the build machine (they are copied from it); on Debian/Ubuntu, as
# root, this script installs whatever is missing. The bundle runs on distributions whose C library is
# at least as new as the build machine's, so release builds run on the oldest supported one.
set -euo pipefail
cd "$(dirname "$0")/.."

say() { printf '\n== %s\n' "$*"; }
die() { printf 'build-linux: %s\n' "$*" >&2; exit 1; }

[ "$(uname -s)" = Linux ] || die "this builds the Linux app; see packaging/README.md for macOS and Windows"
for tool in uv tar gzip ldconfig; do
    command -v "$tool" >/dev/null || die "$tool is needed"
done

# --- Libraries the bundle copies from this machine ----------------------------------------------
# soname:Debian/Ubuntu package. Qt's xcb platform plugin needs the xcb helper libraries, which
# many desktops lack (xcb-cursor in particular), so the bundle carries them.
required_libs="
libxcb-cursor.so.0:libxcb-cursor0
libxcb-icccm.so.4:libxcb-icccm4
libxcb-image.so.0:libxcb-image0
libxcb-keysyms.so.1:libxcb-keysyms1
libxcb-randr.so.0:libxcb-randr0
libxcb-render-util.so.0:libxcb-render-util0
libxcb-shape.so.0:libxcb-shape0
libxcb-shm.so.0:libxcb-shm0
libxcb-sync.so.1:libxcb-sync1
libxcb-xfixes.so.0:libxcb-xfixes0
libxcb-xkb.so.1:libxcb-xkb1
libxkbcommon-x11.so.0:libxkbcommon-x11-0
libxkbcommon.so.0:libxkbcommon0
libX11-xcb.so.1:libx11-xcb1
libdbus-1.so.3:libdbus-1-3
libglib-2.0.so.0:libglib2.0-0
libGL.so.1:libgl1
libEGL.so.1:libegl1
libfontconfig.so.1:libfontconfig1
"
missing_pkgs=""
missing_libs=""
# PyInstaller reads binaries with objdump; the spec strips with strip and prunes with readelf.
for tool in objdump strip readelf; do
    if ! command -v "$tool" >/dev/null; then
        missing_libs="$missing_libs $tool"
        missing_pkgs="$missing_pkgs binutils"
        break
    fi
done
if ! command -v cc >/dev/null; then
    missing_libs="$missing_libs cc"
    missing_pkgs="$missing_pkgs gcc"
fi
known_libs=$(ldconfig -p)
for pair in $required_libs; do
    if ! grep -q "^[[:space:]]*${pair%%:*} " <<<"$known_libs"; then
        missing_libs="$missing_libs ${pair%%:*}"
        missing_pkgs="$missing_pkgs ${pair##*:}"
    fi
done
if [ -n "$missing_pkgs" ]; then
    if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
        say "Installing what the build needs:$missing_pkgs"
        export DEBIAN_FRONTEND=noninteractive
        apt-get update -qq
        # shellcheck disable=SC2086
        apt-get install -y -qq --no-install-recommends $missing_pkgs >/dev/null
    else
        die "missing:$missing_libs
  On Debian/Ubuntu: sudo apt-get install$missing_pkgs
  (elsewhere, the packages providing those files)"
    fi
fi

# --- Build --------------------------------------------------------------------------------------
version=$(uv run --locked --group packaging python -c \
    'import tomllib; print(tomllib.load(open("pyproject.toml", "rb"))["project"]["version"])')
arch=$(uname -m)
tarball="dist/Corroborate-$version-linux-$arch.tar.gz"

say "Building Corroborate $version ($arch) with PyInstaller"
rm -rf dist/Corroborate "$tarball"
started=$(date +%s)
uv run --locked --group packaging pyinstaller --noconfirm --log-level WARN \
    --distpath dist --workpath build/pyinstaller packaging/corroborate.spec
cp packaging/linux/install.sh packaging/linux/uninstall.sh packaging/linux/README.txt dist/Corroborate/
chmod 755 dist/Corroborate/install.sh dist/Corroborate/uninstall.sh

# --- Check that every bundled library finds what it links to ------------------------------------
# Allowed to come from the user's system (never bundled): the C library, the C++ runtime, the
# OpenGL/EGL drivers, libxcb itself, fontconfig/freetype, the D-Bus client library and the Wayland
# client libraries.
say "Checking shared-library dependencies"
system_libs='^(ld-linux.*|libc|libm|libdl|libpthread|librt|libutil|libresolv|libgcc_s|libstdc\+\+|libGL|libEGL|libGLX|libOpenGL|libGLdispatch|libxcb|libfontconfig|libfreetype|libdbus-1|libwayland-(client|cursor|egl))\.so'
lib_path="$PWD/dist/Corroborate/_internal:$PWD/dist/Corroborate/_internal/PySide6/Qt/lib"
unresolved=$(find dist/Corroborate -type f -name '*.so*' -print0 |
    xargs -0 -n 50 env LD_LIBRARY_PATH="$lib_path" ldd 2>/dev/null |
    awk '/=> not found/ { print $1 }' | sort -u | grep -Ev "$system_libs" || true)
[ -z "$unresolved" ] || die "bundled libraries need files that are neither bundled nor system-provided:
$unresolved"

# --- Tarball ------------------------------------------------------------------------------------
say "Packing $tarball"
epoch=$(git log -1 --format=%ct 2>/dev/null || date +%s)
tar --sort=name --owner=0 --group=0 --numeric-owner --mtime="@$epoch" \
    -C dist -cf - Corroborate | gzip -n -6 >"$tarball"

bytes=$(du -sb --apparent-size dist/Corroborate | cut -f1)
say "Done in $(( $(date +%s) - started )) s"
awk -v b="$bytes" 'BEGIN { printf "dist/Corroborate/  %.1f MB unpacked\n", b / 1e6 }'
awk -v b="$(stat -c %s "$tarball")" -v t="$tarball" 'BEGIN { printf "%s  %.1f MB\n", t, b / 1e6 }'
echo "Start-up time and the C library it needs: packaging/measure.sh"
