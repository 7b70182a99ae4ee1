"""Printing and PDF helpers shared by the answer pane, the contact log record and the self-test.

Import lazily: QtPrintSupport is only loaded when someone prints. PDFs are written atomically
(a temp file beside the target, then os.replace), so a failed write never leaves half a file
and never damages an existing one.
"""

from __future__ import annotations

import contextlib
import os
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QMarginsF
from PySide6.QtGui import QFont, QPagedPaintDevice, QPageLayout, QPageSize, QTextDocument

if TYPE_CHECKING:
    from PySide6.QtPrintSupport import QPrinter

# Body text size on paper, in points.
PRINT_POINT_SIZE = 11.0


def make_document(
    html: str, stylesheet: str = "", point_size: float = PRINT_POINT_SIZE
) -> QTextDocument:
    """A QTextDocument holding html styled for paper."""
    doc = QTextDocument()
    font = QFont()
    font.setPointSizeF(point_size)
    doc.setDefaultFont(font)
    if stylesheet:
        doc.setDefaultStyleSheet(stylesheet)
    doc.setHtml(html)
    return doc


def print_html(html: str, printer: QPrinter, stylesheet: str = "") -> None:
    """Print html on an already set-up printer (or PDF printer)."""
    _paint(html, printer, stylesheet, printer.docName())


def _paint(html: str, device: QPagedPaintDevice, stylesheet: str, title: str) -> None:
    """Pages with "Page X of Y", no blank last page, no on-screen hints (see paged_print)."""
    from desktop.ui.paged_print import for_paper, page_of, paint_pages

    paint_pages(for_paper(html), stylesheet, device, title, page_of, PRINT_POINT_SIZE)


def write_pdf(
    path: Path,
    title: str,
    paint: Callable[[QPagedPaintDevice], object],
    resolution: int = 1200,
    top_margin_mm: float = 18,
) -> None:
    """Write a Letter PDF painted by paint(device) at path, atomically. Raises OSError."""
    # QPdfWriter, not QPrinter: a QPrinter asks the print system (CUPS on localhost:631) for
    # the default printer, and saving a PDF must not open any socket.
    from PySide6.QtGui import QPdfWriter

    fd, tmp_name = tempfile.mkstemp(prefix=".print-", suffix=".pdf", dir=path.parent)
    os.close(fd)
    try:
        writer = QPdfWriter(tmp_name)
        writer.setResolution(resolution)
        # Letter is what US offices print on; margins keep text clear of the printer's edge.
        writer.setPageLayout(
            QPageLayout(
                QPageSize(QPageSize.PageSizeId.Letter),
                QPageLayout.Orientation.Portrait,
                QMarginsF(18, top_margin_mm, 18, 18),
                QPageLayout.Unit.Millimeter,
            )
        )
        if title:
            writer.setTitle(title)
        paint(writer)
        del writer  # finishes the file
        if os.path.getsize(tmp_name) == 0:
            raise OSError(f"could not write a PDF to {path.parent}")
        with open(tmp_name, "rb") as handle:
            os.fsync(handle.fileno())
        os.replace(tmp_name, path)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(tmp_name)
        raise


def print_html_to_pdf(html: str, path: Path, stylesheet: str = "", title: str = "") -> None:
    """Write html as a PDF at path, atomically. Raises OSError."""
    write_pdf(Path(path), title, lambda device: _paint(html, device, stylesheet, title))
