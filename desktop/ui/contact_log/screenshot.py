"""A screenshot scene of the contact log with made-up entries (for `make screenshots`)."""

from __future__ import annotations

from datetime import datetime, timedelta
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QPixmap

from desktop.core.contact_log import EntryDraft, LogStore, Method, Outcome, PersonDetails

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
        "New date given.",
    ),
)


def contact_log_scene(ctx: Any) -> QPixmap:
    """The contact log window, unlocked, with five sample attempts (a Scene render function)."""
    from desktop.ui.contact_log import open_contact_log_window

    store = LogStore(Path(ctx.work_dir) / "screenshot-logs")
    log = store.create("Sample", "sample passphrase")
    now = datetime.now().replace(second=0, microsecond=0)
    for i, (method, outcome, contact, person, notes) in enumerate(_SAMPLES):
        appointment = now + timedelta(days=21) if outcome is Outcome.APPOINTMENT else None
        log.add(
            EntryDraft(
                when=now - timedelta(days=2 * (len(_SAMPLES) - i), hours=i),
                method=method,
                outcome=outcome,
                contact=contact,
                person=person,
                appointment=appointment,
                notes=notes,
            )
        )
    log.set_details(PersonDetails(name="Sample Person", a_number="A 000 000 000"))
    log.close()
    window = open_contact_log_window(None, store, numbers=[("ICE", "1-833-383-1465")])
    window.setWindowState(Qt.WindowState.WindowNoState)  # the picture's size, not the screen's
    window.resize(1100, 620)
    window.show()
    window.unlock("Sample", "sample passphrase")
    ctx.settle()
    picture = window.grab()
    window.lock()
    return picture
