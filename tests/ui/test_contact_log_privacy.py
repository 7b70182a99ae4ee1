"""What the next person at the same PC account can find after a log is locked: nothing."""

from __future__ import annotations

import struct
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt, QTimer
from PySide6.QtGui import QColor, QGuiApplication, QImage
from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox

from desktop.core.contact_log import LogStore
from desktop.ui.contact_log import file_dialogs
from desktop.ui.contact_log.clipboard import CONCEALED_MIME, windows_mime
from desktop.ui.contact_log.unlock_page import NewLogDialog
from tests.ui.contact_log_helpers import (
    PASS,
    accept_plain_file_warning,
    activate,
    add_via_form,
    create_via_dialog,
    make_window,
)


@pytest.fixture
def answers(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Questions answered Yes, warnings recorded instead of blocking."""
    seen: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, text, *a, **k: seen.append(text))
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    return seen


def test_lock_clears_filter_without_undo_history(qtbot, store: LogStore, answers) -> None:  # type: ignore[no-untyped-def]
    window = make_window(qtbot, store)
    create_via_dialog(qtbot, window)
    add_via_form(window, "secret appointment")
    qtbot.keyClicks(window.page.filter, "secret")
    assert window.page.filter.isUndoAvailable()
    window.lock()
    assert window.unlock("Maria", PASS)
    window.page.filter.setFocus()
    qtbot.keyClick(window.page.filter, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert window.page.filter.text() == ""
    assert not window.page.filter.isUndoAvailable()


def test_lock_clears_status_message_dialogs_and_clipboard(
    qtbot, store: LogStore, answers, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:  # type: ignore[no-untyped-def]
    window = make_window(qtbot, store)
    create_via_dialog(qtbot, window)
    add_via_form(window, "x")
    accept_plain_file_warning(monkeypatch)
    target = tmp_path / "out.csv"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    assert window.exports.save_csv() == target
    assert str(target) in window.statusBar().currentMessage()
    # A picture pasted into the log, and a note copied from it.
    form = window.add_entry()
    assert form is not None
    picture = QImage(20, 10, QImage.Format.Format_RGB32)
    picture.fill(QColor("green"))
    QGuiApplication.clipboard().setImage(picture)
    qtbot.mouseClick(form.attachment_panel.paste_picture, Qt.MouseButton.LeftButton)
    assert form.attachments.count() == 1
    details = window.manager.edit_details()
    assert details is not None and details.isVisible()
    window.lock()
    assert window.statusBar().currentMessage() == ""
    assert not details.isVisible()
    assert QGuiApplication.clipboard().image().isNull()
    # Text copied in the open log (Ctrl+C in a note) goes on lock ...
    assert window.unlock("Maria", PASS)
    activate(qtbot, window)
    QGuiApplication.clipboard().setText("copied from a note")
    window.lock()
    assert QGuiApplication.clipboard().text() == ""
    # ... what the person copied elsewhere, before opening the log, stays.
    QGuiApplication.clipboard().setText("copied in another program")
    assert window.unlock("Maria", PASS)
    window.lock()
    assert QGuiApplication.clipboard().text() == "copied in another program"


def test_copied_a_number_is_marked_private(qtbot, store: LogStore, answers) -> None:  # type: ignore[no-untyped-def]
    window = make_window(qtbot, store)
    create_via_dialog(qtbot, window)
    dialog = window.manager.edit_details()
    assert dialog is not None
    dialog.a_number.setText("123456789")
    dialog.accept()
    qtbot.mouseClick(window.page.person_bar.copy_button, Qt.MouseButton.LeftButton)
    data = QGuiApplication.clipboard().mimeData()
    assert data.text() == "A-123-456-789"
    formats = data.formats()
    assert CONCEALED_MIME in formats
    for name in ("CanIncludeInClipboardHistory", "CanUploadToCloudClipboard"):
        assert bytes(data.data(windows_mime(name)).data()) == struct.pack("<I", 0)
    assert windows_mime("ExcludeClipboardContentFromMonitorProcessing") in formats
    window.lock()
    assert QGuiApplication.clipboard().text() == ""


def test_focus_in_passphrase_box_after_lock(qtbot, store: LogStore, answers) -> None:  # type: ignore[no-untyped-def]
    window = make_window(qtbot, store)
    create_via_dialog(qtbot, window)
    activate(qtbot, window)
    qtbot.mouseClick(window.page.lock_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(window.unlock_page.passphrase.hasFocus, timeout=2000)
    # What the person types goes into the passphrase box, not into "Start a new log".
    qtbot.keyClicks(QApplication.focusWidget(), "one two three")
    assert window.unlock_page.passphrase.text() == "one two three"
    assert not [d for d in window.findChildren(QMessageBox) if d.isVisible()]


def test_focus_in_passphrase_box_after_record_a_call_on_a_locked_log(
    qtbot, store: LogStore, answers
) -> None:  # type: ignore[no-untyped-def]
    store.create("Maria", PASS).close()
    window = make_window(qtbot, store)
    activate(qtbot, window)
    window.unlock_page.new_button.setFocus()
    window.record_attempt("1-888-351-4024")
    qtbot.waitUntil(window.unlock_page.passphrase.hasFocus, timeout=2000)


def test_first_time_user_sees_no_red_message(qtbot, store: LogStore, answers) -> None:  # type: ignore[no-untyped-def]
    window = make_window(qtbot, store, contact="1-888-351-4024")
    text = window.unlock_page.error.text()
    assert "start a new log" in text.lower()
    assert "#a00000" not in window.unlock_page.error.styleSheet()


@pytest.fixture
def qt_settings_home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch):  # type: ignore[no-untyped-def]
    """Qt's per-user settings (QtProject.conf) in a folder of this test."""
    import os

    default = os.environ.get("XDG_CONFIG_HOME") or str(Path.home() / ".config")
    home = tmp_path / "home"
    config = home / ".config"
    config.mkdir(parents=True)
    (home / "Documents").mkdir()
    monkeypatch.setenv("HOME", str(home))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(config))
    for fmt in (QSettings.Format.NativeFormat, QSettings.Format.IniFormat):
        QSettings.setPath(fmt, QSettings.Scope.UserScope, str(config))
    yield home
    for fmt in (QSettings.Format.NativeFormat, QSettings.Format.IniFormat):
        QSettings.setPath(fmt, QSettings.Scope.UserScope, default)


