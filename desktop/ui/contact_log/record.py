"""The printable record: "Record of attempts to contact ICE", as HTML for QTextDocument, PDF or paper.

Everything typed by the person is HTML-escaped here: nothing in a log is ever interpreted as markup.
"""

from __future__ import annotations

import base64
import html
import sys
from datetime import datetime
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject

from desktop.core.contact_log import ContactLog, Entry, PersonDetails, format_a_number
from desktop.ui.contact_log.labels import LogLabels

RECORD_CSS = """
body { font-family: 'DejaVu Sans', 'Segoe UI', Arial, sans-serif; }
h1 { font-size: 18pt; margin-bottom: 4pt; }
h2 { font-size: 13pt; margin-top: 14pt; }
table.entries { border-collapse: collapse; }
table.entries th { background: #e8e8e8; text-align: left; }
table.entries th, table.entries td { font-size: 9pt; border: 1px solid #777; padding: 3px; vertical-align: top; }
p.small { font-size: 9pt; color: #333; }
"""
# Percent of the table width per column: notes get the most room, dates never split.
COLUMN_WIDTHS = (3, 12, 9, 14, 13, 14, 23, 12)
# Rows per table (see build()).
TABLE_CHUNK = 25
# Pictures in the record are scaled to fit the page width (points, at 96 dpi text layout).
IMAGE_WIDTH = 420


def _e(text: str) -> str:
    """Escape for HTML; keep line breaks visible."""
    return html.escape(text, quote=True).replace("\n", "<br>")


class RecordBuilder(QObject):
    """Builds the record's HTML from a log's entries and details."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.labels = LogLabels(self)

    def when_text(self, moment: datetime) -> str:
        """A date and time as printed in the record (unambiguous: 2026-11-26 14:05)."""
        return moment.strftime("%Y-%m-%d %H:%M")

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
        title, name, a_number = (
            self.tr("Record of attempts to contact ICE"),
            self.tr("Name:"),
            self.tr("A-number:"),
        )
        parts = [f"<h1>{_e(title)}</h1>"]
        if details.name:
            parts.append(f"<p><b>{_e(name)}</b> {_e(details.name)}</p>")
        if details.a_number:
            parts.append(f"<p><b>{_e(a_number)}</b> {_e(format_a_number(details.a_number))}</p>")
        parts.append(
            "<p>"
            + _e(self.tr("This record was made on %1.").replace("%1", self.when_text(made)))
            + " "
            + _e(self.tr("Number of attempts: %1.").replace("%1", str(len(ordered))))
            + "</p>"
        )
        if ordered:
            parts.append(
                "<p>"
                + _e(
                    self.tr("From %1 to %2.")
                    .replace("%1", self.when_text(ordered[0].when))
                    .replace("%2", self.when_text(ordered[-1].when))
                )
                + "</p>"
            )
        heads = [
            self.tr("#"),
            self.tr("Date and time"),
            self.tr("How"),
            self.tr("To"),
            self.tr("Office / person"),
            self.tr("Outcome"),
            self.tr("Notes"),
            self.tr("Attachments"),
        ]
        table_start = (
            '<table class="entries" width="100%" cellspacing="0" cellpadding="3">'
            + "<tr>"
            + "".join(
                f'<th width="{w}%">{_e(h)}</th>' for h, w in zip(heads, COLUMN_WIDTHS, strict=True)
            )
            + "</tr>"
        )
        rows = [table_start]
        for n, e in enumerate(ordered, start=1):
            if n > 1 and (n - 1) % TABLE_CHUNK == 0:
                # Qt lays out one long table in quadratic time: start a new one every few rows.
                rows.append("</table>")
                rows.append(table_start)
            outcome = self.labels.outcome(e.outcome)
            if e.appointment:
                outcome += "\n" + self.tr("Appointment: %1").replace(
                    "%1", self.when_text(e.appointment)
                )
            who = "\n".join(x for x in (e.office, e.person) if x)
            atts = "\n".join(a.name for a in e.attachments)
            cells = [
                str(n),
                e.when.strftime("%Y-%m-%d") + "\n" + e.when.strftime("%H:%M"),
                self.labels.method(e.method),
                e.contact,
                who,
                outcome,
                e.notes,
                atts,
            ]
            # Dates and numbers must not break in the middle.
            tds = [
                f'<td style="white-space: nowrap; border: 1px solid #777">{_e(c)}</td>'
                if i in (1, 3)
                else f"<td>{_e(c)}</td>"
                for i, c in enumerate(cells)
            ]
            rows.append("<tr>" + "".join(tds) + "</tr>")
        rows.append("</table>")
        parts.extend(rows)
        parts.extend(self._attachments(ordered, attachment_data))
        made_with = self.tr("Made with Check-In Help from the entries the person recorded.")
        parts.append(f'<p class="small">{_e(made_with)}</p>')
        return "<html><body>" + "\n".join(parts) + "</body></html>"

    def _attachments(self, ordered: list[Entry], data: dict[int, bytes]) -> list[str]:
        """Pictures shown in full; PDFs named (they are printed separately)."""
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
                out.append(f"<p><b>{_e(caption)}</b></p>")
                if a.mime.startswith("image/") and a.id in data:
                    b64 = base64.b64encode(data[a.id]).decode("ascii")
                    out.append(
                        f'<p><img src="data:{a.mime};base64,{b64}" width="{IMAGE_WIDTH}"></p>'
                    )
                else:
                    pdf = self.tr("PDF document, kept in the log (print it separately).")
                    out.append(f"<p>{_e(pdf)}</p>")
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


def write_record_pdf(log: ContactLog, path: Path) -> None:
    """Write the printable record of an open log as a PDF, atomically. Raises OSError."""
    ensure_gui_app()
    from desktop.ui.printing import print_html_to_pdf

    builder = RecordBuilder()
    print_html_to_pdf(
        builder.build_for(log),
        Path(path),
        stylesheet=RECORD_CSS,
        title=QCoreApplication.translate("RecordBuilder", "Record of attempts to contact ICE"),
    )
