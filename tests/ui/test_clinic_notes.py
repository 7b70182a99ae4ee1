"""pytest-qt: staff write a clinic note, preview it, save it; the window then finds it by
search, shows and prints it "From <clinic name>", lists its number under the clinic's name;
the notes are exported and imported on a fresh data folder."""

from __future__ import annotations

import dataclasses
import unicodedata
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QFileDialog, QInputDialog, QMessageBox

from desktop.core.library import HelpLibrary
from desktop.core.packs import pack_store
from desktop.core.paths import resolve_paths
from desktop.core.settings import SettingsStore
from desktop.ui.clinic_notes import open_clinic_notes, show_clinic_notes
from desktop.ui.clinic_notes.editor import NoteEditor
from desktop.ui.clinic_notes.notes_dialog import ClinicNotesDialog
from desktop.ui.packs_dialog import AddPackDialog
from desktop.ui.packs_menu import wire_packs

# The offscreen platform cannot pass a shown dialog's size hints on and says so; not ours.
pytestmark = pytest.mark.qt_log_ignore("propagateSizeHints")

CLINIC = "Harbor City Legal Clinic"
TITLE = "Where is the Harbor City field office?"


class Windows:
    """Main windows over the packs of the current data folder, and the libraries handed on."""

    def __init__(self, qtbot, index_dir: Path, tmp_path: Path) -> None:
        self.qtbot = qtbot
        self.index_dir = index_dir
        self.tmp_path = tmp_path
        self.libraries: list[HelpLibrary] = []
        self.opened: list[HelpLibrary] = []

    def open(self, library: HelpLibrary | None = None, clinic: str = CLINIC):
        """A shown main window wired to the pack store, with the clinic's name set."""
        from desktop.ui.main_window import MainWindow

        paths = resolve_paths()
        if library is None:
            library = HelpLibrary.load_content(paths.content_dir, pack_store(paths))
            assert library.open_current_index(self.index_dir, paths.index_cache_dir)
        self.opened.append(library)
        store = SettingsStore(paths.settings_file)
        settings = dataclasses.replace(store.load(), clinic_name=clinic)
        window = MainWindow(library, store, settings)
        self.qtbot.addWidget(window)
        wire_packs(window, paths, self.libraries.append)
        window.show()
        self.qtbot.waitExposed(window)
        return window

    def next_library(self) -> HelpLibrary:
        """The library handed on after the notes changed (re-indexed in the background)."""
        self.qtbot.waitUntil(lambda: bool(self.libraries), timeout=60_000)
        library = self.libraries.pop()
        self.opened.append(library)
        return library

    def close(self) -> None:
        for library in self.opened:
            library.close()


@pytest.fixture
def windows(qtbot, index_dir: Path, tmp_path: Path):
    made = Windows(qtbot, index_dir, tmp_path)
    yield made
    made.close()


def _notes_dialog(qtbot, window) -> ClinicNotesDialog:
    open_clinic_notes(window)
    dialog = window.findChild(ClinicNotesDialog)
    assert dialog is not None and dialog.isVisible()
    return dialog


def _write_note(qtbot, dialog: ClinicNotesDialog, monkeypatch: pytest.MonkeyPatch) -> NoteEditor:
    """Write the test note with the keyboard and the toolbar."""
    qtbot.mouseClick(dialog.new_button, Qt.MouseButton.LeftButton)
    editor = dialog.editor
    assert editor is not None and editor.isVisible()
    qtbot.keyClicks(editor.title_edit, TITLE)
    text = editor.text_edit
    qtbot.keyClicks(text, "Field office")
    editor.format_bar.heading()
    text.moveCursor(text.textCursor().MoveOperation.End)
    text.insertPlainText("\nThe office is at 1 Harbor Street.\nBring your letter\nArrive early")
    # Select the last two lines and make them a bulleted list.
    cursor = text.textCursor()
    cursor.movePosition(cursor.MoveOperation.End)
    cursor.movePosition(cursor.MoveOperation.Up, cursor.MoveMode.KeepAnchor)
    text.setTextCursor(cursor)
    editor.format_bar.bullets()
    text.moveCursor(text.textCursor().MoveOperation.End)
    text.insertPlainText("\n\nCall our front desk at ")
    monkeypatch.setattr(
        QInputDialog, "getText", staticmethod(lambda *a, **k: ("617-555-0188", True))
    )
    editor.format_bar.phone()
    qtbot.keyClicks(text, " before you go.")
    return editor


