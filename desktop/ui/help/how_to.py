"""Help > How to use this app: a short illustrated page in the UI language, shown offline.

The pages are Markdown files, `desktop/resources/help/how-to.<lang>.md`, with small pictures
beside them (made by `make screenshots`, see `desktop/ui/help/screenshots.py`). A link on the
page never opens a browser: the dialog shows its address instead.
"""

from __future__ import annotations

import re
from pathlib import Path

from PySide6.QtCore import QEvent, QObject, QSize, Qt, QUrl
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from desktop.resources import help_dir
from desktop.ui.i18n import DEFAULT_LANGUAGE, LANGUAGES
from desktop.ui.screen_fit import available_area, fit_dialog
from desktop.ui.window_util import freeze_minimum_size, use_light_palette

# The page's own look: large, plain text; pictures framed so they read as pictures. Sizes in
# points at the normal text size, {body}, {h1} and {h2} filled in for the person's text size.
PAGE_CSS = """
body {{ font-size: {body}pt; }}
h1 {{ font-size: {h1}pt; color: #0b3d6e; }}
h2 {{ font-size: {h2}pt; color: #0b3d6e; margin-top: 18px; }}
h3 {{ font-size: {body}pt; color: #0b3d6e; }}
li {{ margin-top: 4px; margin-bottom: 4px; line-height: 130%; }}
img {{ border: 1px solid #888888; }}
"""
POINT_SIZES = {"body": 12, "h1": 18, "h2": 14}

# Room for the widest picture (the top of the window, about 850 pixels) and a page of text.
PAGE_SIZE = QSize(920, 760)
# Room left beside a picture in the browser (its document margin and the picture's border).
PICTURE_MARGIN = 12


def how_to_path(language: str, folder: Path | None = None) -> Path:
    """The how-to page in language, or the English one when that language has none."""
    folder = folder or help_dir()
    for code in (language, DEFAULT_LANGUAGE):
        if code in LANGUAGES and (folder / f"how-to.{code}.md").is_file():
            return folder / f"how-to.{code}.md"
    return folder / f"how-to.{DEFAULT_LANGUAGE}.md"


def how_to_html(path: Path, zoom: int = 100, max_width: int = 0) -> str:
    """The page as HTML for a QTextBrowser (Python-Markdown, as the answers are rendered), its
    text at zoom percent of the normal size (the person's text size in the main window), and
    pictures wider than max_width pixels (when given) shrunk to it."""
    import markdown

    body = markdown.markdown(path.read_text(encoding="utf-8"), extensions=["sane_lists"])
    if max_width > 0:
        body = _IMG.sub(lambda m: _fit_picture(m, path.parent, max_width), body)
    css = PAGE_CSS.format(**{k: round(v * zoom / 100) for k, v in POINT_SIZES.items()})
    return f"<html><head><style>{css}</style></head><body>{body}</body></html>"


_IMG = re.compile(r'<img ([^>]*?)src="([^"/\\]+)"')


def _fit_picture(match: re.Match[str], folder: Path, max_width: int) -> str:
    """An <img> tag with a width attribute when the picture is wider than max_width."""
    from PySide6.QtGui import QImageReader

    natural = QImageReader(str(folder / match.group(2))).size().width()
    if natural <= max_width:
        return match.group(0)
    return f'<img {match.group(1)}width="{max_width}" src="{match.group(2)}"'


class HowToDialog(QDialog):
    """The how-to page in a browser that stays offline; the address of a clicked link below it."""

    def __init__(self, language: str, parent: QWidget | None = None, zoom: int = 100) -> None:
        super().__init__(parent)
        self.setObjectName("howToDialog")
        self.setWindowTitle(self.tr("How to use this app"))
        self.path = how_to_path(language)
        self.browser = QTextBrowser(self)
        self.browser.setObjectName("howToPage")
        self.browser.setAccessibleName(self.tr("How to use this app"))
        self.browser.setOpenLinks(False)
        self.browser.setOpenExternalLinks(False)
        self.browser.setSearchPaths([str(self.path.parent)])
        use_light_palette(self.browser)
        self.address = QLabel(self)
        self.address.setObjectName("linkAddress")
        self.address.setWordWrap(True)
        self.address.setTextFormat(Qt.TextFormat.PlainText)
        self.address.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.address.hide()
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.button(QDialogButtonBox.StandardButton.Close).setText(self.tr("Close"))

        layout = QVBoxLayout(self)
        layout.addWidget(self.browser, 1)
        layout.addWidget(self.address)
        layout.addWidget(buttons)

        buttons.rejected.connect(self.reject)
        self.browser.anchorClicked.connect(self._follow)
        self.zoom = zoom
        self._picture_width = -1
        self.browser.viewport().installEventFilter(self)
        self._size_for_screen()
        self._render()

    def _render(self) -> None:
        """(Re)write the page, its pictures no wider than the browser (no sideways scrolling)."""
        width = max(200, self.browser.viewport().width() - 2 * PICTURE_MARGIN)
        if width == self._picture_width:
            return
        self._picture_width = width
        bar = self.browser.verticalScrollBar()
        position = bar.value()
        self.browser.setHtml(how_to_html(self.path, self.zoom, width))
        bar.setValue(position)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """A narrower page (the browser's viewport) shrinks the pictures with it."""
        if watched is self.browser.viewport() and event.type() == QEvent.Type.Resize:
            self._render()
        return super().eventFilter(watched, event)

    def _size_for_screen(self) -> None:
        """Wide enough for the pictures, never bigger than the screen."""
        freeze_minimum_size(self)
        area = available_area(self.parentWidget() or self)
        self.resize(min(PAGE_SIZE.width(), area.width()), min(PAGE_SIZE.height(), area.height()))
        fit_dialog(self)

    def _follow(self, url: QUrl) -> None:
        """A place on the page scrolls there; any other address is only shown, never opened."""
        if not url.scheme() and url.hasFragment():
            self.browser.scrollToAnchor(url.fragment())
            return
        self.address.setText(
            self.tr("This app does not open the internet. The address is: %1").replace(
                "%1", url.toString()
            )
        )
        self.address.show()

    def text(self) -> str:
        """The page's plain text (tests and screen readers)."""
        return self.browser.toPlainText()
