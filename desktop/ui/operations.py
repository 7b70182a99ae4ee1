"""Long work off the main thread, its result back on it through a signal (Anki's QueryOp idea).

The work is a plain function (usually a core call) that takes a `progress(done, total)`
callback. It runs in Qt's global thread pool; `progressed`, `succeeded` and `failed` are emitted
on the main thread, so the slots connected to them may touch widgets.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QThreadPool, Signal, Slot

Work = Callable[[Callable[[int, int], None]], Any]


class _Relay(QObject):
    """Carries the worker thread's news to the main thread (queued connections)."""

    progressed = Signal(int, int)
    succeeded = Signal(object)
    failed = Signal(object)


class BackgroundOperation(QObject):
    """Runs `work(progress)` once in the thread pool; reports on the main thread."""

    progressed = Signal(int, int)
    succeeded = Signal(object)  # what work returned
    failed = Signal(object)  # the exception work raised

    def __init__(self, work: Work, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._work = work
        # Made here, in the main thread: emitted from the worker, its queued connections run
        # the slots below in the main thread's event loop.
        self._relay = _Relay(self)
        self._relay.progressed.connect(self._on_progress)
        self._relay.succeeded.connect(self._on_success)
        self._relay.failed.connect(self._on_failure)

    def start(self) -> None:
        """Begin the work in the thread pool; returns at once."""
        QThreadPool.globalInstance().start(self._run)

    @staticmethod
    def wait_all() -> None:
        """Wait for every running operation (before the app quits)."""
        QThreadPool.globalInstance().waitForDone()

    def _run(self) -> None:
        """The worker thread: run the work, send its result or exception to the main thread."""
        try:
            result = self._work(self._relay.progressed.emit)
        except Exception as exc:  # noqa: BLE001 - handed to the main thread, which reports it
            self._relay.failed.emit(exc)
        else:
            self._relay.succeeded.emit(result)

    @Slot(int, int)
    def _on_progress(self, done: int, total: int) -> None:
        """Main thread: pass progress on."""
        self.progressed.emit(done, total)

    @Slot(object)
    def _on_success(self, result: object) -> None:
        """Main thread: pass the result on."""
        self.succeeded.emit(result)

    @Slot(object)
    def _on_failure(self, exc: object) -> None:
        """Main thread: pass the exception on."""
        self.failed.emit(exc)
