"""Dependency direction: index and desktop.core never import Qt; index never imports desktop."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
NETWORK_MODULES = {
    "socket",
    "urllib.request",
    "http.client",
    "requests",
    "httpx",
    "ftplib",
    "smtplib",
}


def _imports(path: Path) -> set[str]:
    """Every module name a Python file imports."""
    tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
    names: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names.add(node.module)
    return names


def _files(folder: str) -> list[Path]:
    return sorted((ROOT / folder).rglob("*.py"))


@pytest.mark.parametrize("folder", ["index", "desktop/core"])
def test_core_layers_are_qt_free(folder: str) -> None:
    offenders = {
        str(p.relative_to(ROOT)): sorted(
            n for n in _imports(p) if n.split(".")[0] in {"PySide6", "shiboken6"}
        )
        for p in _files(folder)
    }
    assert {k: v for k, v in offenders.items() if v} == {}


def test_index_does_not_import_desktop() -> None:
    offenders = [
        str(p) for p in _files("index") if any(n.split(".")[0] == "desktop" for n in _imports(p))
    ]
    assert offenders == []


def test_core_does_not_import_ui() -> None:
    offenders = [
        str(p)
        for p in _files("desktop/core")
        if any(n.startswith("desktop.ui") for n in _imports(p))
    ]
    assert offenders == []


def test_no_networking_modules_anywhere() -> None:
    offenders = {
        str(p.relative_to(ROOT)): sorted(_imports(p) & NETWORK_MODULES)
        for folder in ("index", "desktop")
        for p in _files(folder)
    }
    assert {k: v for k, v in offenders.items() if v} == {}