def test_a_note_is_written_previewed_saved_found_shown_printed_and_numbered(
    qtbot, windows: Windows, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    from desktop.ui.packs_menu import PackActions

    window = windows.open()
    dialog = _notes_dialog(qtbot, window)
    editor = _write_note(qtbot, dialog, monkeypatch)
    assert editor.text_edit.toPlainText() == (
        "## Field office\nThe office is at 1 Harbor Street.\n\n- Bring your letter\n- Arrive early"
        "\n\nCall our front desk at [617-555-0188](tel:+16175550188) before you go."
    )
    assert editor.written_label.text() == "Today, when you save it"
    # The live preview is the answer page as the window will show it.
    qtbot.waitUntil(lambda: "before you go" in editor.preview.toPlainText(), timeout=3000)
    preview = editor.preview.toPlainText()
    assert TITLE in preview and f"From {CLINIC}" in preview
    assert "These are not ASAP's words." in preview and "Verified" not in preview
    assert editor.preview.page_html().count('href="tel:+16175550188"') == 1
    assert "<li>Bring your letter</li>" in editor.preview.page_html()  # a real list

    qtbot.mouseClick(editor.save_button, Qt.MouseButton.LeftButton)
    assert not editor.isVisible()
    assert dialog.list.count() == 1 and TITLE in dialog.list.item(0).text()
    dialog.reject()  # closing the list re-reads the packs and re-indexes them
    library = windows.next_library()
    assert window.findChild(PackActions) is not None

    hits = library.search("Harbor Street field office").hits
    note_id = "clinic-notes-en--where-is-the-harbor-city-field-office"
    assert hits and hits[0].id == note_id
    shown = windows.open(library)
    shown.open_article(note_id)
    answer = shown.answer.toPlainText()
    assert f"From {CLINIC}" in answer and "Verified" not in answer and "Not verified" not in answer

    # Printed (to a PDF) with the same line.
    target = tmp_path / "note"
    monkeypatch.setattr(
        QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: (str(target), "PDF"))
    )
    assert shown.save_pdf() == tmp_path / "note.pdf"
    pdf = _pdf_text(tmp_path / "note.pdf")
    assert TITLE in pdf and f"From {CLINIC}" in pdf and "617-555-0188" in pdf

    # Its number is on the important-numbers page, under the clinic's name.
    shown.show_numbers()
    numbers = shown.answer.toPlainText()
    assert numbers.index("1-833-383-1465") < numbers.index(CLINIC) < numbers.index("617-555-0188")
    assert f"From {CLINIC}: “Call our front desk at 617-555-0188 before you go.”" in numbers
    assert "In ASAP's words: “Call our front desk" not in numbers
    # And following its link opens the copy/QR dialog with what the number is for.
    from PySide6.QtCore import QUrl

    shown.links.follow(QUrl("tel:+16175550188"))
    link_dialog = shown.link_dialog
    assert link_dialog is not None
    assert link_dialog.purpose_label.text() == "Call our front desk at 617-555-0188 before you go."


def _pdf_text(path: Path) -> str:
    from pypdf import PdfReader

    reader = PdfReader(str(path))
    text = " ".join(" ".join((p.extract_text() or "").split()) for p in reader.pages)
    return unicodedata.normalize("NFKC", text)


