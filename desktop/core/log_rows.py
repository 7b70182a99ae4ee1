"""Rows of the contact log: column values from a draft, entries from rows, shared helpers."""

from __future__ import annotations

import functools
from collections.abc import Callable
from datetime import UTC, datetime
from typing import Any, ParamSpec, TypeVar

from sqlcipher3 import dbapi2 as sqlcipher

from desktop.core.log_model import (
    MAX_NOTES,
    MAX_SHORT_TEXT,
    Attachment,
    ContactLogError,
    Entry,
    EntryDraft,
    Method,
    Outcome,
    StorageFailed,
    ValidationError,
    check_when,
    clean_text,
)

P = ParamSpec("P")
R = TypeVar("R")

# A draft holds what the entry form held: a few short fields and the notes.
MAX_DRAFT_FIELDS = 30
MAX_DRAFT_VALUE = MAX_NOTES


def utcnow() -> datetime:
    """Now, in UTC, to the second."""
    return datetime.now(UTC).replace(microsecond=0)


def iso(moment: datetime | None) -> str | None:
    """A datetime as stored (ISO 8601), None stays None."""
    return None if moment is None else moment.isoformat()


def parse(text: str | None) -> datetime | None:
    """A stored ISO 8601 text as a datetime, None stays None."""
    return None if text is None else datetime.fromisoformat(text)


def storage_errors(func: Callable[P, R]) -> Callable[P, R]:
    """Turn file-system and SQLite I/O failures into StorageFailed (a plain message, no traceback)."""

    @functools.wraps(func)
    def wrapper(*args: P.args, **kwargs: P.kwargs) -> R:
        try:
            return func(*args, **kwargs)
        except ContactLogError:
            raise
        except (OSError, sqlcipher.OperationalError) as exc:
            reason = exc.strerror if isinstance(exc, OSError) and exc.strerror else str(exc)
            raise StorageFailed(reason) from exc

    return wrapper


def clean_draft(fields: Any) -> dict[str, str]:
    """A draft as stored: a small dict of str to str (ValidationError otherwise)."""
    if not isinstance(fields, dict) or len(fields) > MAX_DRAFT_FIELDS:
        raise ValidationError("draft", "too_long", MAX_DRAFT_FIELDS)
    out: dict[str, str] = {}
    for key, value in fields.items():
        if not isinstance(key, str) or not isinstance(value, str) or len(key) > 40:
            raise ValidationError("draft", "required")
        if len(value) > MAX_DRAFT_VALUE:
            raise ValidationError("draft", "too_long", MAX_DRAFT_VALUE)
        out[key] = value
    return out


def entry_columns(draft: EntryDraft, now: datetime) -> dict[str, Any]:
    """Validate and clean a draft into column values (raises ValidationError)."""
    when = check_when(draft.when, now)
    method = Method(draft.method)
    outcome = Outcome(draft.outcome)
    appointment = draft.appointment
    if appointment is not None:
        # An appointment is a wall-clock time at an office: stored without a zone.
        appointment = appointment.replace(tzinfo=None, second=0, microsecond=0)
        if appointment.year < 1990 or appointment.year > 2200:
            raise ValidationError("appointment", "too_old")
    return {
        "when_at": when.isoformat(),
        "when_ts": int(when.timestamp()),
        "method": method.value,
        "outcome": outcome.value,
        "contact": clean_text(draft.contact, "contact", MAX_SHORT_TEXT),
        "office": clean_text(draft.office, "office", MAX_SHORT_TEXT),
        "person": clean_text(draft.person, "person", MAX_SHORT_TEXT),
        "appointment": iso(appointment),
        "notes": clean_text(draft.notes, "notes", MAX_NOTES, multiline=True),
    }


ENTRY_COLUMNS = (
    "id, when_at, method, outcome, contact, office, person, appointment, notes, made_at, updated_at"
)


def entry_from_row(row: tuple[Any, ...], attachments: list[Attachment]) -> Entry:
    """An Entry from a row of ENTRY_COLUMNS and its attachments."""
    when = parse(row[1])
    made = parse(row[9])
    assert when is not None and made is not None
    return Entry(
        id=int(row[0]),
        when=when,
        method=Method(row[2]),
        outcome=Outcome(row[3]),
        contact=row[4],
        office=row[5],
        person=row[6],
        appointment=parse(row[7]),
        notes=row[8],
        attachments=tuple(attachments),
        made_at=made,
        updated_at=parse(row[10]),
    )
