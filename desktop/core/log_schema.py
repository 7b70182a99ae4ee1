"""The contact log's SQLite schema, its migrations, and the checks run before a file is trusted."""

from __future__ import annotations

from sqlcipher3 import dbapi2 as sqlcipher

from desktop.core.log_model import WrongPassphrase

# Schema versions, applied in order; user_version says how many have run. Never edit a shipped
# step: add a new one. Restore compares a backup's schema with what these steps make.
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
    # v3: every export (backup, CSV, PDF) with a fingerprint to recognise it later; the backups
    # v2 listed have none, so they are never offered for deletion. The unsaved form's draft.
    """
    CREATE TABLE exports(
        path TEXT PRIMARY KEY,
        kind TEXT NOT NULL,
        made_at TEXT NOT NULL,
        fingerprint TEXT
    );
    INSERT INTO exports(path, kind, made_at) SELECT path, 'backup', made_at FROM backups;
    DROP TABLE backups;
    CREATE TABLE draft(id INTEGER PRIMARY KEY CHECK (id = 1), fields TEXT NOT NULL, saved_at TEXT NOT NULL);
    """,
)
SCHEMA_VERSION = len(MIGRATIONS)


class DamagedFile(Exception):
    """The key is right but the file is damaged (the caller turns it into LogCorrupt)."""


def check_key(conn: sqlcipher.Connection) -> None:
    """First read: a wrong key (or an unreadable first page) raises WrongPassphrase."""
    try:
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
    except sqlcipher.DatabaseError as exc:
        conn.close()
        if "not a database" in str(exc) or "encrypted" in str(exc):
            raise WrongPassphrase() from exc
        # The key opened the first page but the file is malformed.
        raise DamagedFile(str(exc)) from exc


def integrity_problems(conn: sqlcipher.Connection, schema: str = "main") -> list[str]:
    """Problems found by SQLCipher's page HMAC check and SQLite's quick check ([] when healthy)."""
    try:
        problems = [str(r[0]) for r in conn.execute("PRAGMA cipher_integrity_check").fetchall()]
        quick = [str(r[0]) for r in conn.execute(f"PRAGMA {schema}.quick_check").fetchall()]
    except sqlcipher.DatabaseError as exc:
        return [str(exc)]
    return problems + [q for q in quick if q != "ok"]


def apply_migrations(conn: sqlcipher.Connection, upto: int = SCHEMA_VERSION) -> None:
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


def expected_schema(version: int) -> set[tuple[str, str, str, str | None]]:
    """(type, name, table, sql) of every object our migrations make up to `version`."""
    conn = sqlcipher.connect(":memory:", isolation_level=None)
    try:
        apply_migrations(conn, upto=version)
        return schema_of(conn, "main")
    finally:
        conn.close()


def schema_of(conn: sqlcipher.Connection, schema: str) -> set[tuple[str, str, str, str | None]]:
    """(type, name, table, sql) of every object in a database's sqlite_master."""
    rows = conn.execute(f"SELECT type, name, tbl_name, sql FROM {schema}.sqlite_master").fetchall()
    return {
        (str(t), str(n), str(tb), None if s is None else " ".join(str(s).split()))
        for t, n, tb, s in rows
    }


def set_durable_pragmas(conn: sqlcipher.Connection) -> None:
    """WAL + synchronous=FULL: a committed transaction is on disk before commit returns."""
    conn.execute("PRAGMA journal_mode = WAL")
    conn.execute("PRAGMA synchronous = FULL")
    conn.execute("PRAGMA foreign_keys = ON")
    # Sorting temp files stay in memory; freed pages are zeroed.
    conn.execute("PRAGMA temp_store = MEMORY")
    conn.execute("PRAGMA secure_delete = ON")
    conn.execute("PRAGMA busy_timeout = 5000")
