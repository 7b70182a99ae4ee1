"""One unlocked contact log: entries, the person's details, the form's draft, backups and exports.

`ContactLog` owns the one open SQLCipher connection of an unlocked log (the folder of logs is
`desktop.core.log_folder.LogStore`). Every save is one transaction; the database runs in WAL mode
with `synchronous=FULL`, so a committed entry survives a crash or a power cut.
"""

from __future__ import annotations

import contextlib
import json
import os
from collections.abc import Iterable, Iterator
from datetime import datetime
from pathlib import Path

from sqlcipher3 import dbapi2 as sqlcipher

from desktop.core import atomic, log_keys
from desktop.core.anumber import normalise_a_number
from desktop.core.attachments import check_attachment
from desktop.core.log_export import CsvLabels, atomic_write_bytes, csv_bytes
from desktop.core.log_files import (
    EXPORT_KINDS,
    ExportRecord,
    export_still_ours,
    fingerprint,
    schema_copies,
)
from desktop.core.log_keys import KdfParams, derive_key, kdf_of_salt, raw_key, read_salt
from desktop.core.log_model import (
    MAX_SHORT_TEXT,
    Attachment,
    ContactLogError,
    DeletedEntry,
    Entry,
    EntryDraft,
    ExportFailed,
    LogLocked,
    PersonDetails,
    StorageFailed,
    ValidationError,
    WrongPassphrase,
    clean_text,
)
from desktop.core.log_rows import (
    ENTRY_COLUMNS,
    clean_draft,
    entry_columns,
    entry_from_row,
    iso,
    parse,
    storage_errors,
    utcnow,
)
from desktop.core.log_schema import DamagedFile, check_key, integrity_problems
from desktop.core.passphrase import check_new_passphrase


