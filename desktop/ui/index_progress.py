"""Rebuilding the search index in the background, with a progress window while it runs."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal

from desktop.core.library import HelpLibrary, IndexUnavailable, build_current_index
from desktop.core.paths import AppPaths
from desktop.ui.operations import BackgroundOperation

if TYPE_CHECKING:  # the dialog classes load only when a rebuild shows progress
    from PySide6.QtWidgets import QProgressDialog, QWidget


class IndexRebuild(QObject):
    """Builds a current index in the background, then hands it to the library; never raises.

    `finished(True)` once the library searches through the new index, `finished(False)` (and
    `error` says why) when it could not be built; the simple search goes on in either case.
    """

    finished = Signal(bool)

    def __init__(
        self,
        library: HelpLibrary,
        paths: AppPaths,
        window: QWidget | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._library = library
        self._paths = paths
        self._window = window
        self._dialog: QProgressDialog | None = None
        self.error: str | None = None

    def start(self) -> None:
        """Begin the rebuild; returns at once."""
        paths = self._paths
        # The library's verified articles (the active packs), not the content folder.
        content = self._library.content
        operation = BackgroundOperation(
            lambda progress: build_current_index(
                content, paths.bundled_index_dir, paths.index_cache_dir, progress
            ),
            self,
        )
        operation.progressed.connect(self._on_progress)
        operation.succeeded.connect(self._on_built)
        operation.failed.connect(self._on_failed)
        operation.start()

    def _on_built(self, folder: Path) -> None:
        """Open the new index on the main thread, where the library is used."""
        try:
            self._library.use_index(folder)
        except IndexUnavailable as exc:
            self._finish(exc.reason)
        else:
            self._finish(None)

    def _on_failed(self, exc: BaseException) -> None:
        """The rebuild failed: keep the reason for the log line."""
        self._finish(exc.reason if isinstance(exc, IndexUnavailable) else repr(exc))

    def _finish(self, error: str | None) -> None:
        """Close the progress window and report."""
        self.error = error
        if self._dialog is not None:
            self._dialog.close()
            self._dialog.deleteLater()
            self._dialog = None
        self.finished.emit(error is None)

    def _on_progress(self, done: int, total: int) -> None:
        """Show (on the first call) and advance the progress window."""
        if self._dialog is None:
            from PySide6.QtWidgets import QProgressDialog

            self._dialog = QProgressDialog(self._window)
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
        from PySide6.QtWidgets import QMessageBox  # only when needed

        QMessageBox.warning(
            parent,
            self.tr("Search is limited"),
            self.tr(
                "The search could not be prepared on this computer. You can still read every "
                "question from the list, and a simpler search still works.\n\n"
                "If this happens again, please ask the person who installed the app to reinstall it."
            ),
        )
