"""Help for the person and the helper: the how-to page and the keyboard keys, in dialogs.

The main window calls `show_how_to` and `show_keys`; each opens its dialog without blocking
(the dialog is deleted when closed, so "start over" can close it like any other).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt

if TYPE_CHECKING:
    from PySide6.QtWidgets import QMainWindow

    from desktop.ui.help.how_to import HowToDialog
    from desktop.ui.help.keys import KeysDialog


def show_how_to(window: QMainWindow, language: str, zoom: int = 100) -> HowToDialog:
    """Open the how-to page in language (English when it has none) over window, its text at
    zoom percent (the person's text size)."""
    from desktop.ui.help.how_to import HowToDialog

    dialog = HowToDialog(language, window, zoom)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.open()
    return dialog


def show_keys(window: QMainWindow) -> KeysDialog:
    """Open the list of window's keyboard keys over it."""
    from desktop.ui.help.keys import KeysDialog

    dialog = KeysDialog(window)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.open()
    return dialog
