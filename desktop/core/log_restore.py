"""Restore checks before it trusts: a backup is opened read-only and every part of it is checked.

A backup must have exactly the schema our migrations make for its version (so no trigger, view,
virtual table or extra table), and every value must be one the app could have written (known
methods and outcomes, real dates, sizes within limits, only the picture and PDF types the app
stores). Only then are the known columns copied, row by row, into a new log built from our own
schema; the backup's list of exports is never copied. Anything else: BackupDamaged, nothing written.
"""

from __future__ import annotations

import contextlib
import json
from collections.abc import Callable
from datetime import datetime
from pathlib import Path
from typing import Any

from sqlcipher3 import dbapi2 as sqlcipher

from desktop.core.anumber import normalise_a_number
from desktop.core.attachments import MAX_ATTACHMENT_BYTES, sniff_type
from desktop.core.log_keys import connect, key_for_file, read_salt, sqlite_uri
from desktop.core.log_model import (
    EARLIEST_YEAR,
    MAX_NOTES,
    MAX_SHORT_TEXT,
    BackupDamaged,
    ContactLogError,
    LogNotFound,
    LogTooNew,
    Method,
    Outcome,
)
from desktop.core.log_schema import (
    SCHEMA_VERSION,
    DamagedFile,
    check_key,
    expected_schema,
    schema_of,
)

Progress = Callable[[int, int], None]
# The only attachment types the app stores (pictures are re-encoded to PNG or JPEG).
STORED_TYPES = {"image/png": "png", "image/jpeg": "jpeg", "application/pdf": "pdf"}
_METHODS = {m.value for m in Method}
_OUTCOMES = {o.value for o in Outcome}
_ENTRY_V1 = (
    "id, made_at, when_at, when_ts, method, contact, office, person, outcome, appointment, notes"
)
_PROGRESS_EVERY = 200


class _Bad(Exception):
    """Internal: one value a log never holds."""


def _date(value: Any, *, optional: bool = False, aware: bool = True) -> None:
    if value is None and optional:
        return
    if not isinstance(value, str) or len(value) > 40:
        raise _Bad("date")
    try:
        moment = datetime.fromisoformat(value)
    except ValueError as exc:
        raise _Bad("date") from exc
    if aware and moment.tzinfo is None:
        raise _Bad("date without zone")
    if not EARLIEST_YEAR <= moment.year <= 2200:
        raise _Bad("date out of range")


def _text(value: Any, limit: int, *, multiline: bool = False) -> None:
    if not isinstance(value, str) or len(value) > limit:
        raise _Bad("text")
    allowed = "\n\t" if multiline else ""
    if any(ord(c) < 32 and c not in allowed for c in value):
        raise _Bad("control character")


def _check_entry(row: tuple[Any, ...], has_updated: bool) -> None:
    entry_id, made_at, when_at, when_ts, method, contact, office, person, outcome, appt, notes = (
        row[:11]
    )
    if not isinstance(entry_id, int) or entry_id < 1 or not isinstance(when_ts, int):
        raise _Bad("entry id")
    _date(made_at)
    _date(when_at)
    _date(appt, optional=True, aware=False)
    if has_updated:
        _date(row[11], optional=True)
    if method not in _METHODS or outcome not in _OUTCOMES:
        raise _Bad("unknown method or outcome")
    for value in (contact, office, person):
        _text(value, MAX_SHORT_TEXT)
    _text(notes, MAX_NOTES, multiline=True)


def _check_attachment(row: tuple[Any, ...]) -> None:
    att_id, entry_id, name, mime, kind, size, head = row
    if not isinstance(att_id, int) or not isinstance(entry_id, int):
        raise _Bad("attachment id")
    _text(name, MAX_SHORT_TEXT)
    if "/" in name or "\\" in name:
        raise _Bad("attachment name")
    if mime not in STORED_TYPES or kind != "blob" or not 0 < size <= MAX_ATTACHMENT_BYTES:
        raise _Bad("attachment type or size")
    if sniff_type(bytes(head)) != STORED_TYPES[mime]:
        raise _Bad("attachment content is not its type")


def _check_detail(row: tuple[Any, ...]) -> None:
    key, value = row
    if key == "name":
        _text(value, MAX_SHORT_TEXT)
    elif key == "a_number":
        try:
            ok = isinstance(value, str) and normalise_a_number(value) == value
        except ContactLogError:
            ok = False
        if not ok:
            raise _Bad("a_number")
    else:
        raise _Bad("unknown detail")


def _check_draft(row: tuple[Any, ...]) -> None:
    from desktop.core.log_rows import clean_draft

    draft_id, fields, saved_at = row
    if draft_id != 1 or not isinstance(fields, str) or len(fields) > 200_000:
        raise _Bad("draft")
    _date(saved_at)
    try:
        clean_draft(json.loads(fields))
    except (ValueError, ContactLogError, RecursionError) as exc:
        raise _Bad("draft") from exc


