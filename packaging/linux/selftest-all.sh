#!/usr/bin/env bash
# `make selftest` (after `make package`) and CI: run the frozen bundle's --self-test five ways,
# and check that it refuses an old processor.
#   1. as built (dist/checkin-help), with an empty HOME;
#   2. from a read-only copy in a folder whose path has spaces and non-ASCII characters, as a
#      non-root user (created with useradd when running as root), checking the copy is unchanged;
#   3. in portable mode (portable.txt beside the program): user data appears beside the program,
#      an empty HOME stays empty, the temporary folder is left clean (also for a GUI start);
#   4. with no network: inside `unshare -n` (a network namespace with no interfaces) when
#      permitted, and under `strace -f -e trace=network` (no AF_INET/AF_INET6 socket) when
#      strace is installed. At least one of the two must run;
#   5. a real window: the xcb platform plugin under Xvfb (when xvfb-run is installed);
#   6. an old processor: with a Core 2's /proc/cpuinfo bind-mounted in a private mount namespace
#      (`unshare -m`, when permitted), the program says why in English and Spanish and exits 1
#      before it loads Qt.
# Each step prints one line; the script exits non-zero if any step failed.
set -uo pipefail
cd "$(dirname "$0")/../.." || exit 1
ROOT=$(pwd)
BUNDLE="$ROOT/dist/checkin-help"
EXE="$BUNDLE/checkin-help"
TEST_USER="${CHECKIN_HELP_TEST_USER:-checkinhelp-test}"
export QT_QPA_PLATFORM=offscreen
unset CHECKIN_HELP_DATA_DIR XDG_DATA_HOME XDG_CACHE_HOME XDG_CONFIG_HOME XDG_STATE_HOME

failures=0
pass() { echo "selftest-all: PASS $*"; }
fail() { echo "selftest-all: FAIL $*"; failures=$((failures + 1)); }

if [[ ! -x "$EXE" ]]; then
  echo "selftest-all: FAIL no bundle at $EXE (run: make package)"
  exit 1
fi

WORK=$(mktemp -d "${TMPDIR:-/tmp}/checkin-help-selftest-all.XXXXXX")
chmod 755 "$WORK"
cleanup() { chmod -R u+w "$WORK" 2>/dev/null; rm -rf "$WORK"; }
trap cleanup EXIT

# run_selftest LABEL OUTFILE CMD...: run a self-test command, keep its output, check its summary.
run_selftest() {
  local label=$1 out=$2
  shift 2
  "$@" >"$out" 2>&1
  local rc=$?
  if [[ $rc -eq 0 ]] && grep -q "^self-test ok: " "$out"; then
    pass "$label: $(grep '^self-test ok: ' "$out")"
    return 0
  fi
  fail "$label (exit $rc): $(tr '\n' ' ' <"$out" | cut -c1-600)"
  return 1
}

# empty_dir DIR: true when DIR has nothing in it.
empty_dir() { [[ -z "$(find "$1" -mindepth 1 -print -quit)" ]]; }

# 1. As built -------------------------------------------------------------------------------------
mkdir -p "$WORK/home-built"
run_selftest "as built ($EXE)" "$WORK/built.log" env HOME="$WORK/home-built" "$EXE" --self-test

# 2. Read-only copy, path with spaces and non-ASCII, non-root user --------------------------------
RO_PARENT="$WORK/Programas de prueba/Ayuda ñandú – Café"
mkdir -p "$RO_PARENT"
cp -a "$BUNDLE" "$RO_PARENT/checkin-help"
RO_EXE="$RO_PARENT/checkin-help/checkin-help"
chmod -R a+rX,a-w "$RO_PARENT/checkin-help"
chmod a+rx "$WORK/Programas de prueba" "$RO_PARENT"
RO_HOME="$WORK/home-ro"
RO_TMP="$WORK/tmp-ro"
mkdir -p "$RO_HOME" "$RO_TMP"
before=$(cd "$RO_PARENT/checkin-help" && find . -printf '%p %s %T@\n' | sort | sha256sum)
as_user=()
if [[ $(id -u) -eq 0 ]]; then
  if ! id -u "$TEST_USER" >/dev/null 2>&1; then
    useradd --no-create-home --shell /usr/sbin/nologin "$TEST_USER" ||
      fail "read-only copy: could not create the user $TEST_USER"
  fi
  chown "$TEST_USER" "$RO_HOME" "$RO_TMP"
  chmod 700 "$RO_HOME" "$RO_TMP"
  as_user=(runuser -u "$TEST_USER" --)
  who="user $TEST_USER (uid $(id -u "$TEST_USER"))"
