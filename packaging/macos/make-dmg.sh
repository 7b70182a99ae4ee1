#!/usr/bin/env bash
# macOS: put "Check-In Help.app" and a link to /Applications in a compressed disk image.
#   bash packaging/macos/make-dmg.sh "dist/Check-In Help.app" dist/checkin-help-0.1.0-macos-arm64.dmg
# Sign and notarise the app first (sign-and-notarize.sh): the app inside carries the signature
# and the stapled ticket, which Gatekeeper checks when the app is opened.
set -euo pipefail
APP=${1:?usage: make-dmg.sh <path to .app> <output .dmg>}
DMG=${2:?usage: make-dmg.sh <path to .app> <output .dmg>}
STAGE=$(mktemp -d)
trap 'rm -rf "$STAGE"' EXIT
ditto "$APP" "$STAGE/$(basename "$APP")"
ln -s /Applications "$STAGE/Applications"
# The machine-wide pack folder's set-up script (docs/PACKS.md): sudo ./machine-packs.sh
cp "$(dirname "$0")/../linux/machine-packs.sh" "$STAGE/machine-packs.sh"
chmod 755 "$STAGE/machine-packs.sh"
rm -f "$DMG"
hdiutil create -volname "Check-In Help" -srcfolder "$STAGE" -fs HFS+ -format UDZO -ov "$DMG"
hdiutil verify "$DMG"
echo "make-dmg: $DMG ($(du -h "$DMG" | cut -f1))"
