"""Show a stored picture full size (to show an officer on screen), or save a copy of any attachment."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QMessageBox,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from desktop.core.contact_log import ContactLogError, atomic_write_bytes
from desktop.ui.contact_log.file_dialogs import ask_save_path
from desktop.ui.contact_log.messages import LogMessages
from desktop.ui.contact_log.sizing import freeze_minimum_size


class AttachmentViewer(QDialog):
    """A stored picture in a scrollable, resizable window."""

    def __init__(self, parent: QWidget | None, name: str, data: bytes) -> None:
        super().__init__(parent)
        self.setWindowTitle(name)
        self.pixmap = QPixmap()
        self.pixmap.loadFromData(data)
        self.picture = QLabel(self)
        self.picture.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.picture.setPixmap(self.pixmap)
        self.picture.setAccessibleName(self.tr("Attached picture: %1").replace("%1", name))
        scroll = QScrollArea(self)
        scroll.setWidget(self.picture)
        scroll.setWidgetResizable(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.button(QDialogButtonBox.StandardButton.Close).setText(self.tr("Close"))
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(scroll, 1)
        layout.addWidget(buttons)
        self.resize(min(1000, self.pixmap.width() + 60), min(760, self.pixmap.height() + 100))
        freeze_minimum_size(self)


def save_attachment_copy(parent: QWidget, name: str, data: bytes) -> Path | None:
    """Ask where to save a copy of an attachment and write it atomically."""
    target = ask_save_path(
        parent,
        QCoreApplication.translate("AttachmentViewer", "Save a copy of the attachment"),
        name,
        "",
    )
    if not target:
        return None
    try:
        atomic_write_bytes(Path(target), data)
    except ContactLogError as exc:
        QMessageBox.warning(parent, parent.windowTitle(), LogMessages(parent).text(exc))
        return None
    return Path(target)
