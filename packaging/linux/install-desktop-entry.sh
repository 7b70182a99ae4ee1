#!/bin/sh
# Adds Check-In Help to this user's application menu (no root needed). Run it from the unpacked
# folder; run it again after moving the folder. Remove with: rm ~/.local/share/applications/checkin-help.desktop
set -eu
here=$(cd "$(dirname "$0")" && pwd)
apps="${XDG_DATA_HOME:-$HOME/.local/share}/applications"
mkdir -p "$apps"
sed -e "s|^Exec=.*|Exec=\"$here/checkin-help\"|" -e "s|^Icon=.*|Icon=$here/checkin-help.png|" \
  "$here/checkin-help.desktop" > "$apps/checkin-help.desktop"
chmod 644 "$apps/checkin-help.desktop"
echo "Check-In Help added to the application menu ($apps/checkin-help.desktop)."
