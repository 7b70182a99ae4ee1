"""Before Qt loads: does this processor have what Qt 6 needs (SSE4.2 and POPCNT)?

Qt 6's x86-64 builds use SSE4.2 and POPCNT everywhere; on an older processor (Core 2, Phenom II,
Pentium 4) Qt aborts with "Incompatible processor" or dies on an illegal instruction, and the
windowed Windows program shows nothing at all. The bundle's first runtime hook
(packaging/rthook_cpu_check.py) calls `check_or_exit()` before anything loads Qt, so the person
sees a message (English and Spanish: the app's language is not known yet) instead of a program
that never opens.

How each system answers:
- Linux: the `flags` line of /proc/cpuinfo (what the kernel and CPUID say; reliable).
- macOS on Intel: `sysctl machdep.cpu.features` (reliable). Apple silicon runs arm64 Qt: no check.
- Windows: `IsProcessorFeaturePresent`. PF_SSE4_2 (38) is reliable only where Windows knows the
  newer feature numbers (36 SSSE3, 37 SSE4.1, 38 SSE4.2); older Windows 10 builds answer "no" for
  all three on any processor. So "no" is trusted only when 36 or 37 says "yes"; when all three say
  "no", the processor family from the registry decides, and only as a warning ("start anyway?").
  Windows has no POPCNT feature number: every processor with SSE4.2 has POPCNT, so it is implied.

Set CHECKIN_HELP_SKIP_CPU_CHECK=1 to skip the check (for a system that misreports its processor).
This module imports only the standard library and never imports the app or Qt.
"""

from __future__ import annotations

import os
import platform
import re
import sys
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

REQUIRED = ("sse4_2", "popcnt")

# Windows processor feature numbers (processthreadsapi.h, IsProcessorFeaturePresent).
PF_SSSE3 = 36
PF_SSE4_1 = 37
PF_SSE4_2 = 38

TITLE = "Check-In Help"

TOO_OLD_MESSAGE = """\
This computer's processor is too old for this version of Check-In Help, so the app cannot open.
It needs a processor with SSE4.2 (most computers made since about 2009-2011).
What you can do: use Check-In Help on a newer computer, or show this message to the person who \
looks after this computer. Nothing you saved before has been changed.

El procesador de esta computadora es demasiado antiguo para esta versión de Check-In Help, \
por eso la aplicación no puede abrirse.
Necesita un procesador con SSE4.2 (la mayoría de las computadoras fabricadas desde 2009-2011 \
aproximadamente).
Qué puede hacer: use Check-In Help en una computadora más nueva, o muestre este mensaje a la \
persona que cuida esta computadora. No se cambió nada de lo que guardó antes."""

MAY_BE_TOO_OLD_MESSAGE = """\
This computer's processor may be too old for this version of Check-In Help (it needs SSE4.2, \
most computers made since about 2009-2011). Windows could not say for sure.
Try to open the app anyway? If it does not open, use Check-In Help on a newer computer.

Es posible que el procesador de esta computadora sea demasiado antiguo para esta versión de \
Check-In Help (necesita SSE4.2, la mayoría de las computadoras fabricadas desde 2009-2011 \
aproximadamente). Windows no pudo confirmarlo.
¿Intentar abrir la aplicación de todos modos? Si no se abre, use Check-In Help en una \
computadora más nueva."""


@dataclass(frozen=True)
class CpuVerdict:
    """The answer: "ok", "too old" (certain), "may be too old" (a warning) or "unknown"."""

    status: str
    reason: str


OK = CpuVerdict("ok", "")


def verdict_from_flags(flags: set[str], source: str) -> CpuVerdict:
    """Judge a set of lower-case CPU flag names (Linux or macOS spelling)."""
    names = {f.lower().replace(".", "_") for f in flags}
    missing = [f for f in REQUIRED if f not in names]
    if missing:
        return CpuVerdict("too old", f"{source}: missing {', '.join(missing)}")
    return OK


def parse_cpuinfo(text: str) -> CpuVerdict:
    """Judge /proc/cpuinfo text: the first `flags` line (x86) decides; none means unknown."""
    for line in text.splitlines():
        key, sep, value = line.partition(":")
        if sep and key.strip() == "flags":
            return verdict_from_flags(set(value.split()), "/proc/cpuinfo")
    return CpuVerdict("unknown", "no x86 flags line in /proc/cpuinfo")


def parse_sysctl_features(text: str) -> CpuVerdict:
    """Judge `sysctl -n machdep.cpu.features` output ("FPU ... SSE4.2 POPCNT ...")."""
    words = set(text.split())
    if not words:
        return CpuVerdict("unknown", "sysctl machdep.cpu.features is empty")
    return verdict_from_flags(words, "machdep.cpu.features")


_IDENTIFIER = re.compile(r"Family\s+(\d+)\s+Model\s+(\d+)", re.IGNORECASE)


