"""The staff PIN prompts: enter it, set it the first time (typed twice), or change it."""

from __future__ import annotations

import math

from PySide6.QtCore import QRegularExpression, Qt
from PySide6.QtGui import QRegularExpressionValidator
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from desktop.core.staff import (
    MAX_PIN_DIGITS,
    MIN_PIN_DIGITS,
    PinWaitError,
    PinWrongError,
    StaffPin,
    valid_pin,
)
from desktop.ui.screen_fit import fit_dialog

ENTER, NEW, CHANGE = "enter", "new", "change"


class PinDialog(QDialog):
    """Asks for the staff PIN (ENTER), a first PIN typed twice (NEW), or a new one (CHANGE)."""

    def __init__(self, pin: StaffPin, mode: str = ENTER, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._pin = pin
        self.mode = mode
        self.setObjectName("staffPin")
        self.setWindowTitle(self.tr("Staff PIN") if mode == ENTER else self.tr("Set staff PIN"))
        self.intro = QLabel(self._intro_text())
        self.intro.setWordWrap(True)
        self.current = self._pin_field(self.tr("Staff PIN"))
        self.new = self._pin_field(self.tr("New PIN"))
        self.repeat = self._pin_field(self.tr("New PIN again"))
        self.error = QLabel()
        self.error.setObjectName("pinError")
        self.error.setWordWrap(True)
        self.error.setStyleSheet("color: #a00000; font-weight: bold")
        self.error.hide()
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )

        form = QFormLayout()
        if mode in (ENTER, CHANGE):
            label = self.tr("Current PIN") if mode == CHANGE else self.tr("Staff PIN")
            self.current.setAccessibleName(label)
            form.addRow(label, self.current)
        if mode in (NEW, CHANGE):
            form.addRow(self.tr("New PIN"), self.new)
            form.addRow(self.tr("New PIN again"), self.repeat)
        else:  # not in the layout: hidden, else they would sit on the intro's first words
            self.new.hide()
            self.repeat.hide()
        if mode == NEW:
            self.current.hide()
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)

        self.buttons.accepted.connect(self.try_accept)
        self.buttons.rejected.connect(self.reject)
        first = self.current if mode in (ENTER, CHANGE) else self.new
        first.setFocus(Qt.FocusReason.OtherFocusReason)
        fit_dialog(self)

    def _pin_field(self, name: str) -> QLineEdit:
        """A hidden field that takes digits only."""
        field = QLineEdit(self)
        field.setEchoMode(QLineEdit.EchoMode.Password)
        field.setMaxLength(MAX_PIN_DIGITS)
        field.setValidator(
            QRegularExpressionValidator(QRegularExpression(f"[0-9]{{0,{MAX_PIN_DIGITS}}}"), field)
        )
        field.setInputMethodHints(
            Qt.InputMethodHint.ImhDigitsOnly | Qt.InputMethodHint.ImhSensitiveData
        )
        field.setAccessibleName(name)
        return field

    def _intro_text(self) -> str:
        """What this prompt is for."""
        if self.mode == ENTER:
            return self.tr("Staff settings are for the clinic's staff. Type the staff PIN.")
        rules = self.tr("Choose a PIN of {low} to {high} digits. Type it twice.").format(
            low=MIN_PIN_DIGITS, high=MAX_PIN_DIGITS
        )
        if self.mode == CHANGE:
            return rules
        first = self.tr(
            "No staff PIN is set on this computer yet. Set one now: staff type it to change "
            "settings, add information packs and trust publisher keys."
        )
        return f"{first}\n\n{rules}"

    def show_error(self, text: str) -> None:
        """Say in the dialog what went wrong."""
        self.error.setText(text)
        self.error.show()

    def try_accept(self) -> None:
        """Check or save the PIN; close only when it worked."""
        self.error.clear()
        self.error.hide()
        try:
            if self.mode == ENTER:
                self._enter()
            else:
                self._set()
        except PinWaitError as wait:
            seconds = max(1, math.ceil(wait.seconds))
            self.show_error(
                self.tr("Too many wrong tries. Wait %n seconds, then try again.", "", seconds)
            )
            self.current.clear()
            self._pause(seconds)
        except PinWrongError:
            self.show_error(self.tr("The current PIN is not right."))
            self.current.clear()
            self.current.setFocus()

    def _pause(self, seconds: int) -> None:
        """Grey out OK until the wait is over (the message says how long)."""
        from PySide6.QtCore import QTimer

        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setEnabled(False)
        QTimer.singleShot(seconds * 1000, self, lambda: ok.setEnabled(True))

    def _enter(self) -> None:
        """The staff PIN: accepted, or refused with a message."""
        if self._pin.check(self.current.text()):
            self.accept()
            return
        self.show_error(self.tr("That is not the staff PIN."))
        self.current.clear()
        self.current.setFocus()

    def _set(self) -> None:
        """A new PIN typed twice the same: saved."""
        new, again = self.new.text(), self.repeat.text()
        if not valid_pin(new):
            self.show_error(
                self.tr("The PIN must have {low} to {high} digits.").format(
                    low=MIN_PIN_DIGITS, high=MAX_PIN_DIGITS
                )
            )
            return
        if new != again:
            self.show_error(self.tr("The two PINs are not the same. Type them again."))
            self.new.clear()
            self.repeat.clear()
            self.new.setFocus()
            return
        current = self.current.text() if self.mode == CHANGE else None
        try:
            self._pin.set_pin(new, current=current)
        except OSError:
            self.show_error(self.tr("The PIN could not be saved on this computer."))
            return
        self.accept()


def ask_staff_pin(parent: QWidget, pin: StaffPin) -> bool:
    """Ask for the staff PIN, or to set one when there is none; True when staff may go on."""
    from PySide6.QtCore import QCoreApplication
    from PySide6.QtWidgets import QMessageBox

    mode = ENTER if pin.is_set() else NEW
    if pin.recovered_from is not None:
        QMessageBox.warning(
            parent,
            QCoreApplication.translate("PinDialog", "Staff PIN"),
            QCoreApplication.translate(
                "PinDialog",
                "The saved staff PIN was damaged. It was set aside, and a new PIN can be set now.",
            ),
        )
        pin.recovered_from = None
    dialog = PinDialog(pin, mode, parent)
    try:
        return dialog.exec() == QDialog.DialogCode.Accepted
    finally:
        dialog.deleteLater()
