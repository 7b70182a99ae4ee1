"""Windows that fit the screen they open on.

Sizes come from the screen's available area (the screen less task bars, in Qt's scaled pixels),
never from fixed pixel sizes: a clinic PC may have a 1024x768 screen at 150 % scaling. Small
screens get maximised windows. A main window's place is remembered per screen (its name and
available size) and restored only while it still fits there.
"""

from __future__ import annotations

import json
import os
from pathlib import Path

from PySide6.QtCore import QObject, QRect, QSize, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication, QDialog, QToolBar, QWidget

# Available areas narrower or lower than this (scaled pixels) get maximised windows.
SMALL_SCREEN = QSize(1280, 800)
# Otherwise a window takes this share of the available area, up to MAX_SIZE.
WIDTH_SHARE = 0.85
HEIGHT_SHARE = 0.88
MAX_SIZE = QSize(1400, 1000)
# Room kept for a title bar the window manager adds above the window.
FRAME_ALLOWANCE = 40
PLACES_FILE = "window-places.json"


def available_area(widget: QWidget) -> QRect:
    """The available area of the screen widget is on (or will open on)."""
    screen = widget.screen() or QGuiApplication.primaryScreen()
    return screen.availableGeometry()


def screen_key(widget: QWidget) -> str:
    """Names the screen and its available size, so each screen set-up has its own place."""
    screen = widget.screen() or QGuiApplication.primaryScreen()
    area = screen.availableGeometry()
    return f"{screen.name()} {area.width()}x{area.height()}"


def is_small(area: QRect) -> bool:
    """True for an available area where windows open maximised."""
    return area.width() < SMALL_SCREEN.width() or area.height() < SMALL_SCREEN.height()


def cap_minimum_size(window: QWidget, area: QRect) -> None:
    """Never ask for a window bigger than the screen: cap its minimum size to the area."""
    minimum = window.minimumSize()
    window.setMinimumSize(
        min(minimum.width(), area.width()), min(minimum.height(), area.height() - FRAME_ALLOWANCE)
    )


