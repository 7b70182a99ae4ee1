"""One window: a second start brings the first window to the front instead of opening another."""

from __future__ import annotations

import os
import subprocess
import sys
import time
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMainWindow

from desktop.ui.single_instance import LOCK_FILE, SingleInstance, bring_to_front

ROOT = Path(__file__).resolve().parents[2]


def _wait_for(check, seconds: float = 60.0) -> bool:  # type: ignore[no-untyped-def]
    """Poll check() until it is true or the time is up."""
    end = time.monotonic() + seconds
    while time.monotonic() < end:
        if check():
            return True
        time.sleep(0.1)
    return False


def test_a_second_start_raises_the_first_window(tmp_path: Path) -> None:
    data = tmp_path / "data"
    env = {**os.environ, "CHECKIN_HELP_DATA_DIR": str(data), "QT_QPA_PLATFORM": "offscreen"}
    first_err = tmp_path / "first.err"
    with first_err.open("w") as err:
        first = subprocess.Popen(
            [sys.executable, "-m", "desktop"],
            cwd=ROOT,
            env=env,
            stdout=subprocess.DEVNULL,
            stderr=err,
        )
    try:
        assert _wait_for((data / LOCK_FILE).exists), "the first start never took the lock"
        second = subprocess.run(
            [sys.executable, "-m", "desktop", "--exit-when-ready"],
            cwd=ROOT,
            env=env,
            capture_output=True,
            text=True,
            timeout=120,
        )
        assert second.returncode == 0, second.stderr
        assert "already open" in second.stdout
        assert "ready" not in second.stdout.replace("already", ""), "a second window opened"
        assert _wait_for(lambda: "asked for this window" in first_err.read_text()), (
            first_err.read_text()
        )
        assert first.poll() is None, "the first window must stay open"
    finally:
        first.terminate()
        first.wait(30)
    # Once the first has gone, the next start is the only one again.
    again = subprocess.run(
        [sys.executable, "-m", "desktop", "--exit-when-ready"],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert again.returncode == 0, again.stderr
    assert again.stdout.startswith("ready")


def test_the_running_instance_hears_a_second_start(qtbot, tmp_path: Path) -> None:
    first = SingleInstance(tmp_path)
    assert first.claim()
    with qtbot.waitSignal(first.activated, timeout=5000):
        assert not SingleInstance(tmp_path).claim()
    first.release()
    # Released: a new start is the only instance.
    third = SingleInstance(tmp_path)
    assert third.claim()
    third.release()


def test_bring_to_front_restores_a_minimised_window(qtbot) -> None:
    window = QMainWindow()
    qtbot.addWidget(window)
    window.showMinimized()
    bring_to_front(window)
    assert window.isVisible()
    assert not window.windowState() & Qt.WindowState.WindowMinimized
