"""The contact log window, driven with pytest-qt on the offscreen platform."""

from __future__ import annotations

import unicodedata
from datetime import datetime, timedelta
from pathlib import Path

import pytest
import shiboken6
from pypdf import PdfReader
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QFileDialog, QInputDialog, QMessageBox

from desktop.core.contact_log import LogStore, Method, Outcome, PersonDetails
from desktop.ui.contact_log.entries_model import EntriesModel
from desktop.ui.contact_log.entry_dialog import EntryDialog
from tests.ui.contact_log_helpers import (
    PASS,
    accept_plain_file_warning,
    activate,
    add_via_form,
    answer_delete,
    answer_new_passphrase,
    create_via_dialog,
    make_window,
    table_texts,
)


@pytest.fixture
def warnings(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Record QMessageBox warnings/information instead of blocking; answer questions Yes."""
    seen: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, text, *a, **k: seen.append(text))
    monkeypatch.setattr(QMessageBox, "information", lambda _p, _t, text, *a, **k: seen.append(text))
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    accept_plain_file_warning(monkeypatch)
    return seen


def test_create_add_edit_delete_undo(qtbot, store: LogStore, warnings: list[str]) -> None:  # type: ignore[no-untyped-def]
    window = make_window(qtbot, store)
    assert window.is_locked() and window.stack.currentWidget() is window.unlock_page
    create_via_dialog(qtbot, window)
    assert store.list_logs() == ["Maria"]
    add_via_form(window, "<b>first</b> & <i>call</i>")
    add_via_form(window, "second call", Outcome.VOICEMAIL_LEFT)
    # Newest first; typed HTML shown as plain text.
    assert window.proxy.rowCount() == 2
    assert "<b>first</b> & <i>call</i>" in table_texts(window, EntriesModel.NOTES)
    assert table_texts(window, EntriesModel.TO) == ["1-833-383-1465", "1-833-383-1465"]
    assert "2 attempts recorded" in window.page.summary.text()  # English plural forms
    # Edit the selected (just saved) entry.
    window.select_entry(window.log.entries()[0].id)  # type: ignore[union-attr]
    dialog = window.edit_selected()
    assert dialog is not None and dialog.entry is not None
    dialog.notes.setPlainText("edited notes")
    dialog.submit()
    assert any(e.notes == "edited notes" for e in window.log.entries())  # type: ignore[union-attr]
    # Delete with confirmation, then undo with Ctrl+Z.
    window.select_entry(window.log.entries()[0].id)  # type: ignore[union-attr]
    before = window.log.entries()  # type: ignore[union-attr]
    assert window.delete_selected()
    assert window.proxy.rowCount() == 1 and window.page.undo_button.isEnabled()
    activate(qtbot, window)
    qtbot.keyClick(window.table, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert window.log.entries() == before  # type: ignore[union-attr]
    assert window.proxy.rowCount() == 2 and not window.page.undo_button.isEnabled()
    assert warnings == []


def test_refused_delete_keeps_entry(
    qtbot, store: LogStore, monkeypatch: pytest.MonkeyPatch
) -> None:  # type: ignore[no-untyped-def]
    window = make_window(qtbot, store)
    create_via_dialog(qtbot, window)
    add_via_form(window, "keep me")
    window.select_entry(window.log.entries()[0].id)  # type: ignore[union-attr]
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.No)
    assert not window.delete_selected()
    assert window.proxy.rowCount() == 1


def test_future_date_refused_in_plain_words_and_form_stays_open(
    qtbot, store: LogStore, warnings: list[str]
) -> None:  # type: ignore[no-untyped-def]
    window = make_window(qtbot, store)
    create_via_dialog(qtbot, window)
    dialog = window.add_entry()
    assert dialog is not None
    dialog.when.set_value(datetime.now() + timedelta(days=2))
    dialog.submit()
    assert dialog.isVisible()
    assert warnings and "future" in warnings[0] and "Traceback" not in warnings[0]
    assert window.log.count() == 0  # type: ignore[union-attr]


def test_filter_and_filter_count(qtbot, store: LogStore, warnings: list[str]) -> None:  # type: ignore[no-untyped-def]
    window = make_window(qtbot, store)
    create_via_dialog(qtbot, window)
    add_via_form(window, "alpha")
    add_via_form(window, "beta")
    qtbot.keyClicks(window.page.filter, "BET")
    assert table_texts(window, EntriesModel.NOTES) == ["beta"]
    window.page.filter.clear()
    assert window.proxy.rowCount() == 2


def test_wrong_passphrase_message_and_unlock(qtbot, store: LogStore) -> None:  # type: ignore[no-untyped-def]
    store.create("Maria", PASS).close()
    window = make_window(qtbot, store)
    window.unlock_page.logs.setCurrentRow(0)
    qtbot.keyClicks(window.unlock_page.passphrase, "not it at all")
    qtbot.keyClick(window.unlock_page.passphrase, Qt.Key.Key_Return)  # Enter unlocks
    assert window.is_locked()
    assert "does not open this log" in window.unlock_page.error.text()
    assert window.unlock_page.passphrase.text() == ""
    # QTest cannot type non-ASCII keys: set the (unicode) passphrase directly.
    window.unlock_page.passphrase.setText(PASS)
    qtbot.mouseClick(window.unlock_page.open_button, Qt.MouseButton.LeftButton)
    assert not window.is_locked()
    assert window.unlock_page.error.text() == ""


def test_idle_auto_lock_closes_db_and_clears_every_view(
    qtbot, store: LogStore, warnings: list[str]
) -> None:  # type: ignore[no-untyped-def]
    window = make_window(qtbot, store, idle_lock_ms=300)
    create_via_dialog(qtbot, window)
    add_via_form(window, "secret note")
    window.log.set_details(PersonDetails("Ana", "123456789"))  # type: ignore[union-attr]
    window.refresh()
    log = window.log
    qtbot.keyClicks(window.page.filter, "sec")
    form = window.add_entry()
    assert form is not None and form.isVisible()
    qtbot.waitUntil(window.is_locked, timeout=5000)
    assert log is not None and log.closed
    assert window.model.rowCount() == 0 and window.proxy.rowCount() == 0
    assert (
        window.page.filter.text() == ""
        and window.page.summary.text() == ""
        and window.page.person_bar.label.text() == ""
    )
    assert window.stack.currentWidget() is window.unlock_page
    # The open form (with whatever was typed) is gone too.
    assert not shiboken6.isValid(form) or not form.isVisible()
    assert window.last_deleted is None


def test_lock_button_and_closing_lock(qtbot, store: LogStore, warnings: list[str]) -> None:  # type: ignore[no-untyped-def]
    window = make_window(qtbot, store)
    create_via_dialog(qtbot, window)
    add_via_form(window, "x")
    log = window.log
    qtbot.mouseClick(window.page.lock_button, Qt.MouseButton.LeftButton)
    assert window.is_locked() and log is not None and log.closed and window.model.rowCount() == 0
    window.unlock("Maria", PASS)
    log = window.log
    window.close()
    assert window.is_locked() and log is not None and log.closed


def test_a_number_copy_clears_clipboard(qtbot, store: LogStore, warnings: list[str]) -> None:  # type: ignore[no-untyped-def]
    window = make_window(qtbot, store, clipboard_clear_ms=150)
    create_via_dialog(qtbot, window)
    dialog = window.manager.edit_details()
    assert dialog is not None
    dialog.name.setText("María")
    dialog.a_number.setText("a 12345678")
    dialog.accept()
    assert "A-012-345-678" in window.page.person_bar.label.text()
    clipboard = QGuiApplication.clipboard()
    qtbot.mouseClick(window.page.person_bar.copy_button, Qt.MouseButton.LeftButton)
    assert clipboard.text() == "A-012-345-678"
    qtbot.waitUntil(lambda: clipboard.text() == "", timeout=3000)
    # Something else copied afterwards is left alone.
    qtbot.mouseClick(window.page.person_bar.copy_button, Qt.MouseButton.LeftButton)
    clipboard.setText("something the person copied")
    qtbot.wait(400)
    assert clipboard.text() == "something the person copied"


def test_bad_a_number_explained(qtbot, store: LogStore, warnings: list[str]) -> None:  # type: ignore[no-untyped-def]
    window = make_window(qtbot, store)
    create_via_dialog(qtbot, window)
    dialog = window.manager.edit_details()
    assert dialog is not None
    dialog.a_number.setText("12345")
    dialog.accept()
    assert warnings and "8 or 9 digits" in warnings[0]
    assert dialog.isVisible()


def test_record_attempt_from_an_answer_after_unlock(
    qtbot, store: LogStore, warnings: list[str]
) -> None:  # type: ignore[no-untyped-def]
    store.create("Maria", PASS).close()
    window = make_window(qtbot, store, contact="1-888-351-4024")
    assert "Type your passphrase" in window.unlock_page.error.text()
    # A hint, not an error: not in red; and the cursor is where the passphrase goes.
    assert "#a00000" not in window.unlock_page.error.styleSheet()
    qtbot.waitUntil(window.unlock_page.passphrase.hasFocus, timeout=2000)
    window.unlock("Maria", PASS)
    [form] = [d for d in window.findChildren(EntryDialog) if d.isVisible()]
    assert form.contact.currentText() == "1-888-351-4024"
    assert form.method.currentData() == Method.PHONE.value
    assert abs((form.when.value() - datetime.now()).total_seconds()) < 120
    form.submit()
    [entry] = window.log.entries()  # type: ignore[union-attr]
    assert entry.contact == "1-888-351-4024" and entry.method is Method.PHONE
    assert datetime.now().astimezone() - entry.when < timedelta(minutes=2)


def test_just_called_button_uses_first_quick_pick(
    qtbot, store: LogStore, warnings: list[str]
) -> None:  # type: ignore[no-untyped-def]
    window = make_window(qtbot, store)
    create_via_dialog(qtbot, window)
    qtbot.mouseClick(window.page.just_called_button, Qt.MouseButton.LeftButton)
    [form] = [d for d in window.findChildren(EntryDialog) if d.isVisible()]
    form.submit()
    assert window.log.entries()[0].contact == "1-833-383-1465"  # type: ignore[union-attr]


def test_export_pdf_holds_the_entries(
    qtbot, store: LogStore, warnings: list[str], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:  # type: ignore[no-untyped-def]
    window = make_window(qtbot, store)
    create_via_dialog(qtbot, window)
    add_via_form(window, "Officer said call back Monday")
    add_via_form(window, "<script>x</script>")
    target = tmp_path / "record.pdf"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    assert window.exports.save_pdf() == target
    text = " ".join(p.extract_text() for p in PdfReader(target).pages)
    # Table cells wrap: compare without whitespace.
    flat = "".join(unicodedata.normalize("NFKC", text).split())  # NFKC: the "ffi" ligature
    assert "RecordofattemptstocontactICE" in flat
    assert "OfficersaidcallbackMonday" in flat
    assert "<script>x</script>" in flat
    assert "1-833-383-1465" in flat
    assert not [
        p for p in tmp_path.iterdir() if p.name.endswith(".tmp") or p.name.startswith(".print-")
    ]


def test_export_csv(
    qtbot, store: LogStore, warnings: list[str], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:  # type: ignore[no-untyped-def]
    window = make_window(qtbot, store)
    create_via_dialog(qtbot, window)
    add_via_form(window, "=SUM(A1)")
    target = tmp_path / "log.csv"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    assert window.exports.save_csv() == target
    text = target.read_text(encoding="utf-8-sig")
    assert "'=SUM(A1)" in text and "No answer" in text


def test_backup_restore_round_trip_and_delete_log(
    qtbot, store: LogStore, warnings: list[str], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:  # type: ignore[no-untyped-def]
    window = make_window(qtbot, store)
    create_via_dialog(qtbot, window)
    add_via_form(window, "backed up note")
    original = window.log.entries()  # type: ignore[union-attr]
    backup = tmp_path / "usb" / "maria.clbackup"
    backup.parent.mkdir()
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(backup), ""))
    answer_new_passphrase(monkeypatch, "backup passphrase words")
    assert window.exports.save_backup() == backup and backup.exists()
    window.lock()
    # Restore: the file, then the backup's passphrase (checked in the background), and only
    # then the new nickname and passphrase.
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(backup), ""))
    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: ("backup passphrase words", True))
    assert window.manager.restore_backup() is not None
    qtbot.waitUntil(lambda: getattr(window.manager, "restore_dialog", None) is not None)
    dialog = window.manager.restore_dialog
    qtbot.waitUntil(dialog.isVisible)
    dialog.nickname.setText("Maria copy")
    dialog.passphrase.setText("restored passphrase words")
    dialog.repeat.setText("restored passphrase words")
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert not window.is_locked() and window.log is not None
    assert window.log.nickname == "Maria copy"
    assert window.log.entries() == original
    window.lock()
    # Delete the first log, after its passphrase: its own files go, the backup (unticked) stays.
    assert window.unlock("Maria", PASS)
    files = store.files_of("Maria")
    assert files
    [shown] = [answer_delete(monkeypatch, PASS)]
    assert window.manager.delete_log()
    assert [str(r.path) for _b, r in shown[0].export_boxes] == [str(backup)]
    assert window.is_locked()
    assert not any(p.exists() for p in files) and backup.exists()
    assert store.list_logs() == ["Maria copy"]
    assert [
        window.unlock_page.logs.item(i).text() for i in range(window.unlock_page.logs.count())
    ] == ["Maria copy"]
    assert warnings == []


def test_backup_passphrases_must_match(
    qtbot, store: LogStore, warnings: list[str], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:  # type: ignore[no-untyped-def]
    window = make_window(qtbot, store)
    create_via_dialog(qtbot, window)
    monkeypatch.setattr(
        QFileDialog, "getSaveFileName", lambda *a, **k: (str(tmp_path / "b.clbackup"), "")
    )
    seen = answer_new_passphrase(monkeypatch, "first passphrase here", "other passphrase here")
    assert window.exports.save_backup() is None
    assert not (tmp_path / "b.clbackup").exists()
    assert "not the same" in seen[0].error.text()


def test_controls_have_accessible_names(qtbot, store: LogStore, warnings: list[str]) -> None:  # type: ignore[no-untyped-def]
    window = make_window(qtbot, store)
    create_via_dialog(qtbot, window)
    form = window.add_entry()
    assert form is not None
    for w in (
        form.when.date,
        form.when.time,
        form.method,
        form.contact,
        form.outcome,
        form.notes,
        form.office,
        form.person,
        form.attachments,
    ):
        assert w.accessibleName(), w
    for w in (
        window.table,
        window.page.filter,
        window.page.lock_button,
        window.page.just_called_button,
    ):
        assert w.accessibleName(), w


def _png(color: str = "red") -> bytes:
    import io

    from PIL import Image

    out = io.BytesIO()
    Image.new("RGB", (60, 40), color).save(out, "PNG")
    return out.getvalue()


def test_attachments_from_file_and_clipboard_reach_the_record(
    qtbot, store: LogStore, warnings: list[str], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:  # type: ignore[no-untyped-def]

    window = make_window(qtbot, store)
    create_via_dialog(qtbot, window)
    picture = tmp_path / "appointment-site.png"
    picture.write_bytes(_png())
    pdf = tmp_path / "confirmation.pdf"
    pdf.write_bytes(b"%PDF-1.4\n%%EOF\n")
    bogus = tmp_path / "virus.png"
    bogus.write_bytes(b"MZ not a picture")
    monkeypatch.setattr(
        QFileDialog, "getOpenFileNames", lambda *a, **k: ([str(picture), str(pdf)], "")
    )
    form = window.add_entry()
    assert form is not None
    qtbot.mouseClick(form.attachment_panel.attach_file, Qt.MouseButton.LeftButton)
    QGuiApplication.clipboard().setImage(_qimage())
    qtbot.mouseClick(form.attachment_panel.paste_picture, Qt.MouseButton.LeftButton)
    assert form.attachments.count() == 3
    form.attachments.setCurrentRow(1)
    qtbot.mouseClick(form.attachment_panel.remove, Qt.MouseButton.LeftButton)  # drop the PDF again
    form.submit()
    [entry] = window.log.entries()  # type: ignore[union-attr]
    assert [a.mime for a in entry.attachments] == ["image/png", "image/png"]
    assert entry.attachments[0].name == "appointment-site.png"
    # A file that is not what its name says is refused in plain words; nothing saved.
    monkeypatch.setattr(QFileDialog, "getOpenFileNames", lambda *a, **k: ([str(bogus)], ""))
    form = window.add_entry()
    assert form is not None
    qtbot.mouseClick(form.attachment_panel.attach_file, Qt.MouseButton.LeftButton)
    form.submit()
    assert form.isVisible() and warnings and "pictures" in warnings[-1]
    form.reject()
    assert window.log.count() == 1  # type: ignore[union-attr]
    # Edit: remove a stored attachment.
    window.select_entry(entry.id)
    form = window.edit_selected()
    assert form is not None
    form.attachments.setCurrentRow(1)
    qtbot.mouseClick(form.attachment_panel.remove, Qt.MouseButton.LeftButton)
    form.submit()
    assert len(window.log.entry(entry.id).attachments) == 1  # type: ignore[union-attr]
    # The record shows the picture.
    target = tmp_path / "record.pdf"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    assert window.exports.save_pdf() == target
    reader = PdfReader(target)
    assert sum(len(page.images) for page in reader.pages) >= 1
    text = "".join(" ".join(p.extract_text() for p in reader.pages).split())
    assert "appointment-site.png" in text


def _qimage():  # type: ignore[no-untyped-def]
    from PySide6.QtGui import QColor, QImage

    image = QImage(30, 20, QImage.Format.Format_RGB32)
    image.fill(QColor("blue"))
    return image


def test_empty_clipboard_paste_explained(qtbot, store: LogStore, warnings: list[str]) -> None:  # type: ignore[no-untyped-def]
    window = make_window(qtbot, store)
    create_via_dialog(qtbot, window)
    QGuiApplication.clipboard().clear()
    form = window.add_entry()
    assert form is not None
    qtbot.mouseClick(form.attachment_panel.paste_picture, Qt.MouseButton.LeftButton)
    assert form.attachments.count() == 0 and warnings and "no picture" in warnings[0]


def test_change_passphrase(
    qtbot, store: LogStore, warnings: list[str], monkeypatch: pytest.MonkeyPatch
) -> None:  # type: ignore[no-untyped-def]
    window = make_window(qtbot, store)
    create_via_dialog(qtbot, window)
    add_via_form(window, "still here")
    new = "river lantern pocket seven"
    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: ("wrong current", True))
    answer_new_passphrase(monkeypatch, new)
    assert not window.manager.change_passphrase()
    assert warnings and "does not open" in warnings[-1]
    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: (PASS, True))
    assert window.manager.change_passphrase()
    window.lock()
    assert not window.unlock("Maria", PASS)
    assert window.unlock("Maria", new)
    assert window.log.entries()[0].notes == "still here"  # type: ignore[union-attr]


def test_idle_lock_during_a_question_or_file_dialog_saves_nothing(
    qtbot, store: LogStore, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:  # type: ignore[no-untyped-def]
    window = make_window(qtbot, store)
    create_via_dialog(qtbot, window)
    add_via_form(window, "keep")
    window.select_entry(window.log.entries()[0].id)  # type: ignore[union-attr]

    def lock_then(answer):  # type: ignore[no-untyped-def]
        def fake(*_a, **_k):  # type: ignore[no-untyped-def]
            window.lock()  # what the idle timer does while a modal dialog waits
            return answer

        return fake

    monkeypatch.setattr(QMessageBox, "question", lock_then(QMessageBox.StandardButton.Yes))
    assert not window.delete_selected()
    assert window.is_locked()
    window.unlock("Maria", PASS)
    assert window.log.count() == 1  # type: ignore[union-attr]
    from desktop.ui.contact_log.delete_dialog import DeleteLogDialog

    def lock_in_delete_dialog(dialog: DeleteLogDialog) -> int:
        dialog.passphrase_box.setText(PASS)
        window.lock()
        return DeleteLogDialog.DialogCode.Accepted.value

    monkeypatch.setattr(DeleteLogDialog, "exec", lock_in_delete_dialog)
    assert not window.manager.delete_log()
    assert store.list_logs() == ["Maria"]
    window.unlock("Maria", PASS)
    accept_plain_file_warning(monkeypatch)
    target = tmp_path / "x.csv"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lock_then((str(target), "")))
    assert window.exports.save_csv() is None and not target.exists()


def test_print_record(
    qtbot, store: LogStore, warnings: list[str], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtPrintSupport import QPrintDialog, QPrinter
    from PySide6.QtWidgets import QDialog

    window = make_window(qtbot, store)
    create_via_dialog(qtbot, window)
    add_via_form(window, "printed on paper")
    target = tmp_path / "printed.pdf"

    def fake_exec(dialog: QPrintDialog) -> int:
        # Stand in for the person choosing a printer: print to a PDF file instead.
        printer = dialog.printer()
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        printer.setOutputFileName(str(target))
        return QDialog.DialogCode.Accepted.value

    monkeypatch.setattr(QPrintDialog, "exec", fake_exec)
    window.exports.print_record()
    text = "".join(" ".join(p.extract_text() for p in PdfReader(target).pages).split())
    assert "printedonpaper" in text


def test_view_and_save_a_copy_of_stored_attachments(
    qtbot, store: LogStore, warnings: list[str], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:  # type: ignore[no-untyped-def]
    from desktop.ui.contact_log.attachment_view import AttachmentViewer

    window = make_window(qtbot, store)
    create_via_dialog(qtbot, window)
    picture = tmp_path / "site.png"
    picture.write_bytes(_png())
    pdf = tmp_path / "letter.pdf"
    pdf.write_bytes(b"%PDF-1.4\nletter\n%%EOF\n")
    monkeypatch.setattr(
        QFileDialog, "getOpenFileNames", lambda *a, **k: ([str(picture), str(pdf)], "")
    )
    form = window.add_entry()
    assert form is not None
    qtbot.mouseClick(form.attachment_panel.attach_file, Qt.MouseButton.LeftButton)
    form.attachments.setCurrentRow(0)
    assert not form.attachment_panel.view.isEnabled(), "not stored yet"
    form.submit()
    window.select_entry(window.log.entries()[0].id)  # type: ignore[union-attr]
    form = window.edit_selected()
    assert form is not None
    form.attachments.setCurrentRow(0)
    viewer = form.attachment_panel.view_selected()
    assert isinstance(viewer, AttachmentViewer) and viewer.pixmap.width() == 60
    viewer.reject()
    copy = tmp_path / "copy.pdf"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(copy), ""))
    form.attachments.setCurrentRow(1)
    qtbot.mouseClick(form.attachment_panel.save, Qt.MouseButton.LeftButton)
    assert copy.read_bytes() == pdf.read_bytes()
