"""The encrypted contact log store: one SQLCipher database per person, under an opaque file name.

`LogStore` knows the folder (which file belongs to which nickname); `ContactLog` owns the one open
connection of an unlocked log. Every save is one transaction; the database runs in WAL mode with
`synchronous=FULL`, so a committed entry survives a crash or a power cut.
"""

from __future__ import annotations

import contextlib
import functools
import json
import os
import secrets
import shutil
from collections.abc import Callable, Iterable, Iterator
from datetime import UTC, datetime
from pathlib import Path
from typing import Any, NoReturn, ParamSpec, TypeVar

from sqlcipher3 import dbapi2 as sqlcipher

from desktop.core.anumber import normalise_a_number
from desktop.core.attachments import check_attachment
from desktop.core.log_export import (
    CsvLabels,
    atomic_write_bytes,
    csv_bytes,
    fsync_dir,
    temp_path_for,
)
from desktop.core.log_model import (
    MAX_NOTES,
    MAX_SHORT_TEXT,
    Attachment,
    ContactLogError,
    DeletedEntry,
    Entry,
    EntryDraft,
    ExportFailed,
    LogCorrupt,
    LogExists,
    LogLocked,
    LogNotFound,
    LogTooNew,
    Method,
    Outcome,
    PersonDetails,
    StorageFailed,
    ValidationError,
    WrongPassphrase,
    check_nickname,
    check_passphrase,
    check_when,
    clean_text,
)

P = ParamSpec("P")
R = TypeVar("R")

INDEX_FILE = "logs.json"
DAMAGED_DIR = "damaged"
DB_SUFFIX = ".db"

# Schema versions, applied in order; user_version says how many have run. Never edit a shipped
# step: add a new one.
MIGRATIONS: tuple[str, ...] = (
    # v1: the first schema.
    """
    CREATE TABLE entries(
        id INTEGER PRIMARY KEY,
        made_at TEXT NOT NULL,
        when_at TEXT NOT NULL,
        when_ts INTEGER NOT NULL,
        method TEXT NOT NULL,
        contact TEXT NOT NULL DEFAULT '',
        office TEXT NOT NULL DEFAULT '',
        person TEXT NOT NULL DEFAULT '',
        outcome TEXT NOT NULL,
        appointment TEXT,
        notes TEXT NOT NULL DEFAULT ''
    );
    CREATE INDEX entries_when ON entries(when_ts);
    CREATE TABLE attachments(
        id INTEGER PRIMARY KEY,
        entry_id INTEGER NOT NULL REFERENCES entries(id) ON DELETE CASCADE,
        name TEXT NOT NULL,
        mime TEXT NOT NULL,
        data BLOB NOT NULL
    );
    CREATE TABLE details(key TEXT PRIMARY KEY, value TEXT NOT NULL);
    """,
    # v2: when an entry was last edited; the backup files this log wrote (to delete them with it).
    """
    ALTER TABLE entries ADD COLUMN updated_at TEXT;
    CREATE INDEX attachments_entry ON attachments(entry_id);
    CREATE TABLE backups(path TEXT PRIMARY KEY, made_at TEXT NOT NULL);
    """,
)
SCHEMA_VERSION = len(MIGRATIONS)


def _utcnow() -> datetime:
    return datetime.now(UTC).replace(microsecond=0)


def _connect(target: str, passphrase: str, *, uri: bool = False) -> sqlcipher.Connection:
    """Open a connection and set its key; nothing is read yet."""
    conn = sqlcipher.connect(target, isolation_level=None, uri=uri, check_same_thread=False)
    # SQLCipher logs "ERROR CORE ..." to stderr on a wrong key: never show that to people.
    conn.execute("PRAGMA cipher_log_level = NONE")
    # set_key passes the passphrase through sqlite3_key as bytes: no SQL quoting involved.
    conn.set_key(passphrase)
    return conn


def _check_key(conn: sqlcipher.Connection) -> None:
    """First read: a wrong key (or an unreadable first page) raises WrongPassphrase."""
    try:
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
    except sqlcipher.DatabaseError as exc:
        conn.close()
        if "not a database" in str(exc) or "encrypted" in str(exc):
            raise WrongPassphrase() from exc
        # The key opened the first page but the file is malformed.
        raise _DamagedFile(str(exc)) from exc


class _DamagedFile(Exception):
    """Internal: the key is right but the file is damaged (turned into LogCorrupt)."""


