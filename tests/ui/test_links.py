"""Phone and web links open a copy/QR dialog, never a browser or dialer."""

from __future__ import annotations

from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication

from desktop.ui.link_dialog import KIND_PHONE, KIND_WEB, LinkDialog


def _find_link(window, prefix: str) -> str:
    """The first link target in the answer's HTML starting with prefix."""
    import re

    for href in re.findall(r'href="([^"]+)"', window.answer.page_html()):
        if href.startswith(prefix):
            return href
    raise AssertionError(f"no {prefix} link in the page")


def test_tel_link_opens_the_number_dialog(qtbot, window) -> None:
    window.open_article("no-one-answers")
    href = _find_link(window, "tel:")
    window.answer.anchorClicked.emit(QUrl(href))
    dialog = window.link_dialog
    assert isinstance(dialog, LinkDialog)
    qtbot.waitExposed(dialog)
    assert dialog.kind == KIND_PHONE
    assert dialog.value_label.text() == "1-833-383-1465"
    assert dialog.qr_data == "tel:+18333831465"
    assert not dialog.qr_label.pixmap().isNull()
    # What the number is for comes from the content.
    assert "1-833-383-1465" in dialog.purpose_label.text()
    # The number is large.
    assert dialog.value_label.font().pointSizeF() > dialog.heading.font().pointSizeF() * 1.5
    qtbot.mouseClick(dialog.copy_button, Qt.MouseButton.LeftButton)
    assert QGuiApplication.clipboard().text() == "1-833-383-1465"
    assert dialog.copied_label.text()
    with qtbot.waitSignal(dialog.destroyed):
        qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert window.link_dialog is None


def test_web_link_opens_the_address_dialog(qtbot, window) -> None:
    window.open_article("about")
    href = _find_link(window, "https://")
    window.answer.anchorClicked.emit(QUrl(href))
    dialog = window.link_dialog
    qtbot.waitExposed(dialog)
    assert dialog.kind == KIND_WEB
    assert dialog.value_label.text() == href
    assert dialog.qr_data == href
    assert not dialog.qr_label.pixmap().isNull()
    assert "does not open the internet" in dialog.heading.text()
    dialog.copy()
    assert QGuiApplication.clipboard().text() == href


def test_number_from_the_numbers_page_by_keyboard(qtbot, window) -> None:
    window.show_numbers()
    window.answer.setFocus()
    # Tab to the first link (the first number) and press Enter.
    qtbot.keyClick(window.answer, Qt.Key.Key_Tab)
    qtbot.keyClick(window.answer, Qt.Key.Key_Return)
    dialog = window.link_dialog
    assert dialog is not None and dialog.kind == KIND_PHONE
    # The dialog takes the keyboard focus on its Copy button.
    qtbot.waitUntil(lambda: QApplication.focusWidget() is dialog.copy_button, timeout=3000)


def test_the_answer_pane_never_follows_links_itself(window) -> None:
    assert not window.answer.openLinks()
    assert not window.answer.openExternalLinks()
    window.open_article("about")
    before = window.answer.source()
    window.answer.anchorClicked.emit(QUrl("https://www.asylumadvocacy.org/"))
    assert window.answer.source() == before


def test_unknown_schemes_are_ignored(window) -> None:
    window.open_article("about")
    page = window.current_page()
    for url in ("file:///etc/passwd", "javascript:alert(1)", "ftp://example.org/"):
        window.answer.anchorClicked.emit(QUrl(url))
        assert window.link_dialog is None
        assert window.current_page() == page


def test_app_pages_links(qtbot, window) -> None:
    from tests.ui.helpers import type_query

    type_query(qtbot, window, "qwxz zzkj")
    with qtbot.waitSignal(window.resultsUpdated):
        window.answer.anchorClicked.emit(QUrl("search:ankle%20monitor"))
    assert window.search_box.text() == "ankle monitor"
    window.answer.anchorClicked.emit(QUrl("numbers:"))
    assert window.current_page().kind == "numbers"
    window.answer.anchorClicked.emit(QUrl("home:"))
    assert window.search_box.text() == ""