def test_notes_are_exported_and_imported_on_a_fresh_data_folder(
    qtbot, windows: Windows, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    window = windows.open()
    dialog = _notes_dialog(qtbot, window)
    editor = _write_note(qtbot, dialog, monkeypatch)
    assert editor.save()
    usb = tmp_path / "usb"
    usb.mkdir()
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", staticmethod(lambda *a, **k: str(usb)))
    told: list[str] = []
    monkeypatch.setattr(QMessageBox, "information", lambda *a, **k: told.append(a[2]))
    [exported] = dialog.export_notes()
    assert exported == usb / "clinic-notes-en.chpack" and exported.is_file()
    assert "clinic-notes-en.chpack" in told[0] and str(usb) in told[0]
    dialog.reject()
    windows.next_library()

    # Another of the clinic's computers: a fresh data folder.
    monkeypatch.setenv("CHECKIN_HELP_DATA_DIR", str(tmp_path / "pc2"))
    other = windows.open(clinic="Front desk PC")
    imported = _notes_dialog(qtbot, other)
    assert imported.list.count() == 0
    confirmations: list[AddPackDialog] = []

    def staff_confirms(self: AddPackDialog) -> int:
        confirmations.append(self)
        assert not self.add_button.isEnabled()  # unsigned: staff must tick the box first
        self.confirm.setChecked(True)
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(AddPackDialog, "exec", staff_confirms)
    assert imported.import_notes(exported)
    assert confirmations and confirmations[0].allow_unsigned
    assert imported.list.count() == 1 and TITLE in imported.list.item(0).text()
    imported.reject()
    library = windows.next_library()
    hits = library.search("Harbor Street field office").hits
    assert hits and hits[0].id == "clinic-notes-en--where-is-the-harbor-city-field-office"
    facts = library.pack_facts(hits[0].id)
    assert facts is not None and facts.publisher == CLINIC  # the writing clinic's name


def test_unsaved_changes_are_asked_about_and_undo_works(
    qtbot, windows: Windows, monkeypatch: pytest.MonkeyPatch
) -> None:
    window = windows.open()
    dialog = _notes_dialog(qtbot, window)
    editor = dialog.new_note()
    qtbot.keyClicks(editor.title_edit, "Shelter rules")
    qtbot.keyClicks(editor.text_edit, "Quiet")
    editor.text_edit.selectAll()
    editor.format_bar.bold()
    assert editor.text_edit.toPlainText() == "**Quiet**"
    editor.text_edit.undo()
    assert editor.text_edit.toPlainText() == "Quiet"
    # Lists: a number replaces a bullet, and text touching the list is set apart from it.
    editor.text_edit.setPlainText("Rules:\n- Quiet\n- No smoking\nThank you.")
    cursor = editor.text_edit.textCursor()
    cursor.setPosition(8)
    cursor.setPosition(26, cursor.MoveMode.KeepAnchor)
    editor.text_edit.setTextCursor(cursor)
    editor.format_bar.numbered()
    assert editor.text_edit.toPlainText() == "Rules:\n\n1. Quiet\n2. No smoking\n\nThank you."
    editor.text_edit.undo()
    assert editor.text_edit.toPlainText() == "Rules:\n- Quiet\n- No smoking\nThank you."

    answers = [QMessageBox.StandardButton.Cancel, QMessageBox.StandardButton.Discard]
    asked: list[str] = []

    def question(*args, **kwargs):
        asked.append(args[2])
        return answers.pop(0)

    monkeypatch.setattr(QMessageBox, "question", question)
    qtbot.keyClick(editor, Qt.Key.Key_Escape)
    assert asked == ["Save the changes to this note?"] and editor.isVisible()
    editor.reject()
    assert not editor.isVisible() and dialog.list.count() == 0


def test_a_note_with_raw_html_is_not_saved_and_says_why(
    qtbot, windows: Windows, monkeypatch: pytest.MonkeyPatch
) -> None:
    window = windows.open()
    dialog = _notes_dialog(qtbot, window)
    editor = dialog.new_note()
    editor.title_edit.setText("Hours")
    editor.text_edit.setPlainText("Open <b>9 to 5</b>, see ![map](https://example.org/m.png)")
    editor.update_preview()
    assert "<b>" not in editor.preview.page_html()  # the preview escapes it too
    warnings: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *a, **k: warnings.append(a[2]))
    assert not editor.save()
    assert "raw HTML" in warnings[0] and "image" in warnings[0]
    assert editor.isVisible() and dialog.list.count() == 0


