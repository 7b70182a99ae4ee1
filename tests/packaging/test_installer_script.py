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


def test_an_administrators_install_makes_the_machine_wide_pack_folder_admin_only() -> None:
    """docs/PACKS.md: packs and keys every user gets, which only administrators can change."""
    from desktop.core.paths import APP_AUTHOR, APP_NAME

    # The folder is platformdirs' site data folder: C:\ProgramData\<author>\<app>.
    assert f'#define MachineRoot "{{commonappdata}}\\{APP_AUTHOR}"' in ISS
    assert f'#define MachineDir MachineRoot + "\\{APP_NAME}"' in ISS
    dirs = ISS[ISS.index("[Dirs]") : ISS.index("[Files]")]
    for sub in ("packs", "keys"):
        line = next(x for x in dirs.splitlines() if x.startswith(f'Name: "{{#MachineDir}}\\{sub}"'))
        assert "Check: IsAdminInstallMode" in line and "uninsneveruninstall" in line
    run = ISS[ISS.index("[Run]") : ISS.index("[UninstallDelete]")]
    icacls = next(x for x in run.splitlines() if "icacls.exe" in x)
    assert '"""{#MachineRoot}""' in icacls and "Check: IsAdminInstallMode" in icacls
    # Inherited permissions (ProgramData lets users add files) go; Administrators and SYSTEM get
    # full control, Users read and run only: by well-known SID, in any Windows language.
    assert "/inheritance:r" in icacls
    grants = re.findall(r"\*(S-[\d-]+):\((OI)\)\((CI)\)(\w+)", icacls)
    assert {(sid, right) for sid, _, _, right in grants} == {
        ("S-1-5-32-544", "F"),
        ("S-1-5-18", "F"),
        ("S-1-5-32-545", "RX"),
    }
    assert "english.MachinePacks=" in ISS and "spanish.MachinePacks=" in ISS
