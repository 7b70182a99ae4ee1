"""Work-arounds for Qt bugs that would make a long-running window grow (see docs/PERFORMANCE.md)."""

from __future__ import annotations

from PySide6.QtCore import SIGNAL, QObject
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QToolBar, QToolButton

CHANGED = SIGNAL("changed()")


def keep_toolbar_buttons_lean(bar: QToolBar) -> None:
    """Stop bar's buttons collecting one more connection to their action at each change.

    Qt 6.11's QToolButton answers every change of its action (enabled, text, tooltip) by calling
    setDefaultAction again, which connects the action's `changed` signal to the button once more
    and never disconnects the old one: Back and Forward gained 4 connections per answer opened
    (0.5 KB, and each change then ran every one of them). After each change the button's
    connections are dropped and setDefaultAction makes its one connection again.
    """
    for action in bar.actions():
        if isinstance(bar.widgetForAction(action), QToolButton):
            action.changed.connect(lambda a=action, b=bar: _reconnect(b, a))


def _reconnect(bar: QToolBar, action: QAction) -> None:
    """Leave the button of action with the single connection a fresh button has."""
    button = bar.widgetForAction(action)
    if isinstance(button, QToolButton):
        QObject.disconnect(action, CHANGED, button, None)
        button.setDefaultAction(action)


def changed_connections(root: QObject) -> int:
    """Connections to the `changed` signal of every action under root (a leak shows here)."""
    return sum(action.receivers(CHANGED) for action in root.findChildren(QAction))
