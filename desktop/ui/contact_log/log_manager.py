"""Creating a log, making one from a backup, its details, changing its passphrase, deleting it."""

from __future__ import annotations

import threading
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

import shiboken6
from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMenu, QMessageBox, QProgressDialog

from desktop.core.contact_log import CheckedBackup, ContactLogError, WrongPassphrase
from desktop.ui.contact_log.delete_dialog import DeleteLogDialog
from desktop.ui.contact_log.details_dialog import DetailsDialog
from desktop.ui.contact_log.file_dialogs import ask_open_path
from desktop.ui.contact_log.passphrase_dialogs import ask_new_passphrase, ask_passphrase
from desktop.ui.contact_log.unlock_page import NewLogDialog

if TYPE_CHECKING:
    from desktop.ui.contact_log.window import ContactLogWindow


class BackupCheck(QObject):
    """Checks a backup file in a background thread; the result comes back as a signal."""

    progressed = Signal(int, int)
    finished = Signal(object)  # a CheckedBackup or a ContactLogError

    def start(self, store: Any, path: Path, passphrase: str) -> None:
        """Begin checking; `finished` is emitted on the window's thread."""

        def run() -> None:
            try:
                result: object = store.check_backup(path, passphrase, self.progressed.emit)
            except ContactLogError as exc:
                result = exc
            self.finished.emit(result)

        threading.Thread(target=run, name="backup-check", daemon=True).start()


