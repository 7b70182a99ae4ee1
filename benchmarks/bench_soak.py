"""Soak: drive the real main window offscreen through a long, mixed session and show any growth.

`make soak` (or `python -m benchmarks soak`; `--quick` for a short run) builds the window the
way `desktop/app.py` does (`WindowKeeper`, so a language switch rebuilds it as in the app) and
runs every activity below many times, as a person would (keys into the search box, Enter,
Back, link clicks, menu actions, the contact log's own buttons). Each activity first runs a few
warm-up rounds (caches, fonts, lazily imported dialogs fill once); then one table shows, per
activity, the resident memory, open file descriptors, threads, top-level widgets, all widgets
and the live Qt objects of the main kinds before and after its rounds.

Before each sample, deferred deletes are processed, Python's garbage is collected and glibc is
asked to return free heap pages (`malloc_trim`), so the resident size shows what is still held.
`tests/ui/test_soak.py` runs the same session with few rounds and asserts the counts only.
"""

from __future__ import annotations

import contextlib
import ctypes
import gc
import os
import re
import sys
import tempfile
import threading
import time
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

PASSPHRASE = "long rounds of made-up words"
NICKNAME = "Soak"
SOAK_PACK_ID = "soak-pack"
QUERIES = (
    "check in",
    "ISAP app",
    "missed appointment",
    "ankle monitor",
    "lawyer",
    "change address",
    "asylum",
    "smartlink",
    "work permit",
    "court date",
)
# Rounds per activity: the full soak (`make soak`) and the quick one (`--quick`, the test).
FULL_ROUNDS: dict[str, int] = {
    "typing queries": 2000,
    "open answer, go back": 5000,
    "follow links": 1000,
    "link dialog": 500,
    "text size": 500,
    "language switch": 100,
    "print answer to PDF": 300,
    "contact log cycle": 100,
    "start over": 100,
    "install and remove a pack": 50,
    "staff settings and clinic notes": 100,
}
QUICK_ROUNDS: dict[str, int] = {
    "typing queries": 20,
    "open answer, go back": 40,
    "follow links": 20,
    "link dialog": 10,
    "text size": 10,
    "language switch": 4,
    "print answer to PDF": 4,
    "contact log cycle": 3,
    "start over": 4,
    "install and remove a pack": 3,
    "staff settings and clinic notes": 3,
}
# Warm-up rounds of each activity before measuring: the quick soak only fills fonts and lazily
# imported dialogs; the full one also fills the bounded caches (search terms, snippets, laid-out
# result rows), which the 10 queries below fill within about 20 rounds.
WARM_UP_ROUNDS = 3
FULL_WARM_UP_ROUNDS = 20


@dataclass(frozen=True)
class Sample:
    """What the process holds at one moment."""

    rss_kb: int
    rss_untrimmed_kb: int
    heap_kb: int
    fds: int
    threads: int
    top_levels: int
    widgets: int
    documents: int
    dialogs: int
    windows: int
    action_links: int
    data_files: int

    def counts(self) -> dict[str, int]:
        """Every count except memory (these must not change once warmed up)."""
        return {
            "fds": self.fds,
            "threads": self.threads,
            "top_levels": self.top_levels,
            "widgets": self.widgets,
            "documents": self.documents,
            "dialogs": self.dialogs,
            "windows": self.windows,
            "action_links": self.action_links,
            "data_files": self.data_files,
        }


@dataclass
class ActivityResult:
    """One activity's rounds and the samples before and after them."""

    name: str
    rounds: int
    before: Sample
    after: Sample
    seconds: float


@dataclass
class SoakReport:
    """The whole soak: per activity, and from the end of warm-up to the end."""

    warmed: Sample
    end: Sample
    activities: list[ActivityResult] = field(default_factory=list)


# -- measuring -----------------------------------------------------------------------------------


def _rss_kb() -> int:
    """Resident memory of this process in KiB (0 where /proc is missing)."""
    try:
        pages = int(Path("/proc/self/statm").read_text().split()[1])
    except OSError:
        return 0
    return pages * os.sysconf("SC_PAGE_SIZE") // 1024


