"""The note editor: title, language, date written, a formatting toolbar, Markdown and a live
preview written by the same PageWriter as the answers (so it is what people will see)."""

from __future__ import annotations

import dataclasses
import datetime as _dt

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QSplitter,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from desktop.core.clinic_notes import (
    NOTE_LANGUAGES,
    ClinicNote,
    ClinicNotes,
    NoteError,
    pack_language,
    preview_page,
)
from desktop.ui.answer_view import AnswerView
from desktop.ui.clinic_notes.format_bar import FormatBar
from desktop.ui.i18n import LANGUAGES
from desktop.ui.pages import PageWriter
from desktop.ui.screen_fit import available_area, fit_dialog, is_small

# The preview follows the typing after this pause (milliseconds).
PREVIEW_DELAY_MS = 300


class NoteEditor(QDialog):
    """Writes one note; `saved(ClinicNote)` after it was saved (the dialog then closes)."""

    saved = Signal(object)

    def __init__(
        self,
        notes: ClinicNotes,
        pages: PageWriter,
        note: ClinicNote | None,
        language: str,
        parent: QWidget | None = None,
        draft: ClinicNote | None = None,
    ) -> None:
        super().__init__(parent)
        self._notes = notes
        self._pages = pages
        self._original = note  # None: a new note
        # What the fields start from: the note, a draft (a translation keeps the id its
        # original has, so the two answers link to each other), or nothing.
        self._start = note or draft or ClinicNote("", "", pack_language(language), "", "")
        self._discarding = False
        self.setObjectName("noteEditor")
        self.setWindowTitle(self.tr("Clinic note"))
        self._build_widgets()
        self._build_layout()
        self._connect()
        self._load()
        area = available_area(self.parentWidget() or self)
        self.resize(min(1100, area.width() * 9 // 10), min(760, area.height() * 17 // 20))
        fit_dialog(self)

    # -- building ----------------------------------------------------------------------------

    def _build_widgets(self) -> None:
        """Create the widgets."""
        self.title_edit = QLineEdit()
        self.title_edit.setAccessibleName(self.tr("Title"))
        self.title_edit.setPlaceholderText(self.tr("For example: Where is the local ICE office?"))
        self.language_box = QComboBox()
        self.language_box.setAccessibleName(self.tr("Language of the note"))
        for code, name in LANGUAGES.items():
            self.language_box.addItem(name, pack_language(code))
        self.written_label = QLabel()
        self.text_edit = QPlainTextEdit()
        self.text_edit.setObjectName("noteText")
        self.text_edit.setAccessibleName(self.tr("Text of the note"))
        self.text_edit.setTabChangesFocus(True)
        self.format_bar = FormatBar(self.text_edit, self)
        self.preview = AnswerView()
        self.preview.setObjectName("notePreview")
        self.preview.setAccessibleName(self.tr("Preview"))
        self.preview.setAccessibleDescription(self.tr("The note as people will see it"))
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.save_button = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(PREVIEW_DELAY_MS)

    def _build_layout(self) -> None:
        """Editor and preview side by side on a wide screen, as two tabs on a small one."""
        form = QFormLayout()
        form.addRow(self.tr("Title"), self.title_edit)
        form.addRow(self.tr("Language"), self.language_box)
        form.addRow(self.tr("Date written"), self.written_label)
        writing = QWidget()
        box = QVBoxLayout(writing)
        box.setContentsMargins(0, 0, 0, 0)
        box.addWidget(self.format_bar)
        box.addWidget(self.text_edit, 1)
        self.tabs: QTabWidget | None = None
        self.splitter: QSplitter | None = None
        if is_small(available_area(self.parentWidget() or self)):
            self.tabs = QTabWidget()
            self.tabs.addTab(writing, self.tr("Write"))
            self.tabs.addTab(self.preview, self.tr("Preview"))
            middle: QWidget = self.tabs
        else:
            self.splitter = QSplitter(Qt.Orientation.Horizontal)
            self.splitter.addWidget(writing)
            self.splitter.addWidget(self.preview)
            middle = self.splitter
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(middle, 1)
        layout.addWidget(self.buttons)

    def _connect(self) -> None:
        """Wire the buttons and the live preview."""
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        # Not `self._timer.start` itself: a signal's argument would become its interval.
        self.title_edit.textChanged.connect(lambda _text: self._timer.start())
        self.text_edit.textChanged.connect(lambda: self._timer.start())
        self.language_box.currentIndexChanged.connect(lambda _index: self._timer.start())
        self._timer.timeout.connect(self.update_preview)
        if self.tabs is not None:
            self.tabs.currentChanged.connect(lambda _index: self.update_preview())
        save = QShortcut(QKeySequence(QKeySequence.StandardKey.Save), self)
        save.activated.connect(self.save)

    def _load(self) -> None:
        """Fill the fields (a new note is in the clinic's language)."""
        start = self._start
        lang = start.language
        self.language_box.setCurrentIndex(
            NOTE_LANGUAGES.index(lang) if lang in NOTE_LANGUAGES else 0
        )
        self.title_edit.setText(start.title)
        self.text_edit.setPlainText(start.body)
        if self._original is not None:
            self.written_label.setText(self._original.written)
        else:
            self.written_label.setText(self.tr("Today, when you save it"))
        self.text_edit.document().setModified(False)
        self.text_edit.document().clearUndoRedoStacks()
        self.update_preview()

    # -- the note ----------------------------------------------------------------------------

    def current_note(self) -> ClinicNote:
        """The note as it stands in the editor."""
        return dataclasses.replace(
            self._start,
            title=self.title_edit.text().strip(),
            language=str(self.language_box.currentData()),
            body=self.text_edit.toPlainText(),
        )

    def is_modified(self) -> bool:
        """True when something was changed since the note was opened or saved."""
        now, was = self.current_note(), self._start
        return (now.title, now.language, now.body.strip()) != (
            was.title,
            was.language,
            was.body.strip(),
        )

    def update_preview(self) -> None:
        """Show the note as its answer page will look."""
        self._timer.stop()
        note = self.current_note()
        if not note.title:
            note = dataclasses.replace(note, title=self.tr("(No title yet)"))
        page = preview_page(note, self._notes.clinic_name, _dt.date.today())
        self.preview.show_html(self._pages.answer(page))

    def save(self) -> bool:
        """Save the note (checked by the pack rules); True when it was saved."""
        note = self.current_note()
        problems = []
        if not note.title:
            problems.append(self.tr("Write a title."))
        if not note.body.strip():
            problems.append(self.tr("Write the text of the note."))
        if not problems:
            try:
                saved = self._notes.save(note, self._original)
            except NoteError as exc:
                problems = exc.problems
        if problems:
            QMessageBox.warning(
                self,
                self.tr("Clinic note"),
                self.tr("The note was not saved:\n{problems}").format(problems="\n".join(problems)),
            )
            return False
        self._original = self._start = saved
        self.saved.emit(saved)
        self._discarding = True
        self.accept()
        return True

    # -- closing -----------------------------------------------------------------------------

    def discard(self) -> None:
        """Close without asking, dropping any change (start over for the next person)."""
        self._discarding = True
        self.reject()

    def reject(self) -> None:
        """Cancel, Escape or the close button: ask first when there are unsaved changes."""
        if not self._discarding and self.is_modified():
            answer = QMessageBox.question(
                self,
                self.tr("Unsaved changes"),
                self.tr("Save the changes to this note?"),
                QMessageBox.StandardButton.Save
                | QMessageBox.StandardButton.Discard
                | QMessageBox.StandardButton.Cancel,
                QMessageBox.StandardButton.Save,
            )
            if answer == QMessageBox.StandardButton.Save:
                self.save()
                return
            if answer != QMessageBox.StandardButton.Discard:
                return
        super().reject()