class CheckedBackup:
    """A backup opened read-only and checked; `copy_into` makes a log of it. Close when done."""

    def __init__(self, path: Path, conn: sqlcipher.Connection, version: int, entries: int) -> None:
        self.path = path
        self.version = version
        self.entry_count = entries
        self._conn: sqlcipher.Connection | None = conn

    def close(self) -> None:
        """Close the backup file (idempotent)."""
        conn, self._conn = self._conn, None
        if conn is not None:
            conn.close()

    def copy_into(self, dest: Path, dest_key: str) -> None:
        """Copy the known columns into a new, empty log at `dest` (made by our migrations)."""
        conn = self._conn
        if conn is None:
            raise ValueError("the backup was closed")
        entry_cols = _ENTRY_V1 + (", updated_at" if self.version >= 2 else "")
        conn.execute("ATTACH DATABASE ? AS dest KEY ?", (str(dest), dest_key))
        try:
            conn.execute("BEGIN")
            conn.execute(
                f"INSERT INTO dest.entries({entry_cols}) SELECT {entry_cols} FROM main.entries"
            )
            conn.execute(
                "INSERT INTO dest.attachments(id, entry_id, name, mime, data)"
                " SELECT id, entry_id, name, mime, data FROM main.attachments"
            )
            conn.execute("INSERT INTO dest.details(key, value) SELECT key, value FROM main.details")
            if self.version >= 3:
                conn.execute(
                    "INSERT INTO dest.draft(id, fields, saved_at)"
                    " SELECT id, fields, saved_at FROM main.draft"
                )
            conn.execute("COMMIT")
        except BaseException:
            with contextlib.suppress(sqlcipher.Error):
                conn.execute("ROLLBACK")
            raise
        finally:
            conn.execute("DETACH DATABASE dest")


def check_backup(path: Path, passphrase: str, progress: Progress | None = None) -> CheckedBackup:
    """Open and check a backup (see the module docstring); raises before anything is written."""
    if not path.is_file():
        raise LogNotFound()
    if not read_salt(path):
        raise BackupDamaged(path, "too short")
    conn = connect(sqlite_uri(path, read_only=True), key_for_file(path, passphrase), uri=True)
    try:
        check_key(conn)
    except DamagedFile as exc:
        raise BackupDamaged(path, str(exc)) from exc
    try:
        return _check_open_backup(path, conn, progress or (lambda done, total: None))
    except _Bad as exc:
        conn.close()
        raise BackupDamaged(path, str(exc)) from exc
    except sqlcipher.DatabaseError as exc:
        conn.close()
        raise BackupDamaged(path, str(exc)) from exc
    except BaseException:
        conn.close()
        raise


def _check_open_backup(path: Path, conn: sqlcipher.Connection, progress: Progress) -> CheckedBackup:
    version = int(conn.execute("PRAGMA user_version").fetchone()[0])
    if version > SCHEMA_VERSION:
        raise LogTooNew()
    if version < 1 or schema_of(conn, "main") != expected_schema(version):
        raise _Bad("not the schema of a contact log")
    counts = [
        int(conn.execute(f"SELECT count(*) FROM {table}").fetchone()[0])
        for table in ("entries", "attachments", "details")
    ]
    # Steps: each page twice (SQLCipher's page check, SQLite's quick check), then each row.
    pages = int(conn.execute("PRAGMA page_count").fetchone()[0])
    total = 2 * pages + sum(counts)
    progress(0, total)
    for step, pragma in enumerate(("cipher_integrity_check", "main.quick_check"), start=1):
        if [r[0] for r in conn.execute(f"PRAGMA {pragma}").fetchall() if r[0] != "ok"]:
            raise _Bad("integrity check failed")
        progress(step * pages, total)
    done = 2 * pages
    has_updated = version >= 2
    queries = (
        (
            f"SELECT {_ENTRY_V1}{', updated_at' if has_updated else ''} FROM entries",
            lambda r: _check_entry(r, has_updated),
        ),
        (
            "SELECT id, entry_id, name, mime, typeof(data), length(data), substr(data, 1, 16) FROM attachments",
            _check_attachment,
        ),
        ("SELECT key, value FROM details", _check_detail),
    )
    for sql, check in queries:
        for row in conn.execute(sql):
            check(row)
            done += 1
            if done % _PROGRESS_EVERY == 0:
                progress(done, total)
    if version >= 3:
        for row in conn.execute("SELECT id, fields, saved_at FROM draft"):
            _check_draft(row)
    if conn.execute("PRAGMA foreign_key_check").fetchall():
        raise _Bad("attachment without its entry")
    progress(total, total)
    return CheckedBackup(path, conn, version, counts[0])
