"""One window per person's data: starting the app again brings the open window to the front.

A lock file in the data folder says an instance runs (Qt takes a lock over when the process
that held it has died). The running instance watches a small folder beside it; a second start
drops a request file there, and the first shows its window and deletes the file. No socket of
any kind and no QtNetwork (the bundle leaves that module out); the file system is the message.
Two instances therefore never write the same contact log at once.
"""

from __future__ import annotations

import contextlib
import os
import sys
from pathlib import Path

from PySide6.QtCore import QFileSystemWatcher, QLockFile, QObject, Qt, Signal
from PySide6.QtWidgets import QApplication, QWidget

LOCK_FILE = "checkin-help.lock"
REQUEST_DIR = "instance"
SHOW_REQUEST = "show-window"


class SingleInstance(QObject):
    """Claims the data folder for this process, or asks the process that has it for its window."""

    # Another start asked for the window.
    activated = Signal()

    def __init__(self, data_dir: Path, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._requests = data_dir / REQUEST_DIR
        self._requests.mkdir(parents=True, exist_ok=True)
        self._lock = QLockFile(str(data_dir / LOCK_FILE))
        # Stale only when its process is gone, never by age: the app stays open for days.
        self._lock.setStaleLockTime(0)
        self._watcher: QFileSystemWatcher | None = None

    def claim(self) -> bool:
        """True when this is the only instance; else ask the running one for its window."""
        request = self._requests / SHOW_REQUEST
        if self._lock.tryLock(100):
            self._watcher = QFileSystemWatcher([str(self._requests)], self)
            self._watcher.directoryChanged.connect(self._check_requests)
            with contextlib.suppress(OSError):
                request.unlink()  # left by a start while the last instance was closing
            return True
        try:
            request.write_bytes(str(os.getpid()).encode("ascii"))
        except OSError as exc:
            print(
                f"checkin-help: already open (could not ask for its window: {exc})", file=sys.stderr
            )
        else:
            print("checkin-help: already open; its window was brought to the front.")
        return False

    def _check_requests(self, _folder: str = "") -> None:
        """The request folder changed: a second start asked for the window."""
        request = self._requests / SHOW_REQUEST
        if not request.exists():
            return
        with contextlib.suppress(OSError):
            request.unlink()
        print("checkin-help: another start asked for this window", file=sys.stderr, flush=True)
        self.activated.emit()

    def release(self) -> None:
        """Stop watching and remove the lock (at exit)."""
        if self._watcher is not None:
            self._watcher.deleteLater()
            self._watcher = None
        self._lock.unlock()


def bring_to_front(window: QWidget | None) -> None:
    """Show window, restored if minimised, in front of the others."""
    if window is None:
        return
    if window.isMinimized():
        window.setWindowState(window.windowState() & ~Qt.WindowState.WindowMinimized)
    window.show()
    if QApplication.platformName() != "offscreen":  # no stacking offscreen (and Qt warns)
        window.raise_()
    window.activateWindow()
