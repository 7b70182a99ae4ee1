"""The idle lock: any key or mouse activity in the log window (or its dialogs) restarts a timer;
when it runs out, `idle` is emitted and the window locks itself."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QTimer, Signal
from PySide6.QtWidgets import QApplication, QWidget

_ACTIVITY_EVENTS = {
    QEvent.Type.KeyPress,
    QEvent.Type.MouseButtonPress,
    QEvent.Type.MouseMove,
    QEvent.Type.Wheel,
}


class IdleLock(QObject):
    """Watches the application's input events for one window while the log is open."""

    idle = Signal()

    def __init__(self, window: QWidget, interval_ms: int) -> None:
        super().__init__(window)
        self._window = window
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(max(1, interval_ms))
        self.timer.timeout.connect(self.idle.emit)

    def start(self) -> None:
        """Begin watching (the log was opened)."""
        app = QApplication.instance()
        if app is not None:
            app.installEventFilter(self)
        self.timer.start()

    def stop(self) -> None:
        """Stop watching (the log was locked)."""
        self.timer.stop()
        app = QApplication.instance()
        if app is not None:
            app.removeEventFilter(self)

    def set_interval(self, ms: int) -> None:
        """Change the idle time."""
        self.timer.setInterval(max(1, ms))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Activity in the window or one of its dialogs restarts the timer."""
        if event.type() in _ACTIVITY_EVENTS and self.timer.isActive() and self._is_mine(watched):
            self.timer.start()
        return False

    def _is_mine(self, obj: QObject | None) -> bool:
        while obj is not None:
            if obj is self._window:
                return True
            obj = obj.parent()
        return False
