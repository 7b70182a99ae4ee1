"""Helpers shared by top-level windows."""

from __future__ import annotations

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
