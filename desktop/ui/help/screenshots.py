"""`python -m desktop.ui.help.screenshots` (part of `make screenshots`): the how-to pictures.

For each UI language: the top of the main window with numbered marks on the buttons the page
talks about, the phone-number dialog, and the contact log's first page. Saved small (a few
colours, PNG) into desktop/resources/help/, where the how-to pages find them. Not bundled as
code (the spec leaves out every `*.screenshots` module); the pictures are.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QBuffer, QIODevice, QPoint, QRect, Qt  # noqa: E402
from PySide6.QtGui import QColor, QFont, QPainter, QPixmap  # noqa: E402
from PySide6.QtWidgets import QWidget  # noqa: E402

from desktop.ui.i18n import LANGUAGES  # noqa: E402

# The main window as on a 1024x768 clinic screen: the toolbars wrap onto two lines. The picture
# is cut just right of the last numbered button.
FIGURE_WINDOW = (1000, 520)
# The contact log's first page, short: its list of logs holds one.
LOG_FIGURE_WINDOW = (640, 380)
# Colours kept per picture: screenshots of flat widgets need few, and stay a few KB each.
PALETTE_COLOURS = 48
MARK_COLOUR = QColor("#c0392b")


def toolbar_marks(window: QWidget) -> list[tuple[int, QWidget]]:
    """The numbered buttons of the how-to page: 1 start over, 2 back, 3 numbers, 4 log, 5 print,
    6 language (the numbers the pages use)."""
    from PySide6.QtWidgets import QToolBar

    a = window.actions_  # type: ignore[attr-defined]
    wanted = [a.start_over, a.back, a.numbers, a.contact_log, a.print_answer, a.other_language]
    marks = []
    for number, action in enumerate(wanted, start=1):
        for bar in window.findChildren(QToolBar):
            button = bar.widgetForAction(action)
            if button is not None and button.isVisible():
                marks.append((number, button))
                break
    return marks


def draw_marks(picture: QPixmap, window: QWidget, marks: list[tuple[int, QWidget]]) -> None:
    """A numbered red circle at the left edge of each marked button."""
    painter = QPainter(picture)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    font = QFont(window.font())
    font.setBold(True)
    font.setPixelSize(12)
    painter.setFont(font)
    for number, button in marks:
        box = QRect(button.mapTo(window, QPoint(0, 0)), button.size())
        circle = QRect(box.left() - 2, box.top() - 4, 18, 18)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(MARK_COLOUR)
        painter.drawEllipse(circle)
        painter.setPen(QColor("white"))
        painter.drawText(circle, Qt.AlignmentFlag.AlignCenter, str(number))
    painter.end()


def small_png(picture: QPixmap, target: Path) -> None:
    """Save picture with a small palette (Pillow), so the help pictures stay small."""
    from io import BytesIO

    from PIL import Image

    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    picture.save(buffer, "PNG")
    image = Image.open(BytesIO(bytes(buffer.data().data()))).convert("RGB")
    image.quantize(PALETTE_COLOURS).save(target, "PNG", optimize=True)


def window_figure(ctx, code: str) -> QPixmap:  # noqa: ANN001 - a screenshots.SceneContext
    """The top of the main window (menus, toolbars, search box), its buttons numbered."""
    window = ctx.new_window(language=code)
    window.resize(*FIGURE_WINDOW)
    ctx.type_query(window, "ankle monitor")
    # Down to the count of answers found, above the list itself.
    bottom = window.results.mapTo(window, QPoint(0, 0)).y() - 2
    marks = toolbar_marks(window)
    right = max(b.mapTo(window, QPoint(b.width(), 0)).x() for _n, b in marks) + 16
    picture = window.grab(QRect(0, 0, min(right, window.width()), bottom))
    draw_marks(picture, window, marks)
    return picture


def link_figure(ctx, code: str) -> QPixmap:  # noqa: ANN001
    """The phone-number dialog: the number large, Copy, the QR code."""
    window = ctx.new_window(language=code)
    number = ctx.library.number_for_tel("tel:+18333831465")
    assert number is not None
    dialog = window.show_link_dialog(
        "phone", number.number, number.tel, number.purposes[0] if number.purposes else ""
    )
    ctx.settle()
    picture = dialog.grab()
    return picture.scaledToWidth(
        min(picture.width(), 400), Qt.TransformationMode.SmoothTransformation
    )


def contact_log_figure(ctx, code: str) -> QPixmap:  # noqa: ANN001
    """The contact log's first page: the logs on this computer, the passphrase, the buttons."""
    from desktop.core.contact_log import LogStore
    from desktop.ui.contact_log import open_contact_log_window

    store = LogStore(Path(ctx.work_dir) / f"help-logs-{code}")
    store.create("Sample", "made up words for pictures").close()
    window = open_contact_log_window(None, store, numbers=[("ICE", "1-833-383-1465")])
    window.setWindowState(Qt.WindowState.WindowNoState)
    window.resize(*LOG_FIGURE_WINDOW)
    window.show()
    ctx.settle()
    page = window.unlock_page
    return page.grab(page.childrenRect().adjusted(-8, -8, 8, 8))


FIGURES = {"window": window_figure, "link": link_figure, "contact-log": contact_log_figure}


def render_help_figures(out_dir: Path) -> list[Path]:
    """Render every figure in every language to out_dir/<figure>.<lang>.png."""
    from desktop.ui.i18n import install_language
    from desktop.ui.screenshots import close_scene, scene_context

    written: list[Path] = []
    with scene_context("checkin-help-shots-") as ctx:
        translator = None
        try:
            for code in LANGUAGES:
                translator = install_language(ctx.app, code, translator)
                for name, render in FIGURES.items():
                    target = out_dir / f"{name}.{code}.png"
                    small_png(render(ctx, code), target)
                    written.append(target)
                    close_scene(ctx)
        finally:
            install_language(ctx.app, "en", translator)
    return written


def main(argv: list[str]) -> int:
    """Render the help pictures into the folder named (default: desktop/resources/help)."""
    out = Path(argv[0]) if argv else Path(__file__).resolve().parents[2] / "resources" / "help"
    out.mkdir(parents=True, exist_ok=True)
    for path in render_help_figures(out):
        print(path, path.stat().st_size)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))


# -- scenes for the README (desktop/ui/screenshots.py lists them) ------------------------------


def welcome_scene(ctx) -> QPixmap:  # noqa: ANN001 - a screenshots.SceneContext
    """The first-start welcome over the main window."""
    from desktop.ui.screenshots import overlay
    from desktop.ui.welcome import WelcomeDialog

    window = ctx.new_window()
    welcome = WelcomeDialog(window)
    welcome.show()
    ctx.settle()
    return overlay(window, welcome)


def how_to_scene(ctx) -> QPixmap:  # noqa: ANN001
    """Help > How to use this app, in Spanish, over the main window."""
    from desktop.ui.help.how_to import HowToDialog
    from desktop.ui.i18n import install_language
    from desktop.ui.screenshots import overlay

    installed = install_language(ctx.app, "es")
    try:
        window = ctx.new_window(language="es")
        dialog = HowToDialog("es", window)
        dialog.resize(760, 640)
        dialog.show()
        ctx.settle()
        return overlay(window, dialog)
    finally:
        install_language(ctx.app, "en", installed)
