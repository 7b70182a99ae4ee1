"""The printable record: "Record of attempts to contact ICE", for paper or PDF.

One block per attempt (date and time, how, to whom, outcome, then the notes across the full
width), pictures with their captions, and on every page a header with the person's name,
A-number and "Page X of Y". Everything typed by the person is HTML-escaped here: nothing in a
log is ever interpreted as markup. The pages are laid out by `desktop/ui/paged_print.py`.
"""

from __future__ import annotations

import base64
import html
import sys
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject

from desktop.core.contact_log import ContactLog, Entry, PersonDetails, format_a_number
from desktop.ui.contact_log.labels import LogLabels, when_text

if TYPE_CHECKING:
    from PySide6.QtGui import QPagedPaintDevice

RECORD_CSS = """
body { font-family: 'DejaVu Sans', 'Segoe UI', Arial, sans-serif; }
h1 { font-size: 17pt; margin-bottom: 4pt; }
h2 { font-size: 13pt; margin-top: 14pt; }
table.attempt { border-collapse: collapse; margin-top: 8pt; }
table.attempt td { font-size: 10pt; border: 1px solid #888; padding: 4px; vertical-align: top; }
td.head { background: #e8e8e8; font-weight: bold; }
p.picture { margin-top: 10pt; }
p.small { font-size: 9pt; color: #333; }
"""
# Pictures in the record are scaled to fit the page width (points, at 96 dpi text layout).
IMAGE_WIDTH = 440


def _e(text: str) -> str:
    """Escape for HTML; keep line breaks visible."""
    return html.escape(text, quote=True).replace("\n", "<br>")


