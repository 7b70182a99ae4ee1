"""Screenshot scenes of the contact log with made-up entries (for `make screenshots`)."""

from __future__ import annotations

import shutil
import subprocess
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QImage, QPainter, QPixmap

from desktop.core.contact_log import (
    EntryDraft,
    LogStore,
    Method,
    NewAttachment,
    Outcome,
    PersonDetails,
)

NICKNAME = "Sample"
PASSPHRASE = "made up words for pictures"
# Made-up sample data: never a real person.
_SAMPLES = (
    (Method.PHONE, Outcome.NO_ANSWER, "1-833-383-1465", "", "Called at 9:00, rang 10 minutes."),
    (Method.PHONE, Outcome.NO_VOICEMAIL, "1-833-383-1465", "", "Voicemail box full."),
    (Method.WEBSITE, Outcome.WEBSITE_ERROR, "checkin.ice.gov", "", "No appointments available."),
    (
        Method.EMAIL,
        Outcome.EMAIL_SENT,
        "field office email",
        "",
        "Asked to reschedule; no reply yet.",
    ),
    (
        Method.PHONE,
        Outcome.APPOINTMENT,
        "1-833-383-1465",
        "Officer (name not given)",
        "New date given. The officer said to bring the letter, my ID and the notice, and to "
        "arrive fifteen minutes early. I wrote down the confirmation number on the letter.",
    ),
)


def _sample_log(work_dir: Path, copies: int = 1) -> LogStore:
    """A store holding one made-up log (`copies` rounds of the sample attempts)."""
    store = LogStore(work_dir / f"screenshot-logs-{copies}")
    log = store.create(NICKNAME, PASSPHRASE)
    now = datetime.now().replace(second=0, microsecond=0)
    total = len(_SAMPLES) * copies
    for i in range(total):
        method, outcome, contact, person, notes = _SAMPLES[i % len(_SAMPLES)]
        appointment = now + timedelta(days=21) if outcome is Outcome.APPOINTMENT else None
        attachments: tuple[NewAttachment, ...] = ()
        if i == 2:
            picture = QImage(480, 300, QImage.Format.Format_RGB32)
            picture.fill(QColor("#d7e3f4"))
            attachments = (NewAttachment("website-error.png", _png(picture)),)
        log.add(
            EntryDraft(
                when=now - timedelta(days=2 * (total - i), hours=i % 5),
                method=method,
                outcome=outcome,
                contact=contact,
                person=person,
                appointment=appointment,
                notes=notes,
                attachments=attachments,
            )
        )
    log.set_details(PersonDetails(name="Sample Person", a_number="A 000 000 000"))
    log.close()
    return store


def _png(image: QImage) -> bytes:
    from desktop.ui.contact_log.attachment_panel import png_bytes

    return png_bytes(image)


def contact_log_scene(ctx: Any) -> QPixmap:
    """The contact log window, unlocked, with five sample attempts (a Scene render function)."""
    from desktop.ui.contact_log import open_contact_log_window

    store = _sample_log(Path(ctx.work_dir))
    window = open_contact_log_window(None, store, numbers=[("ICE", "1-833-383-1465")])
    window.setWindowState(Qt.WindowState.WindowNoState)  # the picture's size, not the screen's
    window.resize(1100, 620)
    window.show()
    window.unlock(NICKNAME, PASSPHRASE)
    ctx.settle()
    picture = window.grab()
    window.lock()
    return picture


def record_scene(ctx: Any) -> QPixmap:
    """The first two pages of the printed record, side by side (rendered with pdftoppm)."""
    from desktop.ui.contact_log.record import write_record_pdf

    pdftoppm = shutil.which("pdftoppm")
    if pdftoppm is None:
        raise OSError("pdftoppm is missing: run `make system-deps` (poppler-utils)")
    work = Path(ctx.work_dir)
    store = _sample_log(work, copies=4)
    log = store.open(NICKNAME, PASSPHRASE)
    pdf = work / "record.pdf"
    try:
        write_record_pdf(log, pdf)
    finally:
        log.close()
    subprocess.run(
        [pdftoppm, "-r", "60", "-png", "-f", "1", "-l", "2", str(pdf), str(work / "page")],
        check=True,
    )
    pages = [QImage(str(p)) for p in sorted(work.glob("page-*.png"))]
    gap = 16
    width = sum(p.width() for p in pages) + gap * (len(pages) + 1)
    height = max(p.height() for p in pages) + 2 * gap
    canvas = QPixmap(width, height)
    canvas.fill(QColor("#9a9a9a"))
    painter = QPainter(canvas)
    x = gap
    for page in pages:
        painter.drawImage(x, gap, page)
        x += page.width() + gap
    painter.end()
    return canvas
