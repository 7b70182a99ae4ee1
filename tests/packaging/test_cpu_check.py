"""The processor check the frozen app runs before Qt loads (packaging/cpu_check.py)."""

from __future__ import annotations

import ast
import importlib.util
import platform
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
_SPEC = importlib.util.spec_from_file_location("cpu_check", ROOT / "packaging" / "cpu_check.py")
assert _SPEC and _SPEC.loader
cpu_check = importlib.util.module_from_spec(_SPEC)
sys.modules.setdefault("cpu_check", cpu_check)  # dataclasses look their module up there
_SPEC.loader.exec_module(cpu_check)

# Real /proc/cpuinfo excerpts (flags shortened to the relevant part, order kept).
PENRYN = """\
processor\t: 0
vendor_id\t: GenuineIntel
cpu family\t: 6
model\t\t: 23
model name\t: Intel(R) Core(TM)2 Duo CPU     E8400  @ 3.00GHz
flags\t\t: fpu vme de pse tsc msr pae mce cx8 apic sep mtrr pge mca cmov pat pse36 clflush \
dts acpi mmx fxsr sse sse2 ss ht tm pbe syscall nx lm constant_tsc pni dtes64 monitor ds_cpl \
vmx smx est tm2 ssse3 cx16 xtpr pdcm sse4_1 xsave lahf_lm
"""
PHENOM_II = """\
processor\t: 0
vendor_id\t: AuthenticAMD
cpu family\t: 16
model name\t: AMD Phenom(tm) II X4 955 Processor
flags\t\t: fpu vme de pse tsc msr pae mce cx8 apic sep mtrr pge mca cmov pat pse36 clflush \
mmx fxsr sse sse2 ht syscall nx mmxext fxsr_opt pdpe1gb rdtscp lm 3dnowext 3dnow \
constant_tsc rep_good nopl nonstop_tsc cpuid extd_apicid pni monitor cx16 popcnt lahf_lm \
cmp_legacy svm extapic cr8_legacy abm sse4a misalignsse 3dnowprefetch osvw ibs skinit wdt
"""
NEHALEM = """\
processor\t: 0
vendor_id\t: GenuineIntel
cpu family\t: 6
model\t\t: 26
model name\t: Intel(R) Core(TM) i7 CPU         920  @ 2.67GHz
flags\t\t: fpu vme de pse tsc msr pae mce cx8 apic sep mtrr pge mca cmov pat pse36 clflush \
dts acpi mmx fxsr sse sse2 ss ht tm pbe syscall nx rdtscp lm constant_tsc pni dtes64 monitor \
ds_cpl vmx est tm2 ssse3 cx16 xtpr pdcm sse4_1 sse4_2 popcnt lahf_lm

processor\t: 1
flags\t\t: fpu
"""
ARM64 = """\
processor\t: 0
BogoMIPS\t: 48.00
Features\t: fp asimd evtstrm aes pmull sha1 sha2 crc32 cpuid
CPU implementer\t: 0x41
"""


@pytest.mark.parametrize(
    ("text", "status", "missing"),
    [
        (PENRYN, "too old", "sse4_2, popcnt"),
        (PHENOM_II, "too old", "sse4_2"),
        (NEHALEM, "ok", ""),
        (ARM64, "unknown", ""),
        ("", "unknown", ""),
    ],
)
def test_cpuinfo_flags_are_read(text: str, status: str, missing: str) -> None:
    verdict = cpu_check.parse_cpuinfo(text)
    assert verdict.status == status
    if missing:
        assert verdict.reason.endswith(f"missing {missing}")


def test_only_the_first_flags_line_counts() -> None:
    # NEHALEM's second processor lists only "fpu": the first processor's line decides.
    assert cpu_check.parse_cpuinfo(NEHALEM).status == "ok"


def test_macos_sysctl_spelling() -> None:
    intel_mac = (
        "FPU VME DE PSE TSC MSR PAE MCE CX8 APIC SEP SSE SSE2 SSE3 SSSE3 SSE4.1 SSE4.2 POPCNT"
    )
    assert cpu_check.parse_sysctl_features(intel_mac).status == "ok"
    assert cpu_check.parse_sysctl_features("FPU SSE SSE2 SSE3 SSSE3 SSE4.1").status == "too old"
    assert cpu_check.parse_sysctl_features("").status == "unknown"


def _windows(present: set[int]):
    """A stand-in for IsProcessorFeaturePresent that answers from a set of feature numbers."""
    return lambda number: number in present


