"""Start over on a shared PC: after some idle minutes, ask "Are you still there?", then clear.

`IdleWatcher` notices key and mouse activity anywhere in the app. After `minutes` without any,
it shows `StillThereNotice` with a countdown; if nobody dismisses it in time, it emits
`startOverDue` and the main window returns to a clean start for the next person.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import QApplication, QDialog, QLabel, QPushButton, QVBoxLayout, QWidget

from desktop.ui.screen_fit import fit_dialog
from desktop.ui.window_util import freeze_minimum_size

NOTICE_SECONDS = 30
WATCH_AFTER_MS = 1000
# Events that mean a person is using the app (not paints, timers or window-system chatter).
ACTIVITY_EVENTS = frozenset(
    {
        QEvent.Type.KeyPress,
        QEvent.Type.MouseButtonPress,
        QEvent.Type.MouseMove,
        QEvent.Type.Wheel,
        QEvent.Type.TouchBegin,
    }
)


class StillThereNotice(QDialog):
    """ "Are you still there?" with a countdown; the button (or Esc) keeps everything as it is."""

    expired = Signal()

    def __init__(self, seconds: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Still there?"))
        self.setObjectName("stillThereNotice")
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.left = seconds
        self.question = QLabel(self.tr("Are you still there?"), self)
        font = self.question.font()
        font.setPointSizeF(font.pointSizeF() * 1.4)
        font.setBold(True)
        self.question.setFont(font)
        self.countdown = QLabel(self)
        self.countdown.setWordWrap(True)
        self.stay_button = QPushButton(self.tr("Yes, I am still here"), self)
        self.stay_button.setDefault(True)

        layout = QVBoxLayout(self)
        layout.addWidget(self.question)
        layout.addWidget(self.countdown)
        layout.addWidget(self.stay_button)

        self.timer = QTimer(self)
        self.timer.setInterval(1000)
        self.timer.timeout.connect(self._tick)
        self.stay_button.clicked.connect(self.reject)
        self._show_left()
        freeze_minimum_size(self)
        fit_dialog(self)

    def start(self) -> None:
        """Show the notice and start counting down."""
        self.timer.start()
        self.open()
        self.stay_button.setFocus()

    def _show_left(self) -> None:
        """Say how long is left."""
        self.countdown.setText(
            self.tr(
                "To keep the last person's search private, this app starts over in %n seconds.",
                "",
                self.left,
            )
        )

    def _tick(self) -> None:
        """One second less; at zero, start over."""
        self.left -= 1
        if self.left > 0:
            self._show_left()
            return
        self.timer.stop()
        self.accept()
        self.expired.emit()


class IdleWatcher(QObject):
    """Asks "Are you still there?" after idle minutes; emits `startOverDue` if nobody answers."""

    startOverDue = Signal()

    def __init__(self, window: QWidget, minutes: int, notice_seconds: int = NOTICE_SECONDS) -> None:
        super().__init__(window)
        self._window = window
        self.notice_seconds = notice_seconds
        self.notice: StillThereNotice | None = None
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.timeout.connect(self._ask)
        self.set_minutes(minutes)
        # Watching every event of the app costs a Python call each: not while the window is
        # being built and shown (start-up), only from a moment after, when idleness can begin.
        QTimer.singleShot(WATCH_AFTER_MS, self, self._watch)

    def _watch(self) -> None:
        """Start noticing activity anywhere in the app."""
        app = QApplication.instance()
        if app is not None:
            app.installEventFilter(self)  # removed by Qt when this watcher is deleted

    def set_minutes(self, minutes: int) -> None:
        """Wait this many idle minutes (0: never start over by itself)."""
        self.set_interval_ms(minutes * 60_000)

    def set_interval_ms(self, ms: int) -> None:
        """Wait this long without activity (tests use short times); 0 turns it off."""
        self.timer.stop()
        self.timer.setInterval(ms)
        if ms > 0:
            self.timer.start()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Activity anywhere restarts the wait (but does not dismiss a shown notice)."""
        if (
            event.type() in ACTIVITY_EVENTS
            and self.notice is None
            and self.timer.interval() > 0
            and self.timer.isActive()
        ):
            self.timer.start()
        return False

    def _ask(self) -> None:
        """Idle long enough: show the notice."""
        notice = StillThereNotice(self.notice_seconds, self._window)
        notice.expired.connect(self.startOverDue.emit)
        notice.finished.connect(self._notice_closed)
        self.notice = notice
        notice.start()

    def _notice_closed(self) -> None:
        """The notice was dismissed or ran out: wait again from now."""
        self.notice = None
        if self.timer.interval() > 0:
            self.timer.start()
