"""The app as a whole: start-up flag, index rebuild and failure, and no network at all."""

from __future__ import annotations

import ast
import os
import subprocess
import sys
import textwrap
from pathlib import Path

from PySide6.QtWidgets import QMessageBox

from desktop.core.library import HelpLibrary, IndexUnavailable
from desktop.core.paths import AppPaths

ROOT = Path(__file__).resolve().parents[2]


def _env(data_dir: Path) -> dict[str, str]:
    """Environment for a child app process: offscreen, private data folder."""
    env = dict(os.environ)
    env.update(QT_QPA_PLATFORM="offscreen", CHECKIN_HELP_DATA_DIR=str(data_dir))
    return env


def test_exit_when_ready_prints_ready_and_exits_zero(tmp_path: Path) -> None:
    proc = subprocess.run(
        [sys.executable, "-m", "desktop", "--exit-when-ready"],
        cwd=ROOT,
        env=_env(tmp_path),
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert proc.returncode == 0, proc.stderr
    lines = proc.stdout.strip().splitlines()
    assert lines and lines[-1].startswith("ready ")
    assert int(lines[-1].split()[1]) >= 0
    assert "Traceback" not in proc.stderr


def _run(args: list[str], data_dir: Path) -> subprocess.CompletedProcess[str]:
    """Run a child Python with args in the repo, offscreen, with its own data folder."""
    proc = subprocess.run(
        [sys.executable, *args],
        cwd=ROOT,
        env=_env(data_dir),
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert proc.returncode == 0, proc.stderr[-2000:]
    return proc


def _modules_after_start(data_dir: Path, wanted: str) -> list[str]:
    """The modules matching the expression `wanted` (over `m`) loaded by a full app start."""
    script = textwrap.dedent(
        f"""
        import sys
        from desktop.app import run_gui
        assert run_gui(exit_when_ready=True) == 0
        print(sorted(m for m in sys.modules if {wanted}))
        """
    )
    last = _run(["-c", script], data_dir).stdout.strip().splitlines()[-1]
    return ast.literal_eval(last)  # the child prints a list literal of module names


def test_start_up_loads_no_download_or_network_modules(tmp_path: Path) -> None:
    """A full start (window shown, index open) never imports urllib.request, http, email or ssl.

    whoosh would pull them in for `urlretrieve` (see `index/whoosh_import.py`); Markdown would
    pull in importlib.metadata for extensions given by name. Both cost start-up time.
    """
    unwanted = ("urllib.request", "http.client", "email.parser", "ssl", "importlib.metadata")
    assert _modules_after_start(tmp_path, f"m in {unwanted!r}") == []


def test_unknown_flag_exits_2_with_usage(tmp_path: Path) -> None:
    proc = subprocess.run(
        [sys.executable, "-m", "desktop", "--bogus-flag"],
        cwd=ROOT,
        env=_env(tmp_path),
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert proc.returncode == 2
    assert proc.stderr.startswith("usage: checkin-help")
    assert "--bogus-flag" in proc.stderr
    assert proc.stdout == ""  # no window started, nothing reported ready


def test_help_lists_every_flag_and_command(capsys) -> None:
    import pytest

    from desktop.__main__ import build_parser, main

    with pytest.raises(SystemExit) as exited:
        main(["--help"])
    assert exited.value.code == 0
    out = capsys.readouterr().out
    parser = build_parser()
    flags = [o for a in parser._actions for o in a.option_strings]
    assert {"--self-test", "--exit-when-ready", "--help", "--version"} <= set(flags)
    for flag in flags:
        assert flag in out
    commands = next(a for a in parser._actions if a.dest == "command").choices
    assert {"search", "list", "build-index", "check-content", "eval-search", "log", "pack"} <= set(
        commands
    )
    for name in commands:
        assert name in out


def _rebuild_paths(content_dir: Path, tmp_path: Path) -> AppPaths:
    """Paths with no bundled index, so the index must be rebuilt into the cache."""
    return AppPaths(content_dir, tmp_path / "no-bundled-index", tmp_path, tmp_path / "cache", False)


def test_index_is_rebuilt_in_the_background_with_progress(qtbot, content_dir, tmp_path) -> None:
    from PySide6.QtCore import QThread
    from PySide6.QtWidgets import QProgressDialog, QWidget

    from desktop.ui.index_progress import IndexRebuild

    parent = QWidget()
    qtbot.addWidget(parent)
    library = HelpLibrary.load_content(content_dir)
    rebuild = IndexRebuild(library, _rebuild_paths(content_dir, tmp_path), parent)
    main_thread = QThread.currentThread()
    seen: list[tuple[int, int, bool]] = []
    dialogs: list[bool] = []
    original = rebuild._on_progress

    def spy(done: int, total: int) -> None:
        seen.append((done, total, QThread.currentThread() is main_thread))
        original(done, total)
        dialogs.append(any(d.isVisible() for d in parent.findChildren(QProgressDialog)))

    rebuild._on_progress = spy  # type: ignore[method-assign]
    try:
        with qtbot.waitSignal(rebuild.finished, timeout=60_000) as blocker:
            rebuild.start()
            assert not library.has_index  # start() returned before the rebuild finished
        assert blocker.args == [True] and rebuild.error is None
        assert seen and all(on_main for _, _, on_main in seen)  # progress came on the main thread
        assert seen[-1][0] == seen[-1][1]
        assert library.has_index
        assert library.search("tobillera").hits[0].id == "ankle-monitor"
        assert (tmp_path / "cache" / "search-index").is_dir()
        assert any(dialogs)  # a progress window showed while it rebuilt
        assert not any(d.isVisible() for d in parent.findChildren(QProgressDialog))
    finally:
        library.close()


def test_index_failure_keeps_the_app_usable(qtbot, content_dir, tmp_path, monkeypatch) -> None:
    import desktop.ui.index_progress
    from desktop.ui.index_progress import IndexRebuild

    def broken(*args: object) -> None:
        raise IndexUnavailable("disk full")

    monkeypatch.setattr(desktop.ui.index_progress, "build_current_index", broken)
    library = HelpLibrary.load_content(content_dir)
    rebuild = IndexRebuild(library, _rebuild_paths(content_dir, tmp_path))
    with qtbot.waitSignal(rebuild.finished, timeout=60_000) as blocker:
        rebuild.start()
    assert blocker.args == [False]
    assert rebuild.error == "disk full"
    shown: list[str] = []
    monkeypatch.setattr(
        QMessageBox, "warning", staticmethod(lambda parent, title, text, *a: shown.append(text))
    )
    rebuild.explain_failure(None)
    assert shown and "Traceback" not in shown[0] and "simpler search" in shown[0]
    # Browsing and the simple search still work.
    assert not library.has_index
    assert library.search("passport").hits[0].id == "ice-took-passport"


def test_first_start_without_an_index_rebuilds_it_then_reports_ready(tmp_path: Path) -> None:
    """No current index: the window shows, the rebuild runs, and `ready` comes after it."""
    script = textwrap.dedent(
        """
        import dataclasses
        import sys
        from pathlib import Path
        from desktop.core import paths
        # No bundled index either, even where `make index` built one in the source tree.
        bundled = paths.resolve_paths
        paths.resolve_paths = lambda: dataclasses.replace(
            bundled(), bundled_index_dir=Path(sys.argv[1])
        )
        from desktop.app import run_gui
        assert run_gui(exit_when_ready=True) == 0
        from desktop.core.paths import resolve_paths
        from index.build import check_index
        print(check_index(resolve_paths().index_cache_dir, None))
        """
    )
    no_index = tmp_path / "no-bundled-index"
    lines = _run(["-c", script, str(no_index)], tmp_path / "data").stdout.strip().splitlines()
    assert lines[0].startswith("ready ") and lines[-1] == "ok"


def test_a_full_session_never_touches_the_network(tmp_path: Path) -> None:
    """Drive every feature in a fresh process; no socket, no QtNetwork, no browser."""
    script = textwrap.dedent(
        """
        import socket, sys
        tried = []
        def refuse(*a, **k):
            tried.append(a)
            raise OSError("network use is forbidden")
        socket.socket.connect = refuse
        socket.socket.connect_ex = refuse
        socket.create_connection = refuse
        socket.getaddrinfo = refuse

        import desktop.ui
        from PySide6.QtCore import QUrl
        from PySide6.QtGui import QDesktopServices
        QDesktopServices.openUrl = refuse
        from PySide6.QtWidgets import QApplication, QFileDialog
        from PySide6.QtPrintSupport import QPrintDialog, QPrinter

        from desktop.app import run_gui
        assert run_gui(exit_when_ready=True) == 0
        app = QApplication.instance()

        from desktop.core.library import HelpLibrary
        from desktop.core.paths import resolve_paths
        from desktop.core.settings import SettingsStore
        from desktop.ui.main_window import MainWindow
        paths = resolve_paths()
        lib = HelpLibrary.load_content(paths.content_dir)
        lib.open_index(paths.content_dir, paths.bundled_index_dir, paths.index_cache_dir)
        store = SettingsStore(paths.settings_file)
        w = MainWindow(lib, store, store.load())
        w.show()
        for q in ["no contestan", "anckle", "qwxz", "tobillera", ""]:
            w.search.run_search(q)
            w.open_first_result()
        w.show_numbers()
        for url in ["tel:+18333831465", "https://www.asylumadvocacy.org/", "article:about"]:
            w.links.follow(QUrl(url))
        w.set_zoom(130)
        out = sys.argv[1]
        QFileDialog.getSaveFileName = staticmethod(lambda *a, **k: (out + "/a.pdf", ""))
        w.save_pdf()
        def accept(dialog):
            dialog.printer().setOutputFormat(QPrinter.OutputFormat.PdfFormat)
            dialog.printer().setOutputFileName(out + "/b.pdf")
            return QPrintDialog.DialogCode.Accepted
        QPrintDialog.exec = accept
        w.print_answer()
        w.show_about()
        app.processEvents()
        w.close()
        assert not tried, tried
        loaded = sorted(m for m in sys.modules if m.startswith("PySide6.QtNetwork"))
        assert not loaded, loaded
        print("session ok")
        """
    )
    proc = subprocess.run(
        [sys.executable, "-c", script, str(tmp_path)],
        cwd=ROOT,
        env=_env(tmp_path / "data"),
        capture_output=True,
        text=True,
        timeout=180,
    )
    assert proc.returncode == 0, proc.stderr[-3000:]
    assert "session ok" in proc.stdout
    assert (tmp_path / "a.pdf").exists() and (tmp_path / "b.pdf").exists()


def test_contact_log_wiring(qtbot, window, tmp_path, monkeypatch) -> None:
    from PySide6.QtCore import Qt

    from desktop.app import wire_contact_log
    from desktop.ui.contact_log.window import ContactLogWindow

    calls: list[str] = []
    monkeypatch.setattr(ContactLogWindow, "record_attempt", lambda self, c: calls.append(c))
    paths = AppPaths(tmp_path, tmp_path, tmp_path / "data", tmp_path / "cache", False)
    wire_contact_log(window, paths)
    qtbot.keyClick(window, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    logs = [w for w in window.findChildren(ContactLogWindow)]
    assert len(logs) == 1
    log_window = logs[0]
    qtbot.waitExposed(log_window)
    # The content's numbers are offered as quick picks.
    assert "1-833-383-1465" in [number for _, number in log_window.numbers]
    # "Record a call" on an answer reuses the open log window, pre-filled with the number.
    window.open_article("no-one-answers")
    qtbot.mouseClick(window.record_button, Qt.MouseButton.LeftButton)
    assert calls == ["1-833-383-1465"]
    assert len(window.findChildren(ContactLogWindow)) == 1
    log_window.close()


def test_contact_log_lock_time_is_saved_and_applied(
    qtbot, window, settings_store, tmp_path, monkeypatch
) -> None:
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QInputDialog

    from desktop.app import wire_contact_log
    from desktop.ui.contact_log.window import ContactLogWindow

    paths = AppPaths(tmp_path, tmp_path, tmp_path / "data", tmp_path / "cache", False)
    wire_contact_log(window, paths)
    qtbot.keyClick(window, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    (log_window,) = window.findChildren(ContactLogWindow)
    asked: list[tuple[int, int, int]] = []

    def fake_get_int(parent, title, label, value, minimum, maximum, *args):
        asked.append((value, minimum, maximum))
        return 12, True

    monkeypatch.setattr(QInputDialog, "getInt", staticmethod(fake_get_int))
    window.actions_.idle_lock.trigger()
    assert asked == [(5, 1, 120)]  # the current value and the allowed range
    assert settings_store.load().idle_lock_minutes == 12  # remembered for next time
    assert log_window.idle_timer.interval() == 12 * 60_000  # and applied to the open log
    log_window.close()


def test_self_test_flag_is_handed_over_before_any_window(monkeypatch) -> None:
    import desktop.app
    import desktop.selftest
    from desktop.__main__ import main

    seen: list[str] = []
    monkeypatch.setattr(desktop.selftest, "run_self_test", lambda *a: seen.append("self-test") or 7)
    monkeypatch.setattr(desktop.app, "run_gui", lambda **k: seen.append("gui") or 0)
    assert main(["--self-test"]) == 7
    assert seen == ["self-test"]


def test_window_works_before_the_index_opens(qtbot, content_dir, index_dir, tmp_path) -> None:
    from desktop.core.settings import SettingsStore
    from desktop.ui.main_window import MainWindow
    from tests.ui.helpers import type_query

    library = HelpLibrary.load_content(content_dir)
    store = SettingsStore(tmp_path / "settings.json")
    window = MainWindow(library, store, store.load())
    qtbot.addWidget(window)
    window.show()
    # Until the index opens, the simple search answers.
    type_query(qtbot, window, "passport")
    assert window.results.article_ids()[0] == "ice-took-passport"
    window.search_box.clear()
    type_query(qtbot, window, "no me contestan")
    # When it opens, what is typed is searched again with the full search.
    library.open_index(content_dir, index_dir, tmp_path / "cache")
    try:
        with qtbot.waitSignal(window.resultsUpdated):
            window.index_ready()
        assert window.results.article_ids()[0] == "no-one-answers"
    finally:
        library.close()


def test_search_tables_are_read_in_the_thread_pool_after_start(qtbot, library) -> None:
    from desktop.app import warm_up_search
    from index import langid

    langid.frequencies.cache_clear()
    operation = warm_up_search(library, None)
    with qtbot.waitSignal(operation.succeeded, timeout=20_000):
        pass
    # Read by the warm-up, not by a search: the first key press finds them ready.
    assert langid.frequencies.cache_info().currsize == len(langid.FREQ_LANGUAGES)