class ContactLog:
    """One unlocked log: owns its SQLCipher connection until `close()` (the Lock button)."""

    def __init__(
        self,
        nickname: str,
        path: Path,
        conn: sqlcipher.Connection,
        kdf: KdfParams | None = None,
    ) -> None:
        self.nickname = nickname
        self.path = path
        self.kdf = kdf or log_keys.DEFAULT_KDF
        self._conn: sqlcipher.Connection | None = conn

    # -- plumbing -------------------------------------------------------------------------------

    @property
    def closed(self) -> bool:
        """True once the log is locked."""
        return self._conn is None

    def _db(self) -> sqlcipher.Connection:
        if self._conn is None:
            raise LogLocked()
        return self._conn

    @contextlib.contextmanager
    def _transaction(self) -> Iterator[sqlcipher.Connection]:
        """One save = one transaction: all of it is committed, or none of it."""
        conn = self._db()
        try:
            conn.execute("BEGIN IMMEDIATE")
        except sqlcipher.OperationalError as exc:
            raise StorageFailed(str(exc)) from exc
        try:
            yield conn
            conn.execute("COMMIT")
        except BaseException as exc:
            if conn.in_transaction:
                with contextlib.suppress(sqlcipher.Error):
                    conn.execute("ROLLBACK")
            if isinstance(exc, sqlcipher.OperationalError | sqlcipher.DatabaseError):
                # Disk full, file locked by another program, USB stick pulled: nothing was saved.
                raise StorageFailed(str(exc)) from exc
            raise

    def close(self) -> None:
        """Lock: close the database (idempotent). Later calls raise LogLocked."""
        conn, self._conn = self._conn, None
        if conn is not None:
            with contextlib.suppress(sqlcipher.Error):
                # Fold the WAL into the database so the folder holds one file at rest.
                conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
            conn.close()

    def __enter__(self) -> ContactLog:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def schema_version(self) -> int:
        """The database's schema version (PRAGMA user_version)."""
        return int(self._db().execute("PRAGMA user_version").fetchone()[0])

    def integrity_ok(self) -> bool:
        """Run SQLCipher's and SQLite's checks now."""
        return not integrity_problems(self._db())

    # -- entries --------------------------------------------------------------------------------

    def add(self, draft: EntryDraft, *, now: datetime | None = None) -> int:
        """Save a new entry with its attachments in one transaction; return its id once committed."""
        moment = now or utcnow()
        values = entry_columns(draft, moment)
        checked = [check_attachment(a) for a in draft.attachments]
        with self._transaction() as conn:
            cur = conn.execute(
                "INSERT INTO entries(made_at, when_at, when_ts, method, contact, office, person,"
                " outcome, appointment, notes) VALUES (:made_at, :when_at, :when_ts, :method,"
                " :contact, :office, :person, :outcome, :appointment, :notes)",
                {**values, "made_at": utcnow().isoformat()},
            )
            entry_id = int(cur.lastrowid or 0)
            for att in checked:
                conn.execute(
                    "INSERT INTO attachments(entry_id, name, mime, data) VALUES (?, ?, ?, ?)",
                    (entry_id, att.name, att.mime, att.data),
                )
        return entry_id

    def update(
        self,
        entry_id: int,
        draft: EntryDraft,
        remove_attachments: Iterable[int] = (),
        *,
        now: datetime | None = None,
    ) -> None:
        """Replace an entry's fields, add the draft's new attachments, drop `remove_attachments`."""
        values = entry_columns(draft, now or utcnow())
        checked = [check_attachment(a) for a in draft.attachments]
        with self._transaction() as conn:
            cur = conn.execute(
                "UPDATE entries SET when_at=:when_at, when_ts=:when_ts, method=:method,"
                " contact=:contact, office=:office, person=:person, outcome=:outcome,"
                " appointment=:appointment, notes=:notes, updated_at=:updated_at WHERE id=:id",
                {**values, "updated_at": utcnow().isoformat(), "id": entry_id},
            )
            if cur.rowcount != 1:
                raise ValidationError("entry", "no_entry")
            for att_id in remove_attachments:
                conn.execute(
                    "DELETE FROM attachments WHERE id=? AND entry_id=?", (att_id, entry_id)
                )
            for att in checked:
                conn.execute(
                    "INSERT INTO attachments(entry_id, name, mime, data) VALUES (?, ?, ?, ?)",
                    (entry_id, att.name, att.mime, att.data),
                )

    @storage_errors
    def delete(self, entry_id: int) -> DeletedEntry:
        """Delete an entry and its attachments; return what is needed to undo it."""
        entry = self.entry(entry_id)
        blobs = tuple(self.attachment_data(a.id) for a in entry.attachments)
        with self._transaction() as conn:
            conn.execute("DELETE FROM attachments WHERE entry_id=?", (entry_id,))
            conn.execute("DELETE FROM entries WHERE id=?", (entry_id,))
        return DeletedEntry(entry, blobs)

    def undelete(self, deleted: DeletedEntry) -> int:
        """Put a deleted entry back exactly as it was (same id and attachments)."""
        e = deleted.entry
        with self._transaction() as conn:
            conn.execute(
                "INSERT INTO entries(id, made_at, when_at, when_ts, method, contact, office, person,"
                " outcome, appointment, notes, updated_at) VALUES (?,?,?,?,?,?,?,?,?,?,?,?)",
                (
                    e.id,
                    e.made_at.isoformat(),
                    e.when.isoformat(),
                    int(e.when.timestamp()),
                    e.method.value,
                    e.contact,
                    e.office,
                    e.person,
                    e.outcome.value,
                    iso(e.appointment),
                    e.notes,
                    iso(e.updated_at),
                ),
            )
            for att, data in zip(e.attachments, deleted.attachment_bytes, strict=True):
                conn.execute(
                    "INSERT INTO attachments(id, entry_id, name, mime, data) VALUES (?,?,?,?,?)",
                    (att.id, e.id, att.name, att.mime, data),
                )
        return e.id

    def _attachments_by_entry(self, entry_id: int | None = None) -> dict[int, list[Attachment]]:
        sql = "SELECT id, entry_id, name, mime, length(data) FROM attachments"
        params: tuple[int, ...] = ()
        if entry_id is not None:
            sql += " WHERE entry_id=?"
            params = (entry_id,)
        out: dict[int, list[Attachment]] = {}
        for att_id, owner, name, mime, size in self._db().execute(sql + " ORDER BY id", params):
            out.setdefault(int(owner), []).append(Attachment(int(att_id), name, mime, int(size)))
        return out

    def entries(self) -> list[Entry]:
        """Every entry, newest first (by when the attempt happened, then by id)."""
        atts = self._attachments_by_entry()
        rows = self._db().execute(
            f"SELECT {ENTRY_COLUMNS} FROM entries ORDER BY when_ts DESC, id DESC"
        )
        return [entry_from_row(r, atts.get(int(r[0]), [])) for r in rows]

    def entry(self, entry_id: int) -> Entry:
        """One entry by id (ValidationError code no_entry if it does not exist)."""
        row = (
            self._db()
            .execute(f"SELECT {ENTRY_COLUMNS} FROM entries WHERE id=?", (entry_id,))
            .fetchone()
        )
        if row is None:
            raise ValidationError("entry", "no_entry")
        return entry_from_row(row, self._attachments_by_entry(entry_id).get(entry_id, []))

    def count(self) -> int:
        """How many entries the log holds."""
        return int(self._db().execute("SELECT count(*) FROM entries").fetchone()[0])

    def attachment_data(self, attachment_id: int) -> bytes:
        """The stored bytes of one attachment."""
        row = (
            self._db()
            .execute("SELECT data FROM attachments WHERE id=?", (attachment_id,))
            .fetchone()
        )
        if row is None:
            raise ValidationError("attachment", "no_entry")
        return bytes(row[0])

    # -- details --------------------------------------------------------------------------------

    def details(self) -> PersonDetails:
        """The person's optional details for the record."""
        values = dict(self._db().execute("SELECT key, value FROM details").fetchall())
        return PersonDetails(name=values.get("name", ""), a_number=values.get("a_number", ""))

    def set_details(self, details: PersonDetails) -> PersonDetails:
        """Validate and save the person's details (one transaction); return them as stored."""
        clean = PersonDetails(
            name=clean_text(details.name, "name", MAX_SHORT_TEXT),
            a_number=normalise_a_number(details.a_number),
        )
        with self._transaction() as conn:
            for key, value in (("name", clean.name), ("a_number", clean.a_number)):
                conn.execute(
                    "INSERT OR REPLACE INTO details(key, value) VALUES (?, ?)", (key, value)
                )
        return clean

    # -- the entry form's draft ------------------------------------------------------------------

    @storage_errors
    def save_draft(self, fields: dict[str, str]) -> None:
        """Keep the unsaved entry form (encrypted, inside the log) until it is saved or discarded."""
        clean = clean_draft(fields)
        with self._transaction() as conn:
            conn.execute(
                "INSERT OR REPLACE INTO draft(id, fields, saved_at) VALUES (1, ?, ?)",
                (json.dumps(clean, ensure_ascii=False), utcnow().isoformat()),
            )

    def load_draft(self) -> dict[str, str] | None:
        """The kept draft of the entry form, or None."""
        row = self._db().execute("SELECT fields FROM draft WHERE id = 1").fetchone()
        if row is None:
            return None
        try:
            return clean_draft(json.loads(row[0]))
        except (ValueError, ValidationError, RecursionError):
            return None

    @storage_errors
    def clear_draft(self) -> None:
        """Forget the kept draft (after the entry was saved or the person discarded it)."""
        with self._transaction() as conn:
            conn.execute("DELETE FROM draft")

    # -- passphrase -----------------------------------------------------------------------------

    def passphrase_matches(self, passphrase: str) -> bool:
        """True when `passphrase` unlocks this log (asked again before deleting it, for example)."""
        self._db()  # a locked log answers LogLocked, not False
        probe = log_keys.connect(str(self.path), log_keys.key_for_file(self.path, passphrase))
        try:
            check_key(probe)
        except (ContactLogError, DamagedFile):
            return False
        probe.close()
        return True

    @storage_errors
    def change_passphrase(self, old: str, new: str) -> None:
        """Re-encrypt the log with a new passphrase (the old one must be given again)."""
        check_new_passphrase(new, self.nickname, "new_passphrase")
        if not self.passphrase_matches(old):
            raise WrongPassphrase()
        salt = read_salt(self.path)
        kdf = kdf_of_salt(salt)
        conn = self._db()
        if kdf is None:
            conn.reset_key(new)
        else:
            # sqlite3_rekey re-encrypts every page in place, WAL included; the salt is kept.
            new_key = raw_key(derive_key(new, salt, kdf), b"")
            conn.execute(f'PRAGMA rekey = "{new_key}"')
        # Copies kept before a schema upgrade still open with the old passphrase.
        for copy in schema_copies(self.path.parent, self.path.stem):
            atomic.secure_remove(copy)

    # -- exports --------------------------------------------------------------------------------

    def export_backup(self, path: Path, backup_passphrase: str) -> None:
        """Write an encrypted copy of the whole log, with its own passphrase, atomically."""
        check_new_passphrase(backup_passphrase, self.nickname, "backup_passphrase")
        path = Path(path)
        conn = self._db()
        tmp = atomic.temp_path_for(path)
        salt = log_keys.new_salt(self.kdf)
        key = raw_key(derive_key(backup_passphrase, salt, self.kdf), salt)
        try:
            atomic.create_private_file(tmp)
            conn.execute("ATTACH DATABASE ? AS backup KEY ?", (str(tmp), key))
            try:
                conn.execute("SELECT sqlcipher_export('backup')")
                conn.execute(f"PRAGMA backup.user_version = {self.schema_version()}")
                # A backup carries no list of this PC's files and no half-typed form.
                conn.execute("DELETE FROM backup.exports")
                conn.execute("DELETE FROM backup.draft")
            finally:
                conn.execute("DETACH DATABASE backup")
            atomic.make_private(tmp)
            with open(tmp, "rb+") as fh:
                os.fsync(fh.fileno())
            atomic.replace(tmp, path)
            atomic.fsync_dir(path.parent)
        except (OSError, sqlcipher.OperationalError) as exc:
            with contextlib.suppress(OSError):
                tmp.unlink()
            reason = exc.strerror if isinstance(exc, OSError) and exc.strerror else str(exc)
            raise ExportFailed(path, reason) from exc
        self.record_export(path, "backup")

    def export_csv(self, path: Path, labels: CsvLabels | None = None) -> None:
        """Write the log as a spreadsheet-safe CSV file, atomically (not encrypted: say so)."""
        atomic_write_bytes(Path(path), csv_bytes(reversed(self.entries()), self.details(), labels))
        self.record_export(Path(path), "csv")

    @storage_errors
    def record_export(self, path: Path, kind: str) -> None:
        """Remember a file saved from this log (kind: backup, csv or pdf) to offer it at delete."""
        if kind not in EXPORT_KINDS:
            raise ValueError(f"unknown export kind {kind!r}")
        where = Path(os.path.abspath(path))
        try:
            mark: str | None = fingerprint(where, kind)
        except OSError:
            mark = None
        with self._transaction() as conn:
            conn.execute(
                "INSERT OR REPLACE INTO exports(path, kind, made_at, fingerprint) VALUES (?,?,?,?)",
                (str(where), kind, utcnow().isoformat(), mark),
            )

    def exports(self) -> list[ExportRecord]:
        """Every file this log saved (backups, CSV, PDF), oldest first, existing or not."""
        rows = self._db().execute(
            "SELECT path, kind, made_at, fingerprint FROM exports ORDER BY made_at, path"
        )
        out = []
        for path, kind, made_at, mark in rows:
            made = parse(made_at)
            if kind in EXPORT_KINDS and made is not None:
                out.append(ExportRecord(Path(path), kind, made, mark))
        return out

    def deletable_exports(self) -> list[ExportRecord]:
        """The exports that may be offered for deletion: still the same file, on a fixed drive."""
        return [r for r in self.exports() if export_still_ours(r)]

    def made_backups(self) -> list[ExportRecord]:
        """The backups of this log that may be deleted with it (see deletable_exports)."""
        return [r for r in self.deletable_exports() if r.kind == "backup"]
