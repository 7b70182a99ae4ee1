"""A short soak of the real main window: no activity may leave more live objects behind.

The same session as `make soak` (benchmarks/bench_soak.py) with few rounds. It asserts counts
only (Qt objects, widgets, open files, threads), never bytes or time: a leak of one document
per opened answer shows as a growing count after a few dozen rounds.
"""

from __future__ import annotations

import pytest

from benchmarks.bench_soak import (
    QUICK_ROUNDS,
    SoakSession,
    format_report,
    grown,
    open_library,
    run_soak,
)


# The offscreen platform cannot pass a shown dialog's size hints on (the staff settings) and
# says so; not ours.
@pytest.mark.qt_log_ignore("propagateSizeHints")
def test_a_mixed_session_leaves_no_objects_behind(qtbot, index_dir, tmp_path) -> None:
    # Its own library, not the shared one: adding or removing a pack closes the library shown.
    library = open_library(tmp_path / "data", index_dir)
    session = SoakSession(library, tmp_path / "data")
    qtbot.waitExposed(session.window)
    try:
        report = run_soak(session, QUICK_ROUNDS)
    finally:
        session.close()
        library.close()
    assert [r.name for r in report.activities] == list(QUICK_ROUNDS)
    growth = {r.name: grown(r.before, r.after) for r in report.activities}
    assert {k: v for k, v in growth.items() if v} == {}, format_report(report)
    assert grown(report.warmed, report.end) == {}, format_report(report)
    # The session really ran: one answer document in the window, the log's PDF written.
    assert report.end.documents >= 1
    assert (tmp_path / "data" / "record.pdf").exists()
    assert (tmp_path / "data" / "answer.pdf").exists()


def test_the_search_box_forgets_old_edits_but_keeps_text_and_cursor(qtbot) -> None:
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest

    from desktop.ui.search_box import MAX_UNDO_KEYSTROKES, SearchBox

    box = SearchBox()
    qtbot.addWidget(box)
    QTest.keyClicks(box, "ankle monitor")
    assert box.isUndoAvailable()
    for _ in range(MAX_UNDO_KEYSTROKES):  # Undo history without end: a day of typing grows it
        QTest.keyClick(box, Qt.Key.Key_Left)
    assert not box.isUndoAvailable()
    assert box.text() == "ankle monitor"
    assert box.cursorPosition() == 0
    QTest.keyClicks(box, "my ")
    assert box.text() == "my ankle monitor"
    assert box.isUndoAvailable()
