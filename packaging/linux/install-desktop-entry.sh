#!/bin/sh
# Add FaceLedger (人脸账本) to this user's application menu. Run it from the unpacked folder:
#   ./install-desktop-entry.sh            (remove again with: ./install-desktop-entry.sh --remove)
set -eu
HERE="$(cd "$(dirname "$0")" && pwd)"
DATA="${XDG_DATA_HOME:-$HOME/.local/share}"
APPS="$DATA/applications"
ICONS="$DATA/icons/hicolor/scalable/apps"
if [ "${1:-}" = "--remove" ]; then
    rm -f "$APPS/faceledger.desktop" "$ICONS/faceledger.svg"
    echo "FaceLedger removed from the application menu (the program folder is untouched)."
    exit 0
fi
case "$HERE" in
    *'"'*|*'`'*|*'$'*|*'\'*) echo "error: move this folder to a path without quotes, \$, \` or \\ first" >&2; exit 1 ;;
esac
mkdir -p "$APPS" "$ICONS"
cp "$HERE/faceledger.svg" "$ICONS/faceledger.svg"
sed "s|^Exec=.*|Exec=\"$HERE/faceledger-gui\"|" "$HERE/faceledger.desktop" > "$APPS/faceledger.desktop.tmp"
mv "$APPS/faceledger.desktop.tmp" "$APPS/faceledger.desktop"
command -v update-desktop-database >/dev/null 2>&1 && update-desktop-database "$APPS" >/dev/null 2>&1 || true
echo "FaceLedger added to the application menu: $APPS/faceledger.desktop -> $HERE/faceledger-gui"
