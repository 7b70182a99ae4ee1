"""A short soak of the real main window: no activity may leave more live objects behind.

The same session as `make soak` (benchmarks/bench_soak.py) with few rounds. It asserts counts
only (Qt objects, widgets, open files, threads), never bytes or time: a leak of one document
per opened answer shows as a growing count after a few dozen rounds.
"""

from __future__ import annotations

from benchmarks.bench_soak import QUICK_ROUNDS, SoakSession, format_report, grown, run_soak


def test_a_mixed_session_leaves_no_objects_behind(qtbot, library, tmp_path) -> None:
    session = SoakSession(library, tmp_path / "data")
    qtbot.waitExposed(session.window)
    try:
        report = run_soak(session, QUICK_ROUNDS)
    finally:
        session.close()
    assert [r.name for r in report.activities] == list(QUICK_ROUNDS)
    growth = {r.name: grown(r.before, r.after) for r in report.activities}
    assert {k: v for k, v in growth.items() if v} == {}, format_report(report)
    assert grown(report.warmed, report.end) == {}, format_report(report)
    # The session really ran: one answer document in the window, the log's PDF written.
    assert report.end.documents >= 1
    assert (tmp_path / "data" / "record.pdf").exists()
    assert (tmp_path / "data" / "answer.pdf").exists()
