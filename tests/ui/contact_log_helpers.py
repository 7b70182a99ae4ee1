"""Shared helpers for the contact log window tests (pytest-qt, offscreen)."""

from __future__ import annotations

from datetime import datetime, timedelta

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from desktop.core.contact_log import LogStore, Method, Outcome
from desktop.ui.contact_log import ContactLogWindow, open_contact_log_window
from desktop.ui.contact_log.delete_dialog import DeleteLogDialog
from desktop.ui.contact_log.entry_dialog import EntryDialog
from desktop.ui.contact_log.passphrase_dialogs import NewPassphraseDialog

PASS = "window pass 'ñ' 🌵"
NUMBERS = [("ICE ERO", "1-833-383-1465")]


def make_window(qtbot, store: LogStore, **kw) -> ContactLogWindow:  # type: ignore[no-untyped-def]
    """A shown, active, locked contact log window."""
    window = open_contact_log_window(None, store, numbers=NUMBERS, **kw)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()
    return window


def activate(qtbot, window: ContactLogWindow) -> None:  # type: ignore[no-untyped-def]
    """Make the window active (closing a dialog may leave no active window offscreen)."""
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow, timeout=2000)


def create_via_dialog(qtbot, window: ContactLogWindow, nickname: str = "Maria") -> None:  # type: ignore[no-untyped-def]
    """Start a new log through the dialog, as a person does."""
    dialog = window.manager.create_log()
    dialog.nickname.setText(nickname)
    dialog.passphrase.setText(PASS)
    dialog.repeat.setText(PASS)
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert not window.is_locked(), dialog.error.text()


def add_via_form(
    window: ContactLogWindow, notes: str, outcome: Outcome = Outcome.NO_ANSWER
) -> None:
    """Fill and save the entry form."""
    dialog = window.add_entry()
    assert isinstance(dialog, EntryDialog)
    dialog.method.setCurrentIndex(dialog.method.findData(Method.PHONE.value))
    dialog.contact.setCurrentIndex(0)
    dialog.outcome.setCurrentIndex(dialog.outcome.findData(outcome.value))
    dialog.when.set_value(datetime.now() - timedelta(hours=1))
    dialog.notes.setPlainText(notes)
    dialog.submit()
    assert not dialog.isVisible(), "a valid form closes after the save committed"


def table_texts(window: ContactLogWindow, column: int) -> list[str]:
    """The texts of one column of the table, top to bottom."""
    return [window.proxy.index(r, column).data() for r in range(window.proxy.rowCount())]


def answer_new_passphrase(monkeypatch: pytest.MonkeyPatch, first: str, again: str | None = None):  # type: ignore[no-untyped-def]
    """Make the next "choose a passphrase" dialogs type `first` (and `again`) and press OK."""
    seen: list[NewPassphraseDialog] = []

    def fake_exec(dialog: NewPassphraseDialog) -> int:
        seen.append(dialog)
        dialog.fields.passphrase.setText(first)
        dialog.fields.repeat.setText(first if again is None else again)
        dialog._check()
        return dialog.result()

    monkeypatch.setattr(NewPassphraseDialog, "exec", fake_exec)
    return seen


def answer_delete(monkeypatch: pytest.MonkeyPatch, passphrase: str, tick_all: bool = False):  # type: ignore[no-untyped-def]
    """Make the next delete-log dialog type `passphrase` and press "Delete the log"."""
    seen: list[DeleteLogDialog] = []

    def fake_exec(dialog: DeleteLogDialog) -> int:
        seen.append(dialog)
        dialog.passphrase_box.setText(passphrase)
        for box, _record in dialog.export_boxes:
            box.setChecked(tick_all or box.isChecked())
        return DeleteLogDialog.DialogCode.Accepted.value

    monkeypatch.setattr(DeleteLogDialog, "exec", fake_exec)
    return seen


def accept_plain_file_warning(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Answer "I understand, save it" to the not-protected warning; record its texts."""
    shown: list[str] = []

    def fake_exec(box: QMessageBox) -> int:
        shown.append(box.text())
        box.button(QMessageBox.StandardButton.Ok).click()
        return 0

    monkeypatch.setattr(QMessageBox, "exec", fake_exec)
    return shown
