"""The answer pane: a read-only QTextBrowser with a clean stylesheet, zoom and readable width.

It never follows a link itself (no browser, no dialer): every click is re-emitted as a signal
and the main window decides what happens.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, QUrl, Signal
from PySide6.QtGui import QFont, QMouseEvent, QResizeEvent, QTextDocument
from PySide6.QtWidgets import QTextBrowser, QWidget

from desktop.ui.window_util import use_light_palette

# Normal answer text size in points at 100 % zoom; large enough for tired eyes on a 96-dpi screen.
BASE_POINT_SIZE = 12.0
# Longest comfortable line, in average characters.
READABLE_CHARS = 72


def answer_stylesheet(point_size: float) -> str:
    """The CSS for answer pages at a given body text size (also used when printing)."""
    pt = point_size
    return f"""
body {{ font-size: {pt:.1f}pt; color: #1a1a1a; }}
p, li {{ line-height: 140%; }}
h1 {{ font-size: {pt * 1.6:.1f}pt; font-weight: bold; color: #12355b; margin-bottom: 6px; }}
h2 {{ font-size: {pt * 1.25:.1f}pt; font-weight: bold; color: #12355b; margin-top: 18px; }}
h3 {{ font-size: {pt * 1.1:.1f}pt; font-weight: bold; }}
a {{ color: #0b57a4; text-decoration: underline; }}
b.match {{ background-color: #fff0a8; }}
p.meta {{ font-size: {pt * 0.9:.1f}pt; color: #3b3b3b; background-color: #eef3f8;
          padding: 8px; margin-bottom: 12px; }}
span.notice {{ font-weight: bold; color: #5a3600; }}
span.stale {{ font-weight: bold; color: #8a1c00; }}
span.unverified {{ font-weight: bold; color: #8a1c00; }}
span.local {{ font-weight: bold; color: #12355b; }}
p.hint {{ color: #3b3b3b; }}
p.number {{ font-size: {pt * 1.5:.1f}pt; font-weight: bold; margin-bottom: 2px; }}
p.purpose {{ margin-top: 2px; margin-left: 12px; color: #2b2b2b; }}
h2.related {{ border-top: 1px solid #c8d3df; padding-top: 8px; }}
"""


class AnswerView(QTextBrowser):
    """Shows one page of HTML; emits every link click instead of following it."""

    linkActivated = Signal(QUrl)
    backRequested = Signal()
    forwardRequested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("answerView")
        # Links are handled by the window; Qt must never open a browser or load a URL.
        self.setOpenLinks(False)
        self.setOpenExternalLinks(False)
        self.setReadOnly(True)
        # The stylesheet's colours are for a light page: keep it light in any system theme.
        use_light_palette(self)
        self.setAccessibleName(self.tr("Answer"))
        self.setAccessibleDescription(
            self.tr("The text of the chosen answer. Press Tab to move between its links.")
        )
        self._zoom = 100
        self._html = ""
        self.anchorClicked.connect(self.linkActivated.emit)
        self._apply_zoom()

    # -- content ---------------------------------------------------------------------------

    def show_html(self, html: str) -> None:
        """Show a page (body HTML; the stylesheet is applied here) from its top."""
        self._html = html
        # A fresh document with its margins set before it is shown is laid out once; setHtml
        # on the shown document would lay it out, reset the margins, and lay it out again.
        doc = QTextDocument(self)
        doc.setDefaultFont(self.font())
        doc.setDefaultStyleSheet(answer_stylesheet(self.point_size()))
        doc.setHtml(html)
        self._fit_width(doc)
        # setDocument deletes only a document the editor's internal text control made; one
        # parented to this view would live as long as the view (about 120 KB per page opened).
        previous = self.document()
        ours = previous.parent() is self
        self.setDocument(doc)
        if ours:
            previous.deleteLater()
        self.verticalScrollBar().setValue(0)

    def page_html(self) -> str:
        """The body HTML of the page shown."""
        return self._html

    # -- zoom ------------------------------------------------------------------------------

    def set_zoom(self, percent: int) -> None:
        """Show text at percent of the normal size, keeping the reading position."""
        if percent == self._zoom:
            return
        bar = self.verticalScrollBar()
        fraction = bar.value() / bar.maximum() if bar.maximum() else 0.0
        self._zoom = percent
        self._apply_zoom()
        if self._html:
            self.show_html(self._html)
            bar.setValue(round(fraction * bar.maximum()))

    def zoom(self) -> int:
        """Text size in percent of normal."""
        return self._zoom

    def point_size(self) -> float:
        """The body text size in points at the current zoom."""
        return BASE_POINT_SIZE * self._zoom / 100

    def _apply_zoom(self) -> None:
        """Set the widget font and the document stylesheet for the current zoom."""
        font = QFont(self.font())
        font.setPointSizeF(self.point_size())
        self.setFont(font)
        self.document().setDefaultFont(font)
        self.document().setDefaultStyleSheet(answer_stylesheet(self.point_size()))

    # -- layout ----------------------------------------------------------------------------

    def _fit_width(self, doc: QTextDocument | None = None) -> None:
        """Keep lines to a readable length by centring the text with side margins."""
        chars = self.fontMetrics().averageCharWidth() * READABLE_CHARS
        side = max(12, (self.viewport().width() - chars) // 2)
        root = (doc or self.document()).rootFrame()
        fmt = root.frameFormat()
        if fmt.leftMargin() != side:
            fmt.setLeftMargin(side)
            fmt.setRightMargin(side)
            fmt.setTopMargin(12)
            fmt.setBottomMargin(24)
            root.setFrameFormat(fmt)

    def resizeEvent(self, event: QResizeEvent) -> None:
        """Re-centre the text when the pane changes width."""
        super().resizeEvent(event)
        self._fit_width()

    def mousePressEvent(self, event: QMouseEvent) -> None:
        """The mouse's back and forward buttons move through the reading history."""
        if event.button() == Qt.MouseButton.BackButton:
            self.backRequested.emit()
            event.accept()
            return
        if event.button() == Qt.MouseButton.ForwardButton:
            self.forwardRequested.emit()
            event.accept()
            return
        super().mousePressEvent(event)
