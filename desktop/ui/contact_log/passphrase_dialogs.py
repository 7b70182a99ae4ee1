"""Choosing a passphrase (new log, new passphrase, backup) with hints as the person types and a
"Suggest a passphrase" button; asking for an existing passphrase."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

import shiboken6
from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QFont, QFontMetrics
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.core.passphrase import (
    PassphraseProblem,
    generate_passphrase,
    passphrase_problems,
    passphrase_strength,
)
from desktop.ui.contact_log.sizing import freeze_minimum_size

HINT_CSS = "color: #6a3d00;"
# Room a title bar takes beside the title: the window's icon, its buttons and margins.
TITLE_BAR_RESERVE = 110


def title_width(dialog: QWidget) -> int:
    """The width dialog needs for its whole title in the title bar (in a bold font, as many
    title bars use, and never less than the app's own font)."""
    font = QFont(QApplication.font())
    font.setBold(True)
    return QFontMetrics(font).horizontalAdvance(dialog.windowTitle()) + TITLE_BAR_RESERVE


class _WidenForTitle(QObject):
    """Widens a QInputDialog as it is shown so that its title is not cut off (Qt sizes the
    passphrase prompt for its short label only: "Open a ba... k-In Help")."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        """On a prompt's Show event, before it is on screen: make it wide enough."""
        if event.type() == QEvent.Type.Show and isinstance(watched, QInputDialog):
            needed = title_width(watched)
            if watched.width() < needed:
                watched.resize(needed, watched.height())
        return False


@contextmanager
def titles_fit() -> Iterator[None]:
    """While inside, every passphrase prompt shown is wide enough for its title."""
    app = QApplication.instance()
    widen = _WidenForTitle()
    if app is not None:
        app.installEventFilter(widen)
    try:
        yield
    finally:
        if app is not None:
            app.removeEventFilter(widen)


class PassphraseFields(QWidget):
    """A passphrase typed twice, a strength bar, what is wrong with it, and a suggestion."""

    def __init__(self, parent: QWidget | None, nickname: str = "") -> None:
        super().__init__(parent)
        self.nickname = nickname
        self.passphrase = QLineEdit(self)
        self.passphrase.setEchoMode(QLineEdit.EchoMode.Password)
        self.passphrase.setAccessibleName(self.tr("Passphrase"))
        self.repeat = QLineEdit(self)
        self.repeat.setEchoMode(QLineEdit.EchoMode.Password)
        self.repeat.setAccessibleName(self.tr("Passphrase again"))
        self.strength = QProgressBar(self)
        self.strength.setRange(0, 4)
        self.strength.setTextVisible(False)
        self.strength.setAccessibleName(self.tr("Strength of the passphrase"))
        self.hint = QLabel(self)
        self.hint.setWordWrap(True)
        self.hint.setTextFormat(Qt.TextFormat.PlainText)
        self.hint.setStyleSheet(HINT_CSS)
        # Room for the longest hint, so the dialog never has to grow (or clip it) while typing.
        self.hint.setMinimumHeight(self.hint.fontMetrics().lineSpacing() * 3 + 4)
        self.suggest = QPushButton(self.tr("Suggest a passphrase"), self)
        self.suggest.setAccessibleName(self.tr("Suggest a passphrase of four common words"))
        self.suggestion = QLabel(self)
        self.suggestion.setWordWrap(True)
        self.suggestion.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.suggestion.setTextFormat(Qt.TextFormat.PlainText)
        self.suggestion.setMinimumHeight(self.suggestion.fontMetrics().lineSpacing() * 2 + 4)
        form = QFormLayout(self)
        form.setContentsMargins(0, 0, 0, 0)
        form.addRow(self.tr("&Passphrase:"), self.passphrase)
        form.addRow(self.tr("&Again:"), self.repeat)
        form.addRow(self.tr("Strength:"), self.strength)
        form.addRow(self.hint)
        form.addRow(self.suggest, self.suggestion)
        self.passphrase.textChanged.connect(lambda _t: self.update_hint())
        self.suggest.clicked.connect(self.fill_suggestion)
        self.update_hint()

    def set_nickname(self, nickname: str) -> None:
        """The log's nickname, which the passphrase must not contain."""
        self.nickname = nickname
        self.update_hint()

    def problems_text(self) -> str:
        """What is wrong with the typed passphrase, in plain words ("" when nothing)."""
        words = {
            PassphraseProblem.TOO_SHORT: self.tr(
                "Use at least 12 characters, or three words or more."
            ),
            PassphraseProblem.CONTAINS_NICKNAME: self.tr(
                "Do not use the log's name in the passphrase."
            ),
            PassphraseProblem.COMMON: self.tr(
                "This is a common password that is guessed first. Choose another."
            ),
        }
        problems = passphrase_problems(self.passphrase.text(), self.nickname)
        return " ".join(words[p] for p in problems)

    def update_hint(self) -> None:
        """Show the strength and problems of what is typed."""
        text = self.passphrase.text()
        score = passphrase_strength(text, self.nickname) if text else 0
        self.strength.setValue(score)
        if not text:
            self.hint.setText(
                self.tr("A short sentence of four or more words is easy to remember.")
            )
            return
        problems = self.problems_text()
        names = (
            self.tr("Very weak"),
            self.tr("Weak"),
            self.tr("Fair"),
            self.tr("Good"),
            self.tr("Strong"),
        )
        self.hint.setText(names[score] + (". " + problems if problems else "."))

    def fill_suggestion(self) -> str:
        """Make up four common words in the UI language; show them so they can be written down."""
        lang = self.locale().name().split("_")[0]
        phrase = generate_passphrase(lang if lang in ("en", "es", "fr", "pt", "ht") else "en")
        self.passphrase.setText(phrase)
        self.repeat.setText(phrase)
        self.suggestion.setText(self.tr("Write it down and keep it safe: %1").replace("%1", phrase))
        return phrase

    def error(self) -> str:
        """Why the passphrase cannot be used yet ("" when it can)."""
        if self.problems_text():
            return self.problems_text()
        if self.passphrase.text() != self.repeat.text():
            return self.tr("The two passphrases are not the same. Type them again.")
        return ""

    def value(self) -> str:
        """The chosen passphrase."""
        return self.passphrase.text()


class NewPassphraseDialog(QDialog):
    """Choose a new passphrase (for a log's new passphrase, or a backup)."""

    def __init__(self, parent: QWidget | None, title: str, prompt: str, nickname: str = "") -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        intro = QLabel(prompt, self)
        intro.setWordWrap(True)
        self.fields = PassphraseFields(self, nickname)
        self.error = QLabel(self)
        self.error.setWordWrap(True)
        self.error.setStyleSheet("color: #a00000; font-weight: bold;")
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.ok_button = buttons.button(QDialogButtonBox.StandardButton.Ok)
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.fields)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        self.resize(560, self.sizeHint().height())
        freeze_minimum_size(self)
        buttons.accepted.connect(self._check)
        buttons.rejected.connect(self.reject)

    def _check(self) -> None:
        problem = self.fields.error()
        if problem:
            self.error.setText(problem)
            self.fields.repeat.clear()
            return
        self.accept()


def ask_new_passphrase(parent: QWidget, title: str, prompt: str, nickname: str = "") -> str | None:
    """A new passphrase that passes the checks, typed twice; None when cancelled."""
    dialog = NewPassphraseDialog(parent, title, prompt, nickname)
    accepted = dialog.exec() == QDialog.DialogCode.Accepted
    # A lock may have closed (and deleted) the dialog while it was open.
    if not shiboken6.isValid(dialog):
        return None
    value = dialog.fields.value()
    dialog.deleteLater()
    return value if accepted else None


def ask_passphrase(parent: QWidget, title: str, prompt: str) -> str | None:
    """An existing passphrase, typed once and hidden; None when cancelled."""
    with titles_fit():
        text, ok = QInputDialog.getText(parent, title, prompt, QLineEdit.EchoMode.Password)
    return text if ok and text else None
