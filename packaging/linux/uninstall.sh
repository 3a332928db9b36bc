#!/bin/sh
# Remove what install.sh added: the menu entry, the icons and the ~/.local/bin/corroborate
# symlink (only if it points into this folder). The Corroborate folder itself, your settings
# (~/.config/Corroborate) and corrections (~/.local/share/Corroborate) are left alone; delete
# them yourself if you like.
set -eu

here=$(cd "$(dirname "$0")" && pwd -P)
data="${XDG_DATA_HOME:-$HOME/.local/share}"
apps="$data/applications"
hicolor="$data/icons/hicolor"
bin="$HOME/.local/bin"

removed=0
remove() {
    if [ -e "$1" ] || [ -L "$1" ]; then
        rm -f "$1"
        removed=$((removed + 1))
    fi
}

remove "$apps/corroborate.desktop"
for dir in "$hicolor"/*/apps; do
    [ -d "$dir" ] || continue
    remove "$dir/corroborate.png"
    remove "$dir/corroborate.svg"
done
touch "$hicolor" 2>/dev/null || true

if [ -L "$bin/corroborate" ]; then
    target=$(readlink "$bin/corroborate")
    if [ "$target" = "$here/corroborate" ]; then
        remove "$bin/corroborate"
    else
        echo "Left $bin/corroborate alone: it points to $target, not this folder."
    fi
fi

if command -v update-desktop-database >/dev/null 2>&1 && [ -d "$apps" ]; then
    update-desktop-database -q "$apps" 2>/dev/null || true
fi
if [ -f "$hicolor/icon-theme.cache" ] && command -v gtk-update-icon-cache >/dev/null 2>&1; then
    gtk-update-icon-cache -q -f -t "$hicolor" 2>/dev/null || true
fi

echo "Removed $removed file(s). Corroborate is no longer in your application menu."