def _count_dir(path: str, fallback: int) -> int:
    """Entries in a /proc folder (open fds, threads), or fallback where there is none."""
    try:
        return len(os.listdir(path))
    except OSError:
        return fallback


class _MallInfo2(ctypes.Structure):
    """glibc's `struct mallinfo2`."""

    _fields_ = [
        (name, ctypes.c_size_t)
        for name in [
            "arena",
            "ordblks",
            "smblks",
            "hblks",
            "hblkhd",
            "usmblks",
            "fsmblks",
            "uordblks",
            "fordblks",
            "keepcost",
        ]
    ]


def _libc() -> Any:
    """glibc, or None (another C library, another system)."""
    try:
        libc = ctypes.CDLL("libc.so.6")
        libc.mallinfo2.restype = _MallInfo2
    except (OSError, AttributeError):
        return None
    return libc


def _heap_kb() -> int:
    """Bytes in use in the C heap (malloc), in KiB: what Qt and the C code hold, without free
    space kept for reuse; Python's own small objects live in separate arenas and are not in it."""
    libc = _libc()
    if libc is None:
        return 0
    info = libc.mallinfo2()
    return (info.uordblks + info.hblkhd) // 1024


def settle(trim: bool = True) -> None:
    """Let Qt finish pending work and deletes, collect garbage, (trim) return free heap pages."""
    from PySide6.QtCore import QCoreApplication, QEvent

    for _ in range(3):
        QCoreApplication.processEvents()
        QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    gc.collect()
    libc = _libc()
    if trim and libc is not None:
        libc.malloc_trim(0)


def _files_under(folder: Path | None) -> int:
    """Files below folder (the session's data folder: nothing may pile up there)."""
    if folder is None or not folder.exists():
        return 0
    return sum(1 for p in folder.rglob("*") if p.is_file())


def sample(data_dir: Path | None = None) -> Sample:
    """Settle, then count what the process holds (RSS read before and after malloc_trim)."""
    from PySide6.QtCore import QObject
    from PySide6.QtGui import QTextDocument
    from PySide6.QtWidgets import QApplication, QDialog

    from desktop.ui.qt_workarounds import changed_connections

    settle(trim=False)
    untrimmed = _rss_kb()
    settle()
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    top = app.topLevelWidgets()
    seen: dict[int, QObject] = {}
    for root in (app, *top):
        for obj in (root, *root.findChildren(QObject)):
            seen[id(obj)] = obj
    objects = list(seen.values())
    result = Sample(
        rss_kb=_rss_kb(),
        rss_untrimmed_kb=untrimmed,
        heap_kb=_heap_kb(),
        fds=_count_dir("/proc/self/fd", 0),
        threads=_count_dir("/proc/self/task", threading.active_count()),
        top_levels=len(top),
        widgets=len(app.allWidgets()),
        documents=sum(isinstance(o, QTextDocument) for o in objects),
        dialogs=sum(isinstance(o, QDialog) for o in objects),
        windows=sum(w.isWindow() and w.isVisible() for w in top),
        action_links=sum(changed_connections(w) for w in top),
        data_files=_files_under(data_dir),
    )
    del objects, seen, top
    return result


# -- the session ---------------------------------------------------------------------------------


@contextlib.contextmanager
def saving_to(path: Path) -> Iterator[None]:
    """Answer every "Save as" question with path (the person typed that name)."""
    from PySide6.QtWidgets import QFileDialog

    original = QFileDialog.getSaveFileName
    QFileDialog.getSaveFileName = staticmethod(lambda *a, **k: (str(path), ""))  # type: ignore[method-assign]
    try:
        yield
    finally:
        QFileDialog.getSaveFileName = original  # type: ignore[method-assign]


@contextlib.contextmanager
def answering_ok() -> Iterator[None]:
    """Click OK on every message box that asks (e.g. "This file is not protected")."""
    from PySide6.QtWidgets import QMessageBox

    original = QMessageBox.exec

    def click_ok(box: QMessageBox) -> int:
        box.button(QMessageBox.StandardButton.Ok).click()
        return 0

    QMessageBox.exec = click_ok  # type: ignore[method-assign]
    try:
        yield
    finally:
        QMessageBox.exec = original  # type: ignore[method-assign]