def _run_real_save_dialog(qtbot, parent, folder: Path) -> tuple[str, str]:  # type: ignore[no-untyped-def]
    """Open a real (Qt) save dialog, go to `folder`, type a name and press Save."""
    seen: dict[str, str] = {}

    def answer() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, QFileDialog):
            QTimer.singleShot(20, answer)
            return
        seen["start"] = dialog.directory().absolutePath()
        dialog.setDirectory(str(folder))
        dialog.selectFile(str(folder / "record.csv"))
        dialog.accept()

    QTimer.singleShot(20, answer)
    name = file_dialogs.ask_save_path(parent, "Save", "record.csv", "CSV (*.csv)")
    return name, seen.get("start", "")


# The offscreen platform cannot resize a real dialog's window and says so; that is not ours.
@pytest.mark.qt_log_ignore("propagateSizeHints")
def test_file_dialog_leaves_no_history(qtbot, qt_settings_home: Path, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtWidgets import QWidget

    parent = QWidget()
    qtbot.addWidget(parent)
    usb = tmp_path / "usb"
    usb.mkdir()
    name, start = _run_real_save_dialog(qtbot, parent, usb)
    assert name == str(usb / "record.csv")
    assert start == str(qt_settings_home / "Documents"), "dialogs start in Documents"
    assert not list(qt_settings_home.rglob("QtProject.conf")), "no remembered folders"


@pytest.mark.qt_log_ignore("propagateSizeHints")
def test_file_dialog_keeps_other_apps_settings(
    qtbot, qt_settings_home: Path, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtWidgets import QWidget

    before = QSettings(QSettings.Scope.UserScope, "QtProject")
    before.setValue("FileDialog/history", ["file:///other/app/folder"])
    before.setValue("Other/key", "kept")
    before.sync()
    conf = Path(before.fileName())
    del before
    parent = QWidget()
    qtbot.addWidget(parent)
    usb = tmp_path / "usb"
    usb.mkdir()
    _run_real_save_dialog(qtbot, parent, usb)
    after = QSettings(QSettings.Scope.UserScope, "QtProject")
    assert after.value("FileDialog/history") == ["file:///other/app/folder"]
    assert after.value("Other/key") == "kept"
    assert str(usb) not in conf.read_text(encoding="utf-8")


def test_native_dialogs_on_windows_and_macos(monkeypatch: pytest.MonkeyPatch) -> None:
    for platform, native in (("win32", True), ("darwin", True), ("linux", False)):
        monkeypatch.setattr(file_dialogs.sys, "platform", platform)
        uses_qt_own = bool(file_dialogs.dialog_options() & QFileDialog.Option.DontUseNativeDialog)
        assert uses_qt_own is not native, platform


def test_focus_back_in_passphrase_box_after_cancelling_a_new_log(
    qtbot, store: LogStore, answers
) -> None:  # type: ignore[no-untyped-def]
    store.create("Maria", PASS).close()
    window = make_window(qtbot, store)
    activate(qtbot, window)
    qtbot.mouseClick(window.unlock_page.new_button, Qt.MouseButton.LeftButton)
    [dialog] = [d for d in window.findChildren(NewLogDialog) if d.isVisible()]
    dialog.reject()
    activate(qtbot, window)
    qtbot.waitUntil(window.unlock_page.passphrase.hasFocus, timeout=2000)