else
  who="user $(id -un) (uid $(id -u))"
fi
if "${as_user[@]}" test -w "$RO_PARENT/checkin-help/_internal"; then
  fail "read-only copy: the program folder is still writable for $who"
else
  run_selftest "read-only copy in '$RO_PARENT' as $who" "$WORK/ro.log" \
    "${as_user[@]}" env HOME="$RO_HOME" TMPDIR="$RO_TMP" XDG_RUNTIME_DIR="$RO_TMP" \
    QT_QPA_PLATFORM=offscreen "$RO_EXE" --self-test
  after=$(cd "$RO_PARENT/checkin-help" && find . -printf '%p %s %T@\n' | sort | sha256sum)
  if [[ "$before" == "$after" ]]; then
    pass "read-only copy: the program folder is unchanged"
  else
    fail "read-only copy: something was written into the program folder"
  fi
fi

# 3. Portable mode --------------------------------------------------------------------------------
USB="$WORK/usb stick/Check-In Help"
mkdir -p "$USB"
cp -a "$BUNDLE/." "$USB/"
echo "Check-In Help keeps its data beside this file." >"$USB/portable.txt"
P_HOME="$WORK/home-portable"
P_TMP="$WORK/tmp-portable"
mkdir -p "$P_HOME" "$P_TMP"
if run_selftest "portable mode ($USB)" "$WORK/portable.log" \
  env HOME="$P_HOME" TMPDIR="$P_TMP" XDG_RUNTIME_DIR="$P_TMP" "$USB/checkin-help" --self-test; then
  grep -q "portable data" "$WORK/portable.log" ||
    fail "portable mode: the self-test did not report portable data"
  if env HOME="$P_HOME" TMPDIR="$P_TMP" XDG_RUNTIME_DIR="$P_TMP" "$USB/checkin-help" \
    --exit-when-ready >"$WORK/portable-gui.log" 2>&1; then
    pass "portable mode: the app started ($(head -1 "$WORK/portable-gui.log"))"
  else
    fail "portable mode: the app did not start: $(tr '\n' ' ' <"$WORK/portable-gui.log" | cut -c1-400)"
  fi
  if [[ -d "$USB/CheckInHelpData" ]]; then
    pass "portable mode: user data folder beside the program ($USB/CheckInHelpData)"
  else
    fail "portable mode: no CheckInHelpData folder beside the program"
  fi
  if empty_dir "$P_HOME"; then
    pass "portable mode: HOME stayed empty"
  else
    fail "portable mode: files written in HOME: $(cd "$P_HOME" && find . -mindepth 1 | head -5 | tr '\n' ' ')"
  fi
  # XDG_RUNTIME_DIR is the temp folder too; Qt may leave nothing else behind.
  if empty_dir "$P_TMP"; then
    pass "portable mode: temporary folder left clean"
  else
    fail "portable mode: left in the temporary folder: $(cd "$P_TMP" && find . -mindepth 1 | head -5 | tr '\n' ' ')"
  fi
fi

# 4. No network -----------------------------------------------------------------------------------
net_checks=0
mkdir -p "$WORK/home-net"
# As root `unshare -n`; as a normal user `unshare -rn` (inside a user namespace) where allowed.
unshare_cmd=()
if unshare -n true 2>/dev/null; then
  unshare_cmd=(unshare -n)
elif unshare -rn true 2>/dev/null; then
  unshare_cmd=(unshare -rn)
