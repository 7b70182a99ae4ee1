"""BackgroundOperation: work off the main thread, its news back on it through signals."""

from __future__ import annotations

import threading

from PySide6.QtCore import QThread

from desktop.ui.operations import BackgroundOperation


def test_result_and_progress_arrive_on_the_main_thread(qtbot) -> None:
    main = QThread.currentThread()
    worker_threads: list[bool] = []
    seen: list[tuple[int, int, bool]] = []

    def work(progress) -> str:
        worker_threads.append(threading.current_thread() is threading.main_thread())
        for n in range(1, 4):
            progress(n, 3)
        return "built"

    operation = BackgroundOperation(work)
    operation.progressed.connect(lambda d, t: seen.append((d, t, QThread.currentThread() is main)))
    with qtbot.waitSignal(operation.succeeded, timeout=10_000) as blocker:
        operation.start()
    assert blocker.args == ["built"]
    assert worker_threads == [False]  # the work itself ran in the thread pool
    assert seen == [(1, 3, True), (2, 3, True), (3, 3, True)]


def test_an_exception_comes_back_as_failed(qtbot) -> None:
    def work(progress) -> None:
        raise OSError("disk full")

    operation = BackgroundOperation(work)
    succeeded: list[object] = []
    operation.succeeded.connect(succeeded.append)
    with qtbot.waitSignal(operation.failed, timeout=10_000) as blocker:
        operation.start()
    (exc,) = blocker.args
    assert isinstance(exc, OSError) and str(exc) == "disk full"
    BackgroundOperation.wait_all()
    assert succeeded == []
