"""Copying from the contact log: private data marked so clipboard history and sync skip it, and
cleared again when the log locks (if it is still what the app put there)."""

from __future__ import annotations

import struct
import sys

from PySide6.QtCore import QByteArray, QMimeData, QObject, QTimer
from PySide6.QtGui import QGuiApplication, QImage
from PySide6.QtWidgets import QApplication, QWidget

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
CONCEALED_UTI = "org.nspasteboard.ConcealedType"


def concealed_type_converter() -> object | None:
    """On macOS, a converter that puts CONCEALED_MIME on the pasteboard as the concealed type
    (Qt would otherwise invent a type name for it). None elsewhere; keep it alive while used."""
    from PySide6 import QtGui

    base = getattr(QtGui, "QUtiMimeConverter", None)
    if sys.platform != "darwin" or base is None:
        return None

    class ConcealedTypeConverter(base):  # type: ignore[misc, valid-type]
        """CONCEALED_MIME <-> org.nspasteboard.ConcealedType."""

        def utiForMime(self, mime: str) -> str:
            """The pasteboard type for the concealed marker."""
            return CONCEALED_UTI if mime == CONCEALED_MIME else ""

        def mimeForUti(self, uti: str) -> str:
            """The marker's MIME name for the pasteboard type."""
            return CONCEALED_MIME if uti == CONCEALED_UTI else ""

        def convertFromMime(self, mime: str, data: object, uti: str) -> list[QByteArray]:
            """The marker's bytes for the pasteboard."""
            return [QByteArray(data if isinstance(data, (bytes, QByteArray)) else b"")]

        def convertToMime(self, mime: str, data: list[QByteArray], uti: str) -> QByteArray:
            """The marker's bytes from the pasteboard."""
            return data[0] if data else QByteArray()

    return ConcealedTypeConverter()


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
    whatever was copied or pasted in the log window while it was open."""

    def __init__(self, window: QWidget, clear_after_ms: int) -> None:
        super().__init__(window)
        self._window = window
        self._copied: str | None = None
        self._texts: set[str] = set()
        self._pictures: set[tuple[int, int, int]] = set()
        self._watching = False
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(max(1, clear_after_ms))
        self.timer.timeout.connect(self.clear_copied)
        QGuiApplication.clipboard().dataChanged.connect(self._changed)
        self._mac_converter = concealed_type_converter()

    def start(self) -> None:
        """The log is open: remember what is copied in its window from now on."""
        self._watching = True

    def _in_log_window(self) -> bool:
        active = QApplication.activeWindow()
        while active is not None:
            if active is self._window:
                return True
            active = active.parentWidget()
        return False

    def _changed(self) -> None:
        """Something was copied: if it happened in the log window, it is the log's."""
        if not self._watching or not self._in_log_window():
            return
        clipboard = QGuiApplication.clipboard()
        if clipboard.text():
            self._texts.add(clipboard.text())
        if not clipboard.image().isNull():
            self._pictures.add(image_fingerprint(clipboard.image()))

    def copy(self, text: str) -> None:
        """Copy `text`; it is cleared after the interval if the clipboard still holds it."""
        QGuiApplication.clipboard().setMimeData(private_mime_data(text))
        self._copied = text
        self._texts.add(text)
        self.timer.start()

    def remember_pasted(self, image: QImage) -> None:
        """Note a picture pasted into the log, so locking can clear it from the clipboard."""
        self._pictures.add(image_fingerprint(image))

    def clear_copied(self) -> None:
        """Clear the clipboard if it still holds the text the app copied (never the person's own)."""
        self.timer.stop()
        if self._copied is not None and QGuiApplication.clipboard().text() == self._copied:
            QGuiApplication.clipboard().clear()
        self._copied = None

    def clear_on_lock(self) -> None:
        """On lock: clear what the app copied, anything it owns, and what the log's window
        copied or had pasted into it; forget all of it."""
        clipboard = QGuiApplication.clipboard()
        text = clipboard.text()
        ours = clipboard.ownsClipboard() or (bool(text) and text in self._texts)
        if not ours and self._pictures:
            ours = image_fingerprint(clipboard.image()) in self._pictures
        if ours:
            clipboard.clear()
        self._copied = None
        self._texts.clear()
        self._pictures.clear()
        self._watching = False
        self.timer.stop()
