#!/bin/sh
# Sets up the machine-wide information-pack folder (docs/PACKS.md, "Trust boundary"): packs and
# publisher keys an administrator puts there count for every user of this computer, and only
# root can change them. Run as root from the unpacked folder (Linux or macOS):
#   sudo ./machine-packs.sh                 # create the folder (root-owned, readable by all)
#   sudo ./machine-packs.sh --only-these    # and ignore packs and keys people add themselves
# Add a pack: sudo cp PACK.chpack <folder>/packs/   (check it first: checkin-help pack verify PACK.chpack)
# The folder is the app's (platformdirs' site data folder); CHECKIN_HELP_MACHINE_DIR overrides both.
set -eu
case "$(uname -s)" in
  Darwin) default="/Library/Application Support/CheckInHelp" ;;
  *) default="$(printf '%s' "${XDG_DATA_DIRS:-/usr/local/share}" | cut -d: -f1)/CheckInHelp" ;;
esac
dir="${CHECKIN_HELP_MACHINE_DIR:-$default}"
if [ "$(id -u)" -ne 0 ]; then
  echo "machine-packs.sh: run it as root (sudo): only an administrator may change $dir" >&2
  exit 1
fi
umask 022
mkdir -p "$dir/packs" "$dir/keys"
chown -R 0:0 "$dir"
chmod 755 "$dir" "$dir/packs" "$dir/keys"
# Nobody but root may write there: remove group and other write bits from what is already in it.
chmod -R go-w "$dir"
if [ "${1:-}" = "--only-these" ]; then
  printf '{"user_packs": false}\n' > "$dir/policy.json"
  chmod 644 "$dir/policy.json"
  echo "Only the packs and keys in $dir count on this computer."
fi
echo "Machine-wide pack folder ready: $dir (packs in $dir/packs, keys in $dir/keys)."