@pytest.mark.parametrize(
    ("present", "vendor", "identifier", "status"),
    [
        # A Windows that knows the new numbers: its answer is trusted.
        ({36, 37, 38}, "GenuineIntel", "Intel64 Family 6 Model 26 Stepping 5", "ok"),
        ({36, 37}, "GenuineIntel", "Intel64 Family 6 Model 23 Stepping 10", "too old"),
        ({36}, "GenuineIntel", "Intel64 Family 6 Model 15 Stepping 11", "too old"),
        # An older Windows 10 answers "no" to all three: the family decides, as a warning.
        (set(), "AuthenticAMD", "AMD64 Family 16 Model 4 Stepping 3", "may be too old"),
        (set(), "GenuineIntel", "Intel64 Family 6 Model 23 Stepping 10", "may be too old"),
        (set(), "GenuineIntel", "Intel64 Family 15 Model 6 Stepping 5", "may be too old"),
        (set(), "GenuineIntel", "Intel64 Family 6 Model 58 Stepping 9", "unknown"),
        (set(), "AuthenticAMD", "AMD64 Family 21 Model 2 Stepping 0", "unknown"),
        (set(), "AuthenticAMD", "AMD64 Family 25 Model 80 Stepping 0", "unknown"),
        (set(), "", "", "unknown"),
    ],
)
def test_windows_answers(present: set[int], vendor: str, identifier: str, status: str) -> None:
    verdict = cpu_check.judge_windows(_windows(present), vendor, identifier)
    assert verdict.status == status


def test_windows_feature_numbers_are_the_documented_ones() -> None:
    assert (cpu_check.PF_SSSE3, cpu_check.PF_SSE4_1, cpu_check.PF_SSE4_2) == (36, 37, 38)


def test_message_in_english_and_spanish() -> None:
    for text in (cpu_check.TOO_OLD_MESSAGE, cpu_check.MAY_BE_TOO_OLD_MESSAGE):
        english, spanish = text.split("\n\n")
        assert "processor" in english and "SSE4.2" in english and "newer computer" in english
        assert "procesador" in spanish and "SSE4.2" in spanish
        assert "computadora más nueva" in spanish
    assert "cannot open" in cpu_check.TOO_OLD_MESSAGE
    assert "no puede abrirse" in cpu_check.TOO_OLD_MESSAGE


def test_too_old_prints_both_languages_and_exits_1(capsys, monkeypatch) -> None:
    monkeypatch.delenv("CHECKIN_HELP_SKIP_CPU_CHECK", raising=False)
    monkeypatch.setattr(cpu_check.sys, "platform", "linux")
    with pytest.raises(SystemExit) as stopped:
        cpu_check.check_or_exit(cpu_check.CpuVerdict("too old", "/proc/cpuinfo: missing sse4_2"))
    assert stopped.value.code == 1
    err = capsys.readouterr().err
    assert "too old for this version" in err and "demasiado antiguo" in err
    assert "missing sse4_2" in err


def test_windowed_program_shows_a_message_box(monkeypatch) -> None:
    shown: list[tuple[str, bool]] = []

    def box(text: str, ask: bool) -> bool:
        shown.append((text, ask))
        return True  # the person answers Yes

    monkeypatch.delenv("CHECKIN_HELP_SKIP_CPU_CHECK", raising=False)
    monkeypatch.setattr(cpu_check.sys, "platform", "win32")
    monkeypatch.setattr(cpu_check.sys, "stderr", None)
    monkeypatch.setattr(cpu_check, "_message_box", box)
    # Unsure: a Yes/No question; Yes starts the app.
    cpu_check.check_or_exit(cpu_check.CpuVerdict("may be too old", "family 16"))
    assert shown == [(cpu_check.MAY_BE_TOO_OLD_MESSAGE, True)]
    # Certain: an error box, then exit 1 whatever the answer.
    with pytest.raises(SystemExit) as stopped:
        cpu_check.check_or_exit(cpu_check.CpuVerdict("too old", "no SSE4.2"))
    assert stopped.value.code == 1
    assert shown[-1] == (cpu_check.TOO_OLD_MESSAGE, False)


def test_warning_and_unknown_do_not_stop_the_console_program(capsys, monkeypatch) -> None:
    monkeypatch.delenv("CHECKIN_HELP_SKIP_CPU_CHECK", raising=False)
    cpu_check.check_or_exit(cpu_check.CpuVerdict("may be too old", "family 16"))
    assert "may be too old" in capsys.readouterr().err
    cpu_check.check_or_exit(cpu_check.CpuVerdict("unknown", "no flags"))
    assert capsys.readouterr().err == ""


def test_skip_switch(monkeypatch) -> None:
    monkeypatch.setenv("CHECKIN_HELP_SKIP_CPU_CHECK", "1")
    cpu_check.check_or_exit(cpu_check.CpuVerdict("too old", "no SSE4.2"))


@pytest.mark.skipif(platform.machine() not in ("x86_64", "AMD64"), reason="an x86-64 check")
def test_this_machine_passes() -> None:
    # Qt already runs on the machine running the tests, so its processor must pass.
    assert cpu_check.current_verdict().status == "ok"


def test_runtime_hook_only_runs_the_check() -> None:
    # The spec lists this hook first (tests/packaging/test_spec.py): it runs before
    # PyInstaller's PySide6 hook, which loads Qt.
    hook = ast.parse((ROOT / "packaging" / "rthook_cpu_check.py").read_text(encoding="utf-8"))
    body = [ast.unparse(n) for n in hook.body[1:]]  # after the docstring
    assert body == ["import cpu_check", "cpu_check.check_or_exit()"]