fi
if [[ ${#unshare_cmd[@]} -gt 0 ]]; then
  net_checks=$((net_checks + 1))
  # /proc/self/net/dev lists the interfaces of the caller's namespace: only a (down) loopback.
  if "${unshare_cmd[@]}" sh -c 'test -z "$(tail -n +3 /proc/self/net/dev | cut -d: -f1 | tr -d " " | grep -v "^lo$")"'; then
    run_selftest "no network (${unshare_cmd[*]}: a namespace with no interfaces)" "$WORK/unshare.log" \
      "${unshare_cmd[@]}" env HOME="$WORK/home-net" "$EXE" --self-test
  else
    fail "no network: the namespace from ${unshare_cmd[*]} still has network interfaces"
  fi
else
  echo "selftest-all: note: unshare -n / -rn is not permitted here; using strace only"
fi
if command -v strace >/dev/null 2>&1; then
  net_checks=$((net_checks + 1))
  if run_selftest "no network (strace)" "$WORK/strace-run.log" \
    strace -f -qq -e trace=network -o "$WORK/strace.log" env HOME="$WORK/home-net" "$EXE" --self-test; then
    inet=$(grep -E 'socket\(AF_INET6?,|connect\(.*sa_family=AF_INET6?' "$WORK/strace.log" | head -3)
    if [[ -z "$inet" ]]; then
      pass "no network (strace): no AF_INET/AF_INET6 socket opened ($(grep -c 'socket(' "$WORK/strace.log") local sockets)"
    else
      fail "no network (strace): the program opened a network socket: $inet"
    fi
  fi
else
  echo "selftest-all: note: strace is not installed; skipping the socket trace"
fi
[[ $net_checks -gt 0 ]] || fail "no network: neither unshare -n nor strace could run"

# 5. A real window (the xcb platform plugin and the X libraries bundled with it) ------------------
if command -v xvfb-run >/dev/null 2>&1; then
  mkdir -p "$WORK/home-x"
  if env HOME="$WORK/home-x" QT_QPA_PLATFORM=xcb timeout 120 xvfb-run -a "$EXE" --exit-when-ready \
    >"$WORK/xcb.log" 2>&1 && grep -q "^ready " "$WORK/xcb.log"; then
    pass "real window (xcb under Xvfb): $(grep '^ready ' "$WORK/xcb.log")"
  else
    fail "real window (xcb under Xvfb): $(tr '\n' ' ' <"$WORK/xcb.log" | cut -c1-400)"
  fi
else
  echo "selftest-all: note: xvfb-run is not installed; skipping the real-window start"
fi

# 6. An old processor (packaging/cpu_check.py, before Qt loads) ---------------------------------
if unshare -m true 2>/dev/null; then
  mkdir -p "$WORK/home-cpu"
  # A Core 2 Duo E8400 (Penryn): SSSE3 and SSE4.1, no SSE4.2, no POPCNT.
  printf '%s\n' 'processor	: 0' 'vendor_id	: GenuineIntel' 'cpu family	: 6' 'model		: 23' \
    'flags		: fpu vme de pse tsc msr pae mce cx8 apic sep mtrr pge mca cmov pat pse36 clflush mmx fxsr sse sse2 ss ht syscall nx lm constant_tsc pni ssse3 cx16 sse4_1 xsave lahf_lm' \
    >"$WORK/cpuinfo-core2"
  trace=()
  command -v strace >/dev/null 2>&1 && trace=(strace -f -qq -e trace=openat -o "$WORK/cpu-strace.log")
  "${trace[@]}" unshare -m sh -c 'mount --bind "$1" /proc/cpuinfo && exec env HOME="$2" "$3" --self-test' \
    sh "$WORK/cpuinfo-core2" "$WORK/home-cpu" "$EXE" >"$WORK/cpu.log" 2>&1
  rc=$?
  if [[ $rc -eq 1 ]] && grep -q "processor is too old" "$WORK/cpu.log" && grep -q "demasiado antiguo" "$WORK/cpu.log"; then
    pass "old processor (Core 2 /proc/cpuinfo): says why in English and Spanish, exit 1"
  else
    fail "old processor (exit $rc): $(tr '\n' ' ' <"$WORK/cpu.log" | cut -c1-400)"
  fi
  if [[ ${#trace[@]} -gt 0 ]]; then
    if grep -q 'libQt6Core' "$WORK/cpu-strace.log"; then
      fail "old processor: Qt was loaded before the check stopped the program"
    else
      pass "old processor: stopped before Qt was loaded (no libQt6Core opened)"
    fi
  fi
else
  echo "selftest-all: note: unshare -m is not permitted here; skipping the old-processor check"
fi

if [[ $failures -gt 0 ]]; then
  echo "selftest-all: $failures step(s) FAILED"
  exit 1
fi
echo "selftest-all: all steps passed"
