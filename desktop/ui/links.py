"""What a clicked link in the answer pane does: other pages by signal, numbers in a dialog.

Nothing here ever opens a browser or a dialer: phone numbers, web and email addresses open the
copy/QR dialog (`link_dialog.py`, imported on first use for a light start-up).
"""

from __future__ import annotations

from typing import TYPE_CHECKING
from urllib.parse import unquote

from PySide6.QtCore import QObject, Qt, QUrl, Signal
from PySide6.QtWidgets import QWidget

from desktop.core.library import HelpLibrary
from desktop.ui.pages import HOME_SCHEME, NUMBERS_SCHEME, SEARCH_SCHEME

if TYPE_CHECKING:
    from desktop.ui.link_dialog import LinkDialog


class LinkRouter(QObject):
    """Turns a clicked link into a signal for the window, or opens the link dialog."""

    articleRequested = Signal(str)
    searchRequested = Signal(str)
    numbersRequested = Signal()
    homeRequested = Signal()

    def __init__(self, library: HelpLibrary, parent: QWidget) -> None:
        super().__init__(parent)
        self._library = library
        self._window = parent
        self.dialog: LinkDialog | None = None

    def follow(self, url: QUrl) -> None:
        """Act on a clicked link."""
        from desktop.ui.link_dialog import KIND_PHONE, KIND_WEB

        scheme = url.scheme().lower()
        if scheme == "article":
            self.articleRequested.emit(url.path())
        elif scheme == "tel":
            tel = url.toString()
            number = self._library.number_for_tel(tel)
            display = number.number if number else url.path()
            purpose = number.purposes[0] if number and number.purposes else ""
            self.show_dialog(KIND_PHONE, display, tel, purpose)
        elif scheme in ("http", "https"):
            address = url.toString()
            self.show_dialog(KIND_WEB, address, address)
        elif scheme == "mailto":
            self.show_dialog(KIND_WEB, url.path(), url.toString())
        elif scheme == SEARCH_SCHEME:
            self.searchRequested.emit(unquote(url.path()))
        elif scheme == NUMBERS_SCHEME:
            self.numbersRequested.emit()
        elif scheme == HOME_SCHEME:
            self.homeRequested.emit()

    def show_dialog(self, kind: str, display: str, data: str, purpose: str = "") -> LinkDialog:
        """Open the copy/QR dialog for a phone number or an address (not blocking)."""
        if self.dialog is not None:
            self.dialog.close()
        from desktop.ui.link_dialog import LinkDialog

        dialog = LinkDialog(kind, display, data, purpose, self._window)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.destroyed.connect(self._forget_dialog)
        self.dialog = dialog
        dialog.open()
        return dialog

    def close_dialog(self) -> None:
        """Close the link dialog, if one is open (with the window)."""
        if self.dialog is not None:
            self.dialog.close()

    def _forget_dialog(self) -> None:
        """The link dialog was closed."""
        self.dialog = None
