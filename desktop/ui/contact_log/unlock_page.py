"""Choose a log and unlock it; create a new log (or one from a backup) with a clear warning."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.core.contact_log import MAX_NICKNAME, nickname_warnings
from desktop.ui.contact_log.passphrase_dialogs import PassphraseFields
from desktop.ui.contact_log.sizing import freeze_minimum_size

ERROR_CSS = "color: #a00000; font-weight: bold;"
HINT_CSS = "font-weight: bold;"
HINT_COLOUR_CSS = "color: #6a3d00;"


class UnlockPage(QWidget):
    """The first page: which log is yours, and its passphrase."""

    unlockRequested = Signal(str, str)
    createRequested = Signal()
    restoreRequested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.intro = QLabel(
            self.tr(
                "Your contact log keeps a private record of every time you try to reach ICE. "
                "Choose your log and type your passphrase."
            ),
            self,
        )
        self.intro.setWordWrap(True)
        self.logs = QListWidget(self)
        self.logs.setAccessibleName(self.tr("Logs on this computer"))
        self.empty_hint = QLabel(
            self.tr("There is no log on this computer yet. Start a new one."), self
        )
        self.empty_hint.setWordWrap(True)
        self.passphrase = QLineEdit(self)
        self.passphrase.setEchoMode(QLineEdit.EchoMode.Password)
        self.passphrase.setAccessibleName(self.tr("Passphrase"))
        self.passphrase.setPlaceholderText(self.tr("Passphrase"))
        self.open_button = QPushButton(self.tr("&Open my log"), self)
        self.open_button.setDefault(True)
        self.open_button.setAccessibleName(self.tr("Open the chosen log"))
        self.new_button = QPushButton(self.tr("Start a &new log..."), self)
        self.new_button.setAccessibleName(self.tr("Start a new contact log"))
        self.restore_button = QPushButton(self.tr("Open a &backup file..."), self)
        self.restore_button.setAccessibleName(self.tr("Make a log from a backup file"))
        self.error = QLabel(self)
        self.error.setWordWrap(True)
        self.error.setTextFormat(Qt.TextFormat.PlainText)
        self.error.setStyleSheet(ERROR_CSS)
        self.error.setAccessibleName(self.tr("Message"))

        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addWidget(QLabel(self.tr("Logs on this computer:"), self))
        layout.addWidget(self.logs, 1)
        layout.addWidget(self.empty_hint)
        pass_label = QLabel(self.tr("&Passphrase:"), self)
        pass_label.setBuddy(self.passphrase)
        layout.addWidget(pass_label)
        layout.addWidget(self.passphrase)
        layout.addWidget(self.error)
        layout.addWidget(self.open_button)
        row = QHBoxLayout()
        row.addWidget(self.new_button)
        row.addWidget(self.restore_button)
        layout.addLayout(row)

        self.open_button.clicked.connect(self._request_unlock)
        self.passphrase.returnPressed.connect(self._request_unlock)
        self.logs.itemActivated.connect(lambda _item: self.passphrase.setFocus())
        self.logs.itemClicked.connect(lambda _item: self.passphrase.setFocus())
        self.new_button.clicked.connect(self.createRequested.emit)
        self.restore_button.clicked.connect(self.restoreRequested.emit)

    def set_logs(self, nicknames: list[str], select: str | None = None) -> None:
        """Show the nicknames; select one (or the only one)."""
        self.logs.clear()
        self.logs.addItems(nicknames)
        self.empty_hint.setVisible(not nicknames)
        self.open_button.setEnabled(bool(nicknames))
        self.passphrase.setEnabled(bool(nicknames))
        if select in nicknames:
            self.logs.setCurrentRow(nicknames.index(select))
        elif len(nicknames) == 1:
            self.logs.setCurrentRow(0)

    def clear(self) -> None:
        """Forget the typed passphrase and any message."""
        self.passphrase.setText("")
        self.error.clear()

    def show_error(self, text: str) -> None:
        """Show a message under the passphrase, in red: something went wrong."""
        self.error.setStyleSheet(ERROR_CSS)
        self.error.setText(text)

    def show_hint(self, text: str) -> None:
        """Show a message under the passphrase in the normal colour: what to do next."""
        self.error.setStyleSheet(HINT_CSS)
        self.error.setText(text)

    def focus_passphrase(self) -> None:
        """Put the cursor in the passphrase box (or on "Start a new log" when there is none)."""
        if self.passphrase.isEnabled():
            self.passphrase.setFocus(Qt.FocusReason.OtherFocusReason)
        else:
            self.new_button.setFocus(Qt.FocusReason.OtherFocusReason)

    def _request_unlock(self) -> None:
        item = self.logs.currentItem()
        if item is None:
            self.show_error(self.tr("First choose your log in the list."))
            return
        if not self.passphrase.text():
            self.show_error(self.tr("Type your passphrase."))
            self.passphrase.setFocus()
            return
        self.unlockRequested.emit(item.text(), self.passphrase.text())


class NewLogDialog(QDialog):
    """Name and passphrase for a new log, with the warnings people must read and hints as they
    type (a nickname that gives them away, a passphrase that is easy to guess)."""

    def __init__(self, parent: QWidget | None, title: str) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.warning = QLabel(
            self.tr(
                "Do not use your real name: choose a nickname only you will recognise.\n"
                "Choose a passphrase you will remember (a short sentence is easiest). "
                "If you forget it, nobody can open this log again: it cannot be recovered."
            ),
            self,
        )
        self.warning.setWordWrap(True)
        self.nickname = QLineEdit(self)
        self.nickname.setMaxLength(MAX_NICKNAME)
        self.nickname.setAccessibleName(self.tr("Nickname for the log"))
        self.nickname_hint = QLabel(self)
        self.nickname_hint.setWordWrap(True)
        self.nickname_hint.setTextFormat(Qt.TextFormat.PlainText)
        self.nickname_hint.setStyleSheet(HINT_COLOUR_CSS)
        self.nickname_hint.setMinimumHeight(self.nickname_hint.fontMetrics().lineSpacing() * 2 + 4)
        self.fields = PassphraseFields(self)
        self.passphrase, self.repeat = self.fields.passphrase, self.fields.repeat
        self.error = QLabel(self)
        self.error.setWordWrap(True)
        self.error.setTextFormat(Qt.TextFormat.PlainText)
        self.error.setStyleSheet(ERROR_CSS)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(self.tr("Create"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))

        form = QFormLayout()
        form.addRow(self.tr("&Nickname:"), self.nickname)
        form.addRow(self.nickname_hint)
        layout = QVBoxLayout(self)
        layout.addWidget(self.warning)
        layout.addLayout(form)
        layout.addWidget(self.fields)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        self.resize(580, self.sizeHint().height())
        freeze_minimum_size(self)
        self.nickname.textChanged.connect(self._nickname_changed)
        self.buttons.accepted.connect(self._check)
        self.buttons.rejected.connect(self.reject)

    def _nickname_changed(self, text: str) -> None:
        """Warn gently about a nickname that looks like an A-number or a full name."""
        self.fields.set_nickname(text)
        words = {
            "looks_like_a_number": self.tr(
                "This looks like a number (an A-number?). The list of logs on this computer "
                "is not secret: a nickname is safer."
            ),
            "looks_like_full_name": self.tr(
                "This looks like a full name. The list of logs on this computer is not "
                "secret: a nickname only you recognise is safer."
            ),
        }
        self.nickname_hint.setText(
            " ".join(words.get(w, "") for w in nickname_warnings(text.strip()))
        )

    def _check(self) -> None:
        """Accept only a nickname and a passphrase that passes the checks, typed the same twice."""
        problem = self.fields.error()
        if not self.nickname.text().strip():
            self.show_error(self.tr("Type a nickname for the log."))
        elif problem:
            self.show_error(problem)
            self.repeat.clear()
        else:
            self.accept()

    def show_error(self, text: str) -> None:
        """Show why the dialog cannot be accepted yet."""
        self.error.setText(text)

    def values(self) -> tuple[str, str]:
        """(nickname, passphrase)."""
        return self.nickname.text(), self.passphrase.text()
