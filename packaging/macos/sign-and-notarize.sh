#!/usr/bin/env bash
# macOS: sign "Check-In Help.app" (hardened runtime, timestamp), notarise it with Apple and staple
# the ticket, so Gatekeeper opens a downloaded copy even offline.
#   bash packaging/macos/sign-and-notarize.sh "dist/Check-In Help.app"
# From the environment (the GitHub workflow sets them from its secrets; see docs/PACKAGING.md):
#   MACOS_SIGN_IDENTITY   "Developer ID Application: <name> (<team id>)"
#   MACOS_CERT_P12        path to the .p12 holding that certificate and its key
#   MACOS_CERT_PASSWORD   its password
#   APPLE_ID, APPLE_TEAM_ID, APPLE_APP_PASSWORD   for notarytool (an app-specific password)
# Signs inside-out (every Mach-O file, then the app), never with --deep.
set -euo pipefail
APP=${1:?usage: sign-and-notarize.sh <path to .app>}
: "${MACOS_SIGN_IDENTITY:?}" "${MACOS_CERT_P12:?}" "${MACOS_CERT_PASSWORD:?}"
: "${APPLE_ID:?}" "${APPLE_TEAM_ID:?}" "${APPLE_APP_PASSWORD:?}"

# A throw-away keychain holding only the signing certificate.
KEYCHAIN="$RUNNER_TEMP/checkin-help-signing.keychain-db"
KEYCHAIN_PASSWORD=$(uuidgen)
security create-keychain -p "$KEYCHAIN_PASSWORD" "$KEYCHAIN"
trap 'security delete-keychain "$KEYCHAIN" || true' EXIT
security set-keychain-settings -lut 3600 "$KEYCHAIN"
security unlock-keychain -p "$KEYCHAIN_PASSWORD" "$KEYCHAIN"
security import "$MACOS_CERT_P12" -k "$KEYCHAIN" -P "$MACOS_CERT_PASSWORD" -T /usr/bin/codesign
security set-key-partition-list -S apple-tool:,apple: -s -k "$KEYCHAIN_PASSWORD" "$KEYCHAIN" >/dev/null
existing=()  # (no mapfile: macOS's own bash is 3.2)
while IFS= read -r line; do
  existing+=("$(sed -e 's/^ *"//' -e 's/"$//' <<<"$line")")
done < <(security list-keychains -d user)
security list-keychains -d user -s "$KEYCHAIN" ${existing[@]+"${existing[@]}"}

sign() { codesign --force --timestamp --options runtime --keychain "$KEYCHAIN" --sign "$MACOS_SIGN_IDENTITY" "$@"; }
# Every Mach-O binary first (libraries, Python extensions, Qt frameworks' binaries), then the app.
while IFS= read -r -d '' file; do
  if file -b "$file" | grep -q 'Mach-O'; then sign "$file"; fi
done < <(find "$APP/Contents" -type f -print0)
sign "$APP"
codesign --verify --deep --strict --verbose=2 "$APP"

ZIP="$RUNNER_TEMP/checkin-help-notarize.zip"
ditto -c -k --keepParent "$APP" "$ZIP"
xcrun notarytool submit "$ZIP" --apple-id "$APPLE_ID" --team-id "$APPLE_TEAM_ID" \
  --password "$APPLE_APP_PASSWORD" --wait --timeout 30m
xcrun stapler staple "$APP"
xcrun stapler validate "$APP"
spctl --assess --type execute --verbose=2 "$APP"
echo "sign-and-notarize: $APP signed, notarised and stapled"