class RecordBuilder(QObject):
    """Builds the record's HTML and page header from a log's entries and details."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.labels = LogLabels(self)

    def when_text(self, moment: datetime) -> str:
        """A date and time as printed: US order with the month spelled out is never ambiguous."""
        return when_text(moment)

    def title(self) -> str:
        """The record's title (also the PDF's title)."""
        return self.tr("Record of attempts to contact ICE")

    def page_header(self, details: PersonDetails) -> str:
        """The header line printed on every page (name and A-number when known)."""
        parts = [self.title()]
        if details.name:
            parts.append(details.name)
        if details.a_number:
            parts.append(self.tr("A-number: %1").replace("%1", format_a_number(details.a_number)))
        return "  ·  ".join(parts)

    def page_number(self, page: int, pages: int) -> str:
        """ "Page X of Y"."""
        return self.tr("Page %1 of %2").replace("%1", str(page)).replace("%2", str(pages))

    def build(
        self,
        details: PersonDetails,
        entries: list[Entry],
        attachment_data: dict[int, bytes],
        made: datetime | None = None,
    ) -> str:
        """The whole record as HTML; entries in the order the attempts happened."""
        made = made or datetime.now().astimezone()
        ordered = sorted(entries, key=lambda e: (e.when, e.id))
        # tr() outside f-strings: pyside6-lupdate does not look inside them.
        name, a_number = self.tr("Name:"), self.tr("A-number:")
        parts = [f"<h1>{_e(self.title())}</h1>"]
        if details.name:
            parts.append(f"<p><b>{_e(name)}</b> {_e(details.name)}</p>")
        if details.a_number:
            parts.append(f"<p><b>{_e(a_number)}</b> {_e(format_a_number(details.a_number))}</p>")
        summary = self.tr("This record was made on %1.").replace("%1", self.when_text(made))
        summary += " " + self.tr("%n attempt(s) recorded.", "", len(ordered))
        if ordered:
            summary += " " + self.tr("From %1 to %2.").replace(
                "%1", self.when_text(ordered[0].when)
            ).replace("%2", self.when_text(ordered[-1].when))
        parts.append(f"<p>{_e(summary)}</p>")
        for n, e in enumerate(ordered, start=1):
            parts.append(self._attempt(n, e))
        parts.extend(self._pictures(ordered, attachment_data))
        made_with = self.tr("Made with Check-In Help from the entries the person recorded.")
        parts.append(f'<p class="small">{_e(made_with)}</p>')
        return "<html><body>" + "\n".join(parts) + "</body></html>"

    def _attempt(self, n: int, e: Entry) -> str:
        """One attempt as a small full-width table: when, how and to whom; then what happened;
        then the notes across the whole width."""
        head = " · ".join(
            x
            for x in (
                self.tr("Attempt %1").replace("%1", str(n)),
                self.when_text(e.when),
                self.labels.method(e.method),
                e.contact,
            )
            if x
        )
        facts = [
            (self.tr("Outcome:"), self.labels.outcome(e.outcome)),
            (self.tr("Appointment given:"), self.when_text(e.appointment) if e.appointment else ""),
            (self.tr("Office:"), e.office),
            (self.tr("Person spoken to:"), e.person),
            (self.tr("Attachments:"), ", ".join(a.name for a in e.attachments)),
        ]
        lines = "<br>".join(f"<b>{_e(label)}</b> {_e(value)}" for label, value in facts if value)
        notes = ""
        if e.notes:
            label = self.tr("Notes:")
            notes = f"<tr><td><b>{_e(label)}</b> {_e(e.notes)}</td></tr>"
        return (
            '<table class="attempt" width="100%" cellspacing="0" cellpadding="4">'
            f'<tr><td class="head">{_e(head)}</td></tr><tr><td>{lines}</td></tr>{notes}</table>'
        )

    def _pictures(self, ordered: list[Entry], data: dict[int, bytes]) -> list[str]:
        """Pictures with their captions in one block each; PDFs named (printed separately)."""
        out: list[str] = []
        for n, e in enumerate(ordered, start=1):
            for a in e.attachments:
                if not out:
                    heading = self.tr("Attachments")
                    out.append(f"<h2>{_e(heading)}</h2>")
                caption = (
                    self.tr("Attempt %1, %2: %3")
                    .replace("%1", str(n))
                    .replace("%2", self.when_text(e.when))
                    .replace("%3", a.name)
                )
                if a.mime.startswith("image/") and a.id in data:
                    b64 = base64.b64encode(data[a.id]).decode("ascii")
                    body = f'<img src="data:{_e(a.mime)};base64,{b64}" width="{IMAGE_WIDTH}">'
                else:
                    body = _e(self.tr("PDF document, kept in the log (print it separately)."))
                # One paragraph, kept on one page by paged_print (a caption never stays
                # behind without its picture).
                out.append(f'<p class="picture"><b>{_e(caption)}</b><br>{body}</p>')
        return out

    def build_for(self, log: ContactLog, made: datetime | None = None) -> str:
        """The record of an open log."""
        entries = log.entries()
        data = {
            a.id: log.attachment_data(a.id)
            for e in entries
            for a in e.attachments
            if a.mime.startswith("image/")
        }
        return self.build(log.details(), entries, data, made)


def ensure_gui_app() -> None:
    """The PDF path needs a Qt application; the CLI creates one lazily (offscreen when headless)."""
    from PySide6.QtWidgets import QApplication

    if QApplication.instance() is None:
        import os

        if (
            sys.platform.startswith("linux")
            and not os.environ.get("DISPLAY")
            and not os.environ.get("WAYLAND_DISPLAY")
        ):
            os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
        # Kept on the module so it outlives this call (Qt needs the object alive).
        ensure_gui_app.app = QApplication([sys.argv[0] if sys.argv else "checkin-help"])  # type: ignore[attr-defined]


def print_record(log: ContactLog, device: QPagedPaintDevice) -> int:
    """Paint the record of an open log on a printer or PDF writer; returns the page count."""
    from desktop.ui.paged_print import paint_pages

    builder = RecordBuilder()
    details = log.details()
    return paint_pages(
        builder.build_for(log),
        RECORD_CSS,
        device,
        builder.page_header(details),
        builder.page_number,
    )


def write_record_pdf(log: ContactLog, path: Path) -> None:
    """Write the printable record of an open log as a PDF, atomically. Raises OSError."""
    ensure_gui_app()
    from desktop.ui.printing import write_pdf

    builder = RecordBuilder()
    write_pdf(
        Path(path),
        builder.title(),
        lambda device: print_record(log, device),
        resolution=600,
        top_margin_mm=15,
    )
