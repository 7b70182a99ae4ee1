"""Exports that say what they are, deleting a log, restoring a backup, choosing passphrases."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog, QInputDialog, QMessageBox

from desktop.core.contact_log import LogStore, passphrase_problems
from desktop.ui.contact_log.passphrase_dialogs import PassphraseFields
from desktop.ui.contact_log.unlock_page import NewLogDialog
from tests.ui.contact_log_helpers import (
    PASS,
    accept_plain_file_warning,
    add_via_form,
    answer_delete,
    answer_new_passphrase,
    create_via_dialog,
    make_window,
)


@pytest.fixture
def warnings(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    seen: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, text, *a, **k: seen.append(text))
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    return seen


def test_exports_warn_once_are_recorded_and_offered_at_delete(
    qtbot, store: LogStore, warnings, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:  # type: ignore[no-untyped-def]
    window = make_window(qtbot, store)
    create_via_dialog(qtbot, window)
    add_via_form(window, "exported note")
    shown = accept_plain_file_warning(monkeypatch)
    names: list[str] = []

    def save_as(target: Path):  # type: ignore[no-untyped-def]
        def fake(_parent, _title, start, *a, **k):  # type: ignore[no-untyped-def]
            names.append(Path(start).name)
            return (str(target), "")

        return fake

    pdf, csv = tmp_path / "record.pdf", tmp_path / "log.csv"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", save_as(pdf))
    assert window.exports.save_pdf() == pdf
    monkeypatch.setattr(QFileDialog, "getSaveFileName", save_as(csv))
    assert window.exports.save_csv() == csv
    assert len(shown) == 1 and "not protected" in shown[0]
    # Default names carry the nickname's initial and the date: two people never share one.
    assert all(n.startswith("contact-log-M-") for n in names) and len(set(names)) == 2, names
    assert {r.path for r in window.log.exports()} == {pdf, csv}  # type: ignore[union-attr]
    dialogs = answer_delete(monkeypatch, PASS)
    assert window.manager.delete_log()
    listed = [str(r.path) for _box, r in dialogs[0].export_boxes]
    assert sorted(listed) == sorted([str(pdf), str(csv)])
    assert not pdf.exists() and not csv.exists(), "plain-text exports are offered ticked"
    assert store.list_logs() == []


def test_cancelling_the_warning_saves_nothing(
    qtbot, store: LogStore, warnings, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:  # type: ignore[no-untyped-def]
    window = make_window(qtbot, store)
    create_via_dialog(qtbot, window)

    def cancel(box: QMessageBox) -> int:
        box.button(QMessageBox.StandardButton.Cancel).click()
        return 0

    monkeypatch.setattr(QMessageBox, "exec", cancel)
    asked: list[str] = []
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: asked.append("x"))
    assert window.exports.save_csv() is None and asked == []


def test_delete_needs_the_passphrase_and_is_not_in_the_save_menu(
    qtbot, store: LogStore, warnings, monkeypatch: pytest.MonkeyPatch
) -> None:  # type: ignore[no-untyped-def]
    window = make_window(qtbot, store)
    create_via_dialog(qtbot, window)
    save_menu = window.page.more_button.menu().actions()
    assert window.manage_actions[1] not in save_menu
    assert window.manage_actions[1] in window.page.manage_button.menu().actions()
    answer_delete(monkeypatch, "not the passphrase")
    assert not window.manager.delete_log()
    assert warnings and "Nothing was deleted" in warnings[-1]
    assert store.list_logs() == ["Maria"] and not window.is_locked()


def test_restore_asks_backup_passphrase_first_and_reports_a_wrong_one(
    qtbot, store: LogStore, warnings, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:  # type: ignore[no-untyped-def]
    window = make_window(qtbot, store)
    create_via_dialog(qtbot, window)
    backup = tmp_path / "b.clbackup"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(backup), ""))
    answer_new_passphrase(monkeypatch, "quiet harbor maple ticket")
    assert window.exports.save_backup() == backup
    window.lock()
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(backup), ""))
    prompts: list[str] = []

    def ask(_parent, _title, prompt, *a, **k):  # type: ignore[no-untyped-def]
        prompts.append(prompt)
        return ("wrong backup passphrase", True)

    monkeypatch.setattr(QInputDialog, "getText", ask)
    check = window.manager.restore_backup()
    assert check is not None
    qtbot.waitUntil(lambda: bool(warnings), timeout=10000)
    assert "does not open this backup" in warnings[-1]
    assert len(prompts) == 1 and "backup" in prompts[0]
    # No name or new passphrase was asked for a backup that cannot be opened.
    assert not [d for d in window.findChildren(NewLogDialog) if d.isVisible()]
    assert store.list_logs() == ["Maria"]


def test_passphrase_hints_as_the_person_types(qtbot) -> None:  # type: ignore[no-untyped-def]
    fields = PassphraseFields(None, nickname="maria")
    qtbot.addWidget(fields)
    fields.passphrase.setText("123456")
    assert fields.strength.value() == 0 and "common" in fields.hint.text()
    fields.passphrase.setText("maria2024maria")
    assert "name" in fields.hint.text()
    fields.passphrase.setText("short")
    assert "12 characters" in fields.hint.text()
    fields.passphrase.setText("copper window lantern garden")
    assert fields.strength.value() >= 3 and fields.problems_text() == ""
    phrase = fields.fill_suggestion()
    assert len(phrase.split()) == 4 and not passphrase_problems(phrase, "maria")
    assert fields.repeat.text() == phrase and phrase in fields.suggestion.text()
    assert fields.error() == ""


def test_new_log_dialog_refuses_weak_passphrases_and_warns_about_nicknames(qtbot) -> None:  # type: ignore[no-untyped-def]
    dialog = NewLogDialog(None, "New")
    qtbot.addWidget(dialog)
    dialog.nickname.setText("A 123 456 789")
    assert "number" in dialog.nickname_hint.text()
    dialog.nickname.setText("Maria Lopez")
    assert "full name" in dialog.nickname_hint.text()
    dialog.nickname.setText("sunflower")
    assert dialog.nickname_hint.text() == ""
    for weak in ("123456", "password123", "sunflower1234"):
        dialog.passphrase.setText(weak)
        dialog.repeat.setText(weak)
        qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
        assert dialog.result() != NewLogDialog.DialogCode.Accepted and dialog.error.text(), weak
    dialog.passphrase.setText("copper window lantern garden")
    dialog.repeat.setText("copper window lantern garden")
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert dialog.result() == NewLogDialog.DialogCode.Accepted


def test_idle_lock_during_the_export_warning_or_delete_dialog_saves_and_deletes_nothing(
    qtbot, store: LogStore, warnings, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtCore import QCoreApplication, QEvent

    from desktop.ui.contact_log.delete_dialog import DeleteLogDialog

    window = make_window(qtbot, store)
    create_via_dialog(qtbot, window)

    def lock_while_open(dialog) -> int:  # type: ignore[no-untyped-def]
        window.lock()  # what the idle timer does while a modal dialog waits
        # Let Qt really delete the dialogs the lock closed.
        QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
        return 0

    monkeypatch.setattr(QMessageBox, "exec", lock_while_open)
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(tmp_path / "x"), ""))
    assert window.exports.save_pdf() is None and not (tmp_path / "x").exists()
    assert window.unlock("Maria", PASS)
    monkeypatch.setattr(DeleteLogDialog, "exec", lock_while_open)
    assert not window.manager.delete_log()
    assert store.list_logs() == ["Maria"]


def test_backup_is_checked_off_the_ui_thread_with_progress(
    qtbot, store: LogStore, warnings, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:  # type: ignore[no-untyped-def]
    import threading

    from PySide6.QtWidgets import QProgressDialog

    from desktop.core.contact_log import BackupDamaged

    window = make_window(qtbot, store)
    backup = tmp_path / "big.clbackup"
    backup.write_bytes(b"\0" * 4096)
    seen: dict[str, object] = {}
    release = threading.Event()

    def slow_check(path, passphrase, progress):  # type: ignore[no-untyped-def]
        seen["thread"] = threading.current_thread() is not threading.main_thread()
        for done in range(1, 4):
            progress(done, 3)
        release.wait(5)
        raise BackupDamaged(path, "test")

    monkeypatch.setattr(store, "check_backup", slow_check)
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(backup), ""))
    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: ("backup words here", True))
    window.manager.restore_backup()
    # The window stays responsive while the check runs, and shows how far it got.
    qtbot.waitUntil(lambda: window.manager._progress is not None, timeout=2000)
    progress = window.findChild(QProgressDialog)
    qtbot.waitUntil(lambda: progress.value() == 3, timeout=2000)
    release.set()
    qtbot.waitUntil(lambda: bool(warnings), timeout=5000)
    assert seen["thread"] is True
    assert "damaged" in warnings[-1]
