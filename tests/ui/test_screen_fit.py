"""Windows fit small screens: the real app under a real X server (Xvfb), and the helpers.

Clinic PCs often have 1024x768 or 1366x768 screens at 150 % scaling. The app runs in a child
process on the xcb platform; with CHECKIN_HELP_PRINT_GEOMETRY it prints every window's frame
and its screen's available area once ready (and "log" opens the contact log first).
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QRect

from desktop.ui.screen_fit import WindowPlaces, fit_dialog, fit_window

SCREENS = [("1024x768", "1"), ("1366x768", "1"), ("1366x768", "1.5"), ("1024x768", "1.5")]


def start_xvfb(size: str) -> tuple[subprocess.Popen[bytes], str]:
    """A bare X server of that size on a free display number."""
    if sys.platform != "linux":
        pytest.skip("Xvfb runs on Linux only")
    assert shutil.which("Xvfb"), "Xvfb is missing: run packaging/linux/system-deps.sh"
    read, write = os.pipe()
    proc = subprocess.Popen(
        ["Xvfb", "-displayfd", str(write), "-screen", "0", f"{size}x24", "-nolisten", "tcp"],
        pass_fds=(write,),
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    os.close(write)
    with os.fdopen(read) as pipe:
        number = pipe.readline().strip()
    assert number, "Xvfb did not start"
    return proc, f":{number}"


@pytest.fixture(params=SCREENS, ids=[f"{s}@{f}x" for s, f in SCREENS])
def screen(request: pytest.FixtureRequest) -> Iterator[dict[str, str]]:
    """Environment for a child app on a small X screen (at a scale factor)."""
    size, factor = request.param
    proc, display = start_xvfb(size)
    env = {
        **os.environ,
        "DISPLAY": display,
        "QT_QPA_PLATFORM": "xcb",
        "QT_SCALE_FACTOR": factor,
        "CHECKIN_HELP_PRINT_GEOMETRY": "log",
    }
    yield env
    proc.terminate()
    proc.wait(10)


def start_app(env: dict[str, str]) -> dict[str, tuple[QRect, QRect]]:
    """Start the app until ready; each window's frame and its screen's available area."""
    proc = subprocess.run(
        [sys.executable, "-m", "desktop", "--exit-when-ready"],
        env=env,
        capture_output=True,
        text=True,
        timeout=180,
    )
    assert proc.returncode == 0, proc.stderr[-3000:]
    assert "toolbar-overflow " in proc.stdout
    windows = {}
    for line in proc.stdout.splitlines():
        if line.startswith("toolbar-overflow "):
            # No toolbar button is hidden in an overflow arrow (toolbars wrap onto rows instead).
            assert line.split(" ", 2)[1] == "0", line
        if line.startswith("geometry "):
            _, name, x, y, w, h, _, sx, sy, sw, sh = line.split()
            windows[name] = (
                QRect(int(x), int(y), int(w), int(h)),
                QRect(int(sx), int(sy), int(sw), int(sh)),
            )
    return windows


def test_windows_fit_the_screen_on_first_start_and_after_a_restart(
    screen: dict[str, str], tmp_path: Path, index_dir: Path
) -> None:
    data = tmp_path / "data"
    shutil.copytree(index_dir, data / "cache" / "search-index")  # no rebuild in the child
    env = {**screen, "CHECKIN_HELP_DATA_DIR": str(data)}
    for start in ("first start", "restart"):
        windows = start_app(env)
        assert set(windows) == {"mainWindow", "ContactLogWindow"}, start
        for name, (frame, area) in windows.items():
            assert area.contains(frame), f"{start}: {name} {frame} is outside {area}"
            # Small screens: the window uses the screen (maximised), not a corner of it.
            assert frame.width() >= area.width() * 0.8, f"{start}: {name} {frame}"
    assert (data / "window-places.json").exists()


def test_a_remembered_place_is_used_only_while_it_fits(qtbot, tmp_path: Path) -> None:
    from PySide6.QtWidgets import QMainWindow

    places = WindowPlaces(tmp_path / "places.json")
    first = QMainWindow()
    qtbot.addWidget(first)
    area = first.screen().availableGeometry()
    first.setGeometry(QRect(area.x() + 10, area.y() + 20, 400, 300))
    first.show()
    places.remember("main", first)
    again = QMainWindow()
    qtbot.addWidget(again)
    assert places.restore("main", again, area)
    assert again.geometry() == QRect(area.x() + 10, area.y() + 20, 400, 300)
    # On a smaller screen set-up the same place no longer fits: the window is fitted afresh.
    smaller = QRect(area.x(), area.y(), 300, 200)
    assert not places.restore("main", QMainWindow(), smaller)
    fitted = QMainWindow()
    qtbot.addWidget(fitted)
    fit_window(fitted)
    assert area.contains(fitted.geometry())


def test_a_tall_dialog_is_kept_within_the_screen(qtbot) -> None:
    from PySide6.QtWidgets import QDialog, QLabel, QVBoxLayout

    dialog = QDialog()
    qtbot.addWidget(dialog)
    layout = QVBoxLayout(dialog)
    label = QLabel("tall")
    label.setMinimumHeight(5000)
    layout.addWidget(label)
    fit_dialog(dialog)
    area = dialog.screen().availableGeometry()
    assert dialog.maximumHeight() <= area.height()
    assert dialog.height() <= area.height()
