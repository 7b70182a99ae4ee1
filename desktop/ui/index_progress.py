"""Opening the search index at start-up, with a progress window when it must be rebuilt."""

from __future__ import annotations

import threading
from collections.abc import Callable

from PySide6.QtCore import QEventLoop, QObject, Qt, Signal
from PySide6.QtWidgets import QMessageBox, QProgressDialog, QWidget

from desktop.core.library import HelpLibrary, IndexUnavailable
from desktop.core.paths import AppPaths


class _Relay(QObject):
    """Carries progress and completion from the worker thread to the window thread."""

    progressed = Signal(int, int)
    finished = Signal()


class IndexOpener(QObject):
    """Opens the index in a worker thread so the progress window keeps painting."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._parent = parent
        self._dialog: QProgressDialog | None = None
        self.error: str | None = None
        self.rebuilt = False

    def open(self, library: HelpLibrary, paths: AppPaths) -> bool:
        """Open (or rebuild) the index; True when search works fully. Never raises."""
        relay = _Relay()
        loop = QEventLoop()
        relay.progressed.connect(self._on_progress, Qt.ConnectionType.QueuedConnection)
        relay.finished.connect(loop.quit, Qt.ConnectionType.QueuedConnection)

        def work(report: Callable[[int, int], None] = relay.progressed.emit) -> None:
            try:
                library.open_index(
                    paths.content_dir, paths.bundled_index_dir, paths.index_cache_dir, report
                )
            except IndexUnavailable as exc:
                self.error = exc.reason
            finally:
                relay.finished.emit()

        worker = threading.Thread(target=work, name="open-index", daemon=True)
        worker.start()
        loop.exec()
        worker.join()
        if self._dialog is not None:
            self._dialog.close()
            self._dialog.deleteLater()
            self._dialog = None
        return self.error is None

    def _on_progress(self, done: int, total: int) -> None:
        """Show (on the first call) and advance the progress window."""
        self.rebuilt = True
        if self._dialog is None:
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
        QMessageBox.warning(
            parent,
            self.tr("Search is limited"),
            self.tr(
                "The search could not be prepared on this computer. You can still read every "
                "question from the list, and a simpler search still works.\n\n"
                "If this happens again, please ask the person who installed the app to reinstall it."
            ),
        )