class SoakSession:
    """The app's main window, built as app.py builds it, and one method per activity."""

    def __init__(self, library: Any, data_dir: Path) -> None:
        from PySide6.QtWidgets import QApplication

        from desktop.app import WindowKeeper
        from desktop.core.settings import SettingsStore

        app = QApplication.instance()
        assert isinstance(app, QApplication)
        self.data_dir = data_dir
        self.paths = self.paths_for(data_dir)
        self.paths.data_dir.mkdir(parents=True, exist_ok=True)
        self.library = library
        store = SettingsStore(self.paths.settings_file)
        self.keeper = WindowKeeper(app, library, store, self.paths)
        window = self.keeper.open(store.load())
        window.show()
        window.index_ready()
        self.activities: dict[str, Callable[[int], None]] = {
            "typing queries": self.type_query,
            "open answer, go back": self.open_answer,
            "follow links": self.follow_link,
            "link dialog": self.link_dialog,
            "text size": self.text_size,
            "language switch": self.switch_language,
            "print answer to PDF": self.print_pdf,
            "contact log cycle": self.contact_log_cycle,
            "start over": self.start_over,
            "install and remove a pack": self.install_and_remove_pack,
            "staff settings and clinic notes": self.staff_windows,
        }
        self._pack_file: Path | None = None

    @staticmethod
    def paths_for(data_dir: Path) -> Any:
        """The app's folders with its user data in data_dir."""
        from desktop.core.paths import DATA_DIR_ENV, resolve_paths

        return resolve_paths(environ={DATA_DIR_ENV: str(data_dir)})

    @property
    def window(self) -> Any:
        """The main window now shown (a language switch replaces it)."""
        assert self.keeper.window is not None
        return self.keeper.window

    def close(self) -> None:
        """Back to English (the language the session started in), then close the window."""
        if self.window.settings.language != "en":
            self.window.set_language("en")
        self.window.close()
        self.window.deleteLater()
        settle()
        if self.keeper.library is not self.library:  # packs were added or removed
            self.keeper.library.close()

    # -- activities ------------------------------------------------------------------------

    def type_query(self, i: int) -> None:
        """Select the search box's text and type a query key by key."""
        from PySide6.QtTest import QTest

        box = self.window.search_box
        box.selectAll()
        QTest.keyClicks(box, QUERIES[i % len(QUERIES)])
        box.flush()

    def open_answer(self, i: int) -> None:
        """Type a query, press Enter to open the first answer, then go Back."""
        from PySide6.QtCore import Qt
        from PySide6.QtTest import QTest

        window = self.window
        window.search_box.setText(QUERIES[i % len(QUERIES)])
        window.search_box.flush()
        QTest.keyClick(window.search_box, Qt.Key.Key_Return)
        window.actions_.back.trigger()

    def follow_link(self, i: int) -> None:
        """Click a link to another article in the answer shown (from the start page on)."""
        from PySide6.QtCore import QUrl

        window = self.window
        links = re.findall(r'href="(article:[^"]+)"', window.answer.page_html())
        if not links:
            window.go_home()
            links = re.findall(r'href="(article:[^"]+)"', window.answer.page_html())
        window.answer.anchorClicked.emit(QUrl(links[i % len(links)]))

    def link_dialog(self, i: int) -> None:
        """Click a phone number, look at its QR code, close the dialog."""
        from PySide6.QtCore import QUrl

        numbers = self.library.important_numbers()
        number = numbers[i % len(numbers)]
        window = self.window
        window.answer.anchorClicked.emit(QUrl("tel:" + re.sub(r"[^0-9+]", "", number.number)))
        if window.link_dialog is not None:
            window.link_dialog.close()

    def text_size(self, i: int) -> None:
        """Make the text larger, then smaller again."""
        actions = self.window.actions_
        (actions.zoom_in if i % 2 == 0 else actions.zoom_out).trigger()

    def switch_language(self, i: int) -> None:
        """Pick the other language from the menu (the window is rebuilt in it)."""
        window = self.window
        window.set_language("es" if window.settings.language == "en" else "en")

    def start_over(self, i: int) -> None:
        """Read an answer in Spanish with larger text, then press Start over."""
        window = self.window
        window.search_box.setText(QUERIES[i % len(QUERIES)])
        window.search_box.flush()
        window.open_first_result()
        window.actions_.zoom_in.trigger()
        if i % 2:
            window.set_language("es")
        self.window.actions_.start_over.trigger()

    def print_pdf(self, i: int) -> None:
        """Save the answer shown as a PDF file."""
        target = self.data_dir / "answer.pdf"
        with saving_to(target):
            saved = self.window.save_pdf()
        assert saved == target, "the PDF was not saved"

    def contact_log_cycle(self, i: int) -> None:
        """Open the contact log, unlock it (creating it once), add an attempt, save the record
        as PDF, lock it and close its window."""
        from desktop.ui.contact_log import ContactLogWindow

        self.window.contactLogRequested.emit()
        log_window = self.window.findChild(ContactLogWindow)
        assert log_window is not None
        if not log_window.store.exists(NICKNAME):
            dialog = log_window.manager.create_log()
            dialog.nickname.setText(NICKNAME)
            dialog.passphrase.setText(PASSPHRASE)
            dialog.repeat.setText(PASSPHRASE)
            dialog.ok_button.click()
            assert not log_window.is_locked(), dialog.error.text()
        else:
            assert log_window.unlock(NICKNAME, PASSPHRASE), "the log did not unlock"
        form = log_window.add_entry()
        form.notes.setPlainText(f"Soak round {i}: called, no answer.")
        form.submit()
        with saving_to(self.data_dir / "record.pdf"), answering_ok():
            assert log_window.exports.save_pdf() is not None, "the record was not saved"
        log_window.lock()
        log_window.close()

    def staff_windows(self, i: int) -> None:
        """Staff open their settings (as after the PIN) and cancel; then the clinic notes: a
        new note written with the toolbar, its preview, closed without saving, the list closed.
        (The clinic's name is set once, as staff would, so the notes open.)"""
        import dataclasses

        from PySide6.QtWidgets import QMessageBox

        from desktop.core.staff import StaffPin
        from desktop.ui.clinic_notes import show_clinic_notes
        from desktop.ui.staff.settings_dialog import StaffSettingsDialog

        window = self.window
        settings_dialog = StaffSettingsDialog(
            window.settings, StaffPin(self.paths.data_dir), True, window
        )
        settings_dialog.show()
        between_actions()
        settings_dialog.reject()
        settings_dialog.deleteLater()
        if not window.settings.clinic_name:
            clinic = dataclasses.replace(window.settings, clinic_name="Soak Clinic")
            assert window.preferences.apply_staff_settings(clinic), "the name was not saved"
        notes = show_clinic_notes(window)
        assert notes is not None, "the clinic notes did not open"
        editor = notes.new_note()
        editor.title_edit.setText(f"Where do we meet? ({i})")
        editor.text_edit.setPlainText("Our office is at 1 Main Street.\nBring your letter")
        editor.text_edit.selectAll()
        editor.format_bar.bullets()
        editor.update_preview()
        between_actions()
        with patched(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Discard):
            editor.reject()
        notes.reject()

    def install_and_remove_pack(self, i: int) -> None:
        """Add a small unsigned pack from File > Add information pack (staff confirm it), wait
        for its index, then remove it in Manage information packs and wait again."""
        from PySide6.QtWidgets import QMessageBox

        from desktop.ui.packs_dialog import AddPackDialog, ManagePacksDialog
        from desktop.ui.packs_menu import PackActions

        def confirm_and_add(dialog: AddPackDialog) -> int:
            dialog.confirm.setChecked(True)
            dialog.accept()
            return dialog.result()

        def remove_pack(dialog: ManagePacksDialog) -> int:
            dialog.removeRequested.emit(SOAK_PACK_ID)
            dialog.reject()
            return dialog.result()

        with patched(AddPackDialog, "exec", confirm_and_add):
            actions = self.window.findChild(PackActions)
            assert actions.add_pack(self.pack_file()), "the pack was not added"
            self._wait_for_index(actions)
        assert self._pack_installed(), "the pack was not installed"
        with (
            patched(ManagePacksDialog, "exec", remove_pack),
            patched(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes),
        ):
            actions = self.window.findChild(PackActions)
            actions.manage_packs()
            self._wait_for_index(actions)
        assert not self._pack_installed(), "the pack was not removed"
        # Then search, as staff would to see it gone (the new index opens its files on first use).
        self.window.search_box.setText(QUERIES[i % len(QUERIES)])
        self.window.search_box.flush()

    def _pack_installed(self) -> bool:
        """True when the soak's pack is in the pack store."""
        from desktop.core.packs import pack_store

        return any(SOAK_PACK_ID in p.name for p in pack_store(self.paths).pack_files())

    def pack_file(self) -> Path:
        """A small unsigned pack (the `pack new` example article), built once."""
        if self._pack_file is None:
            from index.packs.folder import build_pack, scaffold

            folder = self.data_dir / "soak-pack-source"
            scaffold(folder, SOAK_PACK_ID)
            self._pack_file = self.data_dir / "soak.chpack"
            build_pack(folder, self._pack_file)
        return self._pack_file

    def _wait_for_index(self, actions: Any, seconds: float = 60.0) -> None:
        """Let the index rebuild that a pack change started finish (the window is then new)."""
        from PySide6.QtCore import QCoreApplication

        deadline = time.monotonic() + seconds
        while actions.rebuild is not None:
            assert time.monotonic() < deadline, "the index rebuild did not finish"
            QCoreApplication.processEvents()
            time.sleep(0.005)


