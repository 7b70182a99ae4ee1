"""Small helpers shared by the UI tests."""

from __future__ import annotations

from PySide6.QtCore import Qt


def type_query(qtbot, window, text: str) -> None:
    """Type text into the search box like a person and wait until the results show."""
    window.search_box.setFocus()
    with qtbot.waitSignal(window.resultsUpdated, timeout=3000):
        qtbot.keyClicks(window.search_box, text)


def press(qtbot, widget, key: Qt.Key, modifier=Qt.KeyboardModifier.NoModifier) -> None:
    """Press one key on widget."""
    qtbot.keyClick(widget, key, modifier)


def answer_text(window) -> str:
    """The plain text in the answer pane."""
    return window.answer.toPlainText()


def wait_for_page(qtbot, window, article_id: str) -> None:
    """Wait until the answer pane shows article_id (the preview follows a pause in typing)."""

    def shown() -> bool:
        page = window.current_page()
        return page is not None and page.article_id == article_id

    qtbot.waitUntil(shown, timeout=3000)
