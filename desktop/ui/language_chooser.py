"""The first-start language chooser: the five languages in large type, each named in itself.

Shown once, over the main window (already in the PC's language), until the person picks a
language or skips; either way the choice is saved and it does not come back.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QDialog, QLabel, QPushButton, QVBoxLayout, QWidget

from desktop.ui.i18n import LANGUAGES
from desktop.ui.window_util import freeze_minimum_size

# Large enough to read from a step back, for people who do not read small print easily.
CHOICE_POINT_SIZE = 18


class LanguageChooser(QDialog):
    """Five large buttons, one per language, and a way to keep the language shown."""

    # The code of the language chosen, or of the one kept when the person skipped.
    chosen = Signal(str)

    def __init__(self, current: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._current = current
        self.setObjectName("languageChooser")
        # Every language's word for "language": the title must speak to everyone.
        self.setWindowTitle("Language · Idioma · Lang · Idioma · Langue")
        self.prompt = QLabel(self.tr("Choose your language"), self)
        self.prompt.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.buttons: dict[str, QPushButton] = {}
        for code, name in LANGUAGES.items():
            button = QPushButton(name, self)
            font = QFont(button.font())
            font.setPointSize(CHOICE_POINT_SIZE)
            button.setFont(font)
            button.setMinimumHeight(CHOICE_POINT_SIZE * 3)
            button.setDefault(code == current)
            self.buttons[code] = button
        self.skip_button = QPushButton(self.tr("Skip"), self)
        self.skip_button.setToolTip(self.tr("Keep this language; you can change it later"))
        self.skip_button.setAccessibleDescription(
            self.tr("Keep this language; you can change it later")
        )

        layout = QVBoxLayout(self)
        layout.addWidget(self.prompt)
        for button in self.buttons.values():
            layout.addWidget(button)
        layout.addSpacing(12)
        layout.addWidget(self.skip_button, 0, Qt.AlignmentFlag.AlignRight)

        for code, button in self.buttons.items():
            button.clicked.connect(lambda _checked=False, code=code: self._choose(code))
        self.skip_button.clicked.connect(self.reject)
        self.rejected.connect(lambda: self.chosen.emit(self._current))
        freeze_minimum_size(self)

    def _choose(self, code: str) -> None:
        """Close with the language picked."""
        self.chosen.emit(code)
        self.done(QDialog.DialogCode.Accepted.value)
