"""The Inno Setup script, checked here (iscc runs only on Windows, in the GitHub workflow)."""

from __future__ import annotations

import ast
import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
ISS_PATH = ROOT / "packaging" / "windows" / "checkin-help.iss"
ISS = ISS_PATH.read_text(encoding="utf-8-sig")


def setting(name: str) -> str:
    """The value of one `Name=value` line in [Setup]."""
    match = re.search(rf"^{name}=(.*)$", ISS, re.MULTILINE)
    assert match, f"{name} is not set"
    return match.group(1).strip()


def test_utf8_with_byte_order_mark() -> None:
    # Inno reads a script without a BOM in the system code page: the Spanish would be garbled.
    assert ISS_PATH.read_bytes().startswith(b"\xef\xbb\xbf")
    assert "¿Borrar" in ISS


def test_windows_10_1809_or_later() -> None:
    assert setting("MinVersion") == "10.0.17763"


def test_version_must_be_given_and_is_numbered_for_windows() -> None:
    assert re.search(r"#ifndef AppVersion\s+#error", ISS)
    assert setting("AppVersion") == "{#AppVersion}"
    assert setting("VersionInfoVersion") == "{#AppNumericVersion}"


def test_no_all_users_dialog_for_staff_without_admin_rights() -> None:
    assert setting("PrivilegesRequired") == "lowest"
    assert setting("PrivilegesRequiredOverridesAllowed") == "commandline"


def test_app_mutex_matches_the_one_the_app_creates() -> None:
    tree = ast.parse((ROOT / "packaging" / "entry.py").read_text(encoding="utf-8"))
    names = {
        n.targets[0].id: n.value.value
        for n in tree.body
        if isinstance(n, ast.Assign) and isinstance(n.value, ast.Constant)
    }
    assert setting("AppMutex") == names["RUNNING_MUTEX"]


def test_signing_only_when_asked() -> None:
    block = re.search(r"#ifdef Sign\n(.*?)#endif", ISS, re.DOTALL)
    assert block and "SignTool=signtool" in block.group(1)
    assert "SignedUninstaller=yes" in block.group(1)
    assert ISS.count("SignTool=") == 1


def test_installer_checks_the_processor_like_the_app() -> None:
    code = ISS[ISS.index("[Code]") :]
    assert "function InitializeSetup(): Boolean;" in code
    for name, number in (("PF_SSSE3", 36), ("PF_SSE4_1", 37), ("PF_SSE4_2", 38)):
        assert re.search(rf"{name} = {number};", code)
    # The same family limits as cpu_check.family_is_too_old.
    assert "(Family = 15) or ((Family = 6) and (Model >= 0) and (Model < 26))" in code
    assert "Result := Family < 21;" in code
    for key in ("CpuTooOld", "CpuMaybeTooOld", "RemoveData"):
        english = re.search(rf"^english\.{key}=(.+)$", ISS, re.MULTILINE)
        spanish = re.search(rf"^spanish\.{key}=(.+)$", ISS, re.MULTILINE)
        assert english and spanish, key
    assert "SSE4.2" in re.search(r"^spanish\.CpuTooOld=(.+)$", ISS, re.MULTILINE).group(1)