def _integrity_problems(conn: sqlcipher.Connection) -> list[str]:
    """Problems found by SQLCipher's page HMAC check and SQLite's quick check ([] when healthy)."""
    try:
        problems = [str(r[0]) for r in conn.execute("PRAGMA cipher_integrity_check").fetchall()]
        quick = [str(r[0]) for r in conn.execute("PRAGMA quick_check").fetchall()]
    except sqlcipher.DatabaseError as exc:
        return [str(exc)]
    return problems + [q for q in quick if q != "ok"]


def _apply_migrations(conn: sqlcipher.Connection, upto: int = SCHEMA_VERSION) -> None:
    """Run the schema steps the database has not had yet, each in its own transaction."""
    current = int(conn.execute("PRAGMA user_version").fetchone()[0])
    for version in range(current + 1, upto + 1):
        conn.execute("BEGIN IMMEDIATE")
        try:
            for statement in MIGRATIONS[version - 1].split(";"):
                if statement.strip():
                    conn.execute(statement)
            # PRAGMA values cannot be bound; `version` is our own integer.
            conn.execute(f"PRAGMA user_version = {int(version)}")
            conn.execute("COMMIT")
        except BaseException:
            conn.execute("ROLLBACK")
            raise


def _set_durable_pragmas(conn: sqlcipher.Connection) -> None:
    """WAL + synchronous=FULL: a committed transaction is on disk before commit returns."""
    conn.execute("PRAGMA journal_mode = WAL")
    conn.execute("PRAGMA synchronous = FULL")
    conn.execute("PRAGMA foreign_keys = ON")
    # Sorting temp files stay in memory; freed pages are zeroed.
    conn.execute("PRAGMA temp_store = MEMORY")
    conn.execute("PRAGMA secure_delete = ON")
    conn.execute("PRAGMA busy_timeout = 5000")


def _iso(moment: datetime | None) -> str | None:
    return None if moment is None else moment.isoformat()


def _parse(text: str | None) -> datetime | None:
    return None if text is None else datetime.fromisoformat(text)


def _storage_errors(func: Callable[P, R]) -> Callable[P, R]:
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


