"""Where the app reads and writes: source vs frozen, per-user vs portable, and the env override."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from desktop.core import paths
from desktop.core.paths import (
    DATA_DIR_ENV,
    PORTABLE_MARKER,
    bundle_root,
    executable_dir,
    is_frozen,
    licenses_dir,
    resolve_paths,
)

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture
def frozen_app(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Pretend to run from a one-folder bundle at tmp/app (program + _internal/)."""
    app = tmp_path / "app folder ñ"
    internal = app / "_internal"
    internal.mkdir(parents=True)
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    monkeypatch.setattr(sys, "_MEIPASS", str(internal), raising=False)
    monkeypatch.setattr(sys, "executable", str(app / "checkin-help"))
    return app


@pytest.fixture
def empty_home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """An empty HOME with no XDG overrides and no data-folder override."""
    home = tmp_path / "home"
    home.mkdir()
    monkeypatch.setenv("HOME", str(home))
    for var in ("XDG_DATA_HOME", "XDG_CACHE_HOME", "XDG_CONFIG_HOME", DATA_DIR_ENV):
        monkeypatch.delenv(var, raising=False)
    return home


def test_source_tree_layout() -> None:
    assert not is_frozen()
    assert bundle_root() == ROOT
    assert executable_dir() == ROOT
    got = resolve_paths({})
    assert got.content_dir == ROOT / "content"
    assert got.bundled_index_dir == ROOT / "search-index"
    assert licenses_dir() == ROOT / "packaging" / "licenses"
    assert got.content_dir.is_dir() and licenses_dir().is_dir()


def test_env_override_puts_everything_in_one_folder(tmp_path: Path) -> None:
    got = resolve_paths({DATA_DIR_ENV: str(tmp_path / "d")})
    assert got.data_dir == tmp_path / "d"
    assert got.cache_dir == tmp_path / "d" / "cache"
    assert got.logs_dir == tmp_path / "d" / "logs"
    assert got.settings_file == tmp_path / "d" / "settings.json"
    assert got.index_cache_dir == tmp_path / "d" / "cache" / "search-index"
    assert not got.portable


def test_frozen_bundle_reads_data_from_internal(frozen_app: Path) -> None:
    assert is_frozen()
    internal = frozen_app / "_internal"
    assert bundle_root() == internal
    assert executable_dir() == frozen_app
    got = resolve_paths({DATA_DIR_ENV: "/unused"})
    assert got.content_dir == internal / "content"
    assert got.bundled_index_dir == internal / "search-index"
    assert licenses_dir() == internal / "licenses"


def test_frozen_without_marker_uses_the_per_user_folder(frozen_app: Path, empty_home: Path) -> None:
    got = resolve_paths()
    assert not got.portable
    assert got.data_dir.is_relative_to(empty_home)
    assert got.cache_dir.is_relative_to(empty_home)
    assert not got.data_dir.is_relative_to(frozen_app)


def test_portable_marker_keeps_all_data_beside_the_program(
    frozen_app: Path, empty_home: Path
) -> None:
    (frozen_app / PORTABLE_MARKER).write_text("portable\n", encoding="utf-8")
    got = resolve_paths()
    assert got.portable
    for folder in (got.data_dir, got.cache_dir, got.logs_dir, got.index_cache_dir):
        assert folder.is_relative_to(frozen_app / "CheckInHelpData")
    assert got.settings_file.parent == got.data_dir


def test_env_override_wins_over_portable(frozen_app: Path, tmp_path: Path) -> None:
    (frozen_app / PORTABLE_MARKER).write_text("", encoding="utf-8")
    got = resolve_paths({DATA_DIR_ENV: str(tmp_path / "elsewhere")})
    assert got.portable
    assert got.data_dir == tmp_path / "elsewhere"


def test_portable_mode_writes_nothing_outside_the_program_folder(
    frozen_app: Path, empty_home: Path, tmp_path: Path
) -> None:
    """Data-folder probe, a contact log and settings all land beside the program; HOME stays empty."""
    from desktop.core.contact_log import LogStore
    from desktop.selftest import SelfTest

    (frozen_app / PORTABLE_MARKER).write_text("", encoding="utf-8")
    got = resolve_paths()
    work = tmp_path / "work"
    work.mkdir()
    assert SelfTest(got, work, frozen=True).check_data_folder() == "portable data"
    store = LogStore(got.logs_dir)
    store.create("Maria", "una contraseña larga 123").close()
    assert paths.resolve_paths().logs_dir == got.logs_dir
    written = [p for p in frozen_app.rglob("*") if p.is_file() and p.name != PORTABLE_MARKER]
    assert written and all(p.is_relative_to(frozen_app / "CheckInHelpData") for p in written)
    assert list(empty_home.iterdir()) == []
    assert list(work.iterdir()) == []


def test_macos_app_is_portable_beside_the_app(
    tmp_path: Path, empty_home: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # A macOS .app: the program is in Contents/MacOS, the data in Contents/Frameworks.
    stick = tmp_path / "usb stick"
    contents = stick / "Check-In Help.app" / "Contents"
    (contents / "MacOS").mkdir(parents=True)
    (contents / "Frameworks").mkdir()
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    monkeypatch.setattr(sys, "_MEIPASS", str(contents / "Frameworks"), raising=False)
    monkeypatch.setattr(sys, "executable", str(contents / "MacOS" / "checkin-help"))
    assert executable_dir() == stick
    assert not resolve_paths().portable
    (stick / PORTABLE_MARKER).write_text("portable\n", encoding="utf-8")
    got = resolve_paths()
    assert got.portable
    assert got.data_dir == stick / "CheckInHelpData"
