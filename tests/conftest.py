"""Suite-wide set-up: offscreen Qt, per-test user data, and a guard that forbids network use."""

from __future__ import annotations

import os
import socket

import pytest

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
