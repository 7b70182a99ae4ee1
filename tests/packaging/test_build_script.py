"""packaging/build.py helpers that need no PyInstaller run: version, notices, bundle check."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
_SPEC = importlib.util.spec_from_file_location(
    "checkin_help_build", ROOT / "packaging" / "build.py"
)
assert _SPEC and _SPEC.loader
build = importlib.util.module_from_spec(_SPEC)
_saved_path = list(sys.path)
_SPEC.loader.exec_module(build)
sys.path[:] = _saved_path  # build.py puts packaging/ first, for its own imports only


def test_version_is_the_package_version() -> None:
    from desktop import __version__

    assert build.version() == __version__


def test_the_building_pythons_own_licence_is_collected(tmp_path: Path) -> None:
    out = tmp_path / "licenses-extra"
    found = build.collect_interpreter_licence(out)
    copied = out / "Python-LICENSE-of-this-build.txt"
    assert found == copied.is_file()
    if found:  # every CPython install ships it; a stripped distribution may not
        assert "PYTHON SOFTWARE FOUNDATION LICENSE" in copied.read_text(encoding="utf-8")


def test_an_incomplete_bundle_is_refused(tmp_path: Path) -> None:
    bundle = tmp_path / "checkin-help"
    (bundle / "_internal" / "content").mkdir(parents=True)
    with pytest.raises(build.BuildError) as refused:
        build.check_bundle(bundle)
    message = str(refused.value)
    assert "search-index" in message and "Python-PSF.txt" in message
    if sys.platform.startswith("win"):
        assert "MSVC-runtime-NOTICE.txt" in message
