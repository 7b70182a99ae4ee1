"""Helpers shared by top-level windows."""

from __future__ import annotations

from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QLayout, QWidget


def freeze_minimum_size(window: QWidget) -> None:
    """Fix a top-level window's minimum size from its layout now, before it is shown.

    Afterwards the layout no longer changes the window's constraints when a widget appears
    (a "Did you mean" line, a find bar): constraint changes on a shown window make Qt ask the
    platform to propagate size hints, which some platforms (offscreen, used by tests and
    screenshots) do not support and warn about. The window stays freely resizable.
    """
    layout = window.layout()
    if layout is None:
        return
    layout.activate()
    layout.setSizeConstraint(QLayout.SizeConstraint.SetNoConstraint)


def use_light_palette(widget: QWidget) -> None:
    """Black text on white for a view whose HTML colours assume a light page.

    Under a dark system theme the base would turn dark while our stylesheet's dark-blue
    headings and grey lines stay dark: unreadable. Selection colours stay the system's.
    """
    palette = widget.palette()
    for group in (QPalette.ColorGroup.Active, QPalette.ColorGroup.Inactive):
        palette.setColor(group, QPalette.ColorRole.Base, QColor("#ffffff"))
        palette.setColor(group, QPalette.ColorRole.Text, QColor("#1a1a1a"))
        palette.setColor(group, QPalette.ColorRole.Link, QColor("#0b57a4"))
    widget.setPalette(palette)
