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
        assert run_gui(["--exit-when-ready"]) == 0
        print(sorted(m for m in sys.modules if {wanted}))
        """
    )
    last = _run(["-c", script], data_dir).stdout.strip().splitlines()[-1]
    return ast.literal_eval(last)  # the child prints a list literal of module names


def test_start_up_loads_no_download_or_network_modules(tmp_path: Path) -> None:
    """A full start (window shown, index open) never imports urllib.request, http, email or ssl.

    whoosh would pull them in for `urlretrieve` (see `lighten_whoosh_import`); Markdown would
    pull in importlib.metadata for extensions given by name. Both cost start-up time.
    """
    unwanted = ("urllib.request", "http.client", "email.parser", "ssl", "importlib.metadata")
    assert _modules_after_start(tmp_path, f"m in {unwanted!r}") == []


def _bundled_index(data_dir: Path) -> None:
    """Build the bundled index, as `make index` and packaging do: the answers' stored HTML is
    used only from the program's own index folder, never from the user-writable cache."""
    _run(["-m", "desktop", "build-index"], data_dir)


def test_start_up_with_a_current_index_never_loads_markdown(tmp_path: Path) -> None:
    """The answers' HTML comes from the index (rendered at build time): no Markdown import."""
    _bundled_index(tmp_path)
    loaded = _modules_after_start(tmp_path, 'm == "markdown" or m.startswith("markdown.")')
    assert loaded == []


def test_start_up_opens_the_index_without_the_build_or_search_code(tmp_path: Path) -> None:
    """Ready means the index is checked and open; building code and the Searcher load later.

    `index.build` (and the synonym tables it exports) is only for rebuilding; `index.search` is
    loaded by the first search or the idle-time warm-up after the window shows.
    """
    _run(["-m", "desktop", "--exit-when-ready"], tmp_path)  # a current index exists from here
    wanted = 'm in ("index.opening", "index.build", "index.search", "index.synonyms")'
    assert _modules_after_start(tmp_path, wanted) == ["index.opening"]


def test_start_up_makes_pyside_read_no_module_source(tmp_path: Path) -> None:
    """PySide6 reads the source of no module of ours, whoosh's or those loaded before it.

    (It would, to look for `__feature__` use; `skip_pyside_source_scan` tells it up front.)
    A module added to the first screen but not to `FIRST_SCREEN_MODULES` fails here.
    """
    _bundled_index(tmp_path)
    script = textwrap.dedent(
        """
        import inspect, sys
        read = []
        original = inspect.getsource
        def spy(obj):
            if inspect.ismodule(obj):
                read.append(obj.__name__)
            return original(obj)
        inspect.getsource = spy
        from desktop.app import run_gui
        assert run_gui(["--exit-when-ready"]) == 0
        print(sorted(read))
        """
    )
    read = ast.literal_eval(_run(["-c", script], tmp_path).stdout.strip().splitlines()[-1])
    ours = [m for m in read if m.split(".")[0] in ("desktop", "index", "whoosh")]
    assert ours == []
    # Left: a few of PySide6's own, read while PySide6.QtCore itself loads (a bare window too).
    assert all(m.split(".")[0] in ("PySide6", "shiboken6", "enum", "os") for m in read), read


def test_index_is_rebuilt_with_progress_when_missing(qtbot, content_dir, tmp_path) -> None:
    from desktop.ui.index_progress import IndexOpener

    paths = AppPaths(
        content_dir, tmp_path / "no-bundled-index", tmp_path, tmp_path / "cache", False
    )
    library = HelpLibrary.load_content(content_dir)
    opener = IndexOpener()
    steps: list[int] = []
    original = opener._on_progress
    opener._on_progress = lambda done, total: (steps.append(done), original(done, total))  # type: ignore[method-assign]
    try:
        assert opener.open(library, paths)
        assert opener.rebuilt
        assert library.has_index
        assert library.search("tobillera").hits[0].id == "ankle-monitor"
        assert (tmp_path / "cache" / "search-index").is_dir()
    finally:
        library.close()


def test_index_failure_keeps_the_app_usable(qtbot, content_dir, tmp_path, monkeypatch) -> None:
    from desktop.ui.index_progress import IndexOpener

    library = HelpLibrary.load_content(content_dir)

    def broken(*args: object, **kwargs: object) -> None:
        raise IndexUnavailable("disk full")

    monkeypatch.setattr(library, "open_index", broken)
    paths = AppPaths(content_dir, tmp_path / "x", tmp_path, tmp_path / "cache", False)
    opener = IndexOpener()
    assert not opener.open(library, paths)
    assert opener.error == "disk full"
    shown: list[str] = []
    monkeypatch.setattr(
        QMessageBox, "warning", staticmethod(lambda parent, title, text, *a: shown.append(text))
    )
    opener.explain_failure(None)
    assert shown and "Traceback" not in shown[0] and "simpler search" in shown[0]
    # Browsing and the simple search still work.
    assert library.search("passport").hits[0].id == "ice-took-passport"


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
        assert run_gui(["--exit-when-ready"]) == 0
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
            w.run_search(q)
            w.open_first_result()
        w.show_numbers()
        for url in ["tel:+18333831465", "https://www.asylumadvocacy.org/", "article:about"]:
            w.follow_link(QUrl(url))
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
    import desktop.selftest
    from desktop.app import run_gui

    seen: list[list[str]] = []
    monkeypatch.setattr(desktop.selftest, "run_self_test", lambda argv: seen.append(argv) or 7)
    assert run_gui(["--self-test", "--quick"]) == 7
    assert seen == [["--self-test", "--quick"]]


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
