#!/bin/sh
# Add Corroborate to your application menu (this user only), with its icon, and offer it under
# "Open With" for folders. Run it from the unpacked Corroborate folder; run it again after moving
# the folder. Nothing outside your home folder is touched; uninstall.sh undoes it.
#
#   ./install.sh [--no-symlink]
#
# --no-symlink: do not create ~/.local/bin/corroborate (the command-line entry point).
set -eu

here=$(cd "$(dirname "$0")" && pwd -P)
exe="$here/corroborate"
template="$here/_internal/share/applications/corroborate.desktop"
icons_src="$here/_internal/resources/icons"

link=yes
for arg in "$@"; do
    case "$arg" in
        --no-symlink) link=no ;;
        -h | --help) sed -n '2,8p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
        *) echo "install.sh: unknown option $arg" >&2; exit 2 ;;
    esac
done

[ -x "$exe" ] || { echo "install.sh: $exe is missing; run me from the unpacked Corroborate folder" >&2; exit 1; }
[ -f "$template" ] || { echo "install.sh: $template is missing; is this a Corroborate bundle?" >&2; exit 1; }
case "$here" in
    *"
"*) echo "install.sh: the folder's path contains a line break; move it somewhere plainer" >&2; exit 1 ;;
esac

data="${XDG_DATA_HOME:-$HOME/.local/share}"
apps="$data/applications"
hicolor="$data/icons/hicolor"
bin="$HOME/.local/bin"

# Quote a path as one argument of a desktop entry's Exec key: inside double quotes, ", `, $
# and \ are escaped with a backslash, and then every backslash is doubled once more by the
# general string escaping; % is a field code character and is written %%.
exec_arg() {
    printf '%s' "$1" | sed -e 's/\\/\\\\\\\\/g' -e 's/"/\\\\"/g' -e 's/`/\\\\`/g' \
        -e 's/\$/\\\\$/g' -e 's/%/%%/g'
}
# A plain string value (TryExec): only backslashes need escaping.
string_value() {
    printf '%s' "$1" | sed -e 's/\\/\\\\/g'
}

# Icons: one source, the bundle's resources/icons.
installed_icons=0
for png in "$icons_src"/corroborate-*.png; do
    [ -e "$png" ] || continue
    size=${png##*/corroborate-}
    size=${size%.png}
    case "$size" in *[!0-9]*) continue ;; esac
    mkdir -p "$hicolor/${size}x${size}/apps"
    cp -f "$png" "$hicolor/${size}x${size}/apps/corroborate.png"
    installed_icons=$((installed_icons + 1))
done
if [ -f "$icons_src/corroborate.svg" ]; then
    mkdir -p "$hicolor/scalable/apps"
    cp -f "$icons_src/corroborate.svg" "$hicolor/scalable/apps/corroborate.svg"
    installed_icons=$((installed_icons + 1))
fi
touch "$hicolor" 2>/dev/null || true  # tells icon caches the theme changed

# Folders open with whatever the desktop chose. An entry in the user's own applications folder
# that lists inode/directory could become the default folder handler where no default was set
# explicitly, so first pin the current choice, if there is one and it is not this app.
if command -v xdg-mime >/dev/null 2>&1; then
    current=$(xdg-mime query default inode/directory 2>/dev/null || true)
    if [ -n "$current" ] && [ "$current" != "corroborate.desktop" ]; then
        xdg-mime default "$current" inode/directory 2>/dev/null || true
    fi
fi

# The desktop entry, pointing at this folder.
mkdir -p "$apps"
entry="$apps/corroborate.desktop"
tmp="$apps/.corroborate.desktop.$$"
trap 'rm -f "$tmp"' EXIT
while IFS= read -r line || [ -n "$line" ]; do
    case "$line" in
        Exec=*) printf 'Exec="%s" %%f\n' "$(exec_arg "$exe")" ;;
        TryExec=*) printf 'TryExec=%s\n' "$(string_value "$exe")" ;;
        *) printf '%s\n' "$line" ;;
    esac
done <"$template" >"$tmp"
chmod 644 "$tmp"
mv -f "$tmp" "$entry"
trap - EXIT

# Command-line entry point, unless something else already has the name.
if [ "$link" = yes ]; then
    mkdir -p "$bin"
    if [ -L "$bin/corroborate" ] || [ ! -e "$bin/corroborate" ]; then
        ln -sfn "$exe" "$bin/corroborate"
        linked="$bin/corroborate -> $exe"
    else
        linked="skipped: $bin/corroborate exists and is not a symlink"
    fi
else
    linked="not requested"
fi

# Refresh the caches desktops read, where the tools exist. The icon cache is only refreshed if
# this user already has one: creating it would hide icons other programs add later without
# updating it.
if command -v update-desktop-database >/dev/null 2>&1; then
    update-desktop-database -q "$apps" 2>/dev/null || true
fi
if [ -f "$hicolor/icon-theme.cache" ] && command -v gtk-update-icon-cache >/dev/null 2>&1; then
    gtk-update-icon-cache -q -f -t "$hicolor" 2>/dev/null || true
fi

echo "Corroborate is in your application menu."
echo "  entry:   $entry"
echo "  icons:   $installed_icons in $hicolor"
echo "  command: $linked"
case ":$PATH:" in
    *":$bin:"*) ;;
    *) [ "$link" = yes ] && echo "  note:    $bin is not on your PATH; add it to run 'corroborate' from a terminal" ;;
esac
echo "Run $here/uninstall.sh to remove it again."
