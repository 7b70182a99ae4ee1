"""Saving the record as PDF, printing it, CSV and encrypted backups of the open log.

PDF and CSV files are not protected by the passphrase: the first time, the person is told so in
plain words. Where they went is recorded inside the log, so that deleting the log can offer to
delete them too.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

import shiboken6
from PySide6.QtCore import QObject
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QCheckBox, QDialog, QMenu, QMessageBox

from desktop.core.contact_log import ContactLogError, default_export_name
from desktop.ui.contact_log.file_dialogs import ask_save_path
from desktop.ui.contact_log.passphrase_dialogs import ask_new_passphrase

if TYPE_CHECKING:
    from desktop.ui.contact_log.window import ContactLogWindow


class LogExports(QObject):
    """The "Save, print, backup..." menu of the log window."""

    def __init__(self, window: ContactLogWindow) -> None:
        super().__init__(window)
        self.window = window
        self._warned_plain = False

    def add_actions(self, menu: QMenu, action: Callable[..., QAction]) -> list[QAction]:
        """Create the menu's actions (the window enables them while a log is open)."""
        from PySide6.QtGui import QKeySequence

        acts = [
            action(
                self.tr("Print the record..."), self.print_record, QKeySequence.StandardKey.Print
            ),
            action(self.tr("Save the record as PDF..."), self.save_pdf),
            action(self.tr("Save as a spreadsheet (CSV)..."), self.save_csv),
            action(self.tr("Make a backup file..."), self.save_backup),
        ]
        menu.addActions(acts)
        return acts

    def _default_name(self, kind: str) -> str:
        """A default file name no other log shares (initial, a random tag, the date)."""
        log = self.window.log
        return default_export_name(log.nickname if log else "", kind)

    def _save_name(self, title: str, default_name: str, file_filter: str) -> Path | None:
        name = ask_save_path(self.window, title, default_name, file_filter)
        # The idle lock may have fired while the dialog was open: then save nothing.
        return Path(name) if name and self.window.log is not None else None

    def _warn_not_protected(self) -> bool:
        """Say once per session that a PDF or CSV is readable by anyone; False to cancel."""
        if self._warned_plain:
            return True
        box = QMessageBox(
            QMessageBox.Icon.Information,
            self.tr("This file is not protected"),
            self.tr(
                "The PDF or spreadsheet file you save is not protected by your passphrase: "
                "anyone who has the file can read it. Keep it somewhere safe, or delete it "
                "when you no longer need it. The app remembers where you saved it and offers "
                "to delete it when you delete this log."
            ),
            QMessageBox.StandardButton.Ok | QMessageBox.StandardButton.Cancel,
            self.window,
        )
        box.button(QMessageBox.StandardButton.Ok).setText(self.tr("I understand, save it"))
        box.button(QMessageBox.StandardButton.Cancel).setText(self.tr("Cancel"))
        check = QCheckBox(self.tr("Do not tell me again while the app is open"), box)
        check.setChecked(True)
        box.setCheckBox(check)
        box.exec()
        # The idle lock may have closed (and deleted) the question while it was open.
        if self.window.log is None or not shiboken6.isValid(box):
            return False
        accepted = box.clickedButton() is box.button(QMessageBox.StandardButton.Ok)
        box.deleteLater()
        if not accepted:
            return False
        self._warned_plain = check.isChecked()
        return True

    def _saved(self, path: Path, kind: str) -> None:
        """Remember the export in the log and say where it went."""
        # The core records CSV files and backups itself; the PDF is written by the UI.
        if kind == "pdf" and self.window.log is not None:
            self.window.log.record_export(path, kind)
        self.window.statusBar().showMessage(self.tr("Saved: %1").replace("%1", str(path)), 8000)

    def _failed(self, reason: str) -> None:
        QMessageBox.warning(
            self.window,
            self.window.windowTitle(),
            self.tr("The file could not be saved (%1). Try another folder or USB stick.").replace(
                "%1", reason
            ),
        )

    def save_pdf(self) -> Path | None:
        """Save the printable record as a PDF file."""
        if self.window.log is None or not self._warn_not_protected():
            return None
        path = self._save_name(
            self.tr("Save the record as PDF"),
            self._default_name("pdf"),
            self.tr("PDF files (*.pdf)"),
        )
        if path is None or self.window.log is None:
            return None
        from desktop.ui.contact_log.record import write_record_pdf

        try:
            write_record_pdf(self.window.log, path)
        except OSError as exc:
            self._failed(exc.strerror or str(exc))
            return None
        self._saved(path, "pdf")
        return path

    def print_record(self) -> None:
        """Print the record on paper."""
        if self.window.log is None:
            return
        from PySide6.QtPrintSupport import QPrintDialog, QPrinter

        from desktop.ui.contact_log.record import print_record

        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        dialog = QPrintDialog(printer, self.window)
        if dialog.exec() != QDialog.DialogCode.Accepted or self.window.log is None:
            return
        print_record(self.window.log, printer)

    def save_csv(self) -> Path | None:
        """Save the entries as a spreadsheet-safe CSV file."""
        if self.window.log is None or not self._warn_not_protected():
            return None
        path = self._save_name(
            self.tr("Save as a spreadsheet"),
            self._default_name("csv"),
            self.tr("CSV spreadsheet (*.csv)"),
        )
        if path is None or self.window.log is None:
            return None
        try:
            self.window.log.export_csv(path, self.window.labels.csv_labels())
        except ContactLogError as exc:
            QMessageBox.warning(
                self.window, self.window.windowTitle(), self.window.messages.text(exc)
            )
            return None
        self._saved(path, "csv")
        return path

    def save_backup(self) -> Path | None:
        """Write an encrypted backup with its own passphrase (asked twice, with hints)."""
        if self.window.log is None:
            return None
        path = self._save_name(
            self.tr("Make a backup file"),
            self._default_name("backup"),
            self.tr("Contact log backups (*.clbackup)"),
        )
        if path is None:
            return None
        title = self.tr("Backup passphrase")
        first = ask_new_passphrase(
            self.window,
            title,
            self.tr("Choose a passphrase for the backup file. You need it to open the backup:"),
            nickname=self.window.log.nickname,
        )
        if first is None or self.window.log is None:
            return None
        try:
            self.window.log.export_backup(path, first)
        except ContactLogError as exc:
            QMessageBox.warning(self.window, title, self.window.messages.text(exc))
            return None
        self._saved(path, "backup")
        return path
