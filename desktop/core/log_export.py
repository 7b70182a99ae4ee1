"""Exports of the contact log that need no Qt: atomic file writes and a spreadsheet-safe CSV."""

from __future__ import annotations

import csv
import io
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

from desktop.core import atomic
from desktop.core.anumber import format_a_number
from desktop.core.log_model import Entry, ExportFailed, PersonDetails

# A spreadsheet runs a cell starting with these as a formula (CSV injection).
_FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r", "\n", "\uff1d", "\uff0b", "\uff0d", "\uff20")


def neutralise_cell(value: str) -> str:
    """Prefix a cell a spreadsheet would treat as a formula with an apostrophe."""
    return "'" + value if value.startswith(_FORMULA_STARTS) else value


def atomic_write_bytes(path: Path, data: bytes) -> None:
    """Write `data` to `path` atomically (see desktop.core.atomic); raise ExportFailed on failure."""
    path = Path(path)
    try:
        atomic.write_bytes(path, data)
    except OSError as exc:
        raise ExportFailed(path, exc.strerror or str(exc)) from exc


@dataclass(frozen=True)
class CsvLabels:
    """Column titles and value names for the CSV (the UI passes translated ones)."""

    columns: Sequence[str] = (
        "Entry",
        "Date and time",
        "How",
        "To (number, address or site)",
        "Office",
        "Person spoken to",
        "Outcome",
        "Appointment",
        "Notes",
        "Attachments",
        "Entry made",
    )
    methods: dict[str, str] | None = None
    outcomes: dict[str, str] | None = None
    name: str = "Name"
    a_number: str = "A-number"


def csv_bytes(
    entries: Iterable[Entry], details: PersonDetails, labels: CsvLabels | None = None
) -> bytes:
    """The log as UTF-8 CSV (with BOM so spreadsheets on Windows read accents), formulas neutralised."""
    lab = labels or CsvLabels()
    buf = io.StringIO()
    writer = csv.writer(buf, lineterminator="\r\n")
    if details.name or details.a_number:
        writer.writerow([neutralise_cell(lab.name), neutralise_cell(details.name)])
        writer.writerow([neutralise_cell(lab.a_number), format_a_number(details.a_number)])
        writer.writerow([])
    writer.writerow([neutralise_cell(c) for c in lab.columns])
    for e in entries:
        method = (lab.methods or {}).get(e.method.value, e.method.value)
        outcome = (lab.outcomes or {}).get(e.outcome.value, e.outcome.value)
        row = [
            str(e.id),
            e.when.strftime("%Y-%m-%d %H:%M"),
            method,
            e.contact,
            e.office,
            e.person,
            outcome,
            e.appointment.strftime("%Y-%m-%d %H:%M") if e.appointment else "",
            e.notes,
            "; ".join(a.name for a in e.attachments),
            e.made_at.astimezone().strftime("%Y-%m-%d %H:%M"),
        ]
        writer.writerow([neutralise_cell(cell) for cell in row])
    return ("\ufeff" + buf.getvalue()).encode("utf-8")
