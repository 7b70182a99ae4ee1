"""Paged printing: an HTML document laid out page by page, with a header line and "Page X of Y"
on every page, pictures kept with their captions, and no blank page at the end.

QTextDocument.print_ cannot add a header and may end with a page holding only its number (the
root frame's bottom margin spilling over), so the pages are painted here the way print_ does
it: the text is laid out at 96 dpi on pages of the printable area's size (less the header), and
the painter is scaled to the device's resolution. Used by the contact log's record and by the
answer pages (`printing.py`). Qt-only: no import of the contact log.
"""

from __future__ import annotations

import functools
import math
import re
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QPointF, QRectF, QSizeF, Qt
from PySide6.QtGui import (
    QFont,
    QImage,
    QPagedPaintDevice,
    QPainter,
    QPen,
    QTextCursor,
    QTextDocument,
    QTextFormat,
    QTextOption,
)

LAYOUT_DPI = 96
# The header line's size on paper (points).
HEADER_POINTS = 8.5
# What a picture is in a block's text.
OBJECT_CHAR = "\ufffc"


# On-screen hints ("Click a number to copy it") mean nothing on paper.
_SCREEN_ONLY = re.compile(r'<p class="hint">.*?</p>', re.DOTALL)


def for_paper(html: str) -> str:
    """The page's HTML without what only makes sense on screen (paragraphs of class "hint")."""
    return _SCREEN_ONLY.sub("", html)


def page_of(page: int, pages: int) -> str:
    """ "Page X of Y", translated."""
    return (
        QCoreApplication.translate("PagedPrint", "Page %1 of %2")
        .replace("%1", str(page))
        .replace("%2", str(pages))
    )


@functools.cache
def _layout_device() -> QImage:
    """A 96-dpi paint device, so a document is laid out the same on every machine.

    One for all documents: PySide keeps every device given to `setPaintDevice` alive for good
    (a new one per print left 2,000 images behind after 2,000 prints).
    """
    image = QImage(1, 1, QImage.Format.Format_RGB32)
    dots_per_metre = round(LAYOUT_DPI / 0.0254)
    image.setDotsPerMeterX(dots_per_metre)
    image.setDotsPerMeterY(dots_per_metre)
    return image


def paged_document(
    html: str, css: str, width: float, height: float, point_size: float
) -> QTextDocument:
    """`html` laid out on pages of width x height (96-dpi pixels), body text in `point_size`."""
    doc = QTextDocument()
    doc.documentLayout().setPaintDevice(_layout_device())
    font = QFont()
    font.setPointSizeF(point_size)
    doc.setDefaultFont(font)
    option = QTextOption()
    # Whole words; a "word" longer than a line (a long link) may still be cut, never others.
    option.setWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
    doc.setDefaultTextOption(option)
    doc.setDefaultStyleSheet(css)
    doc.setHtml(html)
    doc.setPageSize(QSizeF(width, height))
    keep_pictures_whole(doc)
    return doc


def keep_pictures_whole(doc: QTextDocument) -> None:
    """A paragraph holding a picture and its caption that would be split across two pages
    starts on a new page instead (Qt lays out non-breakable lines only in some cases)."""
    page = doc.pageSize().height()
    layout = doc.documentLayout()
    block = doc.begin()
    while block.isValid():
        # Asking for the block's place first makes Qt lay it out (layout is lazy).
        top = layout.blockBoundingRect(block).top()
        lines = block.layout().lineCount()
        if OBJECT_CHAR in block.text() and lines > 1:
            first = block.layout().lineAt(0)
            last = block.layout().lineAt(lines - 1)
            start = top + first.y()
            end = top + last.y() + last.height()
            natural = sum(block.layout().lineAt(i).height() for i in range(lines))
            fits_a_page = natural < page
            if fits_a_page and int(start // page) != int((end - 1) // page):
                fmt = block.blockFormat()
                fmt.setPageBreakPolicy(QTextFormat.PageBreakFlag.PageBreak_AlwaysBefore)
                QTextCursor(block).setBlockFormat(fmt)
        block = block.next()


def content_pages(doc: QTextDocument) -> int:
    """Pages up to the last line of text (a margin spilling past it makes no page of its own)."""
    page = doc.pageSize().height()
    last = doc.lastBlock()
    while last.isValid() and not last.text().strip() and last.previous().isValid():
        last = last.previous()
    rect = doc.documentLayout().blockBoundingRect(last)
    lines = last.layout().lineCount()
    bottom = rect.top() + (
        last.layout().lineAt(lines - 1).rect().bottom() if lines else rect.height()
    )
    return max(1, min(doc.pageCount(), math.ceil(bottom / page)))


def paint_pages(
    html: str,
    css: str,
    device: QPagedPaintDevice,
    header: str,
    page_number: Callable[[int, int], str],
    point_size: float = 10.5,
) -> int:
    """Paint `html` on a printer or PDF writer; returns the number of pages."""
    dpi = device.logicalDpiY()
    scale = dpi / LAYOUT_DPI
    area = device.pageLayout().paintRectPixels(device.logicalDpiX())
    width = area.width() / scale
    height = area.height() / scale
    head_font = QFont()
    head_font.setPixelSize(round(HEADER_POINTS * LAYOUT_DPI / 72))
    head_height = head_font.pixelSize() * 2.4
    doc = paged_document(html, css, width, height - head_height, point_size)
    body = doc.pageSize().height()
    pages = content_pages(doc)
    painter = QPainter(device)
    try:
        for page in range(pages):
            if page:
                device.newPage()
            painter.save()
            painter.scale(scale, scale)
            painter.setFont(head_font)
            painter.setPen(QPen(Qt.GlobalColor.black))
            line = QRectF(0, 0, width, head_font.pixelSize() * 1.5)
            number = page_number(page + 1, pages)
            room = width - painter.fontMetrics().horizontalAdvance(number) - 20
            painter.drawText(
                QRectF(0, 0, room, line.height()),
                int(Qt.AlignmentFlag.AlignLeft),
                painter.fontMetrics().elidedText(header, Qt.TextElideMode.ElideRight, int(room)),
            )
            painter.drawText(line, int(Qt.AlignmentFlag.AlignRight), number)
            painter.drawLine(QPointF(0, line.height()), QPointF(width, line.height()))
            painter.translate(0, head_height - page * body)
            doc.drawContents(painter, QRectF(0, page * body, width, body))
            painter.restore()
    finally:
        painter.end()
    return pages
