"""Window sizing helper for the contact log's windows and dialogs."""

from __future__ import annotations

from PySide6.QtWidgets import QLayout, QWidget


def freeze_minimum_size(window: QWidget) -> None:
    """Fix a top-level window's minimum size from its layout before it is shown.

    Later layout changes then do not make Qt push new size constraints to the platform, which
    the offscreen platform (tests, screenshots) warns about. The window stays resizable.
    """
    layout = window.layout()
    if layout is None:
        return
    layout.activate()
    layout.setSizeConstraint(QLayout.SizeConstraint.SetNoConstraint)