class ContactLog:
    """One unlocked log: owns its SQLCipher connection until `close()` (the Lock button)."""

    def __init__(self, nickname: str, path: Path, conn: sqlcipher.Connection) -> None:
        self.nickname = nickname
        self.path = path
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
        return not _integrity_problems(self._db())

    # -- entries --------------------------------------------------------------------------------

    def _clean(self, draft: EntryDraft, now: datetime) -> dict[str, Any]:
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
            "appointment": _iso(appointment),
            "notes": clean_text(draft.notes, "notes", MAX_NOTES, multiline=True),
        }

    def add(self, draft: EntryDraft, *, now: datetime | None = None) -> int:
        """Save a new entry with its attachments in one transaction; return its id once committed."""
        moment = now or _utcnow()
        values = self._clean(draft, moment)
        checked = [check_attachment(a) for a in draft.attachments]
        with self._transaction() as conn:
            cur = conn.execute(
                "INSERT INTO entries(made_at, when_at, when_ts, method, contact, office, person,"
                " outcome, appointment, notes) VALUES (:made_at, :when_at, :when_ts, :method,"
                " :contact, :office, :person, :outcome, :appointment, :notes)",
                {**values, "made_at": _utcnow().isoformat()},
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
        values = self._clean(draft, now or _utcnow())
        checked = [check_attachment(a) for a in draft.attachments]
        with self._transaction() as conn:
            cur = conn.execute(
                "UPDATE entries SET when_at=:when_at, when_ts=:when_ts, method=:method,"
                " contact=:contact, office=:office, person=:person, outcome=:outcome,"
                " appointment=:appointment, notes=:notes, updated_at=:updated_at WHERE id=:id",
                {**values, "updated_at": _utcnow().isoformat(), "id": entry_id},
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

    @_storage_errors
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
                    _iso(e.appointment),
                    e.notes,
                    _iso(e.updated_at),
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

    _ENTRY_COLUMNS = "id, when_at, method, outcome, contact, office, person, appointment, notes, made_at, updated_at"

    @staticmethod
    def _row_to_entry(row: tuple[Any, ...], attachments: list[Attachment]) -> Entry:
        when = _parse(row[1])
        made = _parse(row[9])
        assert when is not None and made is not None
        return Entry(
            id=int(row[0]),
            when=when,
            method=Method(row[2]),
            outcome=Outcome(row[3]),
            contact=row[4],
            office=row[5],
            person=row[6],
            appointment=_parse(row[7]),
            notes=row[8],
            attachments=tuple(attachments),
            made_at=made,
            updated_at=_parse(row[10]),
        )

    def entries(self) -> list[Entry]:
        """Every entry, newest first (by when the attempt happened, then by id)."""
        atts = self._attachments_by_entry()
        rows = self._db().execute(
            f"SELECT {self._ENTRY_COLUMNS} FROM entries ORDER BY when_ts DESC, id DESC"
        )
        return [self._row_to_entry(r, atts.get(int(r[0]), [])) for r in rows]

    def entry(self, entry_id: int) -> Entry:
        """One entry by id (ValidationError code no_entry if it does not exist)."""
        row = (
            self._db()
            .execute(f"SELECT {self._ENTRY_COLUMNS} FROM entries WHERE id=?", (entry_id,))
            .fetchone()
        )
        if row is None:
            raise ValidationError("entry", "no_entry")
        return self._row_to_entry(row, self._attachments_by_entry(entry_id).get(entry_id, []))

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

    # -- passphrase, backups, exports -----------------------------------------------------------

    def change_passphrase(self, old: str, new: str) -> None:
        """Re-encrypt the log with a new passphrase (the old one must be given again)."""
        check_passphrase(new, "new_passphrase")
        probe = _connect(str(self.path), old)
        try:
            _check_key(probe)
        finally:
            probe.close()
        # sqlite3_rekey (PRAGMA rekey) re-encrypts every page in place, WAL included.
        self._db().reset_key(new)

    def export_backup(self, path: Path, backup_passphrase: str) -> None:
        """Write an encrypted copy of the whole log, with its own passphrase, atomically."""
        check_passphrase(backup_passphrase, "backup_passphrase")
        path = Path(path)
        conn = self._db()
        tmp = temp_path_for(path)
        try:
            conn.execute("ATTACH DATABASE ? AS backup KEY ?", (str(tmp), backup_passphrase))
            try:
                conn.execute("SELECT sqlcipher_export('backup')")
                conn.execute(f"PRAGMA backup.user_version = {self.schema_version()}")
                # A backup carries no list of this PC's backup files.
                conn.execute("DELETE FROM backup.backups")
            finally:
                conn.execute("DETACH DATABASE backup")
            with open(tmp, "rb+") as fh:
                os.fsync(fh.fileno())
            os.replace(tmp, path)
            fsync_dir(path.parent)
        except (OSError, sqlcipher.OperationalError) as exc:
            with contextlib.suppress(OSError):
                tmp.unlink()
            reason = exc.strerror if isinstance(exc, OSError) and exc.strerror else str(exc)
            raise ExportFailed(path, reason) from exc
        with self._transaction() as c:
            c.execute(
                "INSERT OR REPLACE INTO backups(path, made_at) VALUES (?, ?)",
                (str(path.resolve()), _utcnow().isoformat()),
            )

    def made_backups(self) -> list[Path]:
        """Backup files this log wrote that still exist (removed with the log)."""
        rows = self._db().execute("SELECT path FROM backups ORDER BY made_at").fetchall()
        return [Path(r[0]) for r in rows if Path(r[0]).exists()]

    def export_csv(self, path: Path, labels: CsvLabels | None = None) -> None:
        """Write the log as a spreadsheet-safe CSV file, atomically."""
        atomic_write_bytes(Path(path), csv_bytes(reversed(self.entries()), self.details(), labels))


class LogStore:
    """The logs folder: nicknames -> opaque database files. Holds no open connection."""

    def __init__(self, logs_dir: Path) -> None:
        self.logs_dir = Path(logs_dir)

    # -- the nickname index ---------------------------------------------------------------------

    def _index_path(self) -> Path:
        return self.logs_dir / INDEX_FILE

    def _read_index(self, recover: bool = True) -> dict[str, str]:
        """nickname -> file id. A damaged index is kept aside and rebuilt from the files present.

        `recover=False` while a new file is being registered (it would look like an orphan).
        """
        path = self._index_path()
        if not path.exists():
            return self._recover_orphans({}) if recover else {}
        try:
            raw = json.loads(path.read_text(encoding="utf-8"))
            logs = {str(k): str(v) for k, v in raw["logs"].items()}
            if any(not v.isalnum() for v in logs.values()):
                raise ValueError("bad file id")
        except (OSError, ValueError, KeyError, TypeError, AttributeError):
            self._keep_aside([path], "logs-index")
            return self._recover_orphans({}) if recover else {}
        return self._recover_orphans(logs) if recover else logs

    def _recover_orphans(self, logs: dict[str, str]) -> dict[str, str]:
        """Give a placeholder nickname to any log file the index does not name (never lose a log)."""
        if not self.logs_dir.is_dir():
            return logs
        known = set(logs.values())
        changed = False
        for db in sorted(self.logs_dir.glob("*" + DB_SUFFIX)):
            file_id = db.stem
            if file_id.isalnum() and file_id not in known:
                logs[f"log-{file_id[:6]}"] = file_id
                changed = True
        if changed:
            self._write_index(logs)
        return logs

    def _write_index(self, logs: dict[str, str]) -> None:
        self.logs_dir.mkdir(parents=True, exist_ok=True)
        data = json.dumps(
            {"version": 1, "logs": logs}, ensure_ascii=False, indent=1, sort_keys=True
        )
        atomic_write_bytes(self._index_path(), data.encode("utf-8"))

    def _register(self, name: str, file_id: str) -> None:
        """Add a nickname for a new file to the index."""
        logs = self._read_index(recover=False)
        logs[name] = file_id
        self._write_index(logs)

    def _find(self, nickname: str) -> tuple[str, str] | None:
        """(stored nickname, file id) matching case-insensitively, or None."""
        wanted = nickname.strip().casefold()
        for name, file_id in self._read_index().items():
            if name.casefold() == wanted:
                return name, file_id
        return None

    def _db_path(self, file_id: str) -> Path:
        return self.logs_dir / (file_id + DB_SUFFIX)

    def files_of(self, nickname: str) -> list[Path]:
        """Every file that belongs to this log in the logs folder (db, -wal, -shm, copies)."""
        found = self._find(nickname)
        if found is None:
            return []
        return sorted(p for p in self.logs_dir.glob(found[1] + "*") if p.is_file())

    # -- public API -----------------------------------------------------------------------------

    def list_logs(self) -> list[str]:
        """The nicknames of the logs on this computer, sorted case-insensitively."""
        return sorted(self._read_index(), key=str.casefold)

    def exists(self, nickname: str) -> bool:
        """True when a log with this nickname exists."""
        return self._find(nickname) is not None

    @_storage_errors
    def create(self, nickname: str, passphrase: str) -> ContactLog:
        """Create a new, empty, encrypted log and return it unlocked."""
        name = check_nickname(nickname)
        check_passphrase(passphrase)
        if self._find(name) is not None:
            raise LogExists()
        self.logs_dir.mkdir(parents=True, exist_ok=True)
        file_id = secrets.token_hex(8)
        path = self._db_path(file_id)
        conn = _connect(str(path), passphrase)
        try:
            _set_durable_pragmas(conn)
            _apply_migrations(conn)
        except BaseException:
            conn.close()
            for p in self.logs_dir.glob(file_id + "*"):
                p.unlink()
            raise
        self._register(name, file_id)
        return ContactLog(name, path, conn)

    @_storage_errors
    def open(self, nickname: str, passphrase: str) -> ContactLog:
        """Unlock a log. Wrong passphrase: WrongPassphrase, nothing changed. Damaged: LogCorrupt."""
        found = self._find(nickname)
        if found is None:
            raise LogNotFound()
        name, file_id = found
        path = self._db_path(file_id)
        if not path.exists():
            raise LogNotFound()
        return ContactLog(name, path, self._open_checked(name, path, passphrase))

    def _open_checked(self, name: str, path: Path, passphrase: str) -> sqlcipher.Connection:
        """Check key and integrity before anything can write; migrate; switch on durability."""
        if path.stat().st_size == 0:
            # SQLite would treat an empty file as a new database and write a schema into it.
            self._corrupt(name, path)
        wal = Path(str(path) + "-wal")
        if wal.exists() and wal.stat().st_size > 0:
            # After a crash the WAL holds committed work. Check read-only first: a read-write
            # connection would fold the WAL into the database when it closes, changing the file.
            probe = _connect(path.as_uri() + "?mode=ro", passphrase, uri=True)
            try:
                _check_key(probe)
            except _DamagedFile:
                self._corrupt(name, path)
            problems = _integrity_problems(probe)
            probe.close()
            if problems:
                self._corrupt(name, path)
        conn = _connect(str(path), passphrase)
        try:
            _check_key(conn)
        except _DamagedFile:
            self._corrupt(name, path)
        if _integrity_problems(conn):
            # With an empty WAL, closing writes nothing to the database file.
            conn.close()
            self._corrupt(name, path)
        try:
            version = int(conn.execute("PRAGMA user_version").fetchone()[0])
            if version > SCHEMA_VERSION:
                raise LogTooNew()
            if version == 0:
                # Readable but not a log we made (never had a schema): do not write into it.
                conn.close()
                self._corrupt(name, path)
            _set_durable_pragmas(conn)
            if version < SCHEMA_VERSION:
                self._copy_before_upgrade(conn, path, version)
                _apply_migrations(conn)
        except BaseException:
            conn.close()
            raise
        return conn

    def _copy_before_upgrade(self, conn: sqlcipher.Connection, path: Path, version: int) -> None:
        """Keep the database as it was before a schema upgrade (removed with the log)."""
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        copy = path.with_name(f"{path.stem}.v{version}-before-upgrade")
        shutil.copyfile(path, copy)

    def _keep_aside(self, files: list[Path], label: str) -> Path:
        """Move files, unchanged, into logs/damaged/ under a time-stamped name; return the first."""
        damaged = self.logs_dir / DAMAGED_DIR
        damaged.mkdir(parents=True, exist_ok=True)
        stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%SZ")
        first: Path | None = None
        for f in files:
            if not f.exists():
                continue
            target = damaged / f"{label}-{stamp}-{f.name}"
            os.replace(f, target)
            first = first or target
        fsync_dir(damaged)
        return first or damaged

    def _corrupt(self, name: str, path: Path) -> NoReturn:
        """Move a damaged log aside (bytes untouched), forget its nickname, raise LogCorrupt."""
        shm = Path(str(path) + "-shm")
        with contextlib.suppress(OSError):
            shm.unlink()  # shared memory is a cache, rebuilt from the WAL: not the person's data
        kept = self._keep_aside([path, Path(str(path) + "-wal")], "log")
        logs = self._read_index(recover=False)
        logs.pop(name, None)
        self._write_index(logs)
        raise LogCorrupt(kept)

    @_storage_errors
    def delete(self, nickname: str, also_remove: Iterable[Path] = ()) -> None:
        """Remove every file of the log (db, -wal, -shm, copies) and the backups in `also_remove`."""
        found = self._find(nickname)
        if found is None:
            raise LogNotFound()
        name, file_id = found
        for p in list(self.logs_dir.glob(file_id + "*")) + [Path(p) for p in also_remove]:
            with contextlib.suppress(FileNotFoundError):
                p.unlink()
        logs = self._read_index(recover=False)
        logs.pop(name, None)
        self._write_index(logs)

    @_storage_errors
    def restore_backup(
        self, backup_file: Path, backup_passphrase: str, nickname: str, new_passphrase: str
    ) -> ContactLog:
        """Make a new log from a backup file (read-only; the backup is never changed)."""
        name = check_nickname(nickname)
        check_passphrase(new_passphrase)
        backup_file = Path(backup_file)
        if not backup_file.is_file():
            raise LogNotFound()
        if self._find(name) is not None:
            raise LogExists()
        self.logs_dir.mkdir(parents=True, exist_ok=True)
        file_id = secrets.token_hex(8)
        path = self._db_path(file_id)
        src = _connect(backup_file.resolve().as_uri() + "?mode=ro", backup_passphrase, uri=True)
        try:
            _check_key(src)
        except _DamagedFile as exc:
            raise LogCorrupt(backup_file) from exc
        try:
            if _integrity_problems(src):
                raise LogCorrupt(backup_file)
            version = int(src.execute("PRAGMA user_version").fetchone()[0])
            if version > SCHEMA_VERSION:
                raise LogTooNew()
            if version < 1:
                raise LogCorrupt(backup_file)
            src.execute("ATTACH DATABASE ? AS restored KEY ?", (str(path), new_passphrase))
            src.execute("SELECT sqlcipher_export('restored')")
            src.execute(f"PRAGMA restored.user_version = {version}")
            src.execute("DETACH DATABASE restored")
        except BaseException:
            src.close()
            for p in self.logs_dir.glob(file_id + "*"):
                p.unlink()
            raise
        src.close()
        self._register(name, file_id)
        return ContactLog(name, path, self._open_checked(name, path, new_passphrase))
