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

from desktop.core.contact_log import MAX_NICKNAME, MIN_PASSPHRASE
from desktop.ui.contact_log.sizing import freeze_minimum_size


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
        self.error.setStyleSheet("color: #a00000; font-weight: bold;")
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
        self.passphrase.clear()
        self.error.clear()

    def show_error(self, text: str) -> None:
        """Show a plain message under the passphrase."""
        self.error.setText(text)

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
    """Name and passphrase for a new log, with the two warnings people must read."""

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
        self.passphrase = QLineEdit(self)
        self.passphrase.setEchoMode(QLineEdit.EchoMode.Password)
        self.passphrase.setAccessibleName(self.tr("Passphrase"))
        self.repeat = QLineEdit(self)
        self.repeat.setEchoMode(QLineEdit.EchoMode.Password)
        self.repeat.setAccessibleName(self.tr("Passphrase again"))
        self.error = QLabel(self)
        self.error.setWordWrap(True)
        self.error.setTextFormat(Qt.TextFormat.PlainText)
        self.error.setStyleSheet("color: #a00000; font-weight: bold;")
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(self.tr("Create"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))

        form = QFormLayout()
        form.addRow(self.tr("&Nickname:"), self.nickname)
        form.addRow(
            self.tr("&Passphrase (at least %1 characters):").replace("%1", str(MIN_PASSPHRASE)),
            self.passphrase,
        )
        form.addRow(self.tr("&Again:"), self.repeat)
        layout = QVBoxLayout(self)
        layout.addWidget(self.warning)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        freeze_minimum_size(self)
        self.buttons.accepted.connect(self._check)
        self.buttons.rejected.connect(self.reject)

    def _check(self) -> None:
        """Accept only when the passphrase was typed the same twice and is long enough."""
        if not self.nickname.text().strip():
            self.show_error(self.tr("Type a nickname for the log."))
        elif len(self.passphrase.text()) < MIN_PASSPHRASE:
            self.show_error(
                self.tr("The passphrase needs at least %1 characters.").replace(
                    "%1", str(MIN_PASSPHRASE)
                )
            )
        elif self.passphrase.text() != self.repeat.text():
            self.show_error(self.tr("The two passphrases are not the same. Type them again."))
            self.repeat.clear()
        else:
            self.accept()

    def show_error(self, text: str) -> None:
        """Show why the dialog cannot be accepted yet."""
        self.error.setText(text)

    def values(self) -> tuple[str, str]:
        """(nickname, passphrase)."""
        return self.nickname.text(), self.passphrase.text()
