"""The attachments part of the entry form: a list, and buttons to attach, paste, view, save or
remove a picture or PDF. New attachments are checked by the store when the entry is saved."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, Qt, Signal
from PySide6.QtGui import QGuiApplication, QImage
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.core.contact_log import Attachment, NewAttachment
from desktop.ui.contact_log.attachment_view import AttachmentViewer, save_attachment_copy
from desktop.ui.contact_log.file_dialogs import ask_open_paths

ATTACH_FILTER_EXTS = "*.png *.jpg *.jpeg *.gif *.bmp *.webp *.pdf"


def png_bytes(image: QImage) -> bytes:
    """A QImage as PNG bytes."""
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")  # type: ignore[call-overload]  # the stubs want bytes; Qt takes str
    buffer.close()
    return bytes(data.data())


class AttachmentPanel(QWidget):
    """Stored and new attachments of one entry. `pasted(QImage)` tells the window a picture came
    from the clipboard (so locking can clear it there)."""

    pasted = Signal(QImage)
    changed = Signal()

    def __init__(self, parent: QWidget, load: Callable[[int], bytes] | None = None) -> None:
        super().__init__(parent)
        # Reads a stored attachment's bytes from the open log (the window passes it in).
        self._load = load
        self.new: list[NewAttachment] = []
        self.removed: list[int] = []
        self.list = QListWidget(self)
        self.list.setAccessibleName(self.tr("Attachments"))
        self.list.setMaximumHeight(90)
        self.attach_file = QPushButton(self.tr("Attach a file..."), self)
        self.attach_file.setAccessibleName(self.tr("Attach a screenshot, photo or PDF file"))
        self.paste_picture = QPushButton(self.tr("Paste picture"), self)
        self.paste_picture.setAccessibleName(self.tr("Paste a screenshot from the clipboard"))
        self.remove = QPushButton(self.tr("Remove"), self)
        self.remove.setAccessibleName(self.tr("Remove the selected attachment"))
        self.view = QPushButton(self.tr("View"), self)
        self.view.setAccessibleName(self.tr("View the selected picture"))
        self.save = QPushButton(self.tr("Save a copy..."), self)
        self.save.setAccessibleName(self.tr("Save a copy of the selected attachment"))
        buttons = QHBoxLayout()
        for b in (self.attach_file, self.paste_picture, self.remove, self.view, self.save):
            buttons.addWidget(b)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.list)
        layout.addLayout(buttons)
        self.attach_file.clicked.connect(self.choose_files)
        self.paste_picture.clicked.connect(self.paste_from_clipboard)
        self.remove.clicked.connect(self.remove_selected)
        self.view.clicked.connect(self.view_selected)
        self.save.clicked.connect(self.save_selected)
        self.list.currentRowChanged.connect(lambda _row: self._update_buttons())
        self.list.itemActivated.connect(lambda _item: self.view_selected())
        self._update_buttons()

    def show_stored(self, attachments: tuple[Attachment, ...] | list[Attachment]) -> None:
        """List an entry's stored attachments."""
        for a in attachments:
            item = QListWidgetItem(a.name, self.list)
            item.setData(Qt.ItemDataRole.UserRole, a.id)

    def add(self, name: str, data: bytes) -> None:
        """Queue a new attachment (checked by the store when saved)."""
        self.new.append(NewAttachment(name, data))
        item = QListWidgetItem(name, self.list)
        item.setData(Qt.ItemDataRole.UserRole, None)
        self.changed.emit()

    def add_image(self, image: QImage) -> None:
        """Attach a pasted picture as a PNG."""
        self.add(self.tr("screenshot") + ".png", png_bytes(image))
        self.pasted.emit(image)

    def choose_files(self) -> None:
        """Pick pictures or PDF files to attach."""
        files = ask_open_paths(
            self,
            self.tr("Attach files"),
            self.tr("Pictures and PDF files") + f" ({ATTACH_FILTER_EXTS})",
        )
        for f in files:
            try:
                self.add(Path(f).name, Path(f).read_bytes())
            except OSError:
                QMessageBox.warning(
                    self, self.window().windowTitle(), self.tr("This file could not be read.")
                )

    def paste_from_clipboard(self) -> None:
        """Attach the picture on the clipboard (a screenshot) as a PNG."""
        image = QGuiApplication.clipboard().image()
        if image.isNull():
            QMessageBox.information(
                self,
                self.window().windowTitle(),
                self.tr("There is no picture on the clipboard. Take a screenshot first."),
            )
            return
        self.add_image(image)

    def remove_selected(self) -> None:
        """Drop the selected attachment (stored ones are removed when the entry is saved)."""
        row = self.list.currentRow()
        if row < 0:
            return
        item = self.list.takeItem(row)
        stored_id = item.data(Qt.ItemDataRole.UserRole)
        if stored_id is not None:
            self.removed.append(int(stored_id))
        else:
            # New attachments are listed after stored ones, in order.
            stored = sum(
                1
                for i in range(self.list.count())
                if self.list.item(i).data(Qt.ItemDataRole.UserRole) is not None
            )
            index = row - stored
            if 0 <= index < len(self.new):
                del self.new[index]
        self.changed.emit()

    def _selected_stored(self) -> tuple[int, str] | None:
        """(attachment id, name) of the selected stored attachment."""
        item = self.list.currentItem()
        if item is None or item.data(Qt.ItemDataRole.UserRole) is None:
            return None
        return int(item.data(Qt.ItemDataRole.UserRole)), item.text()

    def _update_buttons(self) -> None:
        stored = self._selected_stored() is not None and self._load is not None
        self.view.setEnabled(stored)
        self.save.setEnabled(stored)
        self.remove.setEnabled(self.list.currentRow() >= 0)

    def view_selected(self) -> QDialog | None:
        """Show the selected stored picture; a PDF is offered as a copy to save."""
        selected = self._selected_stored()
        if selected is None or self._load is None:
            return None
        att_id, name = selected
        data = self._load(att_id)
        if data.startswith(b"%PDF-"):
            save_attachment_copy(self, name, data)
            return None
        viewer = AttachmentViewer(self, name, data)
        viewer.finished.connect(viewer.deleteLater)
        viewer.open()
        return viewer

    def save_selected(self) -> Path | None:
        """Save a copy of the selected stored attachment where the person chooses."""
        selected = self._selected_stored()
        if selected is None or self._load is None:
            return None
        att_id, name = selected
        return save_attachment_copy(self, name, self._load(att_id))