class LogManager(QObject):
    """The "Passphrase, delete..." menu and the new/restore buttons of the unlock page."""

    def __init__(self, window: ContactLogWindow) -> None:
        super().__init__(window)
        self.window = window
        self._progress: QProgressDialog | None = None

    def add_actions(self, menu: QMenu, action: Callable[..., QAction]) -> list[QAction]:
        """Create the menu's actions (the window enables them while a log is open)."""
        acts = [
            action(self.tr("Change the passphrase..."), self.change_passphrase),
            action(self.tr("Delete this log..."), self.delete_log),
        ]
        menu.addActions(acts)
        return acts

    def create_log(self) -> NewLogDialog:
        """Ask for a nickname and passphrase, then create the log and open it."""
        dialog = NewLogDialog(self.window, self.tr("New contact log"))

        def done() -> None:
            nickname, passphrase = dialog.values()
            try:
                log = self.window.store.create(nickname, passphrase)
            except ContactLogError as exc:
                dialog.show_error(self.window.messages.text(exc))
                dialog.open()
                return
            self.window.opened(log)

        dialog.accepted.connect(done)
        dialog.rejected.connect(self.window.unlock_page.focus_passphrase)
        dialog.open()
        return dialog

    def restore_backup(self) -> BackupCheck | None:
        """Make a new log from a backup: the file, its passphrase (checked in the background,
        with progress), then a nickname and a new passphrase for this computer."""
        name = ask_open_path(
            self.window,
            self.tr("Open a backup"),
            self.tr("Contact log backups (*.clbackup);;All files (*)"),
        )
        if not name:
            return None
        backup_pass = ask_passphrase(
            self.window,
            self.tr("Open a backup"),
            self.tr("The passphrase of the backup file (chosen when the backup was made):"),
        )
        if backup_pass is None:
            return None
        progress = QProgressDialog(self.tr("Checking the backup file..."), "", 0, 0, self.window)
        progress.setCancelButton(None)
        # Closed when the check has finished, not when the last step is counted.
        progress.setAutoReset(False)
        progress.setAutoClose(False)
        progress.setWindowModality(Qt.WindowModality.WindowModal)
        progress.setMinimumDuration(300)
        self._progress = progress
        check = BackupCheck(self)
        # Bound methods of this (main-thread) object: the worker's signals arrive queued.
        check.progressed.connect(self._show_progress)
        check.finished.connect(self._backup_checked)
        self.backup_check = check
        check.start(self.window.store, Path(name), backup_pass)
        return check

    def _show_progress(self, done: int, total: int) -> None:
        """Move the progress bar of the backup check."""
        if self._progress is not None and shiboken6.isValid(self._progress):
            self._progress.setMaximum(max(1, total))
            self._progress.setValue(min(done, total))

    def _backup_checked(self, result: object) -> None:
        """The check is over: explain a failure, or ask for the new log's name and passphrase."""
        if self._progress is not None and shiboken6.isValid(self._progress):
            self._progress.reset()
            self._progress.deleteLater()
        self._progress = None
        if isinstance(result, ContactLogError):
            text = self.window.messages.text(result)
            if isinstance(result, WrongPassphrase):
                text = self.tr(
                    "That passphrase does not open this backup file. Check it and try again."
                )
            QMessageBox.warning(self.window, self.tr("Open a backup"), text)
            return
        assert isinstance(result, CheckedBackup)
        dialog = NewLogDialog(self.window, self.tr("Log from a backup"))
        self.restore_dialog = dialog

        def done() -> None:
            nickname, passphrase = dialog.values()
            try:
                log = self.window.store.restore_checked(result, nickname, passphrase)
            except ContactLogError as exc:
                dialog.show_error(self.window.messages.text(exc))
                dialog.open()
                return
            self.window.opened(log)

        def cancelled() -> None:
            close = getattr(result, "close", None)
            if close is not None:
                close()

        dialog.accepted.connect(done)
        dialog.rejected.connect(cancelled)
        dialog.open()

    def delete_log(self) -> bool:
        """Delete the open log after its passphrase is typed again; offer its exports one by one."""
        log = self.window.log
        if log is None:
            return False
        dialog = DeleteLogDialog(self.window, log.nickname, log.count(), log.deletable_exports())
        accepted = dialog.exec() == DeleteLogDialog.DialogCode.Accepted
        # The idle lock may have closed (and deleted) the dialog while it was open.
        if not shiboken6.isValid(dialog):
            return False
        passphrase, chosen = dialog.passphrase(), dialog.chosen_exports()
        dialog.deleteLater()
        if not accepted or self.window.log is None:
            return False
        nickname = log.nickname
        try:
            matches = log.passphrase_matches(passphrase)
        except ContactLogError:
            matches = False
        if not matches:
            QMessageBox.warning(
                self.window,
                self.tr("Delete this log"),
                self.tr("That passphrase does not open this log. Nothing was deleted."),
            )
            return False
        self.window.lock()
        try:
            self.window.store.delete(nickname, also_remove=chosen)
        except (ContactLogError, OSError):
            QMessageBox.warning(
                self.window,
                self.window.windowTitle(),
                self.tr("Some files of the log could not be deleted."),
            )
        self.window.show_unlock_page()
        return True

    def edit_details(self) -> DetailsDialog | None:
        """Edit the name and A-number printed on the record."""
        if self.window.log is None:
            return None
        dialog = DetailsDialog(self.window, self.window.log.details())

        def done() -> None:
            if self.window.log is None:
                return
            try:
                self.window.log.set_details(dialog.details())
            except ContactLogError as exc:
                QMessageBox.warning(
                    self.window, dialog.windowTitle(), self.window.messages.text(exc)
                )
                dialog.open()
                return
            self.window.refresh()

        dialog.accepted.connect(done)
        dialog.open()
        return dialog

    def change_passphrase(self) -> bool:
        """Re-encrypt the open log with a new passphrase (current one asked again)."""
        if self.window.log is None:
            return False
        title = self.tr("Change passphrase")
        old = ask_passphrase(self.window, title, self.tr("Current passphrase:"))
        if old is None:
            return False
        new = ask_new_passphrase(
            self.window,
            title,
            self.tr("New passphrase (it cannot be recovered if you forget it):"),
            nickname=self.window.log.nickname,
        )
        if new is None or self.window.log is None:
            return False
        try:
            self.window.log.change_passphrase(old, new)
        except ContactLogError as exc:
            QMessageBox.warning(self.window, title, self.window.messages.text(exc))
            return False
        self.window.statusBar().showMessage(self.tr("The passphrase was changed."), 8000)
        return True
