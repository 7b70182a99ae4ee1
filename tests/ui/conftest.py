"""UI test fixtures: one search index per session, a fresh main window per test."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from desktop.core.library import HelpLibrary
from desktop.core.paths import resolve_paths
from desktop.core.settings import SettingsStore


@pytest.fixture(scope="session")
def content_dir() -> Path:
    """The bundled help content."""
    return resolve_paths(environ={}).content_dir


@pytest.fixture(scope="session")
def index_dir(content_dir: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A search index built once for the whole session (building is the slow part)."""
    from index.build import build_index

    out = tmp_path_factory.mktemp("index") / "search-index"
    build_index(content_dir, out)
    return out


@pytest.fixture(scope="session")
def library(content_dir: Path, index_dir: Path) -> Iterator[HelpLibrary]:
    """The help library with the full search index (read-only, shared by all UI tests)."""
    lib = HelpLibrary.load_content(content_dir)
    lib.open_index(content_dir, index_dir, index_dir.parent / "unused-cache")
    yield lib
    lib.close()


@pytest.fixture
def settings_store(tmp_path: Path) -> SettingsStore:
    """Settings in this test's own folder."""
    return SettingsStore(tmp_path / "settings.json")


@pytest.fixture(scope="session", autouse=True)
def _english(qapp) -> None:
    """English installed as the app installs it at start (its plural forms: "1 answer found")."""
    from desktop.ui.i18n import install_language

    install_language(qapp, "en")


@pytest.fixture
def window(qtbot, library: HelpLibrary, settings_store: SettingsStore):
    """A shown main window, its cursor in the search box."""
    from desktop.ui.main_window import MainWindow

    win = MainWindow(library, settings_store, settings_store.load())
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    win.activateWindow()
    return win


@pytest.fixture(autouse=True)
def _no_browser(monkeypatch: pytest.MonkeyPatch) -> None:
    """Fail the test if anything asks Qt to open a URL (a browser, a dialer, a mail client)."""
    from PySide6.QtGui import QDesktopServices

    def refuse(url: object) -> bool:
        raise AssertionError(f"the app must never open a browser or dialer (asked for {url!r})")

    monkeypatch.setattr(QDesktopServices, "openUrl", refuse)