@contextlib.contextmanager
def patched(owner: Any, name: str, replacement: Any) -> Iterator[None]:
    """Replace owner.name for the duration (how a person answers a dialog)."""
    own = name in owner.__dict__
    original = owner.__dict__.get(name)
    setattr(owner, name, replacement)
    try:
        yield
    finally:
        if own:
            setattr(owner, name, original)
        else:
            delattr(owner, name)


def open_library(data_dir: Path, bundled_index_dir: Path | None = None) -> Any:
    """The library as the app opens it: the active packs of data_dir's pack store, indexed.

    The soak needs its own: adding or removing a pack replaces the window's library and
    closes the old one.
    """
    from desktop.core.library import HelpLibrary
    from desktop.core.packs import pack_store

    paths = SoakSession.paths_for(data_dir)
    library = HelpLibrary.load_content(paths.content_dir, pack_store(paths))
    library.open_index(
        paths.content_dir, bundled_index_dir or paths.bundled_index_dir, paths.index_cache_dir
    )
    return library


def between_actions() -> None:
    """What the event loop does between two actions of a person: pending events and deletes."""
    from PySide6.QtCore import QCoreApplication, QEvent

    QCoreApplication.processEvents()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


def run_soak(
    session: SoakSession,
    rounds: Mapping[str, int],
    warm_up: int = WARM_UP_ROUNDS,
    progress: Callable[[str], None] | None = None,
) -> SoakReport:
    """Warm every activity up, then run each for its rounds, sampling before and after."""
    for name in rounds:
        for i in range(warm_up):
            session.activities[name](i)
            between_actions()
    data_dir = session.data_dir
    warmed = sample(data_dir)
    results: list[ActivityResult] = []
    for name, count in rounds.items():
        if progress is not None:
            progress(f"{name}: {count} rounds")
        before = sample(data_dir)
        start = time.perf_counter()
        for i in range(count):
            session.activities[name](warm_up + i)
            between_actions()
        seconds = time.perf_counter() - start
        results.append(ActivityResult(name, count, before, sample(data_dir), seconds))
    return SoakReport(warmed, sample(data_dir), results)


