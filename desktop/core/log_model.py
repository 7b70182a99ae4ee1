"""The contact log's data: entries, attachments, the person's details, typed errors and validation.

Qt-free. Every error carries a stable `code` so the UI can show a translated, plain message;
`str(error)` is a plain English sentence for the command line.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from enum import StrEnum
from pathlib import Path

# Limits: generous for real use, small enough that a pasted novel cannot bloat the log.
MAX_SHORT_TEXT = 200
MAX_NOTES = 5000
MAX_NICKNAME = 40
# The shortest passphrase older versions accepted: a log made then must still unlock. New
# passphrases follow desktop.core.passphrase (12 characters or 3 words, not common).
MIN_PASSPHRASE = 6
MAX_PASSPHRASE = 200
# A clock a few minutes fast, or a slow typist, must not be refused.
FUTURE_SLACK = timedelta(minutes=5)
EARLIEST_YEAR = 1990


class ContactLogError(Exception):
    """Base of every contact log error; `code` is stable, the message is plain English."""

    code = "error"
    message = "The contact log could not do this."

    def __str__(self) -> str:
        return self.message


class WrongPassphrase(ContactLogError):
    """The passphrase does not unlock this log (or the file's first page is damaged)."""

    code = "wrong_passphrase"
    message = "The passphrase is not right. Nothing was changed."


class LogCorrupt(ContactLogError):
    """The log is damaged; it was moved, unchanged, to `kept_at` so staff can try to recover it."""

    code = "corrupt"

    def __init__(self, kept_at: Path) -> None:
        super().__init__(str(kept_at))
        self.kept_at = kept_at
        self.message = (
            f"This log is damaged and cannot be opened. It was kept, unchanged, at {kept_at}."
        )


class BackupDamaged(LogCorrupt):
    """A backup file is damaged or holds something a log never holds; nothing was written."""

    code = "backup_damaged"

    def __init__(self, path: Path, reason: str = "") -> None:
        super().__init__(path)
        self.reason = reason
        self.message = f"The backup file {path} is damaged or is not a contact log backup. Nothing was restored."


class LogNotFound(ContactLogError):
    """No log with this nickname on this computer."""

    code = "not_found"
    message = "There is no log with this name on this computer."


class LogExists(ContactLogError):
    """A log with this nickname already exists."""

    code = "exists"
    message = "A log with this name already exists. Choose another name."


class StorageFailed(ContactLogError):
    """The database could not be written (disk full, file locked, drive removed); nothing saved."""

    code = "storage"

    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason
        self.message = f"The log could not be saved ({reason}). Nothing was changed."


class LogTooNew(ContactLogError):
    """The log was made by a newer version of the app; this version will not touch it."""

    code = "too_new"
    message = "This log was made by a newer version of Check-In Help. Nothing was changed."


class LogLocked(ContactLogError):
    """The log was locked (closed); open it again with the passphrase."""

    code = "locked"
    message = "The log is locked. Open it again with your passphrase."


class ExportFailed(ContactLogError):
    """A file could not be written (disk full, no permission, USB stick removed)."""

    code = "export_failed"

    def __init__(self, path: Path, reason: str) -> None:
        super().__init__(f"{path}: {reason}")
        self.path = path
        self.reason = reason
        self.message = f"Could not write {path}: {reason}. Nothing was changed there."


_FIELD_MESSAGES = {
    "future": "The date and time is in the future.",
    "too_old": f"The date is before {EARLIEST_YEAR}.",
    "too_long": "The text is too long.",
    "required": "This is required.",
    "a_number_invalid": "An A-number has 8 or 9 digits, for example A-123-456-789.",
    "passphrase_short": f"The passphrase needs at least {MIN_PASSPHRASE} characters.",
    "passphrase_long": f"The passphrase can have at most {MAX_PASSPHRASE} characters.",
    "passphrase_too_short": "The passphrase is too short: use at least 12 characters or 3 words.",
    "passphrase_contains_nickname": "The passphrase must not contain the log's name.",
    "passphrase_common": "This passphrase is on a list of common passwords that attackers try first.",
    "unknown_method": "Unknown way of contact (use phone, email, website, in person, letter or other).",
    "unknown_outcome": "Unknown outcome (for example: no answer, voicemail left, spoke to someone).",
    "attachment_type": "Only pictures (PNG, JPEG, GIF, BMP, WebP) and PDF files can be attached.",
    "attachment_size": "The file is too big to attach.",
    "attachment_damaged": "The file is damaged or not what its name says.",
    "attachment_pixels": "The picture is too large (too many pixels).",
    "no_entry": "There is no such entry.",
}


class ValidationError(ContactLogError):
    """Input refused: `field` names the input, `code` says why (see _FIELD_MESSAGES)."""

    def __init__(self, field: str, code: str, limit: int | None = None) -> None:
        super().__init__(field, code)
        self.field = field
        self.code = code
        self.limit = limit
        detail = _FIELD_MESSAGES.get(code, "The value is not valid.")
        if code == "too_long" and limit:
            detail = f"The text is too long (at most {limit} characters)."
        self.message = f"{field.replace('_', ' ')}: {detail}"


class AttachmentRejected(ValidationError):
    """An attachment was refused (type, size, damaged)."""


class Method(StrEnum):
    """How the person tried to reach ICE."""

    PHONE = "phone"
    EMAIL = "email"
    WEBSITE = "website"
    IN_PERSON = "in_person"
    LETTER = "letter"
    OTHER = "other"


class Outcome(StrEnum):
    """What happened."""

    NO_ANSWER = "no_answer"
    NO_VOICEMAIL = "no_voicemail"
    VOICEMAIL_LEFT = "voicemail_left"
    SPOKE = "spoke"
    APPOINTMENT = "appointment"
    EMAIL_SENT = "email_sent"
    WEBSITE_ERROR = "website_error"
    OTHER = "other"


# Plain words people and staff scripts type (English and Spanish), mapped to the stored values.
_METHOD_WORDS = {
    Method.PHONE: (
        "phone",
        "call",
        "called",
        "telephone",
        "phone call",
        "llamada",
        "telefono",
        "teléfono",
    ),
    Method.EMAIL: ("email", "e-mail", "mail", "correo", "correo electronico", "correo electrónico"),
    Method.WEBSITE: (
        "website",
        "web",
        "site",
        "online",
        "internet",
        "sitio web",
        "pagina",
        "página",
    ),
    Method.IN_PERSON: ("in person", "in-person", "inperson", "visit", "office", "en persona"),
    Method.LETTER: ("letter", "post", "carta"),
    Method.OTHER: ("other", "otro"),
}
_OUTCOME_WORDS = {
    Outcome.NO_ANSWER: (
        "no answer",
        "no-answer",
        "noanswer",
        "unanswered",
        "sin respuesta",
        "no contestan",
    ),
    Outcome.NO_VOICEMAIL: (
        "no voicemail",
        "could not leave a voicemail",
        "could not leave voicemail",
        "voicemail full",
        "no mailbox",
    ),
    Outcome.VOICEMAIL_LEFT: (
        "voicemail",
        "voicemail left",
        "left voicemail",
        "left a voicemail",
        "message left",
    ),
    Outcome.SPOKE: (
        "spoke",
        "spoke to someone",
        "talked",
        "answered",
        "spoke to an officer",
        "hablé",
    ),
    Outcome.APPOINTMENT: (
        "appointment",
        "appointment scheduled",
        "scheduled",
        "rescheduled",
        "appointment rescheduled",
        "cita",
    ),
    Outcome.EMAIL_SENT: ("email sent", "sent", "emailed", "correo enviado"),
    Outcome.WEBSITE_ERROR: (
        "website error",
        "error",
        "no appointments",
        "no appointments available",
        "site down",
    ),
    Outcome.OTHER: ("other", "otro"),
}


def _norm_word(text: str) -> str:
    return " ".join(text.replace("_", " ").strip().lower().split())


def parse_method(text: str | Method) -> Method:
    """A Method from its stored value or a plain word ("phone", "call", "in person")."""
    word = _norm_word(str(text))
    for method, words in _METHOD_WORDS.items():
        if word == _norm_word(method.value) or word in words:
            return method
    raise ValidationError("method", "unknown_method")


def parse_outcome(text: str | Outcome) -> Outcome:
    """An Outcome from its stored value or plain words ("no answer", "voicemail left")."""
    word = _norm_word(str(text))
    for outcome, words in _OUTCOME_WORDS.items():
        if word == _norm_word(outcome.value) or word in words:
            return outcome
    raise ValidationError("outcome", "unknown_outcome")


@dataclass(frozen=True)
class NewAttachment:
    """A file the person wants to attach; checked and re-encoded when the entry is saved."""

    name: str
    data: bytes = field(repr=False)


@dataclass(frozen=True)
class Attachment:
    """A stored attachment (its bytes are read on demand with ContactLog.attachment_data)."""

    id: int
    name: str
    mime: str
    size: int


@dataclass(frozen=True)
class EntryDraft:
    """What the form (or the command line) wants to save; validated by the store."""

    when: datetime
    method: Method
    outcome: Outcome
    contact: str = ""
    office: str = ""
    person: str = ""
    appointment: datetime | None = None
    notes: str = ""
    attachments: tuple[NewAttachment, ...] = ()


@dataclass(frozen=True)
class Entry:
    """One recorded attempt to contact ICE, as stored."""

    id: int
    when: datetime
    method: Method
    outcome: Outcome
    contact: str
    office: str
    person: str
    appointment: datetime | None
    notes: str
    attachments: tuple[Attachment, ...]
    made_at: datetime
    updated_at: datetime | None = None


@dataclass(frozen=True)
class DeletedEntry:
    """Everything needed to put a deleted entry back (undo), attachments' bytes included."""

    entry: Entry
    attachment_bytes: tuple[bytes, ...] = field(repr=False)


@dataclass(frozen=True)
class PersonDetails:
    """Optional details for the printed record. `a_number` is "" or 9 digits."""

    name: str = ""
    a_number: str = ""


# Control characters other than tab/newline, and the bidi embedding/override/isolate marks that
# can make printed text read differently from what was typed.
_BIDI = "\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069\u200e\u200f\u061c"


def clean_text(value: str, field_name: str, limit: int, *, multiline: bool = False) -> str:
    """Strip control and bidi-override characters and outer spaces; refuse text over `limit`."""
    text = unicodedata.normalize("NFC", value or "")
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    out = []
    for ch in text:
        if ch in _BIDI:
            continue
        if ch == "\n" or ch == "\t":
            out.append(ch if multiline else " ")
            continue
        if unicodedata.category(ch) in ("Cc", "Cs", "Co"):
            continue
        out.append(ch)
    cleaned = "".join(out).strip()
    if multiline:
        cleaned = re.sub(r"\n{3,}", "\n\n", cleaned)
    if len(cleaned) > limit:
        raise ValidationError(field_name, "too_long", limit)
    return cleaned


def check_passphrase(passphrase: str, field_name: str = "passphrase") -> str:
    """Refuse passphrases that are too short or too long (they are otherwise used exactly as typed)."""
    if len(passphrase or "") < MIN_PASSPHRASE:
        raise ValidationError(field_name, "passphrase_short", MIN_PASSPHRASE)
    if len(passphrase) > MAX_PASSPHRASE or "\x00" in passphrase:
        raise ValidationError(field_name, "passphrase_long", MAX_PASSPHRASE)
    return passphrase


def check_nickname(nickname: str) -> str:
    """A cleaned nickname (1-40 characters, one line)."""
    name = clean_text(nickname, "nickname", MAX_NICKNAME)
    if not name:
        raise ValidationError("nickname", "required")
    return name


def as_local_aware(moment: datetime) -> datetime:
    """A naive datetime is local wall-clock time; give it the local offset."""
    return moment.astimezone() if moment.tzinfo is None else moment


def check_when(moment: datetime, now: datetime) -> datetime:
    """Refuse a date more than a few minutes in the future or implausibly old; drop seconds' fraction."""
    # Before anything converts it: Windows raises OSError for local times before 1970.
    if moment.year < EARLIEST_YEAR:
        raise ValidationError("when", "too_old")
    aware = as_local_aware(moment).replace(microsecond=0)
    if aware > as_local_aware(now) + FUTURE_SLACK:
        raise ValidationError("when", "future")
    if aware.year < EARLIEST_YEAR:
        raise ValidationError("when", "too_old")
    return aware
