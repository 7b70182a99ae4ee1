"""Work-arounds for Qt bugs that would make a long-running window grow (see docs/PERFORMANCE.md)."""

from __future__ import annotations

from PySide6.QtCore import SIGNAL, QObject
from PySide6.QtGui import QAction, QPixmapCache
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
        # (PySide6's stubs lack this overload of disconnect: every slot of one receiver.)
        QObject.disconnect(action, CHANGED, button, None)  # type: ignore[call-overload]
        button.setDefaultAction(action)


def changed_connections(root: QObject) -> int:
    """Connections to the `changed` signal of every action under root (a leak shows here)."""
    return sum(action.receivers(CHANGED) for action in root.findChildren(QAction))


def drop_cached_pixmaps() -> None:
    """Forget Qt's rendered pixmaps when a window has gone (call after replacing or closing one).

    The style and icons keep what they drew in QPixmapCache (up to 10 MB, least recently used
    first out), keyed by things that differ for each window built (its palettes, its icons'
    keys): a window rebuilt for a language switch or start over left about 7 KB of pixmaps
    no window could use again, and each message box its icon. They are drawn again on demand.
    """
    QPixmapCache.clear()
