"""The "My contact log" window: unlock, the table of attempts, add/edit/delete/undo and lock.

Exports live in `exports.py`, creating/restoring/deleting a log and its passphrase in
`log_manager.py`, the idle timer in `idle_lock.py` and the clipboard in `clipboard.py`.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence, QShowEvent
from PySide6.QtWidgets import (
    QDialog,
    QMainWindow,
    QMenu,
    QMessageBox,
    QStackedWidget,
    QWidget,
)

from desktop.core.contact_log import (
    ContactLog,
    ContactLogError,
    DeletedEntry,
    Entry,
    EntryDraft,
    LogStore,
)
from desktop.ui.contact_log.clipboard import PrivateClipboard
from desktop.ui.contact_log.drafts import DraftKeeper
from desktop.ui.contact_log.entries_model import ID_ROLE
from desktop.ui.contact_log.entry_dialog import EntryDialog
from desktop.ui.contact_log.exports import LogExports
from desktop.ui.contact_log.idle_lock import IdleLock
from desktop.ui.contact_log.labels import LogLabels, when_text
from desktop.ui.contact_log.log_manager import LogManager
from desktop.ui.contact_log.log_page import LogPage
from desktop.ui.contact_log.messages import LogMessages
from desktop.ui.contact_log.sizing import freeze_minimum_size
from desktop.ui.contact_log.unlock_page import UnlockPage
from desktop.ui.screen_fit import fit_window

CLIPBOARD_CLEAR_MS = 30_000
# Larger text and buttons than the desktop default: many users read with difficulty. A style
# sheet (unlike setFont) also reaches the window's dialogs.
LARGE_CONTROLS_CSS = (
    "QWidget { font-size: 11pt; } QPushButton { min-height: 34px; padding: 4px 12px; }"
)


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
        self.setWindowTitle(self.tr("My contact log"))
        self.setStyleSheet(LARGE_CONTROLS_CSS)
        self.idle = IdleLock(self, idle_lock_ms)
        self.idle_timer = self.idle.timer  # read by the settings wiring and its tests
        self.clipboard = PrivateClipboard(self, clipboard_clear_ms)
        self.exports = LogExports(self)
        self.manager = LogManager(self)
        self.drafts = DraftKeeper(self)
        self._build()
        self._build_actions()
        self._connect()
        freeze_minimum_size(self)
        fit_window(self)  # sized for the screen it opens on
        self.show_unlock_page()

    # -- construction ---------------------------------------------------------------------------

    def _build(self) -> None:
        self.stack = QStackedWidget(self)
        self.unlock_page = UnlockPage(self.stack)
        self.page = LogPage(self.stack)
        self.model, self.proxy, self.table = self.page.model, self.page.proxy, self.page.table
        self.stack.addWidget(self.unlock_page)
        self.stack.addWidget(self.page)
        self.setCentralWidget(self.stack)

    def _build_actions(self) -> None:
        Shortcut = QKeySequence | QKeySequence.StandardKey | str | None

        def action(text: str, slot: Callable[[], object], shortcut: Shortcut = None) -> QAction:
            act = QAction(text, self)
            act.triggered.connect(slot)
            if shortcut is not None:
                act.setShortcut(QKeySequence(shortcut))
                act.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
            self.addAction(act)
            return act

        new, delete = QKeySequence.StandardKey.New, QKeySequence.StandardKey.Delete
        self.act_add = action(self.tr("Add an attempt"), self.add_entry, new)
        self.act_just_called = action(
            self.tr("I called ICE just now"), lambda: self.record_attempt(""), "Ctrl+J"
        )
        self.act_edit = action(self.tr("Edit"), self.edit_selected, "Ctrl+E")
        self.act_delete = action(self.tr("Delete"), self.delete_selected, delete)
        undo = QKeySequence.StandardKey.Undo
        self.act_undo = action(self.tr("Undo delete"), self.undo_delete, undo)
        self.act_lock = action(self.tr("Lock"), self.lock, "Ctrl+L")
        find = QKeySequence.StandardKey.Find
        self.act_filter = action(self.tr("Filter"), self._focus_filter, find)
        self.act_details = action(
            self.tr("My details for the record..."), self.manager.edit_details
        )
        menu = QMenu(self)
        menu.addAction(self.act_details)
        menu.addSeparator()
        self.export_actions = self.exports.add_actions(menu, action)
        self.page.more_button.setMenu(menu)
        # Deleting a log and its passphrase live apart from saving and printing.
        manage = QMenu(self)
        self.manage_actions = self.manager.add_actions(manage, action)
        self.page.manage_button.setMenu(manage)

    def _connect(self) -> None:
        self.idle.idle.connect(self.lock)
        self.unlock_page.unlockRequested.connect(self.unlock)
        self.unlock_page.createRequested.connect(self.manager.create_log)
        self.unlock_page.restoreRequested.connect(self.manager.restore_backup)
        p = self.page
        p.just_called_button.clicked.connect(lambda: self.record_attempt(""))
        p.add_button.clicked.connect(self.add_entry)
        p.edit_button.clicked.connect(self.edit_selected)
        p.delete_button.clicked.connect(self.delete_selected)
        p.undo_button.clicked.connect(self.undo_delete)
        p.lock_button.clicked.connect(self.lock)
        p.person_bar.copy_button.clicked.connect(self.copy_a_number)
        p.filter.textChanged.connect(self.proxy.set_search)
        self.table.doubleClicked.connect(lambda _i: self.edit_selected())
        self.table.activated.connect(lambda _i: self.edit_selected())
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._update_buttons())

    # -- lock and unlock ------------------------------------------------------------------------

    def show_unlock_page(self, select: str | None = None) -> None:
        """Show the list of logs with the cursor in the passphrase box."""
        self.unlock_page.set_logs(self.store.list_logs(), select)
        self.stack.setCurrentWidget(self.unlock_page)
        self.unlock_page.focus_passphrase()
        self._update_buttons()

    def unlock(self, nickname: str, passphrase: str) -> bool:
        """Open a log with its passphrase; show a plain message when that is not possible."""
        try:
            log = self.store.open(nickname, passphrase)
        except ContactLogError as exc:
            self.unlock_page.passphrase.clear()
            self.unlock_page.show_error(self.messages.text(exc))
            self.unlock_page.set_logs(self.store.list_logs(), nickname)
            self.unlock_page.focus_passphrase()
            return False
        self.opened(log)
        return True

    def opened(self, log: ContactLog) -> None:
        """Show a log that was just unlocked, created or restored."""
        self.log = log
        self.unlock_page.clear()
        self.page.title.setText(self.tr("Log: %1").replace("%1", log.nickname))
        self.stack.setCurrentWidget(self.page)
        self.refresh()
        self.idle.start()
        self.clipboard.start()
        self.table.setFocus()
        if self._pending_contact is not None:
            contact, self._pending_contact = self._pending_contact, None
            self.record_attempt(contact)
        else:
            self.drafts.offer()

    def lock(self) -> None:
        """Keep a draft of an open form, close the database and clear every view and trace."""
        self.idle.stop()
        self.drafts.keep()
        for dialog in self.findChildren(QDialog):
            if isinstance(dialog, EntryDialog):
                dialog.close_for_lock()
            else:
                dialog.reject()
            dialog.deleteLater()
        if self.log is not None:
            self.log.close()
        self.log = None
        self.last_deleted = None
        self.clipboard.clear_on_lock()
        self.page.clear()
        self.statusBar().clearMessage()
        self.show_unlock_page()

    def is_locked(self) -> bool:
        """True when no log is open."""
        return self.log is None

    def showEvent(self, event: QShowEvent) -> None:
        """Shown while locked: the cursor waits in the passphrase box."""
        super().showEvent(event)
        if self.log is None:
            self.unlock_page.focus_passphrase()

    def closeEvent(self, event: QCloseEvent) -> None:
        """Closing the window locks the log (keeping a draft of an open form)."""
        self.lock()
        super().closeEvent(event)

    def set_idle_lock_minutes(self, minutes: int) -> None:
        """Change the idle time after which the log locks itself."""
        self.idle.set_interval(max(1, minutes) * 60_000)

    # -- entries --------------------------------------------------------------------------------

    def refresh(self) -> None:
        """Reload the table, the summary and the person's details from the open log."""
        if self.log is None:
            return
        entries = self.log.entries()
        self.model.set_entries(entries)
        if entries:
            last = max(e.when for e in entries)
            self.page.summary.setText(
                self.tr("%n attempt(s) recorded.", "", len(entries))
                + " "
                + self.tr("Last one: %1").replace("%1", when_text(last))
            )
        else:
            self.page.summary.setText(self.tr("No attempts recorded yet."))
        self.page.person_bar.show_details(self.log.details())
        self._update_buttons()

    def _update_buttons(self) -> None:
        unlocked = self.log is not None
        selected = unlocked and self.selected_id() is not None
        p = self.page
        for w in (p.edit_button, p.delete_button, self.act_edit, self.act_delete):
            w.setEnabled(selected)
        for w in (p.undo_button, self.act_undo):
            w.setEnabled(unlocked and self.last_deleted is not None)
        for act in (
            self.act_add,
            self.act_just_called,
            self.act_lock,
            self.act_details,
            self.act_filter,
            *self.export_actions,
            *self.manage_actions,
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
            if self.proxy.index(row, 0).data(ID_ROLE) == entry_id:
                self.table.selectRow(row)
                return

    def add_entry(self) -> EntryDialog | None:
        """Open an empty form."""
        return self.open_form(None)

    def record_attempt(self, contact: str) -> EntryDialog | None:
        """ "I called ICE just now": the form filled with now, a phone call, this number."""
        if self.log is None:
            self._pending_contact = contact
            self.unlock_page.show_hint(
                self.tr("Type your passphrase to record the attempt.")
                if self.store.list_logs()
                else self.tr("To record the attempt, first start a new log.")
            )
            self.unlock_page.focus_passphrase()
            return None
        dialog = self.open_form(None)
        if dialog is not None:
            dialog.prefill_just_called(contact or (self.numbers[0][1] if self.numbers else ""))
        return dialog

    def edit_selected(self) -> EntryDialog | None:
        """Open the form for the selected entry."""
        entry_id = self.selected_id()
        if self.log is None or entry_id is None:
            return None
        return self.open_form(self.log.entry(entry_id))

    def open_form(self, entry: Entry | None) -> EntryDialog | None:
        """Show the entry form (empty, or for an entry); the window saves what it submits."""
        if self.log is None:
            return None
        dialog = EntryDialog(self, self.numbers, entry, load_attachment=self._attachment_data)
        dialog.submitted.connect(lambda draft, removed: self._save(dialog, draft, removed))
        dialog.attachment_panel.pasted.connect(self.clipboard.remember_pasted)
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()
        return dialog

    def _attachment_data(self, attachment_id: int) -> bytes:
        """Bytes of a stored attachment (empty once the log is locked)."""
        return b"" if self.log is None else self.log.attachment_data(attachment_id)

    def _save(self, dialog: EntryDialog, draft: EntryDraft, removed: list[int]) -> None:
        """Save the form in one transaction; keep the form open and explain when refused."""
        if self.log is None:
            dialog.close_for_lock()
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
        self.drafts.discard()
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
            .replace("%1", when_text(e.when))
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

    def _focus_filter(self) -> None:
        self.page.filter.setFocus()
        self.page.filter.selectAll()

    # -- the clipboard --------------------------------------------------------------

    def copy_a_number(self) -> None:
        """Copy the A-number, marked private; cleared after 30 s if the clipboard still holds it."""
        text = self.page.person_bar.a_number_text()
        if self.log is not None and text:
            self.clipboard.copy(text)