def grown(before: Sample, after: Sample) -> dict[str, tuple[int, int]]:
    """The counts that are higher after than before (fewer threads or files is no leak)."""
    a, b = before.counts(), after.counts()
    return {k: (a[k], b[k]) for k in a if b[k] > a[k]}


# -- the table -----------------------------------------------------------------------------------


def _pair(before: int, after: int) -> str:
    """'n' when unchanged, else 'before -> after'."""
    return str(before) if before == after else f"{before} -> {after}"


def format_report(report: SoakReport) -> str:
    """The soak as one Markdown table, plus the total line."""
    header = (
        "activity",
        "rounds",
        "s",
        "RSS MB before",
        "after",
        "growth MB",
        "untrimmed",
        "C heap",
        "fds",
        "threads",
        "top-levels",
        "widgets",
        "QTextDocuments",
        "dialogs",
        "windows",
        "action links",
        "data files",
    )
    lines: list[tuple[str, ...]] = [header]

    def row(name: str, rounds: str, seconds: str, a: Sample, b: Sample) -> tuple[str, ...]:
        return (
            name,
            rounds,
            seconds,
            f"{a.rss_kb / 1024:.1f}",
            f"{b.rss_kb / 1024:.1f}",
            f"{(b.rss_kb - a.rss_kb) / 1024:+.1f}",
            f"{(b.rss_untrimmed_kb - a.rss_untrimmed_kb) / 1024:+.1f}",
            f"{(b.heap_kb - a.heap_kb) / 1024:+.1f}",
            _pair(a.fds, b.fds),
            _pair(a.threads, b.threads),
            _pair(a.top_levels, b.top_levels),
            _pair(a.widgets, b.widgets),
            _pair(a.documents, b.documents),
            _pair(a.dialogs, b.dialogs),
            _pair(a.windows, b.windows),
            _pair(a.action_links, b.action_links),
            _pair(a.data_files, b.data_files),
        )

    for r in report.activities:
        lines.append(row(r.name, str(r.rounds), f"{r.seconds:.0f}", r.before, r.after))
    total_rounds = sum(r.rounds for r in report.activities)
    total_s = sum(r.seconds for r in report.activities)
    lines.append(row("whole soak", str(total_rounds), f"{total_s:.0f}", report.warmed, report.end))
    widths = [max(len(line[c]) for line in lines) for c in range(len(header))]
    out = []
    for n, line in enumerate(lines):
        out.append("| " + " | ".join(c.ljust(w) for c, w in zip(line, widths, strict=True)) + " |")
        if n == 0:
            out.append("|" + "|".join("-" * (w + 2) for w in widths) + "|")
    return "\n".join(out)


