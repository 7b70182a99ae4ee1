"""The "My contact log" window: unlock, the table of attempts, add/edit/delete/undo, lock, exports."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import QEvent, QObject, Qt, QTimer
from PySide6.QtGui import QAction, QCloseEvent, QGuiApplication, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QLineEdit,
    QMainWindow,
    QMenu,
    QMessageBox,
    QPushButton,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desktop.core.contact_log import (
    ContactLog,
    ContactLogError,
    DeletedEntry,
    EntryDraft,
    LogStore,
    format_a_number,
)
from desktop.ui.contact_log.details_dialog import DetailsDialog
from desktop.ui.contact_log.entries_model import ID_ROLE, EntriesFilter, EntriesModel
from desktop.ui.contact_log.entry_dialog import EntryDialog
from desktop.ui.contact_log.labels import LogLabels
from desktop.ui.contact_log.messages import LogMessages
from desktop.ui.contact_log.sizing import freeze_minimum_size
from desktop.ui.contact_log.unlock_page import NewLogDialog, UnlockPage
from desktop.ui.i18n import format_date_time

CLIPBOARD_CLEAR_MS = 30_000
# Larger text and buttons than the desktop default: many users read with difficulty. A style
# sheet (unlike setFont) also reaches the window's dialogs.
LARGE_CONTROLS_CSS = (
    "QWidget { font-size: 11pt; } QPushButton { min-height: 34px; padding: 4px 12px; }"
)
_ACTIVITY_EVENTS = {
    QEvent.Type.KeyPress,
    QEvent.Type.MouseButtonPress,
    QEvent.Type.MouseMove,
    QEvent.Type.Wheel,
}


class ContactLogWindow(QMainWindow):
    """One window per app: shows the unlock page while locked, the log while open."""

    def __init__(
        self,
        parent: QWidget | None,
        store: LogStore,
        numbers: Sequence[tuple[str, str]] = (),
        idle_lock_ms: int = 5 * 60_000,
        clipboard_clear_ms: int = CLIPBOARD_CLEAR_MS,
    ) -> None:
        super().__init__(parent)
        self.store = store
        self.numbers = list(numbers)
        self.log: ContactLog | None = None
        self.messages = LogMessages(self)
        self.labels = LogLabels(self)
        self.last_deleted: DeletedEntry | None = None
        self._pending_contact: str | None = None
        self._clipboard_clear_ms = clipboard_clear_ms
        self._copied_a_number: str | None = None
        self.setWindowTitle(self.tr("My contact log"))
        self.setStyleSheet(LARGE_CONTROLS_CSS)
        self.resize(900, 620)

        self.idle_timer = QTimer(self)
        self.idle_timer.setSingleShot(True)
        self.idle_timer.setInterval(max(1, idle_lock_ms))
        self.idle_timer.timeout.connect(self.lock)
        self.clipboard_timer = QTimer(self)
        self.clipboard_timer.setSingleShot(True)
        self.clipboard_timer.timeout.connect(self._clear_clipboard_if_unchanged)

        self._build()
        self._build_actions()
        self._layout()
        self._connect()
        freeze_minimum_size(self)
        self.show_unlock_page()

    # -- construction ---------------------------------------------------------------------------

    def _build(self) -> None:
        self.stack = QStackedWidget(self)
        self.unlock_page = UnlockPage(self.stack)
        self.log_page = QWidget(self.stack)
        self.title = QLabel(self.log_page)
        self.title.setTextFormat(Qt.TextFormat.PlainText)
        self.title.setStyleSheet("font-size: 14pt; font-weight: bold;")
        self.summary = QLabel(self.log_page)
        self.summary.setTextFormat(Qt.TextFormat.PlainText)
        self.summary.setAccessibleName(self.tr("Number of attempts and the last one"))
        self.person = QLabel(self.log_page)
        self.person.setTextFormat(Qt.TextFormat.PlainText)
        self.copy_a_number_button = QPushButton(self.tr("Copy A-number"), self.log_page)
        self.copy_a_number_button.setAccessibleName(self.tr("Copy my A-number"))

        self.just_called_button = QPushButton(self.tr("I called ICE just now"), self.log_page)
        self.just_called_button.setStyleSheet("font-weight: bold;")
        self.just_called_button.setAccessibleName(self.tr("Record a call to ICE made just now"))
        self.add_button = QPushButton(self.tr("Add an attempt..."), self.log_page)
        self.edit_button = QPushButton(self.tr("Edit"), self.log_page)
        self.delete_button = QPushButton(self.tr("Delete"), self.log_page)
        self.undo_button = QPushButton(self.tr("Undo delete"), self.log_page)
        self.lock_button = QPushButton(self.tr("Lock"), self.log_page)
        self.lock_button.setAccessibleName(self.tr("Lock the log now"))
        self.more_button = QPushButton(self.tr("Save, print, backup..."), self.log_page)

        self.filter = QLineEdit(self.log_page)
        self.filter.setPlaceholderText(self.tr("Filter: type a word, a number or a date"))
        self.filter.setClearButtonEnabled(True)
        self.filter.setAccessibleName(self.tr("Filter the attempts"))

        self.model = EntriesModel(self)
        self.proxy = EntriesFilter(self)
        self.proxy.setSourceModel(self.model)
        self.table = QTableView(self.log_page)
        self.table.setModel(self.proxy)
        self.table.setAccessibleName(self.tr("Attempts to contact ICE, newest first"))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(0, Qt.SortOrder.DescendingOrder)
        self.table.setWordWrap(False)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setSectionResizeMode(4, QHeaderView.ResizeMode.Stretch)
        # Long outcome names would squeeze the notes: give them a fixed, adjustable width.
        self.table.horizontalHeader().setSectionResizeMode(3, QHeaderView.ResizeMode.Interactive)
        self.table.horizontalHeader().resizeSection(3, 260)

    def _build_actions(self) -> None:
        def action(text: str, slot, shortcut: QKeySequence | str | None = None) -> QAction:  # type: ignore[no-untyped-def]
            act = QAction(text, self)
            act.triggered.connect(slot)
            if shortcut is not None:
                act.setShortcut(QKeySequence(shortcut))
                act.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
            self.addAction(act)
            return act

        self.act_add = action(
            self.tr("Add an attempt"), self.add_entry, QKeySequence.StandardKey.New
        )
        self.act_just_called = action(
            self.tr("I called ICE just now"), lambda: self.record_attempt(""), "Ctrl+J"
        )
        self.act_edit = action(self.tr("Edit"), self.edit_selected, "Ctrl+E")
        self.act_delete = action(
            self.tr("Delete"), self.delete_selected, QKeySequence.StandardKey.Delete
        )
        self.act_undo = action(
            self.tr("Undo delete"), self.undo_delete, QKeySequence.StandardKey.Undo
        )
        self.act_lock = action(self.tr("Lock"), self.lock, "Ctrl+L")
        self.act_filter = action(
            self.tr("Filter"), self._focus_filter, QKeySequence.StandardKey.Find
        )
        self.act_details = action(self.tr("My details for the record..."), self.edit_details)
        self.act_print = action(
            self.tr("Print the record..."), self.print_record, QKeySequence.StandardKey.Print
        )
        self.act_pdf = action(self.tr("Save the record as PDF..."), self.save_pdf)
        self.act_csv = action(self.tr("Save as a spreadsheet (CSV)..."), self.save_csv)
        self.act_backup = action(self.tr("Make a backup file..."), self.save_backup)
        self.act_delete_log = action(self.tr("Delete this log..."), self.delete_log)
        self.act_change_pass = action(self.tr("Change the passphrase..."), self.change_passphrase)
        menu = QMenu(self)
        for act in (
            self.act_details,
            None,
            self.act_print,
            self.act_pdf,
            self.act_csv,
            self.act_backup,
            None,
            self.act_change_pass,
            self.act_delete_log,
        ):
            if act is None:
                menu.addSeparator()
            else:
                menu.addAction(act)
        self.more_button.setMenu(menu)

    def _layout(self) -> None:
        top = QHBoxLayout()
        top.addWidget(self.title, 1)
        top.addWidget(self.lock_button)
        who = QHBoxLayout()
        who.addWidget(self.person, 1)
        who.addWidget(self.copy_a_number_button)
        buttons = QHBoxLayout()
        for b in (
            self.just_called_button,
            self.add_button,
            self.edit_button,
            self.delete_button,
            self.undo_button,
        ):
            buttons.addWidget(b)
        buttons.addStretch(1)
        buttons.addWidget(self.more_button)
        page = QVBoxLayout(self.log_page)
        page.addLayout(top)
        page.addWidget(self.summary)
        page.addLayout(who)
        page.addLayout(buttons)
        page.addWidget(self.filter)
        page.addWidget(self.table, 1)
        self.stack.addWidget(self.unlock_page)
        self.stack.addWidget(self.log_page)
        self.setCentralWidget(self.stack)

    def _connect(self) -> None:
        self.unlock_page.unlockRequested.connect(self.unlock)
        self.unlock_page.createRequested.connect(self.create_log)
        self.unlock_page.restoreRequested.connect(self.restore_backup)
        self.just_called_button.clicked.connect(lambda: self.record_attempt(""))
        self.add_button.clicked.connect(self.add_entry)
        self.edit_button.clicked.connect(self.edit_selected)
        self.delete_button.clicked.connect(self.delete_selected)
        self.undo_button.clicked.connect(self.undo_delete)
        self.lock_button.clicked.connect(self.lock)
        self.copy_a_number_button.clicked.connect(self.copy_a_number)
        self.filter.textChanged.connect(self._apply_filter)
        self.table.doubleClicked.connect(lambda _i: self.edit_selected())
        self.table.activated.connect(lambda _i: self.edit_selected())
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._update_buttons())

    # -- lock and unlock ------------------------------------------------------------------------

    def show_unlock_page(self, select: str | None = None) -> None:
        """Show the list of logs and the passphrase field."""
        self.unlock_page.set_logs(self.store.list_logs(), select)
        self.stack.setCurrentWidget(self.unlock_page)
        self._update_buttons()

    def unlock(self, nickname: str, passphrase: str) -> bool:
        """Open a log with its passphrase; show a plain message when that is not possible."""
        try:
            log = self.store.open(nickname, passphrase)
        except ContactLogError as exc:
            self.unlock_page.passphrase.clear()
            self.unlock_page.show_error(self.messages.text(exc))
            self.unlock_page.set_logs(self.store.list_logs(), nickname)
            return False
        self._opened(log)
        return True

    def _opened(self, log: ContactLog) -> None:
        self.log = log
        self.unlock_page.clear()
        self.title.setText(self.tr("Log: %1").replace("%1", log.nickname))
        self.stack.setCurrentWidget(self.log_page)
        self.refresh()
        QApplication.instance().installEventFilter(self)  # type: ignore[union-attr]
        self.idle_timer.start()
        self.table.setFocus()
        if self._pending_contact is not None:
            contact, self._pending_contact = self._pending_contact, None
            self.record_attempt(contact)

    def lock(self) -> None:
        """Close the database and clear every view (Lock button, idle timer, closing)."""
        self.idle_timer.stop()
        app = QApplication.instance()
        if app is not None:
            app.removeEventFilter(self)
        for dialog in self.findChildren(QDialog):
            dialog.reject()
            dialog.deleteLater()
        if self.log is not None:
            self.log.close()
        self.log = None
        self.last_deleted = None
        self._clear_clipboard_if_unchanged()
        self.model.set_entries([])
        self.filter.clear()
        self.title.clear()
        self.summary.clear()
        self.person.clear()
        self.show_unlock_page()

    def is_locked(self) -> bool:
        """True when no log is open."""
        return self.log is None

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Any key or mouse activity in this window (or its dialogs) restarts the idle timer."""
        if event.type() in _ACTIVITY_EVENTS and self.log is not None and self._is_mine(watched):
            self.idle_timer.start()
        return False

    def _is_mine(self, obj: QObject | None) -> bool:
        while obj is not None:
            if obj is self:
                return True
            obj = obj.parent()
        return False

    def closeEvent(self, event: QCloseEvent) -> None:
        """Closing the window locks the log."""
        self.lock()
        super().closeEvent(event)

    def set_idle_lock_minutes(self, minutes: int) -> None:
        """Change the idle time after which the log locks itself."""
        self.idle_timer.setInterval(max(1, minutes) * 60_000)

    # -- creating, restoring, deleting logs -----------------------------------------------------

    def create_log(self) -> NewLogDialog:
        """Ask for a nickname and passphrase, then create the log and open it."""
        dialog = NewLogDialog(self, self.tr("Start a new contact log"))

        def done() -> None:
            nickname, passphrase = dialog.values()
            try:
                log = self.store.create(nickname, passphrase)
            except ContactLogError as exc:
                dialog.show_error(self.messages.text(exc))
                dialog.open()
                return
            self._opened(log)

        dialog.accepted.connect(done)
        dialog.open()
        return dialog

    def restore_backup(self) -> NewLogDialog | None:
        """Make a new log from a backup file: its passphrase, then a name and a new passphrase."""
        name, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("Open a backup file"),
            "",
            self.tr("Contact log backups (*.clbackup);;All files (*)"),
            options=QFileDialog.Option.DontUseNativeDialog,
        )
        if not name:
            return None
        backup_pass, ok = QInputDialog.getText(
            self,
            self.tr("Open a backup file"),
            self.tr("Passphrase of the backup file:"),
            QLineEdit.EchoMode.Password,
        )
        if not ok or not backup_pass:
            return None
        dialog = NewLogDialog(self, self.tr("Name and passphrase for the restored log"))
        dialog.ok_button.setText(self.tr("Restore"))

        def done() -> None:
            nickname, passphrase = dialog.values()
            try:
                log = self.store.restore_backup(Path(name), backup_pass, nickname, passphrase)
            except ContactLogError as exc:
                QMessageBox.warning(self, self.windowTitle(), self.messages.text(exc))
                if exc.code == "exists":
                    dialog.open()
                return
            self._opened(log)

        dialog.accepted.connect(done)
        dialog.open()
        return dialog

    def delete_log(self) -> bool:
        """Delete the open log and every file of it, after a clear confirmation."""
        if self.log is None:
            return False
        backups = self.log.made_backups()
        text = (
            self.tr('Delete the log "%1" and all %2 attempts in it? This cannot be undone.')
            .replace("%1", self.log.nickname)
            .replace("%2", str(self.log.count()))
        )
        if backups:
            text += "\n" + self.tr(
                "The %1 backup file(s) made from it on this computer are deleted too."
            ).replace("%1", str(len(backups)))
        answer = QMessageBox.question(
            self,
            self.tr("Delete this log"),
            text,
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        # The idle lock may have fired while the question was open.
        if answer != QMessageBox.StandardButton.Yes or self.log is None:
            return False
        nickname = self.log.nickname
        self.lock()
        try:
            self.store.delete(nickname, also_remove=backups)
        except (ContactLogError, OSError):
            QMessageBox.warning(
                self, self.windowTitle(), self.tr("Some files of the log could not be deleted.")
            )
        self.show_unlock_page()
        return True

    def _ask_new_passphrase(self, title: str, prompt: str) -> str | None:
        """Ask for a new passphrase twice; None when cancelled or the two differ (after saying so)."""
        echo = QLineEdit.EchoMode.Password
        first, ok = QInputDialog.getText(self, title, prompt, echo)
        if not ok:
            return None
        again, ok = QInputDialog.getText(self, title, self.tr("Type the passphrase again:"), echo)
        if not ok:
            return None
        if first != again:
            QMessageBox.warning(
                self, title, self.tr("The two passphrases are not the same. Nothing was changed.")
            )
            return None
        return first

    def change_passphrase(self) -> bool:
        """Re-encrypt the open log with a new passphrase (current one asked again, new one twice)."""
        if self.log is None:
            return False
        title = self.tr("Change the passphrase")
        echo = QLineEdit.EchoMode.Password
        old, ok = QInputDialog.getText(self, title, self.tr("Current passphrase:"), echo)
        if not ok:
            return False
        new = self._ask_new_passphrase(
            title, self.tr("New passphrase (it cannot be recovered if you forget it):")
        )
        if new is None or self.log is None:
            return False
        try:
            self.log.change_passphrase(old, new)
        except ContactLogError as exc:
            QMessageBox.warning(self, title, self.messages.text(exc))
            return False
        self.statusBar().showMessage(self.tr("The passphrase was changed."), 8000)
        return True

    # -- entries --------------------------------------------------------------------------------

    def refresh(self) -> None:
        """Reload the table, the summary and the person's details from the open log."""
        if self.log is None:
            return
        entries = self.log.entries()
        self.model.set_entries(entries)
        if entries:
            last = max(e.when for e in entries)
            self.summary.setText(
                self.tr("%1 attempts recorded. Last one: %2")
                .replace("%1", str(len(entries)))
                .replace("%2", format_date_time(last))
            )
        else:
            self.summary.setText(self.tr("No attempts recorded yet."))
        details = self.log.details()
        shown = [x for x in (details.name, format_a_number(details.a_number)) if x]
        self.person.setText(
            "  ·  ".join(shown) if shown else self.tr("No name or A-number for the record yet.")
        )
        self.copy_a_number_button.setVisible(bool(details.a_number))
        self._update_buttons()

    def _update_buttons(self) -> None:
        unlocked = self.log is not None
        selected = unlocked and self.selected_id() is not None
        for w in (self.edit_button, self.delete_button):
            w.setEnabled(selected)
        self.act_edit.setEnabled(selected)
        self.act_delete.setEnabled(selected)
        self.undo_button.setEnabled(unlocked and self.last_deleted is not None)
        self.act_undo.setEnabled(unlocked and self.last_deleted is not None)
        for act in (
            self.act_add,
            self.act_just_called,
            self.act_lock,
            self.act_details,
            self.act_print,
            self.act_pdf,
            self.act_csv,
            self.act_backup,
            self.act_delete_log,
            self.act_change_pass,
            self.act_filter,
        ):
            act.setEnabled(unlocked)

    def selected_id(self) -> int | None:
        """Id of the selected entry."""
        rows = self.table.selectionModel().selectedRows()
        if not rows:
            return None
        return int(rows[0].data(ID_ROLE))

    def select_entry(self, entry_id: int) -> None:
        """Select the row of an entry."""
        for row in range(self.proxy.rowCount()):
            index = self.proxy.index(row, 0)
            if index.data(ID_ROLE) == entry_id:
                self.table.selectRow(row)
                return

    def add_entry(self) -> EntryDialog | None:
        """Open an empty form."""
        return self._open_form(None)

    def record_attempt(self, contact: str) -> EntryDialog | None:
        """ "I called ICE just now": the form filled with now, a phone call, this number."""
        if self.log is None:
            self._pending_contact = contact
            self.unlock_page.show_error(self.tr("Open your log to record the attempt."))
            return None
        dialog = self._open_form(None)
        if dialog is not None:
            dialog.prefill_just_called(contact or (self.numbers[0][1] if self.numbers else ""))
        return dialog

    def edit_selected(self) -> EntryDialog | None:
        """Open the form for the selected entry."""
        entry_id = self.selected_id()
        if self.log is None or entry_id is None:
            return None
        return self._open_form(self.log.entry(entry_id))

    def _open_form(self, entry) -> EntryDialog | None:  # type: ignore[no-untyped-def]
        if self.log is None:
            return None
        dialog = EntryDialog(self, self.numbers, entry, load_attachment=self._attachment_data)
        dialog.submitted.connect(lambda draft, removed: self._save(dialog, draft, removed))
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()
        return dialog

    def _attachment_data(self, attachment_id: int) -> bytes:
        """Bytes of a stored attachment (empty once the log is locked)."""
        return b"" if self.log is None else self.log.attachment_data(attachment_id)

    def _save(self, dialog: EntryDialog, draft: EntryDraft, removed: list[int]) -> None:
        """Save the form in one transaction; keep the form open and explain when refused."""
        if self.log is None:
            dialog.reject()
            return
        try:
            if dialog.entry is None:
                entry_id = self.log.add(draft)
            else:
                entry_id = dialog.entry.id
                self.log.update(entry_id, draft, removed)
        except ContactLogError as exc:
            QMessageBox.warning(dialog, dialog.windowTitle(), self.messages.text(exc))
            return
        dialog.accept()
        self.refresh()
        self.select_entry(entry_id)

    def delete_selected(self) -> bool:
        """Delete the selected entry after confirmation (Ctrl+Z puts it back)."""
        entry_id = self.selected_id()
        if self.log is None or entry_id is None:
            return False
        e = self.log.entry(entry_id)
        answer = QMessageBox.question(
            self,
            self.tr("Delete this attempt"),
            self.tr(
                "Delete the attempt of %1 (%2)? You can undo this with Ctrl+Z while the log is open."
            )
            .replace("%1", format_date_time(e.when))
            .replace("%2", self.labels.outcome(e.outcome)),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        if answer != QMessageBox.StandardButton.Yes or self.log is None:
            return False
        self.last_deleted = self.log.delete(entry_id)
        self.refresh()
        return True

    def undo_delete(self) -> bool:
        """Put the last deleted entry back."""
        if self.log is None or self.last_deleted is None:
            return False
        deleted, self.last_deleted = self.last_deleted, None
        entry_id = self.log.undelete(deleted)
        self.refresh()
        self.select_entry(entry_id)
        return True

    def _apply_filter(self, text: str) -> None:
        self.proxy.setFilterFixedString(text.strip())

    def _focus_filter(self) -> None:
        self.filter.setFocus()
        self.filter.selectAll()

    # -- details and the clipboard --------------------------------------------------------------

    def edit_details(self) -> DetailsDialog | None:
        """Edit the name and A-number printed on the record."""
        if self.log is None:
            return None
        dialog = DetailsDialog(self, self.log.details())

        def done() -> None:
            if self.log is None:
                return
            try:
                self.log.set_details(dialog.details())
            except ContactLogError as exc:
                QMessageBox.warning(self, dialog.windowTitle(), self.messages.text(exc))
                dialog.open()
                return
            self.refresh()

        dialog.accepted.connect(done)
        dialog.open()
        return dialog

    def copy_a_number(self) -> None:
        """Copy the A-number; the clipboard is cleared again after 30 s if it still holds it."""
        if self.log is None or not self.log.details().a_number:
            return
        text = format_a_number(self.log.details().a_number)
        QGuiApplication.clipboard().setText(text)
        self._copied_a_number = text
        self.clipboard_timer.start(self._clipboard_clear_ms)

    def _clear_clipboard_if_unchanged(self) -> None:
        if self._copied_a_number is None:
            return
        clipboard = QGuiApplication.clipboard()
        if clipboard.text() == self._copied_a_number:
            clipboard.clear()
        self._copied_a_number = None

    # -- exports --------------------------------------------------------------------------------

    def _save_name(self, title: str, default_name: str, file_filter: str) -> Path | None:
        # Qt's own dialog: the Windows one would add the file to the PC's recent-files lists.
        name, _ = QFileDialog.getSaveFileName(
            self, title, default_name, file_filter, options=QFileDialog.Option.DontUseNativeDialog
        )
        # The idle lock may have fired while the dialog was open: then save nothing.
        return Path(name) if name and self.log is not None else None

    def _report_saved(self, path: Path) -> None:
        self.statusBar().showMessage(self.tr("Saved: %1").replace("%1", str(path)), 8000)

    def save_pdf(self) -> Path | None:
        """Save the printable record as a PDF file."""
        if self.log is None:
            return None
        path = self._save_name(
            self.tr("Save the record as PDF"), "contact-record.pdf", self.tr("PDF files (*.pdf)")
        )
        if path is None:
            return None
        from desktop.ui.contact_log.record import write_record_pdf

        try:
            write_record_pdf(self.log, path)
        except OSError as exc:
            QMessageBox.warning(
                self,
                self.windowTitle(),
                self.tr(
                    "The file could not be saved (%1). Try another folder or USB stick."
                ).replace("%1", exc.strerror or str(exc)),
            )
            return None
        self._report_saved(path)
        return path

    def print_record(self) -> None:
        """Print the record on paper."""
        if self.log is None:
            return
        from PySide6.QtPrintSupport import QPrintDialog, QPrinter

        from desktop.ui.contact_log.record import RECORD_CSS, RecordBuilder
        from desktop.ui.printing import print_html

        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        dialog = QPrintDialog(printer, self)
        if dialog.exec() != QDialog.DialogCode.Accepted or self.log is None:
            return
        print_html(RecordBuilder(self).build_for(self.log), printer, RECORD_CSS)

    def save_csv(self) -> Path | None:
        """Save the entries as a spreadsheet-safe CSV file."""
        if self.log is None:
            return None
        path = self._save_name(
            self.tr("Save as a spreadsheet"), "contact-log.csv", self.tr("CSV spreadsheet (*.csv)")
        )
        if path is None:
            return None
        try:
            self.log.export_csv(path, self.labels.csv_labels())
        except ContactLogError as exc:
            QMessageBox.warning(self, self.windowTitle(), self.messages.text(exc))
            return None
        self._report_saved(path)
        return path

    def save_backup(self) -> Path | None:
        """Write an encrypted backup with its own passphrase (asked twice)."""
        if self.log is None:
            return None
        path = self._save_name(
            self.tr("Make a backup file"),
            "contact-log.clbackup",
            self.tr("Contact log backups (*.clbackup)"),
        )
        if path is None:
            return None
        title = self.tr("Passphrase for the backup")
        first = self._ask_new_passphrase(
            title,
            self.tr("Choose a passphrase for the backup file. You need it to open the backup:"),
        )
        if first is None or self.log is None:
            return None
        try:
            self.log.export_backup(path, first)
        except ContactLogError as exc:
            QMessageBox.warning(self, title, self.messages.text(exc))
            return None
        self._report_saved(path)
        return path
