"""`python -m desktop.ui.screenshots docs` (`make screenshots`): the README's pictures.

Each scene builds the real window offscreen, puts it in one state and grabs it to a PNG.
Scenes are a list so another part of the app can add one with a small edit: append a
`Scene(name, render)` whose `render(ctx)` returns the pixmap to save.
"""

from __future__ import annotations

import os
import sys
import tempfile
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

# Before any Qt import: screenshots never need (or touch) a real display.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QPoint, Qt  # noqa: E402
from PySide6.QtGui import QColor, QPainter, QPixmap  # noqa: E402
from PySide6.QtWidgets import QApplication, QWidget  # noqa: E402

from desktop.core.library import HelpLibrary  # noqa: E402
from desktop.core.settings import SettingsStore  # noqa: E402

WINDOW_SIZE = (1100, 720)


@dataclass
class SceneContext:
    """What a scene needs: the app, the library and a way to make a fresh main window."""

    app: QApplication
    library: HelpLibrary
    work_dir: Path

    def new_window(self, language: str = "en") -> QWidget:
        """A fresh, shown main window of the standard screenshot size."""
        from desktop.core.settings import Settings
        from desktop.ui.main_window import MainWindow

        store = SettingsStore(self.work_dir / "settings.json")
        window = MainWindow(self.library, store, Settings(language=language))
        window.setWindowState(Qt.WindowState.WindowNoState)  # not maximised for the screen
        window.resize(*WINDOW_SIZE)
        window.show()
        self.settle()
        return window

    def settle(self) -> None:
        """Let Qt lay out and paint everything pending."""
        for _ in range(3):
            self.app.processEvents()

    def type_query(self, window: QWidget, text: str) -> None:
        """Put text in the search box and wait for the results and the previewed best answer."""
        from PySide6.QtCore import QDeadlineTimer, QThread

        window.search_box.setText(text)  # type: ignore[attr-defined]
        window.search_box.flush()  # type: ignore[attr-defined]
        # The best answer opens after a short pause in typing, as it does for a person.
        deadline = QDeadlineTimer(400)
        while not deadline.hasExpired():
            self.app.processEvents()
            QThread.msleep(10)
        self.settle()


@dataclass(frozen=True)
class Scene:
    """One screenshot: docs/<name>.png rendered by render(ctx)."""

    name: str
    render: Callable[[SceneContext], QPixmap]


def overlay(background: QWidget, dialog: QWidget) -> QPixmap:
    """The window, dimmed, with the dialog drawn in its middle (as a person sees it)."""
    picture = background.grab()
    front = dialog.grab()
    painter = QPainter(picture)
    painter.fillRect(picture.rect(), QColor(0, 0, 0, 90))
    top_left = QPoint(
        (picture.width() - front.width()) // 2, (picture.height() - front.height()) // 2
    )
    painter.setPen(QColor(60, 60, 60))
    painter.drawRect(top_left.x() - 1, top_left.y() - 1, front.width() + 1, front.height() + 1)
    painter.drawPixmap(top_left, front)
    painter.end()
    return picture


def _browse(ctx: SceneContext) -> QPixmap:
    """Start-up: every question listed, the start page open."""
    return ctx.new_window().grab()


def _search(ctx: SceneContext) -> QPixmap:
    """Results while typing a Spanish, colloquial query."""
    window = ctx.new_window()
    ctx.type_query(window, "no me contestan")
    return window.grab()


def _answer(ctx: SceneContext) -> QPixmap:
    """An opened answer with the searched words highlighted."""
    window = ctx.new_window()
    ctx.type_query(window, "cant go to my check in")
    window.open_first_result()  # type: ignore[attr-defined]
    ctx.settle()
    return window.grab()


def _did_you_mean(ctx: SceneContext) -> QPixmap:
    """A misspelled query: results anyway, and a clickable "Did you mean"."""
    window = ctx.new_window()
    ctx.type_query(window, "anckle monittor")
    return window.grab()


def _no_results(ctx: SceneContext) -> QPixmap:
    """Nothing matched: what to try, the closest questions and the numbers; never blank."""
    window = ctx.new_window()
    ctx.type_query(window, "xyzzy")
    return window.grab()


def _link_dialog(ctx: SceneContext) -> QPixmap:
    """A phone number: large, with Copy and a QR code, never dialled."""
    window = ctx.new_window()
    window.open_article("no-one-answers")  # type: ignore[attr-defined]
    ctx.settle()
    number = ctx.library.number_for_tel("tel:+18333831465")
    assert number is not None
    dialog = window.show_link_dialog(  # type: ignore[attr-defined]
        "phone", number.number, number.tel, number.purposes[0] if number.purposes else ""
    )
    ctx.settle()
    return overlay(window, dialog)


def _numbers(ctx: SceneContext) -> QPixmap:
    """The important phone numbers page."""
    window = ctx.new_window()
    window.show_numbers()  # type: ignore[attr-defined]
    ctx.settle()
    return window.grab()


def _spanish(ctx: SceneContext) -> QPixmap:
    """The window's own words in Spanish (the answers stay as ASAP wrote them)."""
    from desktop.ui.i18n import install_language

    translator = install_language(ctx.app, "es")
    try:
        window = ctx.new_window(language="es")
        ctx.type_query(window, "perdí mi cita")
        window.open_first_result()  # type: ignore[attr-defined]
        ctx.settle()
        return window.grab()
    finally:
        install_language(ctx.app, "en", translator)


