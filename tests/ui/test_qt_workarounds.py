"""Work-arounds for Qt leaks: a toolbar button keeps one connection to its action."""

from __future__ import annotations

from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMainWindow, QToolBar

from desktop.ui.qt_workarounds import CHANGED, changed_connections, keep_toolbar_buttons_lean


def test_a_toolbar_button_follows_its_action_with_one_connection(qtbot) -> None:
    window = QMainWindow()
    qtbot.addWidget(window)
    bar = QToolBar(window)
    back = QAction("Back", window)
    bar.addAction(back)
    window.addToolBar(bar)
    keep_toolbar_buttons_lean(bar)
    button = bar.widgetForAction(back)
    first = back.receivers(CHANGED)
    for n in range(50):  # Back is enabled and disabled as pages open
        back.setEnabled(n % 2 == 0)
        assert button.isEnabled() == back.isEnabled()
    back.setText("Atrás")
    assert button.text() == "Atrás"
    assert back.receivers(CHANGED) == first
    assert changed_connections(window) == first


def test_without_it_qt_adds_a_connection_at_every_change(qtbot) -> None:
    """The Qt behaviour the work-around is for (if a Qt update fixes it, this test says so)."""
    window = QMainWindow()
    qtbot.addWidget(window)
    bar = QToolBar(window)
    back = QAction("Back", window)
    bar.addAction(back)
    first = back.receivers(CHANGED)
    for n in range(10):
        back.setEnabled(n % 2 == 0)
    assert back.receivers(CHANGED) > first, "Qt fixed it: keep_toolbar_buttons_lean can go"
