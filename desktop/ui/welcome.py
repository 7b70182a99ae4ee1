"""The first-start welcome: what the app is, that it needs no internet, and where help is.

Shown once per data folder, over the main window (after the language chooser on a first
start), never by `--exit-when-ready` or the self-test; "start over" does not bring it back.
app.py remembers that it was shown (`Settings.welcome_shown`, nothing personal).
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.ui.window_util import freeze_minimum_size

# Large enough to read from a step back, like the first-start language chooser.
HEADING_POINT_SIZE = 18
TEXT_POINT_SIZE = 12
# The dialog's width (less on a narrower screen).
WELCOME_WIDTH = 560


def _menu_word(text: str) -> str:
    """A menu's text as read aloud: no shortcut letter, no trailing dots."""
    return text.replace("&", "").rstrip(".… ")


class WelcomeDialog(QDialog):
    """One screen: what the app is, offline, legal information only, where help is; "Start"."""

    # The person asked to read the how-to page now.
    howToRequested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("welcomeDialog")
        self.setWindowTitle(self.tr("Welcome"))
        self.heading = QLabel(self.tr("Welcome to Check-In Help"), self)
        font = QFont(self.heading.font())
        font.setPointSize(HEADING_POINT_SIZE)
        font.setBold(True)
        self.heading.setFont(font)
        self.heading.setWordWrap(True)
        help_menu = _menu_word(QCoreApplication.translate("", "&Help"))
        how_to = _menu_word(QCoreApplication.translate("", "&How to use this app"))
        lines = [
            self.tr(
                "This app answers common questions about check-ins with ICE and ISAP. "
                "The answers come from the Asylum Seeker Advocacy Project (ASAP)."
            ),
            self.tr("It works without the internet. What you type is not sent anywhere."),
            self.tr("It gives legal information, not legal advice about your case."),
            self.tr("To learn how to use it, open the menu %1 > %2.")
            .replace("%1", help_menu)
            .replace("%2", how_to),
        ]
        self.text = QLabel("\n\n".join(lines), self)
        self.text.setObjectName("welcomeText")
        self.text.setTextFormat(Qt.TextFormat.PlainText)
        self.text.setWordWrap(True)
        text_font = QFont(self.text.font())
        text_font.setPointSize(TEXT_POINT_SIZE)
        self.text.setFont(text_font)
        self.start_button = QPushButton(self.tr("Start"), self)
        self.start_button.setObjectName("welcomeStart")
        self.start_button.setDefault(True)
        self.start_button.setFont(text_font)
        self.start_button.setMinimumHeight(TEXT_POINT_SIZE * 3)
        self.how_to_button = QPushButton(how_to, self)
        self.how_to_button.setObjectName("welcomeHowTo")

        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addSpacing(8)
        layout.addWidget(self.text)
        layout.addSpacing(12)
        buttons = QHBoxLayout()
        buttons.addWidget(self.how_to_button)
        buttons.addStretch(1)
        buttons.addWidget(self.start_button)
        layout.addLayout(buttons)

        self.start_button.clicked.connect(self.accept)
        self.how_to_button.clicked.connect(self._how_to)
        # Wrapped labels ask for the height they need at the dialog's width, so no line is cut.
        width = min(WELCOME_WIDTH, self._screen_width())
        margins = layout.contentsMargins()
        inner = width - margins.left() - margins.right()
        for label in (self.heading, self.text):
            label.setMinimumHeight(label.heightForWidth(inner))
        self.setMinimumWidth(width)
        freeze_minimum_size(self)

    def _screen_width(self) -> int:
        """The available width of the screen the dialog opens on."""
        from desktop.ui.screen_fit import available_area

        return available_area(self.parentWidget() or self).width()

    def _how_to(self) -> None:
        """Close the welcome and ask for the how-to page."""
        self.accept()
        self.howToRequested.emit()