def _in_language(code: str, article_id: str) -> Callable[[SceneContext], QPixmap]:
    """A scene: the main window in another language, showing one of ASAP's English answers."""

    def render(ctx: SceneContext) -> QPixmap:
        from desktop.ui.i18n import install_language

        installed = install_language(ctx.app, code)
        try:
            window = ctx.new_window(language=code)
            window.open_article(article_id)  # type: ignore[attr-defined]
            ctx.settle()
            return window.grab()
        finally:
            install_language(ctx.app, "en", installed)

    return render


def _contact_log_in(code: str) -> Callable[[SceneContext], QPixmap]:
    """A scene: the contact log scene in another language."""

    def render(ctx: SceneContext) -> QPixmap:
        from desktop.ui.i18n import install_language

        installed = install_language(ctx.app, code)
        folder = ctx.work_dir / code  # its own logs: the English scene made the same log
        folder.mkdir(exist_ok=True)
        try:
            return _contact_log(SceneContext(ctx.app, ctx.library, folder))
        finally:
            install_language(ctx.app, "en", installed)

    return render


SCENES: list[Scene] = [
    Scene("browse", _browse),
    Scene("search", _search),
    Scene("answer", _answer),
    Scene("did-you-mean", _did_you_mean),
    Scene("no-results", _no_results),
    Scene("link-dialog", _link_dialog),
    Scene("numbers", _numbers),
    Scene("spanish", _spanish),
]


# --- contact log scene (added by the contact-log engineer) ---
def _contact_log(ctx: SceneContext) -> QPixmap:
    """The contact log, unlocked, with made-up sample attempts."""
    from desktop.ui.contact_log.screenshot import contact_log_scene

    return contact_log_scene(ctx)


def _contact_log_record(ctx: SceneContext) -> QPixmap:
    """The first pages of the printed record of the sample log."""
    from desktop.ui.contact_log.screenshot import record_scene

    return record_scene(ctx)


SCENES.append(Scene("contact-log", _contact_log))
SCENES.append(Scene("contact-log-record", _contact_log_record))
# --- end of contact log scene ---

# --- other languages (the i18n engineer) ---
SCENES += [
    Scene("kreyol", _in_language("ht", "cannot-attend-check-in")),
    Scene("portugues", _in_language("pt_BR", "ankle-monitor")),
    Scene("contact-log-kreyol", _contact_log_in("ht")),
    Scene("contact-log-portugues", _contact_log_in("pt_BR")),
]
# --- end of other languages ---


# --- help pages (the helpdocs engineer) ---
def _help_scene(name: str) -> Callable[[SceneContext], QPixmap]:
    """A scene drawn by desktop/ui/help/screenshots.py (which also makes the how-to pictures)."""

    def render(ctx: SceneContext) -> QPixmap:
        from desktop.ui.help import screenshots as help_pictures

        return getattr(help_pictures, name)(ctx)

    return render


SCENES += [
    Scene("welcome", _help_scene("welcome_scene")),
    Scene("how-to", _help_scene("how_to_scene")),
]
# --- end of help pages ---


@contextmanager
def scene_context(prefix: str = "checkin-shots-") -> Iterator[SceneContext]:
    """The app (Fusion style, the same look on every machine) and the help library over a
    throwaway data folder: taking pictures never reads or writes the real user's data."""
    existing = QApplication.instance()
    app = existing if isinstance(existing, QApplication) else QApplication([sys.argv[0]])
    app.setApplicationName("Check-In Help")
    app.setStyle("Fusion")
    with tempfile.TemporaryDirectory(prefix=prefix) as tmp:
        work = Path(tmp)
        os.environ["CHECKIN_HELP_DATA_DIR"] = str(work / "data")
        from desktop.core.packs import pack_store
        from desktop.core.paths import resolve_paths

        paths = resolve_paths()
        library = HelpLibrary.load_content(paths.content_dir, pack_store(paths))
        library.open_index(paths.content_dir, paths.bundled_index_dir, paths.index_cache_dir)
        try:
            yield SceneContext(app, library, work)
        finally:
            library.close()


def close_scene(ctx: SceneContext) -> None:
    """Close every window a picture opened, so the next one starts clean."""
    for widget in ctx.app.topLevelWidgets():
        widget.close()
        widget.deleteLater()
    ctx.settle()


def render_all(out_dir: Path, scenes: list[Scene] | None = None) -> list[Path]:
    """Render every scene to out_dir/<name>.png; return the files written."""
    out_dir.mkdir(parents=True, exist_ok=True)
    written: list[Path] = []
    with scene_context() as ctx:
        for scene in scenes if scenes is not None else SCENES:
            picture = scene.render(ctx)
            target = out_dir / f"{scene.name}.png"
            if not picture.save(str(target), "PNG"):
                raise OSError(f"could not write {target}")
            written.append(target)
            close_scene(ctx)
    return written


def main(argv: list[str]) -> int:
    """Render the screenshots into the folder named on the command line (default: docs)."""
    out = Path(argv[0]) if argv else Path("docs")
    for path in render_all(out):
        print(path)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
