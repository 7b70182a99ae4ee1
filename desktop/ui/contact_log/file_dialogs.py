"""File dialogs for the contact log: native on Windows and macOS, starting in Documents, and
leaving no remembered folders behind.

Qt's QFileDialog writes the folders a person visited to the user's `QtProject` settings
(`QtProject.conf`, or the registry on Windows) every time a dialog closes, even a native one.
The next person at the same PC account would see them under "Recent places". Each dialog here
runs inside `no_dialog_history()`, which puts those settings back as they were before.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from PySide6.QtCore import QSettings, QStandardPaths
from PySide6.QtWidgets import QFileDialog, QWidget

_GROUP = "FileDialog"


def dialog_options() -> QFileDialog.Option:
    """Native dialogs where they show Desktop, Documents and USB drives (Windows, macOS); Qt's
    own elsewhere (the GTK one records every file in `recently-used.xbel`)."""
    if sys.platform in ("win32", "darwin"):
        return QFileDialog.Option(0)
    return QFileDialog.Option.DontUseNativeDialog


def documents_dir() -> str:
    """The person's Documents folder (the home folder when there is none)."""
    docs = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    if docs and Path(docs).is_dir():
        return docs
    return str(Path.home())


def start_path(name: str = "") -> str:
    """Where a dialog opens: Documents, with `name` proposed for a save dialog."""
    return os.path.join(documents_dir(), name) if name else documents_dir()


@contextmanager
def no_dialog_history() -> Iterator[None]:
    """Run a file dialog and put Qt's shared file-dialog settings back as they were before."""
    settings = QSettings(QSettings.Scope.UserScope, "QtProject")
    existed = Path(settings.fileName()).is_file()
    had_any = bool(settings.allKeys())
    settings.beginGroup(_GROUP)
    before: dict[str, Any] = {key: settings.value(key) for key in settings.allKeys()}
    settings.endGroup()
    del settings
    try:
        yield
    finally:
        restore = QSettings(QSettings.Scope.UserScope, "QtProject")
        # Nothing there before (no other Qt program's settings): remove all Qt wrote, the
        # registry key on Windows included; otherwise only the file dialog's part, put back.
        restore.remove("" if not had_any else _GROUP)
        for key, value in before.items():
            restore.setValue(f"{_GROUP}/{key}", value)
        restore.sync()
        path = Path(restore.fileName())
        del restore
        # A settings file Qt created just for this dialog goes too (QtProject.conf, a plist).
        if not existed and not had_any and path.is_file():
            path.unlink(missing_ok=True)


def ask_save_path(parent: QWidget, title: str, default_name: str, file_filter: str) -> str:
    """The file name the person chose to save to, or ""."""
    with no_dialog_history():
        name, _ = QFileDialog.getSaveFileName(
            parent, title, start_path(default_name), file_filter, options=dialog_options()
        )
    return name


def ask_open_path(parent: QWidget, title: str, file_filter: str) -> str:
    """One existing file the person chose, or ""."""
    with no_dialog_history():
        name, _ = QFileDialog.getOpenFileName(
            parent, title, start_path(), file_filter, options=dialog_options()
        )
    return name


def ask_open_paths(parent: QWidget, title: str, file_filter: str) -> list[str]:
    """Existing files the person chose (maybe none)."""
    with no_dialog_history():
        names, _ = QFileDialog.getOpenFileNames(
            parent, title, start_path(), file_filter, options=dialog_options()
        )
    return list(names)
