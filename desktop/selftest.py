"""`checkin-help --self-test`: prove a (frozen) install works, offline, on the offscreen platform.

Steps: the bundled files are there; the user-data folder is writable; the content loads; the
search index opens (when frozen, the bundled read-only one, never a rebuild); every article is
the first answer for its own title; an answer renders; it prints to a PDF; a QR code draws; the
About box shows the content date and every licence notice reads; an encrypted contact log is
created, written, reopened (a wrong passphrase refused) and deleted. Everything it writes goes to a temporary folder,
except an empty probe of the user-data folder (so portable mode is visible beside the program).
Exit 0 with one line `self-test ok: ...`; otherwise 1 with `self-test FAILED at <step>: ...`.
"""

from __future__ import annotations

import os
import sys
import tempfile
import time
import traceback
from collections.abc import Callable, Sequence
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from desktop.core.paths import AppPaths, is_frozen, licenses_dir, resolve_paths

# A passphrase with non-ASCII characters, as people really type them.
_PASSPHRASE = "prueba-contraseña-1234"
_NOTE = "Self-test note: llamé a ICE, nadie contestó."


class StepFailed(Exception):
    """A self-test step found a problem; the message says what, in one line."""


def _say(stream: Any, line: str) -> None:
    """Print one line if the stream exists (a windowed Windows program has no stdout)."""
    if stream is not None:
        print(line, file=stream, flush=True)


