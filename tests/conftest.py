"""Suite-wide set-up: offscreen Qt, per-test user data, a guard that forbids network use, and
the real content's search index built once per session."""

from __future__ import annotations

import os
import socket
from pathlib import Path

import pytest

CONTENT_DIR = Path(__file__).resolve().parents[1] / "content"

# Before any Qt import: tests never need a display.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("QT_ACCESSIBILITY", "1")


class NetworkUseError(AssertionError):
    """Raised when code under test tries to open a network connection."""


def _refuse(*args: object, **kwargs: object) -> None:
    raise NetworkUseError(f"the app must never open a network connection (tried {args[1:]!r})")


@pytest.fixture(scope="session", autouse=True)
def _compiled_translations() -> None:
    """Compile i18n/*.ts into .qm when `make` has not (pytest run on its own)."""
    import importlib.util
    from pathlib import Path

    path = Path(__file__).resolve().parents[1] / "packaging" / "translations.py"
    spec = importlib.util.spec_from_file_location("translations_tool", path)
    assert spec and spec.loader
    tool = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(tool)
    tool.release_if_stale()


@pytest.fixture(autouse=True)
def _no_network(monkeypatch: pytest.MonkeyPatch) -> None:
    """Fail any test whose code tries to connect anywhere (Python sockets)."""
    monkeypatch.setattr(socket.socket, "connect", _refuse)
    monkeypatch.setattr(socket.socket, "connect_ex", _refuse)
    monkeypatch.setattr(socket, "create_connection", _refuse)


@pytest.fixture(autouse=True)
def _private_user_data(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch):
    """Point every test's per-user data (settings, logs, index cache) at a fresh folder."""
    data = tmp_path_factory.mktemp("userdata")
    monkeypatch.setenv("CHECKIN_HELP_DATA_DIR", str(data))
    return data


@pytest.fixture(scope="session")
def built_index(tmp_path_factory: pytest.TempPathFactory):  # -> index.build.BuildInfo
    """The real content's search index, built once per session into a temporary folder."""
    from index.build import build_index

    return build_index(CONTENT_DIR, tmp_path_factory.mktemp("index") / "search-index")


@pytest.fixture(autouse=True)
def _fast_key_derivation(monkeypatch: pytest.MonkeyPatch) -> None:
    """Logs made in tests use a cheap scrypt cost (the salt records it, so any store opens them).

    The real cost is checked in tests/core/test_log_keys.py and timed by `make bench`.
    """
    from desktop.core import log_keys

    monkeypatch.setattr(log_keys, "DEFAULT_KDF", log_keys.KdfParams(10))


@pytest.fixture
def store(tmp_path: Path):  # -> desktop.core.contact_log.LogStore
    """An empty folder of contact logs for one test."""
    from desktop.core.contact_log import LogStore

    return LogStore(tmp_path / "logs")
