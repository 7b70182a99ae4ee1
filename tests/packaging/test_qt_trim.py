"""The bundle's Qt trimming rules (packaging/qt_trim.py), checked on bundle paths."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

import pytest

_SPEC = importlib.util.spec_from_file_location(
    "qt_trim", Path(__file__).resolve().parents[2] / "packaging" / "qt_trim.py"
)
assert _SPEC and _SPEC.loader
qt_trim = importlib.util.module_from_spec(_SPEC)
_SPEC.loader.exec_module(qt_trim)

QT = "PySide6/Qt"


@pytest.mark.parametrize(
    ("dest", "kept"),
    [
        (f"{QT}/translations/qtbase_en.qm", True),
        (f"{QT}/translations/qtbase_es.qm", True),
        (f"{QT}/translations/qtbase_fr.qm", True),
        (f"{QT}/translations/qtbase_pt_BR.qm", True),
        (f"{QT}/translations/qtbase_de.qm", False),
        (f"{QT}/translations/qt_help_es.qm", False),
        (f"{QT}/plugins/platforms/libqoffscreen.so", True),
        (f"{QT}/plugins/platforms/libqxcb.so", True),
        (f"{QT}/plugins/platforms/libqminimal.so", True),
        (f"{QT}/plugins/platforms/libqeglfs.so", False),
        (f"{QT}/plugins/platforms/libqwayland.so", False),
        (f"{QT}/plugins/platforms/libqvnc.so", False),
        ("PySide6\\Qt\\plugins\\platforms\\qwindows.dll", True),
        ("PySide6\\Qt\\plugins\\styles\\qmodernwindowsstyle.dll", True),
        (f"{QT}/plugins/platforms/libqcocoa.dylib", True),
        (f"{QT}/plugins/printsupport/libcupsprintersupport.so", True),
        (f"{QT}/plugins/imageformats/libqsvg.so", True),
        (f"{QT}/plugins/imageformats/libqjpeg.so", True),
        (f"{QT}/plugins/imageformats/libqico.so", True),
        (f"{QT}/plugins/imageformats/libqtiff.so", False),
        (f"{QT}/plugins/imageformats/libqpdf.so", False),
        (f"{QT}/plugins/platformthemes/libqgtk3.so", False),
        (f"{QT}/plugins/platformthemes/libqxdgdesktopportal.so", True),
        (f"{QT}/plugins/platforminputcontexts/libqtvirtualkeyboardplugin.so", False),
        (f"{QT}/plugins/platforminputcontexts/libibusplatforminputcontextplugin.so", True),
        (f"{QT}/plugins/tls/libqopensslbackend.so", False),
        (f"{QT}/plugins/sqldrivers/libqsqlite.so", False),
        (f"{QT}/plugins/wayland-shell-integration/libxdg-shell.so", False),
        ("content/01-what-is-ice-isap.md", True),
        ("search-index/_MAIN_1.toc", True),
        ("licenses/GPL-3.0.txt", True),
        (f"{QT}/lib/libQt6Widgets.so.6", True),
        (f"{QT}/lib/libQt6PrintSupport.so.6", True),
    ],
)
def test_keep(dest: str, kept: bool) -> None:
    assert qt_trim.keep(dest) is kept


def test_unused_qt_libraries_dropped_on_linux_only(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(sys, "platform", "linux")
    assert not qt_trim.keep(f"{QT}/lib/libQt6Network.so.6")
    assert not qt_trim.keep("libQt6Qml.so.6")
    monkeypatch.setattr(sys, "platform", "win32")
    assert qt_trim.keep("PySide6\\Qt6OpenGL.dll")


def test_trim_filters_toc_entries() -> None:
    toc = [
        (f"{QT}/translations/qtbase_de.qm", "/src/qtbase_de.qm", "DATA"),
        (f"{QT}/translations/qtbase_es.qm", "/src/qtbase_es.qm", "DATA"),
    ]
    assert qt_trim.trim(toc) == toc[1:]


def test_excluded_modules_keep_what_the_app_needs() -> None:
    needed = {"PySide6.QtCore", "PySide6.QtGui", "PySide6.QtWidgets", "PySide6.QtPrintSupport"}
    assert needed.isdisjoint(qt_trim.EXCLUDED_MODULES)
    assert "PySide6.QtNetwork" in qt_trim.EXCLUDED_MODULES
