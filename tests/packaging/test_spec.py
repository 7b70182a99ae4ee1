"""The PyInstaller spec, run here with recording stand-ins for PyInstaller's build steps.

PyInstaller builds only for the system it runs on, so what the spec does on macOS and Windows
is checked by running the spec file itself with `sys.platform` set to each, and recording
what it asks PyInstaller to build (EXE, COLLECT, BUNDLE and their arguments).
"""

from __future__ import annotations

import importlib.util
import sys
import types
from pathlib import Path
from typing import Any

import pytest

ROOT = Path(__file__).resolve().parents[2]
SPEC = ROOT / "packaging" / "checkin-help.spec"


def _load(name: str) -> Any:
    """Import a module from packaging/ by file path (the folder is not a package)."""
    spec = importlib.util.spec_from_file_location(name, ROOT / "packaging" / f"{name}.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    sys.modules.setdefault(name, module)
    spec.loader.exec_module(module)
    return module


spec_support = _load("spec_support")


class Recorder:
    """Stands in for one PyInstaller build step; remembers every call."""

    def __init__(self, kind: str, calls: list[tuple[str, tuple, dict]]) -> None:
        self.kind = kind
        self.calls = calls

    def __call__(self, *args: Any, **kwargs: Any) -> Any:
        self.calls.append((self.kind, args, kwargs))
        return types.SimpleNamespace(
            kind=self.kind, args=args, kwargs=kwargs, pure=[], scripts=[], binaries=[], datas=[]
        )


def _fake_versioninfo() -> types.ModuleType:
    """PyInstaller.utils.win32.versioninfo with classes that keep their arguments."""
    module = types.ModuleType("PyInstaller.utils.win32.versioninfo")
    for name in (
        "VSVersionInfo",
        "FixedFileInfo",
        "StringFileInfo",
        "StringTable",
        "StringStruct",
        "VarFileInfo",
        "VarStruct",
    ):
        setattr(module, name, lambda *a, _n=name, **k: types.SimpleNamespace(cls=_n, a=a, k=k))
    return module


def run_spec(platform: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> list:
    """Run the spec as PyInstaller would on `platform`; return the recorded build steps."""
    index = tmp_path / "index"
    index.mkdir()
    (index / "_MAIN_1.toc").write_bytes(b"")
    monkeypatch.setenv("CHECKIN_HELP_INDEX_DIR", str(index))
    hooks = types.ModuleType("PyInstaller.utils.hooks")
    hooks.collect_data_files = lambda *a, **k: []  # type: ignore[attr-defined]
    hooks.collect_submodules = lambda *a, **k: []  # type: ignore[attr-defined]
    for name, module in {
        "PyInstaller": types.ModuleType("PyInstaller"),
        "PyInstaller.utils": types.ModuleType("PyInstaller.utils"),
        "PyInstaller.utils.hooks": hooks,
        "PyInstaller.utils.win32": types.ModuleType("PyInstaller.utils.win32"),
        "PyInstaller.utils.win32.versioninfo": _fake_versioninfo(),
    }.items():
        monkeypatch.setitem(sys.modules, name, module)
    sys.modules["PyInstaller.utils.win32"].versioninfo = sys.modules[  # type: ignore[attr-defined]
        "PyInstaller.utils.win32.versioninfo"
    ]
    # The Linux pruning step follows real shared libraries (ldd): nothing to follow here.
    qt_trim = _load("qt_trim")
    monkeypatch.setitem(sys.modules, "qt_trim", qt_trim)
    monkeypatch.setattr(qt_trim, "prune_unreachable", lambda binaries, datas: (binaries, datas))
    calls: list[tuple[str, tuple, dict]] = []
    namespace = {
        "__file__": str(SPEC),
        "SPECPATH": str(SPEC.parent),
        **{kind: Recorder(kind, calls) for kind in ("Analysis", "PYZ", "EXE", "COLLECT", "BUNDLE")},
    }
    monkeypatch.setattr(sys, "path", list(sys.path))
    monkeypatch.setattr(sys, "platform", platform)
    exec(compile(SPEC.read_text(encoding="utf-8"), str(SPEC), "exec"), namespace)
    return calls


def _of(calls: list, kind: str) -> list[dict]:
    return [kwargs for k, _args, kwargs in calls if k == kind]


def test_macos_builds_a_windowed_app_bundle(tmp_path: Path, monkeypatch) -> None:
    calls = run_spec("darwin", tmp_path, monkeypatch)
    (exe,) = _of(calls, "EXE")
    assert exe["name"] == "checkin-help" and exe["console"] is False
    (bundle,) = _of(calls, "BUNDLE")
    version = spec_support.read_version(ROOT)
    assert bundle["name"] == "Check-In Help.app"
    assert bundle["bundle_identifier"] == spec_support.BUNDLE_ID
    assert bundle["icon"] and Path(bundle["icon"]).is_file()
    assert bundle["version"] == spec_support.short_version(version)
    plist = bundle["info_plist"]
    assert plist["LSMinimumSystemVersion"] == "13.0"
    assert plist["CFBundleShortVersionString"] == spec_support.short_version(version)
    assert plist["CFBundleIdentifier"] == bundle["bundle_identifier"]


def test_windows_builds_two_programs_each_named_in_its_properties(tmp_path, monkeypatch) -> None:
    calls = run_spec("win32", tmp_path, monkeypatch)
    assert _of(calls, "BUNDLE") == []
    exes = {e["name"]: e for e in _of(calls, "EXE")}
    assert set(exes) == {"checkin-help", "checkin-help-cli"}
    assert exes["checkin-help"]["console"] is False and exes["checkin-help-cli"]["console"]
    for name, exe in exes.items():
        info = exe["version"]
        table = info.k["kids"][0].a[0][0]
        strings = {s.a[0]: s.a[1] for s in table.a[1]}
        assert strings["OriginalFilename"] == f"{name}.exe"
        assert strings["InternalName"] == name
        numbers = info.k["ffi"].k["filevers"]
        assert len(numbers) == 4 and all(isinstance(n, int) for n in numbers)


def test_linux_builds_one_console_program(tmp_path, monkeypatch) -> None:
    calls = run_spec("linux", tmp_path, monkeypatch)
    assert _of(calls, "BUNDLE") == []
    (exe,) = _of(calls, "EXE")
    assert exe["console"] is True and exe["strip"] is True and exe["version"] is None
    (analysis,) = [(args, kwargs) for k, args, kwargs in calls if k == "Analysis"]
    assert analysis[0][0][0].endswith("entry.py")
    # The processor check runs as the first runtime hook, before PyInstaller's PySide6 hook.
    assert Path(analysis[1]["runtime_hooks"][0]).name == "rthook_cpu_check.py"
    assert str(ROOT / "packaging") in analysis[1]["pathex"]


@pytest.mark.parametrize(
    ("version", "numbers", "short"),
    [
        ("0.1.0", (0, 1, 0, 0), "0.1.0"),
        ("0.2.0rc1", (0, 2, 0, 0), "0.2.0"),
        ("1.2", (1, 2, 0, 0), "1.2.0"),
        ("2.0.1.post3", (2, 0, 1, 0), "2.0.1"),
        ("1.2.3.4", (1, 2, 3, 4), "1.2.3"),
    ],
)
def test_versions_windows_and_macos_can_number(version, numbers, short) -> None:
    assert spec_support.numeric_version(version) == numbers
    assert spec_support.short_version(version) == short


@pytest.mark.parametrize("bad", ["", "rc1", "v1.0", "1.70000.0"])
def test_versions_nobody_can_number_are_refused(bad: str) -> None:
    with pytest.raises(spec_support.VersionError):
        spec_support.numeric_version(bad)


def test_missing_version_is_an_error(tmp_path: Path) -> None:
    (tmp_path / "desktop").mkdir()
    (tmp_path / "desktop" / "__init__.py").write_text('"""No version here."""\n', encoding="utf-8")
    with pytest.raises(spec_support.VersionError):
        spec_support.read_version(tmp_path)
