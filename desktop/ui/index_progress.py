"""Waiting for the help library at start-up, with a progress window when the index is rebuilt."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject

from desktop.core.library import HelpLibrary, LibraryLoader
from desktop.core.paths import AppPaths

if TYPE_CHECKING:  # the dialog classes load only when a rebuild shows progress
    from PySide6.QtWidgets import QProgressDialog, QWidget

# How often the window is kept responsive while waiting, in seconds.
POLL_SECONDS = 0.02


class IndexOpener(QObject):
    """Waits for a `LibraryLoader`, showing progress if it rebuilds the index; never raises."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._parent = parent
        self._dialog: QProgressDialog | None = None
        self.error: str | None = None
        self.rebuilt = False

    def open(self, library: HelpLibrary, paths: AppPaths) -> bool:
        """Open (or rebuild) the index of an already loaded library; True when search is full."""
        loader = LibraryLoader(
            paths.content_dir, paths.bundled_index_dir, paths.index_cache_dir, library
        )
        return self.wait(loader.start())

    def wait_content(self, loader: LibraryLoader) -> None:
        """Keep Qt responsive until the loader has read the content (the first screen needs it)."""
        while not loader.wait_content(POLL_SECONDS):
            QCoreApplication.processEvents()

    def wait(self, loader: LibraryLoader) -> bool:
        """Keep Qt responsive until loader finishes; True when the content and index opened."""
        while not loader.wait(POLL_SECONDS):
            if loader.progress is not None:
                self._on_progress(*loader.progress)
            QCoreApplication.processEvents()
        if self._dialog is not None:
            self._dialog.close()
            self._dialog.deleteLater()
            self._dialog = None
        self.rebuilt = loader.rebuilt
        self.error = loader.content_error or loader.index_error
        return self.error is None

    def _on_progress(self, done: int, total: int) -> None:
        """Show (on the first call) and advance the progress window."""
        if self._dialog is None:
            from PySide6.QtWidgets import QProgressDialog

            self._dialog = QProgressDialog(self._parent)
            self._dialog.setWindowTitle(self.tr("Check-In Help"))
            self._dialog.setLabelText(self.tr("Preparing the search. This happens only once..."))
            self._dialog.setAccessibleName(self.tr("Preparing the search"))
            self._dialog.setCancelButton(None)
            self._dialog.setMinimumDuration(0)
            self._dialog.setAutoClose(False)
            self._dialog.setAutoReset(False)
        self._dialog.setMaximum(max(total, 1))
        self._dialog.setValue(min(done, max(total, 1)))

    def explain_failure(self, parent: QWidget | None) -> None:
        """Tell the person, in plain words, that search works in a simpler way this time."""
        from PySide6.QtWidgets import QMessageBox  # only when needed: keeps start-up light

        QMessageBox.warning(
            parent,
            self.tr("Search is limited"),
            self.tr(
                "The search could not be prepared on this computer. You can still read every "
                "question from the list, and a simpler search still works.\n\n"
                "If this happens again, please ask the person who installed the app to reinstall it."
            ),
        )
