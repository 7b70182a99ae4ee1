"""The pinned Qt binding must not leak references to None/True/False (PySide6 6.12.0 did)."""

from __future__ import annotations

import sys

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QCheckBox, QLineEdit, QTextBrowser


class _Emitter(QObject):
    toggled = Signal(bool)


def test_void_calls_and_bool_signals_keep_singleton_refcounts(qtbot) -> None:
    """Thousands of void Qt calls and bool signals leave None/True/False counts unchanged."""
    browser, line, box, emitter = QTextBrowser(), QLineEdit(), QCheckBox(), _Emitter()
    for w in (browser, line, box):
        qtbot.addWidget(w)
    seen: list[bool] = []
    emitter.toggled.connect(seen.append)

    def counts() -> tuple[int, int, int]:
        return sys.getrefcount(None), sys.getrefcount(True), sys.getrefcount(False)

    before = counts()
    for i in range(2000):
        browser.update()
        line.setText("abc")
        line.clear()
        box.setChecked(i % 2 == 0)
        emitter.toggled.emit(i % 2 == 0)
    seen.clear()
    after = counts()
    # A leak of one reference per call would show as thousands; allow a little local noise.
    assert all(abs(a - b) < 50 for a, b in zip(after, before, strict=True)), (before, after)
