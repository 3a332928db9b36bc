#!/usr/bin/env bash
# Build the macOS app from a checkout (on a Mac; the build workflow runs it):
#   dist/Corroborate.app                                the app (ad-hoc signed by PyInstaller)
#   dist/Corroborate-<version>-macos-<arch>.dmg         a disk image with the app and a link to
#                                                       /Applications, for dragging it there
#
#   packaging/macos/build-macos.sh
#
# Needs uv, and Xcode's command-line tools (codesign, hdiutil come with macOS). The icon is
# generated from the PNGs in resources/icons (packaging/make_icons.py, with Pillow).
set -euo pipefail
cd "$(dirname "$0")/../.."

[ "$(uname -s)" = Darwin ] || { echo "build-macos: run this on macOS" >&2; exit 1; }

version=$(uv run --locked --group packaging python -c \
    'import tomllib; print(tomllib.load(open("pyproject.toml", "rb"))["project"]["version"])')
arch=$(uname -m)
dmg="dist/Corroborate-$version-macos-$arch.dmg"

echo "== Icons"
uv run --no-project --with pillow python packaging/make_icons.py

echo "== Building Corroborate $version ($arch) with PyInstaller"
rm -rf dist/Corroborate dist/Corroborate.app "$dmg"
uv run --locked --group packaging pyinstaller --noconfirm --log-level WARN \
    --distpath dist --workpath build/pyinstaller packaging/corroborate.spec
codesign --verify --deep --strict dist/Corroborate.app
/usr/libexec/PlistBuddy -c "Print :CFBundleShortVersionString" dist/Corroborate.app/Contents/Info.plist

echo "== Packing $dmg"
staging=$(mktemp -d)
trap 'rm -rf "$staging"' EXIT
cp -R dist/Corroborate.app "$staging/"
ln -s /Applications "$staging/Applications"
hdiutil create -volname "Corroborate $version" -srcfolder "$staging" -fs HFS+ -format UDZO \
    -ov "$dmg"

du -sh dist/Corroborate.app "$dmg"
