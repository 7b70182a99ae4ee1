"""The list of the clinic's notes: new, edit, delete (after asking), export and import."""

from __future__ import annotations

import dataclasses
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QGridLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.core.clinic_notes import (
    NOTE_LANGUAGES,
    ClinicNote,
    ClinicNotes,
    NoteError,
    signing_key,
)
from desktop.ui.clinic_notes.editor import NoteEditor
from desktop.ui.i18n import LANGUAGES
from desktop.ui.pages import PageWriter
from desktop.ui.screen_fit import available_area, fit_dialog


def language_name(code: str) -> str:
    """A pack language ("pt-BR") named in itself."""
    return LANGUAGES.get(code.replace("-", "_"), code)


class ClinicNotesDialog(QDialog):
    """Lists the notes; `changed` is True once a note or notes pack was saved, deleted or added."""

    def __init__(
        self,
        notes: ClinicNotes,
        pages: PageWriter,
        data_dir: Path,
        language: str,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._notes = notes
        self._pages = pages
        self._data_dir = Path(data_dir)
        self._language = language
        self._shown: list[ClinicNote] = []
        self.changed = False
        self.editor: NoteEditor | None = None
        self.setObjectName("clinicNotes")
        self.setWindowTitle(self.tr("Clinic notes"))
        self._build()
        self.refresh()
        area = available_area(self.parentWidget() or self)
        self.resize(min(640, area.width() * 9 // 10), min(520, area.height() * 17 // 20))
        fit_dialog(self)

    def _build(self) -> None:
        """Widgets, layout and connections."""
        intro = QLabel(
            self.tr(
                "The clinic's own notes. They are shown beside ASAP's answers with the line "
                "\u201cFrom {clinic}\u201d, and can be found by searching."
            ).format(clinic=self._notes.clinic_name)
        )
        intro.setWordWrap(True)
        self.list = QListWidget()
        self.list.setAccessibleName(self.tr("Clinic notes"))
        self.new_button = QPushButton(self.tr("New note"))
        self.edit_button = QPushButton(self.tr("Edit"))
        self.delete_button = QPushButton(self.tr("Delete"))
        self.translate_button = QPushButton(self.tr("Translate..."))
        self.translate_button.setToolTip(
            self.tr("Write the selected note in another language; the two will link to each other")
        )
        self.export_button = QPushButton(self.tr("Export..."))
        self.export_button.setToolTip(
            self.tr("Save the notes as pack files to copy to the clinic's other computers")
        )
        self.import_button = QPushButton(self.tr("Import..."))
        self.import_button.setToolTip(
            self.tr("Add notes exported on another of the clinic's computers")
        )
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)

        grid = QGridLayout()  # two rows of buttons fit a narrow screen
        buttons = (
            self.new_button,
            self.edit_button,
            self.delete_button,
            self.translate_button,
            self.export_button,
            self.import_button,
        )
        for n, button in enumerate(buttons):
            grid.addWidget(button, n // 3, n % 3)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.list, 1)
        layout.addLayout(grid)
        layout.addWidget(close)

        close.rejected.connect(self.reject)
        self.list.currentRowChanged.connect(self._update)
        self.list.itemActivated.connect(lambda _item: self.edit_note())
        self.new_button.clicked.connect(self.new_note)
        self.edit_button.clicked.connect(self.edit_note)
        self.delete_button.clicked.connect(self.delete_note)
        self.translate_button.clicked.connect(self.translate_note)
        self.export_button.clicked.connect(self.export_notes)
        self.import_button.clicked.connect(self.import_notes)

    # -- the list --------------------------------------------------------------------------

    def refresh(self, select: ClinicNote | None = None) -> None:
        """Read the notes again and list them."""
        try:
            self._shown = self._notes.notes()
        except NoteError as exc:
            self._shown = []
            self._problem(exc)
        self.list.clear()
        for note in self._shown:
            text = self.tr("{title}\n{language}, written on {date}").format(
                title=note.title, language=language_name(note.language), date=note.written
            )
            QListWidgetItem(text, self.list)
        row = 0
        if select is not None:
            keys = [(n.id, n.language) for n in self._shown]
            row = (
                keys.index((select.id, select.language))
                if (select.id, select.language) in keys
                else 0
            )
        self.list.setCurrentRow(row if self._shown else -1)
        self._update()

    def current(self) -> ClinicNote | None:
        """The selected note."""
        row = self.list.currentRow()
        return self._shown[row] if 0 <= row < len(self._shown) else None

    def _update(self) -> None:
        """Edit and delete need a selected note; export needs a note."""
        has = self.current() is not None
        self.edit_button.setEnabled(has)
        self.delete_button.setEnabled(has)
        self.translate_button.setEnabled(has)
        self.export_button.setEnabled(bool(self._shown))

    # -- actions ---------------------------------------------------------------------------

    def new_note(self) -> NoteEditor:
        """Open the editor on a new note."""
        return self._open_editor(None)

    def edit_note(self) -> NoteEditor | None:
        """Open the editor on the selected note."""
        note = self.current()
        return self._open_editor(note) if note is not None else None

    def translate_note(self) -> NoteEditor | None:
        """Open the editor on a new note with the selected one's id and text, in a language
        that has no note with that id yet."""
        note = self.current()
        if note is None:
            return None
        have = {n.language for n in self._shown if n.id == note.id}
        free = [lang for lang in NOTE_LANGUAGES if lang not in have]
        language = free[0] if free else note.language
        draft = dataclasses.replace(note, language=language, written="")
        return self._open_editor(None, draft)

    def _open_editor(self, note: ClinicNote | None, draft: ClinicNote | None = None) -> NoteEditor:
        """Show the editor over this dialog."""
        editor = NoteEditor(self._notes, self._pages, note, self._language, self, draft)
        editor.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        editor.saved.connect(self._saved)
        editor.destroyed.connect(lambda: setattr(self, "editor", None))
        self.editor = editor
        editor.open()
        return editor

    def _saved(self, note: ClinicNote) -> None:
        """A note was saved: list it."""
        self.changed = True
        self.refresh(select=note)

    def delete_note(self) -> None:
        """Delete the selected note after the person confirms."""
        note = self.current()
        if note is None:
            return
        answer = QMessageBox.question(
            self,
            self.tr("Delete note"),
            self.tr("Delete the note \u201c{title}\u201d from this computer?").format(
                title=note.title
            ),
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        try:
            self._notes.delete(note)
        except NoteError as exc:
            self._problem(exc)
            return
        self.changed = True
        self.refresh()

    def export_notes(self) -> list[Path]:
        """Write the notes packs into a folder the person chooses (a USB stick, say)."""
        folder = QFileDialog.getExistingDirectory(self, self.tr("Export clinic notes to a folder"))
        if not folder:
            return []
        try:
            written = self._notes.export(Path(folder), signing_key(self._data_dir))
        except NoteError as exc:
            self._problem(exc)
            return []
        QMessageBox.information(
            self,
            self.tr("Clinic notes"),
            self.tr(
                "Saved %n file(s) in {folder}:\n{files}\n\nOn the clinic's other computers, "
                "add them with Clinic notes > Import.",
                "",
                len(written),
            ).format(folder=folder, files="\n".join(p.name for p in written)),
        )
        return written

    def import_notes(self, path: Path | None = None) -> bool:
        """Add notes exported on another computer: shown first, unverified ones need staff's tick."""
        from desktop.core.packs import preview_pack
        from desktop.ui.packs_dialog import AddPackDialog
        from index.packs.manifest import PackError

        if path is None:
            name, _ = QFileDialog.getOpenFileName(
                self, self.tr("Import clinic notes"), "", self.tr("Information packs (*.chpack)")
            )
            if not name:
                return False
            path = Path(name)
        try:
            self._notes.check_import(path)
            preview = preview_pack(self._notes.store, path)
        except NoteError as exc:
            self._problem(exc)
            return False
        except PackError as exc:
            self._problem(NoteError([str(exc)]))
            return False
        dialog = AddPackDialog(preview, self)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return False
        try:
            self._notes.import_pack(path, allow_unsigned=dialog.allow_unsigned)
        except NoteError as exc:
            self._problem(exc)
            return False
        self.changed = True
        self.refresh()
        return True

    def _problem(self, exc: NoteError) -> None:
        """Say plainly what went wrong (nothing was changed)."""
        QMessageBox.warning(
            self,
            self.tr("Clinic notes"),
            self.tr("Nothing was changed:\n{reason}").format(reason="\n".join(exc.problems)),
        )

    # -- closing ---------------------------------------------------------------------------

    def discard(self) -> None:
        """Close at once, the editor too, dropping unsaved changes (start over)."""
        if self.editor is not None:
            self.editor.discard()
        self.reject()