class SelfTest:
    """Runs the steps in order against the real paths, writing only into `workdir`."""

    def __init__(self, paths: AppPaths, workdir: Path, frozen: bool) -> None:
        """Remember where things are; nothing runs until `run()`."""
        self.paths = paths
        self.workdir = workdir
        self.frozen = frozen
        self.library: Any = None
        self.help: Any = None
        self.page_html = ""
        self.index_dir: Path | None = None
        self.searcher: Any = None

    def steps(self) -> list[tuple[str, Callable[[], str]]]:
        """The named steps, in the order they run."""
        return [
            ("bundle", self.check_bundle),
            ("data folder", self.check_data_folder),
            ("qt", self.start_qt),
            ("content", self.load_content),
            ("packs", self.check_packs),
            ("index", self.open_index),
            ("search", self.search_titles),
            ("render", self.render_answer),
            ("print", self.print_pdf),
            ("qr code", self.qr_code),
            ("about", self.about_box),
            ("languages", self.languages),
            ("contact log", self.contact_log_round_trip),
        ]

    def run(self) -> list[str]:
        """Run every step; return their short results (raises StepFailed with the step name)."""
        done = []
        try:
            for name, step in self.steps():
                try:
                    done.append(step())
                except StepFailed as exc:
                    raise StepFailed(f"{name}: {exc}") from exc
                except Exception as exc:  # noqa: BLE001 - any error is a failed step, in one line
                    if os.environ.get("CHECKIN_HELP_DEBUG"):
                        traceback.print_exc()
                    raise StepFailed(f"{name}: {type(exc).__name__}: {exc}") from exc
        finally:
            if self.searcher is not None:
                self.searcher.close()
        return done

    # -- steps -----------------------------------------------------------------------------------

    def check_bundle(self) -> str:
        """The content, the search index and the licence notices are where the app looks."""
        missing = [
            str(p)
            for p in (self.paths.content_dir, licenses_dir())
            if not p.is_dir() or not any(p.iterdir())
        ]
        if self.frozen and not self.paths.bundled_index_dir.is_dir():
            missing.append(str(self.paths.bundled_index_dir))
        if missing:
            raise StepFailed("missing: " + ", ".join(missing))
        from desktop.resources import app_icon_path

        if not app_icon_path().is_file():
            raise StepFailed(f"missing icon {app_icon_path()}")
        from desktop.resources import help_dir

        if not (help_dir() / "how-to.en.md").is_file():
            raise StepFailed(f"missing help pages in {help_dir()}")
        return "frozen bundle" if self.frozen else "source tree"

    def check_data_folder(self) -> str:
        """The user-data folder can be created and written (portable: beside the program)."""
        folder = self.paths.data_dir
        folder.mkdir(parents=True, exist_ok=True)
        probe = folder / f".self-test-{os.getpid()}"
        probe.write_bytes(b"ok")
        probe.unlink()
        return "portable data" if self.paths.portable else "per-user data"

    def start_qt(self) -> str:
        """A QApplication on the offscreen platform (reuses one), with fonts that draw text."""
        from PySide6.QtWidgets import QApplication

        app = QApplication.instance()
        if app is None:
            os.environ["QT_QPA_PLATFORM"] = "offscreen"
            # The offscreen platform reads fonts from <Qt>/lib/fonts, which the Windows wheel
            # lacks: point it at Windows' own fonts so that text really renders.
            windir = os.environ.get("WINDIR")
            if sys.platform.startswith("win") and windir and "QT_QPA_FONTDIR" not in os.environ:
                os.environ["QT_QPA_FONTDIR"] = str(Path(windir) / "Fonts")
            app = QApplication(["checkin-help"])
            self._app = app  # keep it alive for the other steps
        return f"qt {QApplication.platformName()}, {self._text_draws()}"

    def _text_draws(self) -> str:
        """Fail unless a line of text with accents draws visible pixels."""
        from PySide6.QtCore import Qt
        from PySide6.QtGui import QFontDatabase, QImage, QPainter

        families = QFontDatabase.families()
        if not families:
            raise StepFailed("no fonts found: text would draw as empty boxes or not at all")
        image = QImage(240, 40, QImage.Format.Format_ARGB32)
        image.fill(Qt.GlobalColor.white)
        painter = QPainter(image)
        painter.setPen(Qt.GlobalColor.black)
        painter.drawText(image.rect(), Qt.AlignmentFlag.AlignCenter, "Ayuda ñ é 123")
        painter.end()
        inked = sum(
            1
            for y in range(0, 40, 2)
            for x in range(0, 240, 2)
            if image.pixelColor(x, y).red() < 128
        )
        if inked < 10:
            raise StepFailed(f"text drew no visible pixels ({len(families)} font families)")
        return f"{len(families)} font families"

    def load_content(self) -> str:
        """Read and check every article."""
        from desktop.core.library import HelpLibrary

        self.help = HelpLibrary.load_content(self.paths.content_dir)
        from index.content import load_library

        self.library = load_library(self.paths.content_dir)
        count = len(self.library.articles)
        if count == 0:
            raise StepFailed(f"no articles in {self.paths.content_dir}")
        return f"{count} articles"

    def check_packs(self) -> str:
        """The built-in information pack reads and checks; pack signatures work (PyNaCl)."""
        from index.packs import sign
        from index.packs.store import load_builtin

        builtin = load_builtin(self.paths.content_dir)
        key = sign.generate_key()
        signature = sign.parse_signature(sign.sign(b"self-test", key, "self-test"))
        sign.verify(b"self-test", signature, key.public_key())
        where = "builtin.chpack" if builtin.source.suffix == ".chpack" else "content folder"
        return f"built-in pack from {where}, signatures checked"

    def open_index(self) -> str:
        """Frozen: the bundled index, checked current, opened read-only. Source: built into temp."""
        from index.build import check_index, ensure_index
        from index.content import content_hash
        from index.search import Searcher

        bundled = self.paths.bundled_index_dir
        if self.frozen:
            status = check_index(bundled, content_hash(self.paths.content_dir))
            if status != "ok":
                raise StepFailed(f"the bundled search index is {status} ({bundled})")
            self.index_dir = bundled
            where = "bundled index"
        else:
            self.index_dir = ensure_index(self.paths.content_dir, bundled, self.workdir / "index")
            where = "bundled index" if self.index_dir == bundled else "index built in temp"
        self.searcher = Searcher.open(self.index_dir)
        from desktop.core.library import HelpLibrary

        self.help = HelpLibrary(self.library, self.searcher)
        return where

    def search_titles(self) -> str:
        """Each article is the first answer when searching for its own title."""
        wrong = []
        for article in self.library.articles:
            response = self.help.search(article.title)
            first = response.hits[0].id if response.hits else None
            if first != article.id:
                wrong.append(f"{article.title!r} gave {first!r}, expected {article.id!r}")
        for odd in ("", "   ", "((", 'x" OR *', "ñ" * 300):
            self.help.search(odd)  # must not raise
        if not self.help.has_index:
            raise StepFailed("the search index stopped working: " + str(self.help.index_error))
        if wrong:
            raise StepFailed("; ".join(wrong))
        return f"{len(self.library.articles)} titles found first"

    def render_answer(self) -> str:
        """Render the first answer in the answer view and check its text is shown."""
        from desktop.ui.answer_view import AnswerView
        from desktop.ui.pages import PageWriter
        from index.render import article_plain_text

        article = self.library.articles[0]
        self.page_html = PageWriter(self.help).article(article.id)
        view = AnswerView()
        try:
            view.show_html(self.page_html)
            shown = " ".join(view.toPlainText().split())
        finally:
            view.deleteLater()
        expected = " ".join(article_plain_text(article).split())[:60]
        if article.title not in shown or expected not in shown:
            raise StepFailed(f"the answer {article.id!r} did not render its text")
        return "answer rendered"

    def print_pdf(self) -> str:
        """Print the rendered answer to a PDF file and check the file."""
        from desktop.ui.printing import print_html_to_pdf

        path = self.workdir / "answer.pdf"
        print_html_to_pdf(self.page_html, path)
        data = path.read_bytes() if path.exists() else b""
        if not data.startswith(b"%PDF-") or len(data) < 1000 or b"%%EOF" not in data[-1024:]:
            raise StepFailed(f"the PDF is missing or damaged ({len(data)} bytes)")
        return f"PDF {len(data) // 1024} KB"

    def qr_code(self) -> str:
        """Draw a link's QR code as the link dialog does (segno to PNG to QPixmap)."""
        from desktop.ui.link_dialog import qr_pixmap

        pixmap = qr_pixmap("https://checkin.ice.gov/")
        if pixmap.isNull() or pixmap.width() < 50:
            raise StepFailed("the QR code could not be drawn")
        return "QR code drawn"

    def about_box(self) -> str:
        """The About box shows the content's date, and every licence notice ships and reads."""
        from desktop.ui.about_dialog import THIRD_PARTY, AboutDialog, read_notice

        dialog = AboutDialog(None, self.help.content_source())
        try:
            source = dialog.source_label.text()
        finally:
            dialog.deleteLater()
        reviewed = {a.reviewed for a in self.library.articles if a.id == "about"}
        if reviewed and not any(r in source for r in reviewed):
            raise StepFailed(f"the About box does not show the content's date: {source!r}")
        missing = [p.name for p in THIRD_PARTY if read_notice(p.files, licenses_dir()) is None]
        if missing:
            raise StepFailed("licence notices missing for " + ", ".join(missing))
        return f"{len(THIRD_PARTY)} licence notices"

    def languages(self) -> str:
        """Each language loads the app's translation and Qt's own (Creole: Qt's French)."""
        from PySide6.QtCore import QCoreApplication
        from PySide6.QtWidgets import QApplication

        from desktop.ui.i18n import LANGUAGES, install_language

        app = QApplication.instance()
        for code in LANGUAGES:
            installed = install_language(app, code)
            try:
                count = len(installed.translators) if installed else 0
                text = QCoreApplication.translate("PageWriter", "Related questions")
            finally:
                install_language(app, "en", installed)
            if count < (1 if code == "en" else 2) or (code != "en" and text == "Related questions"):
                raise StepFailed(f"the {code!r} translations are missing ({count} loaded)")
        return f"{len(LANGUAGES)} languages"

    def contact_log_round_trip(self) -> str:
        """Create, write, close, reopen (and refuse a wrong passphrase), read back and delete."""
        from desktop.core.contact_log import (
            EntryDraft,
            LogStore,
            WrongPassphrase,
            parse_method,
            parse_outcome,
        )

        logs = self.workdir / "logs"
        store = LogStore(logs)
        log = store.create("self-test", _PASSPHRASE)
        try:
            draft = EntryDraft(
                when=datetime.now(UTC),
                method=parse_method("phone"),
                outcome=parse_outcome("no answer"),
                contact="1-833-383-1465",
                notes=_NOTE,
            )
            log.add(draft)
        finally:
            log.close()
        files = [p for p in logs.rglob("*") if p.is_file()]
        if not files:
            raise StepFailed("no log file was written")
        for path in files:
            raw = path.read_bytes()
            if raw.startswith(b"SQLite format 3") or _NOTE.encode() in raw:
                raise StepFailed(f"{path.name} is not encrypted")
        try:
            store.open("self-test", _PASSPHRASE + "x").close()
        except WrongPassphrase:
            pass
        else:
            raise StepFailed("a wrong passphrase opened the log")
        log = store.open("self-test", _PASSPHRASE)
        try:
            notes = [e.notes for e in log.entries()]
            healthy = log.integrity_ok()
        finally:
            log.close()
        if notes != [_NOTE] or not healthy:
            raise StepFailed(f"reopened log reads back {notes!r} (integrity ok: {healthy})")
        store.delete("self-test")
        # The store's list of nicknames (logs.json) stays; every file of the log itself must go.
        left = [p.name for p in logs.rglob("*") if p.is_file() and p.suffix != ".json"]
        if store.list_logs() or left:
            raise StepFailed(f"deleting the log left {left or store.list_logs()}")
        return "encrypted log ok"


def run_self_test(argv: Sequence[str] = ()) -> int:
    """Run the self-test; print one summary line; 0 when every step passed, 1 otherwise."""
    del argv  # the flags are parsed by `desktop.__main__.build_parser`; none reaches here
    start = time.perf_counter()
    paths = resolve_paths()
    with tempfile.TemporaryDirectory(prefix="checkin-help-selftest-") as tmp:
        test = SelfTest(paths, Path(tmp), is_frozen())
        try:
            results = test.run()
        except StepFailed as exc:
            _say(sys.stderr, f"self-test FAILED at {exc}")
            return 1
    elapsed = (time.perf_counter() - start) * 1000
    _say(sys.stdout, f"self-test ok: {', '.join(results)} ({elapsed:.0f} ms)")
    return 0
