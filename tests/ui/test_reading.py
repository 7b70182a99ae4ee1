"""Reading answers: history, related questions, find in page, text size, numbers, contact log."""

from __future__ import annotations

import json

from PySide6.QtCore import QPointF, Qt, QUrl
from PySide6.QtGui import QMouseEvent
from PySide6.QtWidgets import QApplication

from desktop.core.settings import Settings
from tests.ui.helpers import answer_text, press


def _mouse_button(widget, button: Qt.MouseButton) -> None:
    """Send a press of one of the mouse's extra buttons to widget."""
    pos = QPointF(10, 10)
    event = QMouseEvent(
        QMouseEvent.Type.MouseButtonPress,
        pos,
        widget.mapToGlobal(pos),
        button,
        button,
        Qt.KeyboardModifier.NoModifier,
    )
    QApplication.sendEvent(widget, event)


def test_back_and_forward_with_keys_and_mouse(qtbot, window, library) -> None:
    home = library.home_id
    window.open_article("ankle-monitor")
    window.open_article("ice-took-passport")
    assert window.actions_.back.isEnabled()
    assert not window.actions_.forward.isEnabled()
    press(qtbot, window, Qt.Key.Key_Left, Qt.KeyboardModifier.AltModifier)
    assert window.current_page().article_id == "ankle-monitor"
    assert library.article("ankle-monitor").title in answer_text(window)
    press(qtbot, window, Qt.Key.Key_Right, Qt.KeyboardModifier.AltModifier)
    assert window.current_page().article_id == "ice-took-passport"
    # The mouse's back button, over the answer.
    _mouse_button(window.answer.viewport(), Qt.MouseButton.BackButton)
    assert window.current_page().article_id == "ankle-monitor"
    _mouse_button(window.answer.viewport(), Qt.MouseButton.BackButton)
    assert window.current_page().article_id == home
    assert not window.actions_.back.isEnabled()
    _mouse_button(window.answer.viewport(), Qt.MouseButton.ForwardButton)
    assert window.current_page().article_id == "ankle-monitor"
    # The mouse's back button works over the questions list too.
    _mouse_button(window.results.viewport(), Qt.MouseButton.BackButton)
    assert window.current_page().article_id == home
    _mouse_button(window.answer.viewport(), Qt.MouseButton.ForwardButton)
    # Opening a new page drops the forward pages, like a browser.
    window.open_article("what-is-ice-isap")
    assert not window.actions_.forward.isEnabled()


def test_every_answer_shows_source_date_and_not_legal_advice(window, library) -> None:
    for entry in [e for s in library.toc() for e in s.entries]:
        art = library.article(entry.id)
        window.open_article(art.id)
        text = answer_text(window)
        assert art.title in text
        assert art.source in text
        assert art.reviewed in text
        assert "not legal advice" in text


def test_related_questions_open_in_the_app(qtbot, window, library) -> None:
    window.open_article("no-one-answers")
    related = library.article("no-one-answers").related
    text = answer_text(window)
    assert "Related questions" in text
    for rid in related:
        assert library.article(rid).title in text
    window.answer.anchorClicked.emit(QUrl(f"article:{related[0]}"))
    assert window.current_page().article_id == related[0]


def test_links_between_articles_follow_keyboard_activation(qtbot, window, library) -> None:
    # On the start page, Tab moves to the first link and Enter follows it.
    window.answer.setFocus()
    press(qtbot, window.answer, Qt.Key.Key_Tab)
    assert window.answer.textCursor().hasSelection()
    press(qtbot, window.answer, Qt.Key.Key_Return)
    assert window.current_page().article_id == "what-is-ice-isap"


def test_find_in_page(qtbot, window) -> None:
    window.open_article("no-one-answers")
    press(qtbot, window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert window.find_bar.isVisible()
    assert QApplication.focusWidget() is window.find_bar.edit
    qtbot.keyClicks(window.find_bar.edit, "voicemail")
    assert window.answer.textCursor().selectedText().lower() == "voicemail"
    first = window.answer.textCursor().position()
    press(qtbot, window.find_bar.edit, Qt.Key.Key_Return)
    assert window.answer.textCursor().position() > first
    qtbot.keyClicks(window.find_bar.edit, "zzzz")
    assert window.find_bar.status.text() == "Not found"
    press(qtbot, window.find_bar.edit, Qt.Key.Key_Escape)
    assert not window.find_bar.isVisible()


def test_text_size_changes_and_is_remembered(qtbot, window, library, settings_store) -> None:
    from desktop.ui.main_window import MainWindow

    assert window.answer.zoom() == 100
    start_pt = window.answer.font().pointSizeF()
    list_pt = window.results.font().pointSizeF()
    press(qtbot, window, Qt.Key.Key_Plus, Qt.KeyboardModifier.ControlModifier)
    press(qtbot, window, Qt.Key.Key_Equal, Qt.KeyboardModifier.ControlModifier)
    assert window.answer.zoom() == 120
    assert window.answer.font().pointSizeF() > start_pt
    # The questions list grows with the answer text.
    assert window.results.font().pointSizeF() > list_pt
    saved = json.loads(settings_store.path.read_text(encoding="utf-8"))
    assert saved["text_zoom"] == 120
    # A new window (the next run) starts at the remembered size.
    second = MainWindow(library, settings_store, settings_store.load())
    qtbot.addWidget(second)
    assert second.answer.zoom() == 120
    press(qtbot, window, Qt.Key.Key_Minus, Qt.KeyboardModifier.ControlModifier)
    assert window.answer.zoom() == 110
    press(qtbot, window, Qt.Key.Key_0, Qt.KeyboardModifier.ControlModifier)
    assert window.answer.zoom() == 100
    assert settings_store.load() == Settings(text_zoom=100)


def test_important_numbers_page(qtbot, window, library) -> None:
    press(qtbot, window, Qt.Key.Key_I, Qt.KeyboardModifier.ControlModifier)
    text = answer_text(window)
    assert "Important phone numbers" in text
    numbers = library.important_numbers()
    assert {n.number for n in numbers} >= {"1-833-383-1465", "1-800-898-7180"}
    for n in numbers:
        assert n.number in text
        for purpose in n.purposes:
            assert purpose in text
    assert "not legal advice" in text


def test_contact_log_signals(qtbot, window) -> None:
    with qtbot.waitSignal(window.contactLogRequested):
        press(qtbot, window, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    window.open_article("no-one-answers")
    assert window.record_button.isVisible()
    with qtbot.waitSignal(window.recordAttemptRequested) as blocker:
        qtbot.mouseClick(window.record_button, Qt.MouseButton.LeftButton)
    assert blocker.args == ["1-833-383-1465"]
    # Answers that are not about calling ICE do not offer it.
    window.open_article("ankle-monitor")
    assert not window.record_button.isVisible()


def test_forward_from_a_preview_keeps_the_pages_ahead(qtbot, window) -> None:
    from tests.ui.helpers import type_query, wait_for_page

    window.open_article("ankle-monitor")
    window.open_article("ice-took-passport")
    window.go_back()
    type_query(qtbot, window, "voicemail")
    wait_for_page(qtbot, window, "no-one-answers")
    assert window.actions_.forward.isEnabled()
    press(qtbot, window, Qt.Key.Key_Right, Qt.KeyboardModifier.AltModifier)
    assert window.current_page().article_id == "ice-took-passport"