def test_deleting_asks_first(qtbot, windows: Windows, monkeypatch: pytest.MonkeyPatch) -> None:
    window = windows.open()
    dialog = _notes_dialog(qtbot, window)
    editor = dialog.new_note()
    editor.title_edit.setText("Hours")
    editor.text_edit.setPlainText("Open 9 to 5.")
    assert editor.save() and dialog.list.count() == 1
    replies = [QMessageBox.StandardButton.No, QMessageBox.StandardButton.Yes]
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: replies.pop(0))
    dialog.delete_note()
    assert dialog.list.count() == 1
    dialog.delete_note()
    assert dialog.list.count() == 0 and dialog.changed


def test_editing_shows_the_date_written_and_keeps_the_note(
    qtbot, windows: Windows, monkeypatch: pytest.MonkeyPatch
) -> None:
    import datetime as _dt

    window = windows.open()
    dialog = _notes_dialog(qtbot, window)
    editor = dialog.new_note()
    editor.title_edit.setText("Hours")
    editor.text_edit.setPlainText("Open 9 to 5.")
    assert editor.save()
    again = dialog.edit_note()
    assert again is not None and again.title_edit.text() == "Hours"
    assert again.written_label.text() == _dt.date.today().isoformat()
    assert not again.is_modified()
    again.language_box.setCurrentIndex(1)  # Español
    assert again.is_modified()
    again.activateWindow()
    qtbot.waitUntil(again.isActiveWindow, timeout=3000)
    qtbot.keyClick(again.text_edit, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: not again.isVisible(), timeout=3000)
    assert dialog.list.count() == 1 and "Español" in dialog.list.item(0).text()


def test_start_over_closes_the_notes_without_asking(
    qtbot, windows: Windows, monkeypatch: pytest.MonkeyPatch
) -> None:
    window = windows.open()
    dialog = _notes_dialog(qtbot, window)
    editor = dialog.new_note()
    editor.title_edit.setText("Half-written")

    def never(*args, **kwargs):
        raise AssertionError("start over must not ask")

    monkeypatch.setattr(QMessageBox, "question", never)
    window.start_over()
    assert not editor.isVisible() and not dialog.isVisible()


def test_without_the_clinics_name_staff_are_told_to_set_it(
    qtbot, windows: Windows, monkeypatch: pytest.MonkeyPatch
) -> None:
    window = windows.open(clinic="")
    told: list[str] = []
    monkeypatch.setattr(QMessageBox, "information", lambda *a, **k: told.append(a[2]))
    assert show_clinic_notes(window) is None
    assert told and "clinic's name" in told[0]
    assert window.findChild(ClinicNotesDialog) is None


def test_the_editor_fits_a_small_screen_with_tabs(qtbot, windows: Windows) -> None:
    from desktop.ui.screen_fit import available_area

    window = windows.open()
    dialog = _notes_dialog(qtbot, window)
    editor = dialog.new_note()
    area = available_area(editor)
    assert editor.tabs is not None or editor.splitter is not None
    if area.width() < 1280:
        assert editor.tabs is not None
    assert editor.frameGeometry().height() <= area.height()
    assert editor.width() <= area.width()


def test_a_translated_note_links_to_its_original(
    qtbot, windows: Windows, monkeypatch: pytest.MonkeyPatch
) -> None:
    window = windows.open()
    dialog = _notes_dialog(qtbot, window)
    editor = dialog.new_note()
    editor.title_edit.setText("Shelter rules")
    editor.text_edit.setPlainText("Quiet after 10 pm.")
    assert editor.save()
    translation = dialog.translate_note()
    assert translation is not None
    assert translation.language_box.currentData() == "es"
    assert translation.title_edit.text() == "Shelter rules" and not translation.is_modified()
    translation.title_edit.setText("Reglas del albergue")
    translation.text_edit.setPlainText("Silencio después de las 10 pm.")
    assert translation.save()
    assert dialog.list.count() == 2
    dialog.reject()
    library = windows.next_library()
    [link] = library.translations("clinic-notes-en--shelter-rules")
    assert (link.name, link.article_id) == ("Español", "clinic-notes-es--shelter-rules")
    shown = windows.open(library)
    shown.open_article("clinic-notes-es--shelter-rules")
    answer = shown.answer.toPlainText()
    assert "Also in: English" in answer and f"From {CLINIC}" in answer
