"""Searching: as-you-type results, the table of contents, no-results page, did-you-mean, keys."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from tests.ui.helpers import answer_text, press, type_query, wait_for_page


def test_starts_with_cursor_in_search_box_and_every_question_listed(window, library) -> None:
    assert QApplication.focusWidget() is window.search_box
    assert window.search_box.placeholderText()
    expected = [e.id for s in library.toc() for e in s.entries]
    assert window.results.article_ids() == expected
    # The start page is open, so the answer pane is never blank.
    assert library.article(library.home_id).title in answer_text(window)


def test_typing_updates_results_and_enter_opens_the_right_answer(qtbot, window, library) -> None:
    type_query(qtbot, window, "no contestan")
    assert window.results.article_ids()[0] == "no-one-answers"
    assert "answer" in window.result_count.text()
    press(qtbot, window.search_box, Qt.Key.Key_Return)
    page = window.current_page()
    assert page is not None and page.article_id == "no-one-answers"
    text = answer_text(window)
    assert library.article("no-one-answers").title in text
    assert "1-833-383-1465" in text
    # The searched words are highlighted in the opened answer.
    assert 'class="match"' in window.answer.page_html()


def test_results_follow_each_new_query(qtbot, window) -> None:
    type_query(qtbot, window, "tobillera")
    assert window.results.article_ids()[0] == "ankle-monitor"
    window.search_box.clear()
    type_query(qtbot, window, "passport")
    assert window.results.article_ids()[0] == "ice-took-passport"


def test_snippets_mark_matched_words(qtbot, window) -> None:
    from desktop.ui.results_list import HTML_ROLE

    type_query(qtbot, window, "voicemail")
    item = window.results.item(0)
    assert '<b class="match">' in item.data(HTML_ROLE)


def test_no_results_page_is_helpful(qtbot, window, library) -> None:
    type_query(qtbot, window, "qwxz zzkj")
    text = answer_text(window)
    assert "No answer matched" in text
    assert "qwxz zzkj" in text
    # Closest questions and the important numbers are offered, not a dead end.
    assert window.results.article_ids()
    for number in library.important_numbers():
        assert number.number in text
    assert window.current_page() is None
    # Searching for something real brings back the page read before.
    window.search_box.clear()
    type_query(qtbot, window, "passport")
    wait_for_page(qtbot, window, "ice-took-passport")
    assert "No answer matched" not in answer_text(window)


def test_did_you_mean_is_clickable(qtbot, window) -> None:
    type_query(qtbot, window, "anckle")
    assert window.did_you_mean.isVisible()
    assert "ankle" in window.did_you_mean.text()
    with qtbot.waitSignal(window.resultsUpdated):
        qtbot.mouseClick(window.did_you_mean, Qt.MouseButton.LeftButton)
    assert window.search_box.text() == "ankle"
    assert not window.did_you_mean.isVisible()
    assert window.results.article_ids()[0] == "ankle-monitor"


def test_escape_clears_search_and_shows_the_table_of_contents(qtbot, window, library) -> None:
    type_query(qtbot, window, "passport")
    with qtbot.waitSignal(window.resultsUpdated):
        press(qtbot, window.search_box, Qt.Key.Key_Escape)
    assert window.search_box.text() == ""
    assert window.results.article_ids() == [e.id for s in library.toc() for e in s.entries]


def test_keyboard_only_navigation(qtbot, window, library) -> None:
    type_query(qtbot, window, "ice")
    ids = window.results.article_ids()
    assert len(ids) >= 2
    # Down moves from the box into the list, then through the results.
    press(qtbot, window.search_box, Qt.Key.Key_Down)
    assert QApplication.focusWidget() is window.results
    assert window.results.current_article_id() == ids[0]
    press(qtbot, window.results, Qt.Key.Key_Down)
    assert window.results.current_article_id() == ids[1]
    press(qtbot, window.results, Qt.Key.Key_Return)
    assert window.current_page().article_id == ids[1]
    # Up from the first row, or Esc, goes back to the search box.
    press(qtbot, window.results, Qt.Key.Key_Up)
    press(qtbot, window.results, Qt.Key.Key_Up)
    assert QApplication.focusWidget() is window.search_box
    # Tab order: search box -> questions -> answer.
    window.search_box.setFocus()
    press(qtbot, window.search_box, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is window.results
    press(qtbot, window.results, Qt.Key.Key_Escape)
    assert QApplication.focusWidget() is window.search_box
    # Ctrl+E brings the cursor back to the search box from anywhere.
    window.answer.setFocus()
    press(qtbot, window, Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier)
    assert QApplication.focusWidget() is window.search_box


def test_debounce_only_when_searches_are_slow(qtbot, window, monkeypatch) -> None:
    import time

    from desktop.ui.search_box import SLOW_DEBOUNCE_MS

    for query in ("check", "check in", "passport"):
        window.search.run_search(query)
    # On the bundled content searches take far less than a frame: results come at once.
    assert window.search_box.debounce_ms() == 0
    real_search = window.library.search

    def slow_search(query: str, limit: int = 10):
        time.sleep(0.03)  # an old, busy PC
        return real_search(query, limit)

    monkeypatch.setattr(window.library, "search", slow_search)
    for query in ("ankle", "monitor", "ankle monitor"):
        window.search.run_search(query)
    assert window.search_box.debounce_ms() == SLOW_DEBOUNCE_MS


def test_search_text_is_never_written_to_disk(qtbot, window, tmp_path, _private_user_data) -> None:
    secret = "maria gonzalez a123456789"
    type_query(qtbot, window, secret)
    window.set_zoom(130)  # forces a settings write
    for folder in (tmp_path, _private_user_data):
        for path in folder.rglob("*"):
            if path.is_file():
                assert b"gonzalez" not in path.read_bytes().lower(), path


def test_best_answer_shows_while_typing_and_arrows_preview(qtbot, window, library) -> None:
    type_query(qtbot, window, "tobillera")
    # The best answer shows in the pane as soon as typing pauses, before Enter.
    wait_for_page(qtbot, window, "ankle-monitor")
    assert library.article("ankle-monitor").title in answer_text(window)
    # Moving through the results with the arrows shows each answer.
    second = window.results.article_ids()[1]
    press(qtbot, window.search_box, Qt.Key.Key_Down)
    press(qtbot, window.results, Qt.Key.Key_Down)
    assert window.current_page().article_id == second
    # Back leaves the preview for the page read before.
    press(qtbot, window, Qt.Key.Key_Left, Qt.KeyboardModifier.AltModifier)
    assert window.current_page().article_id == library.home_id


def test_a_previewed_answer_joins_the_history_when_left_by_a_link(qtbot, window) -> None:
    from PySide6.QtCore import QUrl

    type_query(qtbot, window, "no contestan")
    wait_for_page(qtbot, window, "no-one-answers")
    window.answer.anchorClicked.emit(QUrl("article:cannot-attend-check-in"))
    press(qtbot, window, Qt.Key.Key_Left, Qt.KeyboardModifier.AltModifier)
    assert window.current_page().article_id == "no-one-answers"


def test_one_or_two_letters_do_not_show_the_no_results_page(qtbot, window) -> None:
    type_query(qtbot, window, "q")
    assert "No answer matched" not in answer_text(window)


def test_same_results_keep_the_rows_but_go_back_to_the_first(qtbot, window) -> None:
    """A keystroke that changes nothing in the results leaves the rows alone (no relayout)."""
    results = window.results
    rows = [("ankle-monitor", "Ankle monitor?", "a <b>snippet</b>"), ("about", "About", "more")]
    results.show_hits(None, rows)
    first_item = results.item(0)
    results.setCurrentRow(1)
    results.show_hits(None, list(rows))
    assert results.item(0) is first_item  # not rebuilt
    assert results.currentRow() == 0  # but the first result is chosen again, as after a refill
    results.show_hits("Closest", rows)  # a different heading is a different list
    assert results.item(0).text() == "Closest"
    assert not results.item(0).flags()  # a heading now (its rows are rewritten in place)
    assert results.currentRow() == 1
    assert results.article_ids() == ["ankle-monitor", "about"]
    # The table of contents and then the same results again: rebuilt.
    window.search_box.clear()
    window.search_box.flush()
    results.show_hits(None, rows)
    assert results.article_ids() == ["ankle-monitor", "about"]


def test_new_results_rewrite_the_rows_without_hiding_the_scroll_bar(qtbot, window) -> None:
    """Other results reuse the rows: the scroll bar does not flick off and on (two resizes)."""
    from PySide6.QtCore import QEvent, QObject

    class HideCounter(QObject):
        hidden = 0

        def eventFilter(self, _obj: QObject, event: QEvent) -> bool:
            if event.type() == QEvent.Type.Hide:
                self.hidden += 1
            return False

    results = window.results
    type_query(qtbot, window, "ICE too")
    qtbot.waitUntil(lambda: results.verticalScrollBar().isVisible())
    counter = HideCounter()
    results.verticalScrollBar().installEventFilter(counter)
    type_query(qtbot, window, "k")
    assert window.search_box.text() == "ICE took"
    assert counter.hidden == 0
    assert results.verticalScrollBar().isVisible()
    # Fewer rows, and headings and rows trading places, are rewritten cleanly.
    rows = [(f"id-{i}", f"Question {i}", f"line {i}") for i in range(3)]
    results.show_hits("Closest", rows)
    assert results.count() == 4
    assert not results.item(0).flags()
    assert results.item(1).toolTip() == "line 0"
    results.show_hits(None, [("ankle-monitor", "Ankle monitor?", "x")])
    assert results.count() == 1
    assert results.item(0).flags() & Qt.ItemFlag.ItemIsSelectable
    assert results.current_article_id() == "ankle-monitor"