def main(argv: list[str]) -> int:
    """`python -m benchmarks soak [--quick]`: run the soak and print its table."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    quick = "--quick" in argv
    rounds = QUICK_ROUNDS if quick else FULL_ROUNDS
    with tempfile.TemporaryDirectory(prefix="soak-") as tmp:
        data_dir = Path(tmp) / "data"
        os.environ["CHECKIN_HELP_DATA_DIR"] = str(data_dir)
        from PySide6.QtWidgets import QApplication

        app = QApplication([sys.argv[0]])
        app.setApplicationName("Check-In Help")
        try:
            library = open_library(data_dir)
        except Exception as exc:  # noqa: BLE001 - a benchmark reports and stops
            print(f"soak: the library did not open: {exc}")
            return 1
        session = SoakSession(library, data_dir)
        started = time.perf_counter()
        report = run_soak(
            session,
            rounds,
            warm_up=WARM_UP_ROUNDS if quick else FULL_WARM_UP_ROUNDS,
            progress=lambda text: print(text, file=sys.stderr, flush=True),
        )
        session.close()
        library.close()
        print(format_report(report))
        a, b = report.warmed, report.end
        growth = (b.rss_kb - a.rss_kb) / 1024
        untrimmed = (b.rss_untrimmed_kb - a.rss_untrimmed_kb) / 1024
        print(
            f"\nWhole soak: {growth:+.1f} MB after warm-up (target < 5 MB; "
            f"{untrimmed:+.1f} MB before malloc_trim, C heap {(b.heap_kb - a.heap_kb) / 1024:+.1f}"
            f" MB), "
            f"{time.perf_counter() - started:.0f} s; counts "
            + (
                "none grew."
                if not grown(report.warmed, report.end)
                else f"GREW: {grown(report.warmed, report.end)}."
            )
        )
    return 0


def run() -> list[Any]:
    """Not part of `make bench` (it takes minutes): run it with `make soak`."""
    return []
