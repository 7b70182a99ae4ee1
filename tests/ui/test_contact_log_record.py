"""The printed record of a long log: a header on every page, whole words, pictures kept."""

from __future__ import annotations

import io
import re
import unicodedata
from datetime import datetime, timedelta
from pathlib import Path

import pytest
from PIL import Image
from pypdf import PdfReader

from desktop.core.contact_log import (
    EntryDraft,
    LogStore,
    Method,
    NewAttachment,
    Outcome,
    PersonDetails,
)
from desktop.ui.contact_log.record import write_record_pdf

WORDS = (
    "Called the appointment line and waited on hold while the recording repeated that "
    "every officer was busy; the supervisor promised a callback regarding rescheduling"
)


def _png(color: str) -> bytes:
    out = io.BytesIO()
    Image.new("RGB", (500, 320), color).save(out, "PNG")
    return out.getvalue()


@pytest.fixture
def long_log(tmp_path: Path):  # type: ignore[no-untyped-def]
    store = LogStore(tmp_path / "logs")
    log = store.create("Sam", "forty entries printed on paper")
    start = datetime(2025, 1, 6, 9, 0)
    for i in range(40):
        attachments = ()
        if i % 8 == 0:
            attachments = (
                NewAttachment(f"screen{i}.png", _png("red")),
                NewAttachment(f"photo{i}.png", _png("blue")),
            )
        log.add(
            EntryDraft(
                when=start + timedelta(days=3 * i, hours=i % 6),
                method=Method.EMAIL if i % 3 == 0 else Method.PHONE,
                outcome=Outcome.APPOINTMENT if i % 7 == 0 else Outcome.NO_ANSWER,
                contact="1-833-383-1465",
                office="Newark field office" if i % 2 else "",
                person="Officer Appointmentscheduler" if i % 4 == 0 else "",
                appointment=start + timedelta(days=3 * i + 30) if i % 7 == 0 else None,
                notes=" ".join([WORDS] * (12 if i % 5 == 0 else 1)),
                attachments=attachments,
            )
        )
    log.set_details(PersonDetails(name="Sample Person", a_number="A 000 000 001"))
    yield log
    log.close()


def test_record_of_40_entries_has_header_on_every_page_and_whole_words(
    qapp, long_log, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    target = tmp_path / "record.pdf"
    write_record_pdf(long_log, target)
    # NFKC: the PDF's "ffi" ligatures read as letters again.
    pages = [unicodedata.normalize("NFKC", p.extract_text()) for p in PdfReader(target).pages]
    assert len(pages) > 3
    for number, text in enumerate(pages, start=1):
        head = " ".join(" ".join(text.splitlines()[:2]).split())
        assert "Sample Person" in head and "A-000-000-001" in head, (number, head)
        assert f"Page {number} of {len(pages)}" in head
        # Nothing but the header on a page would be a blank trailing page.
        assert len(text.split()) > 12, number
    # Without the page headers, the notes read exactly as typed: a word cut across two lines
    # ("Appointme nt") or a narrow column would break the sentence.
    header = re.compile(
        r"Record of attempts to contact ICE · Sample Person · A-number: A-000-000-001|Page \d+ of \d+"
    )
    body = " ".join(" ".join(header.sub(" ", text).split()) for text in pages)
    body = " ".join(body.split())
    assert body.count(WORDS) == 32 + 8 * 12
    assert "Appointmentscheduler" in body
    for n in (1, 40):
        assert f"Attempt {n} " in body
    # Every picture is in the file, each with its caption right above it.
    reader = PdfReader(target)
    assert sum(len(p.images) for p in reader.pages) == 10
    for page in reader.pages:
        captions = len(
            re.findall(r"(screen|photo)\d+\.png", page.extract_text().split("Attachments")[-1])
        )
        assert captions >= len(page.images)