def family_is_too_old(vendor: str, identifier: str) -> bool | None:
    """From the registry's processor name: True for families without SSE4.2, None if unknown.

    Intel family 15 (Pentium 4/D) and family 6 before model 26 (Nehalem: Core 2, Pentium
    Dual-Core, Pentium M); AMD before family 21 (Bulldozer: K8, Phenom, Athlon II, Bobcat).
    """
    match = _IDENTIFIER.search(identifier)
    if not match:
        return None
    family, model = int(match.group(1)), int(match.group(2))
    if vendor == "GenuineIntel":
        return family == 15 or (family == 6 and model < 26)
    if vendor == "AuthenticAMD":
        return family < 21
    return None


def judge_windows(
    feature: Callable[[int], bool], vendor: str = "", identifier: str = ""
) -> CpuVerdict:
    """Judge the answers of IsProcessorFeaturePresent (and the registry's processor name)."""
    if feature(PF_SSE4_2):
        return OK  # POPCNT came with SSE4.2 on every Intel and AMD processor
    if feature(PF_SSSE3) or feature(PF_SSE4_1):
        return CpuVerdict("too old", "Windows reports SSSE3 or SSE4.1 but no SSE4.2")
    # Windows may not know these feature numbers at all: fall back on the processor family.
    if family_is_too_old(vendor, identifier):
        return CpuVerdict("may be too old", f"{vendor} {identifier}: a family without SSE4.2")
    return CpuVerdict("unknown", "Windows does not report SSE4.2 either way")


def _windows_verdict() -> CpuVerdict:
    """Ask Windows (kernel32 and the registry)."""
    import ctypes
    import winreg

    kernel32 = ctypes.windll.kernel32  # type: ignore[attr-defined]

    def feature(number: int) -> bool:
        return bool(kernel32.IsProcessorFeaturePresent(number))

    vendor = identifier = ""
    try:
        key_path = r"HARDWARE\DESCRIPTION\System\CentralProcessor\0"
        with winreg.OpenKey(winreg.HKEY_LOCAL_MACHINE, key_path) as key:  # type: ignore[attr-defined]
            vendor = str(winreg.QueryValueEx(key, "VendorIdentifier")[0])  # type: ignore[attr-defined]
            identifier = str(winreg.QueryValueEx(key, "Identifier")[0])  # type: ignore[attr-defined]
    except OSError:
        pass
    return judge_windows(feature, vendor, identifier)


def _macos_verdict() -> CpuVerdict:
    """Ask the macOS kernel (sysctlbyname), on Intel Macs only."""
    if platform.machine() != "x86_64":
        return OK  # Apple silicon: an arm64 build, nothing to check
    import ctypes

    libc = ctypes.CDLL(None)
    size = ctypes.c_size_t(0)
    name = b"machdep.cpu.features"
    if libc.sysctlbyname(name, None, ctypes.byref(size), None, 0) != 0 or size.value == 0:
        return CpuVerdict("unknown", "sysctl machdep.cpu.features is not available")
    buf = ctypes.create_string_buffer(size.value)
    if libc.sysctlbyname(name, buf, ctypes.byref(size), None, 0) != 0:
        return CpuVerdict("unknown", "sysctl machdep.cpu.features failed")
    return parse_sysctl_features(buf.value.decode("ascii", "replace"))


def current_verdict() -> CpuVerdict:
    """Judge the processor this program runs on."""
    if platform.machine().lower() not in ("x86_64", "amd64"):
        return OK  # Qt's x86-64 requirements only concern x86-64 builds
    try:
        if sys.platform.startswith("win"):
            return _windows_verdict()
        if sys.platform == "darwin":
            return _macos_verdict()
        cpuinfo = Path("/proc/cpuinfo")
        if cpuinfo.is_file():
            return parse_cpuinfo(cpuinfo.read_text(encoding="utf-8", errors="replace"))
    except (OSError, AttributeError, ValueError) as exc:
        return CpuVerdict("unknown", f"could not ask: {exc}")
    return CpuVerdict("unknown", "no way to ask on this system")


def _message_box(text: str, ask: bool) -> bool:
    """A native Windows message box; with `ask`, True when the person chose Yes."""
    import ctypes

    mb_iconerror, mb_iconwarning, mb_yesno, idyes = 0x10, 0x30, 0x04, 6
    style = (mb_iconwarning | mb_yesno) if ask else mb_iconerror
    answer = ctypes.windll.user32.MessageBoxW(None, text, TITLE, style)  # type: ignore[attr-defined]
    return answer == idyes


def check_or_exit(verdict: CpuVerdict | None = None) -> None:
    """Say why and exit 1 when the processor is too old; warn (Windows: ask) when unsure."""
    if os.environ.get("CHECKIN_HELP_SKIP_CPU_CHECK"):
        return
    verdict = current_verdict() if verdict is None else verdict
    if verdict.status not in ("too old", "may be too old"):
        return
    certain = verdict.status == "too old"
    text = TOO_OLD_MESSAGE if certain else MAY_BE_TOO_OLD_MESSAGE
    # A windowed Windows program has no console (sys.stderr is None): a message box is all
    # the person can see. Elsewhere, and in the console twin, the terminal gets the text.
    if sys.platform.startswith("win") and sys.stderr is None:
        if _message_box(text, ask=not certain) and not certain:
            return
        raise SystemExit(1)
    print(f"{text}\n\n({verdict.reason})", file=sys.stderr, flush=True)
    if certain:
        raise SystemExit(1)