def fit_window(window: QWidget, places: WindowPlaces | None = None, name: str = "") -> None:
    """Size and place a top-level window for its screen before it is shown."""
    area = available_area(window)
    cap_minimum_size(window, area)
    if places is not None and places.restore(name, window, area):
        return
    if is_small(area):
        # Filling the area also serves where no window manager maximises (a bare X server).
        window.setGeometry(area.adjusted(0, FRAME_ALLOWANCE if _has_frame() else 0, 0, 0))
        window.setWindowState(window.windowState() | Qt.WindowState.WindowMaximized)
        return
    width = min(MAX_SIZE.width(), round(area.width() * WIDTH_SHARE))
    height = min(MAX_SIZE.height(), round(area.height() * HEIGHT_SHARE))
    window.resize(max(width, window.minimumWidth()), max(height, window.minimumHeight()))
    window.move(
        area.x() + (area.width() - window.width()) // 2,
        area.y() + max(0, (area.height() - window.height() - FRAME_ALLOWANCE) // 2),
    )


def fit_dialog(dialog: QDialog) -> None:
    """Keep a dialog within its screen: never taller or wider than the available area."""
    area = available_area(dialog.parentWidget() or dialog)
    height = area.height() - FRAME_ALLOWANCE
    cap_minimum_size(dialog, area)
    dialog.setMaximumSize(area.width(), height)
    hint = dialog.sizeHint()
    if hint.height() > height or hint.width() > area.width():
        dialog.resize(min(hint.width(), area.width()), min(hint.height(), height))


def _has_frame() -> bool:
    """False on platforms without window decorations (offscreen tests)."""
    return QApplication.platformName() not in ("offscreen", "minimal")


def describe_windows() -> list[str]:
    """One line per visible window: object name, frame geometry and its screen's area."""
    lines = []
    for widget in QApplication.topLevelWidgets():
        if not widget.isVisible():
            continue
        frame = widget.frameGeometry()
        area = available_area(widget)
        lines.append(
            f"geometry {widget.objectName() or type(widget).__name__} "
            f"{frame.x()} {frame.y()} {frame.width()} {frame.height()} "
            f"screen {area.x()} {area.y()} {area.width()} {area.height()}"
        )
    return lines


def print_geometry(window: QWidget, what: str) -> None:
    """Print the windows' geometry lines (tests); what="log" opens the contact log first."""
    if what == "log":
        window.contactLogRequested.emit()  # type: ignore[attr-defined]
        QApplication.processEvents()
    print("\n".join(describe_windows()), flush=True)
    hidden = hidden_toolbar_actions(window)
    print(f"toolbar-overflow {len(hidden)} {'|'.join(hidden)}", flush=True)


class WindowPlaces:
    """Remembers windows' places per screen in a small JSON file (nothing personal in it)."""

    def __init__(self, path: Path) -> None:
        self.path = path

    def _read(self) -> dict[str, list[int]]:
        """The remembered places, empty when the file is missing or damaged."""
        try:
            data = json.loads(self.path.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            return {}
        return data if isinstance(data, dict) else {}

    def remember(self, name: str, window: QWidget) -> None:
        """Keep window's normal place (and whether it is maximised) for its screen."""
        rect = window.normalGeometry() if window.isMaximized() else window.geometry()
        places = self._read()
        key = f"{name} @ {screen_key(window)}"
        value = [rect.x(), rect.y(), rect.width(), rect.height(), int(window.isMaximized())]
        if places.get(key) == value:
            return  # the usual case at quit: nothing to write
        places[key] = value
        # Replaced whole, but not synced to disk: losing a window's place to a power cut is
        # harmless, and quitting must not wait for the disk.
        tmp = self.path.with_name(self.path.name + ".tmp")
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            tmp.write_text(json.dumps(places, indent=1), encoding="utf-8")
            os.replace(tmp, self.path)
        except OSError:
            pass  # only a convenience: the next start fits the window afresh

    def restore(self, name: str, window: QWidget, area: QRect) -> bool:
        """Put window where it was on this screen, if that still fits; True when done."""
        value = self._read().get(f"{name} @ {screen_key(window)}")
        if not (
            isinstance(value, list) and len(value) == 5 and all(isinstance(v, int) for v in value)
        ):
            return False
        x, y, width, height, maximised = value
        rect = QRect(x, y, width, height)
        if width < window.minimumWidth() or height < window.minimumHeight():
            return False
        if not area.contains(rect):
            return False
        window.setGeometry(rect)
        if maximised:
            window.setWindowState(window.windowState() | Qt.WindowState.WindowMaximized)
        return True


class PlaceKeeper(QObject):
    """Fits a main window to its screen or to its remembered place; remembers it at the end."""

    def __init__(self, window: QWidget, places: WindowPlaces, name: str) -> None:
        super().__init__(window)
        self._window = window
        self.places = places
        self._name = name
        fit_window(window, places, name)
        self._quit_hook = QApplication.instance()
        if self._quit_hook is not None:  # `--exit-when-ready` quits without closing the window
            self._quit_hook.aboutToQuit.connect(self.remember)

    def remember(self) -> None:
        """Remember where the window is on this screen, for the next start."""
        if self._window.isVisible():
            self.places.remember(self._name, self._window)

    def window_closing(self) -> None:
        """Remember the place now; a window replaced by a language switch leaves no hook."""
        self.remember()
        if self._quit_hook is not None:
            self._quit_hook.aboutToQuit.disconnect(self.remember)
            self._quit_hook = None


def hidden_toolbar_actions(window: QWidget) -> list[str]:
    """The texts of the toolbar buttons Qt moved into an overflow arrow (tests, screen fit)."""
    hidden = []
    for bar in window.findChildren(QToolBar):
        for action in bar.actions():
            if action.isSeparator() or not action.isVisible():
                continue
            button = bar.widgetForAction(action)
            if button is None or not button.isVisible():
                hidden.append(action.text().replace("&", ""))
    return hidden
