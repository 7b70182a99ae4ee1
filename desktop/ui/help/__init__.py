"""Help for the person and the helper: the how-to page and the keyboard keys, in dialogs.

The main window calls `connect_help`; its two actions call `show_how_to` and `show_keys`, each
of which opens its dialog without blocking (deleted when closed; "start over" closes it like any
other dialog).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt

if TYPE_CHECKING:
    from PySide6.QtWidgets import QMainWindow

    from desktop.ui.help.how_to import HowToDialog
    from desktop.ui.help.keys import KeysDialog
    from desktop.ui.main_window import MainWindow


def connect_help(window: MainWindow) -> None:
    """Open the how-to page (in the window's language and text size) and the keys from the
    window's Help menu."""
    actions = window.actions_
    actions.how_to.triggered.connect(
        lambda: show_how_to(window, window.settings.language, window.settings.text_zoom)
    )
    actions.keys.triggered.connect(lambda: show_keys(window))


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
