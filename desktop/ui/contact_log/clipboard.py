"""Copying from the contact log: private data marked so clipboard history and sync skip it, and
cleared again when the log locks (if it is still what the app put there)."""

from __future__ import annotations

import struct

from PySide6.QtCore import QMimeData, QObject, QTimer
from PySide6.QtGui import QGuiApplication, QImage

# Windows: clipboard managers and Win+V history skip data carrying these formats; the two
# DWORD flags set to 0 keep it out of clipboard history and the cloud clipboard. Qt maps
# "application/x-qt-windows-mime;value=..." to a registered Windows clipboard format of that name.
_WINDOWS_FORMATS = {
    "ExcludeClipboardContentFromMonitorProcessing": b"\x00",
    "CanIncludeInClipboardHistory": struct.pack("<I", 0),
    "CanUploadToCloudClipboard": struct.pack("<I", 0),
}
# macOS (nspasteboard.org convention): password managers and clipboard tools hide this data.
CONCEALED_MIME = "application/x-nspasteboard-concealed-type"


def windows_mime(name: str) -> str:
    """Qt's MIME name for a registered Windows clipboard format."""
    return f'application/x-qt-windows-mime;value="{name}"'


def private_mime_data(text: str) -> QMimeData:
    """Text for the clipboard, marked as private for every platform's clipboard history."""
    data = QMimeData()
    data.setText(text)
    for name, value in _WINDOWS_FORMATS.items():
        data.setData(windows_mime(name), value)
    data.setData(CONCEALED_MIME, b"")
    return data


def image_fingerprint(image: QImage) -> tuple[int, int, int]:
    """Size and a hash of the pixels: recognises the same picture when read again."""
    if image.isNull():
        return (0, 0, 0)
    return (image.width(), image.height(), hash(bytes(image.constBits())))


class PrivateClipboard(QObject):
    """Puts private text on the clipboard, takes it off again after a while, and on lock clears
    whatever the app put there or the person pasted into the log."""

    def __init__(self, parent: QObject | None, clear_after_ms: int) -> None:
        super().__init__(parent)
        self._copied: str | None = None
        self._pasted: tuple[int, int, int] | None = None
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(max(1, clear_after_ms))
        self.timer.timeout.connect(self.clear_copied)

    def copy(self, text: str) -> None:
        """Copy `text`; it is cleared after the interval if the clipboard still holds it."""
        QGuiApplication.clipboard().setMimeData(private_mime_data(text))
        self._copied = text
        self.timer.start()

    def remember_pasted(self, image: QImage) -> None:
        """Note a picture pasted into the log, so locking can clear it from the clipboard."""
        self._pasted = image_fingerprint(image)

    def clear_copied(self) -> None:
        """Clear the clipboard if it still holds the text the app copied (never the person's own)."""
        self.timer.stop()
        if self._copied is not None and QGuiApplication.clipboard().text() == self._copied:
            QGuiApplication.clipboard().clear()
        self._copied = None

    def clear_on_lock(self) -> None:
        """On lock: clear what the app copied, anything it owns, and a picture pasted into the log."""
        clipboard = QGuiApplication.clipboard()
        pasted, self._pasted = self._pasted, None
        ours = clipboard.ownsClipboard() or (
            self._copied is not None and clipboard.text() == self._copied
        )
        if not ours and pasted is not None:
            ours = image_fingerprint(clipboard.image()) == pasted
        if ours:
            clipboard.clear()
        self._copied = None
        self.timer.stop()
