"""The dialog a phone number or web address opens instead of a dialer or browser.

The number or address is shown in large text, with a Copy button and a QR code a phone can scan
(many people have data on their phone when the PC has no internet). Nothing is ever opened.
"""

from __future__ import annotations

import io

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication, QPixmap
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.ui.screen_fit import fit_dialog
from desktop.ui.window_util import freeze_minimum_size

KIND_PHONE = "phone"
KIND_WEB = "web"


def qr_pixmap(data: str, scale: int = 6) -> QPixmap:
    """A QR code for data, drawn by segno (a maintained encoder), as a QPixmap."""
    import segno  # lazy: only needed when a link dialog opens

    buffer = io.BytesIO()
    segno.make(data, error="m", micro=False).save(buffer, kind="png", scale=scale, border=4)
    pixmap = QPixmap()
    pixmap.loadFromData(buffer.getvalue(), "PNG")
    return pixmap


class LinkDialog(QDialog):
    """Shows one phone number or web address: large text, Copy, QR code, Close."""

    def __init__(
        self,
        kind: str,
        display: str,
        qr_data: str,
        purpose: str = "",
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.kind = kind
        self.display = display
        self.qr_data = qr_data
        phone = kind == KIND_PHONE
        self.setWindowTitle(self.tr("Phone number") if phone else self.tr("Web address"))
        self.setAccessibleName(self.windowTitle())
        self.setObjectName("linkDialog")

        self.heading = QLabel(
            self.tr("Call this number from a phone:")
            if phone
            else self.tr("This app does not open the internet. Open this address on a phone:"),
            self,
        )
        self.heading.setWordWrap(True)
        self.value_label = QLabel(display, self)
        self.value_label.setObjectName("linkValue")
        self.value_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.value_label.setWordWrap(True)
        font = self.value_label.font()
        font.setPointSizeF(max(font.pointSizeF(), 10.0) * (2.2 if phone else 1.5))
        font.setBold(True)
        self.value_label.setFont(font)
        self.value_label.setAccessibleName(
            self.tr("Phone number: %1").replace("%1", display)
            if phone
            else self.tr("Web address: %1").replace("%1", display)
        )
        self.purpose_label = QLabel(purpose, self)
        self.purpose_label.setWordWrap(True)
        self.purpose_label.setVisible(bool(purpose))
        self.purpose_label.setAccessibleName(self.tr("What it is for"))

        self.qr_label = QLabel(self)
        self.qr_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.qr_label.setPixmap(qr_pixmap(qr_data))
        self.qr_label.setAccessibleName(self.tr("QR code"))
        self.qr_label.setAccessibleDescription(
            self.tr("Scan this code with your phone's camera to get the number on your phone.")
            if phone
            else self.tr(
                "Scan this code with your phone's camera to open the address on your phone."
            )
        )
        self.qr_hint = QLabel(
            self.tr("Scan this code with your phone's camera.")
            + " "
            + (
                self.tr("Your phone will offer to call the number.")
                if phone
                else self.tr("Your phone will offer to open the address.")
            ),
            self,
        )
        self.qr_hint.setWordWrap(True)
        self.qr_hint.setAlignment(Qt.AlignmentFlag.AlignCenter)

        self.copy_button = QPushButton(
            self.tr("Copy number") if phone else self.tr("Copy address"), self
        )
        self.copy_button.setAccessibleName(self.copy_button.text())
        self.copy_button.setAccessibleDescription(
            self.tr("Copies it so you can paste it somewhere else.")
        )
        self.copied_label = QLabel(self)
        self.copied_label.setAccessibleName(self.tr("Copy status"))
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        close = self.buttons.button(QDialogButtonBox.StandardButton.Close)
        close.setText(self.tr("Close"))
        close.setAccessibleName(self.tr("Close"))

        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.value_label)
        layout.addWidget(self.purpose_label)
        layout.addWidget(self.qr_label)
        layout.addWidget(self.qr_hint)
        row = QHBoxLayout()
        row.addWidget(self.copy_button)
        row.addWidget(self.copied_label, 1)
        row.addWidget(self.buttons)
        layout.addLayout(row)
        self.setMinimumWidth(420)

        self.copy_button.clicked.connect(self.copy)
        self.buttons.rejected.connect(self.reject)
        self.copy_button.setDefault(True)
        self.copy_button.setFocus()
        freeze_minimum_size(self)
        fit_dialog(self)

    def copy(self) -> None:
        """Put the number or address on the clipboard and say so."""
        QGuiApplication.clipboard().setText(self.display)
        self.copied_label.setText(self.tr("Copied."))
