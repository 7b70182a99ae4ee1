"""The folder of contact logs: nicknames -> opaque database files, create, unlock, delete, restore.

`logs.json` maps each nickname to a 16-hex-digit file id; a log's files are named by exact
pattern from that id (see log_files). Unlocking an older log upgrades its key derivation to
scrypt (see log_keys) and then removes the copies still readable the old way.
"""

from __future__ import annotations

import contextlib
import json
import os
import secrets
import shutil
from collections.abc import Callable, Iterable
from datetime import UTC, datetime
from pathlib import Path
from typing import NoReturn

from sqlcipher3 import dbapi2 as sqlcipher

from desktop.core import atomic, log_keys
from desktop.core.log_files import (
    DB_SUFFIX,
    REKEY_SUFFIX,
    ExportRecord,
    export_still_ours,
    is_file_id,
    log_ids_in,
    own_files,
    schema_copies,
)
from desktop.core.log_keys import KdfParams, connect, derive_key, kdf_of_salt, raw_key, sqlite_uri
from desktop.core.log_model import (
    ContactLogError,
    LogCorrupt,
    LogExists,
    LogNotFound,
    LogTooNew,
    check_nickname,
)
from desktop.core.log_restore import CheckedBackup, check_backup
from desktop.core.log_rows import storage_errors
from desktop.core.log_schema import (
    SCHEMA_VERSION,
    DamagedFile,
    apply_migrations,
    check_key,
    integrity_problems,
    set_durable_pragmas,
)
from desktop.core.log_store import ContactLog
from desktop.core.passphrase import check_new_passphrase

INDEX_FILE = "logs.json"
DAMAGED_DIR = "damaged"
Progress = Callable[[int, int], None]


class LogStore:
    """The logs folder: nicknames -> opaque database files. Holds no open connection."""

    def __init__(self, logs_dir: Path, kdf: KdfParams | None = None) -> None:
        self.logs_dir = Path(logs_dir)
        self.kdf = kdf or log_keys.DEFAULT_KDF

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
        except (OSError, ValueError, KeyError, TypeError, AttributeError, RecursionError):
            # RecursionError: a deeply nested file; damaged like any other.
            self._keep_aside([path], "logs-index")
            return self._recover_orphans({}) if recover else {}
        # Older versions took any alphanumeric name for a log (a stray `9.db` became `log-9`):
        # forget such names, keep every real one.
        logs = {name: file_id for name, file_id in logs.items() if is_file_id(file_id)}
        return self._recover_orphans(logs) if recover else logs

    def _recover_orphans(self, logs: dict[str, str]) -> dict[str, str]:
        """Give a placeholder nickname to any log file the index does not name (never lose a log)."""
        known = set(logs.values())
        orphans = [file_id for file_id in log_ids_in(self.logs_dir) if file_id not in known]
        for file_id in orphans:
            logs[f"log-{file_id[:6]}"] = file_id
        if orphans:
            self._write_index(logs)
        return logs

    def _write_index(self, logs: dict[str, str]) -> None:
        atomic.make_private_dir(self.logs_dir)
        data = json.dumps(
            {"version": 1, "logs": logs}, ensure_ascii=False, indent=1, sort_keys=True
        )
        atomic.write_bytes(self._index_path(), data.encode("utf-8"))

    def _register(self, name: str, file_id: str) -> None:
        """Add a nickname for a new file to the index."""
        logs = self._read_index(recover=False)
        logs[name] = file_id
        self._write_index(logs)

    def _forget(self, name: str) -> None:
        logs = self._read_index(recover=False)
        logs.pop(name, None)
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
        return [] if found is None else own_files(self.logs_dir, found[1])

    def _new_file(self) -> tuple[str, Path]:
        atomic.make_private_dir(self.logs_dir)
        file_id = secrets.token_hex(8)
        return file_id, atomic.create_private_file(self._db_path(file_id))

    def _remove_files(self, file_id: str) -> None:
        for p in own_files(self.logs_dir, file_id):
            with contextlib.suppress(FileNotFoundError):
                p.unlink()

    def _make_private(self, file_id: str) -> None:
        for p in own_files(self.logs_dir, file_id):
            atomic.make_private(p)

    # -- public API -----------------------------------------------------------------------------

    def list_logs(self) -> list[str]:
        """The nicknames of the logs on this computer, sorted case-insensitively."""
        return sorted(self._read_index(), key=str.casefold)

    def exists(self, nickname: str) -> bool:
        """True when a log with this nickname exists."""
        return self._find(nickname) is not None

    def _new_key(self, passphrase: str) -> str:
        salt = log_keys.new_salt(self.kdf)
        return raw_key(derive_key(passphrase, salt, self.kdf), salt)

    @storage_errors
    def create(self, nickname: str, passphrase: str) -> ContactLog:
        """Create a new, empty, encrypted log and return it unlocked (weak passphrases refused)."""
        name = check_nickname(nickname)
        check_new_passphrase(passphrase, name)
        if self._find(name) is not None:
            raise LogExists()
        file_id, path = self._new_file()
        conn = connect(str(path), self._new_key(passphrase))
        try:
            set_durable_pragmas(conn)
            apply_migrations(conn)
        except BaseException:
            conn.close()
            self._remove_files(file_id)
            raise
        self._make_private(file_id)
        self._register(name, file_id)
        return ContactLog(name, path, conn, self.kdf)

    @storage_errors
    def open(self, nickname: str, passphrase: str) -> ContactLog:
        """Unlock a log. Wrong passphrase: WrongPassphrase, nothing changed. Damaged: LogCorrupt."""
        found = self._find(nickname)
        if found is None:
            raise LogNotFound()
        name, file_id = found
        path = self._db_path(file_id)
        if not path.exists():
            raise LogNotFound()
        return ContactLog(name, path, self._open_checked(name, path, passphrase), self.kdf)

    def _open_checked(self, name: str, path: Path, passphrase: str) -> sqlcipher.Connection:
        """Check key and integrity before anything can write; migrate; switch on durability."""
        if path.stat().st_size == 0:
            # SQLite would treat an empty file as a new database and write a schema into it.
            self._corrupt(name, path)
        key = log_keys.key_for_file(path, passphrase)
        wal = Path(str(path) + "-wal")
        if wal.exists() and wal.stat().st_size > 0:
            # After a crash the WAL holds committed work. Check read-only first: a read-write
            # connection would fold the WAL into the database when it closes, changing the file.
            probe = connect(sqlite_uri(path, read_only=True), key, uri=True)
            try:
                check_key(probe)
            except DamagedFile:
                self._corrupt(name, path)
            problems = integrity_problems(probe)
            probe.close()
            if problems:
                self._corrupt(name, path)
        # A key upgrade that stopped half-way left its copy; the original is intact.
        with contextlib.suppress(FileNotFoundError):
            path.with_name(path.stem + REKEY_SUFFIX).unlink()
        conn = connect(str(path), key)
        try:
            check_key(conn)
        except DamagedFile:
            self._corrupt(name, path)
        if integrity_problems(conn):
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
            set_durable_pragmas(conn)
            if version < SCHEMA_VERSION:
                self._copy_before_upgrade(conn, path, version)
                apply_migrations(conn)
            kdf = kdf_of_salt(log_keys.read_salt(path))
            if kdf is None or kdf.logn < self.kdf.logn:
                conn = self._upgrade_key(conn, path, passphrase, key)
        except BaseException:
            conn.close()
            raise
        return conn

    def _upgrade_key(
        self, conn: sqlcipher.Connection, path: Path, passphrase: str, old_key: str
    ) -> sqlcipher.Connection:
        """Re-encrypt an older log under a scrypt-derived key (a new file, swapped in atomically).

        When the upgrade cannot be done (read-only drive, disk full) the log opens as it was and
        the upgrade is tried again at the next unlock.
        """
        tmp = path.with_name(path.stem + REKEY_SUFFIX)
        key = self._new_key(passphrase)
        try:
            self._write_upgraded(conn, tmp, key)
        except (OSError, sqlcipher.Error, DamagedFile, ContactLogError):
            with contextlib.suppress(OSError):
                tmp.unlink()
            return conn
        conn.close()
        for side in ("-wal", "-shm"):
            with contextlib.suppress(FileNotFoundError):
                Path(str(path) + side).unlink()
        try:
            atomic.replace(tmp, path)
        except OSError:
            with contextlib.suppress(OSError):
                tmp.unlink()
            key = old_key
        else:
            atomic.fsync_dir(path.parent)
            # The old copies open with the old, faster-to-guess key: remove them.
            for copy in schema_copies(self.logs_dir, path.stem):
                atomic.secure_remove(copy)
        new = connect(str(path), key)
        check_key(new)
        set_durable_pragmas(new)
        self._make_private(path.stem)
        return new

    @staticmethod
    def _write_upgraded(conn: sqlcipher.Connection, tmp: Path, key: str) -> None:
        """Export the open log into `tmp` under `key`, flush it, and check it reads back whole."""
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        atomic.create_private_file(tmp)
        conn.execute("ATTACH DATABASE ? AS upgraded KEY ?", (str(tmp), key))
        try:
            conn.execute("SELECT sqlcipher_export('upgraded')")
            version = int(conn.execute("PRAGMA user_version").fetchone()[0])
            conn.execute(f"PRAGMA upgraded.user_version = {version}")
        finally:
            conn.execute("DETACH DATABASE upgraded")
        atomic.make_private(tmp)
        with open(tmp, "rb+") as fh:
            os.fsync(fh.fileno())
        check = connect(str(tmp), key)
        try:
            check_key(check)
            if integrity_problems(check):
                raise DamagedFile("the upgraded copy did not read back whole")
        finally:
            check.close()

    def _copy_before_upgrade(self, conn: sqlcipher.Connection, path: Path, version: int) -> None:
        """Keep the database as it was before a schema upgrade (removed with the log)."""
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        copy = path.with_name(f"{path.stem}.v{version}-before-upgrade")
        shutil.copyfile(path, copy)
        atomic.make_private(copy)

    def _keep_aside(self, files: list[Path], label: str) -> Path:
        """Move files, unchanged, into logs/damaged/ under a time-stamped name; return the first."""
        damaged = atomic.make_private_dir(self.logs_dir / DAMAGED_DIR)
        stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%SZ")
        first: Path | None = None
        for f in files:
            if not f.exists():
                continue
            target = damaged / f"{label}-{stamp}-{f.name}"
            atomic.replace(f, target)
            first = first or target
        atomic.fsync_dir(damaged)
        return first or damaged

    def _corrupt(self, name: str, path: Path) -> NoReturn:
        """Move a damaged log aside (bytes untouched), forget its nickname, raise LogCorrupt."""
        shm = Path(str(path) + "-shm")
        with contextlib.suppress(OSError):
            shm.unlink()  # shared memory is a cache, rebuilt from the WAL: not the person's data
        kept = self._keep_aside([path, Path(str(path) + "-wal")], "log")
        self._forget(name)
        raise LogCorrupt(kept)

    @storage_errors
    def delete(self, nickname: str, also_remove: Iterable[ExportRecord] = ()) -> list[Path]:
        """Remove the log's own files (by exact name) and those of `also_remove` still ours.

        `also_remove` takes records from `ContactLog.deletable_exports()`; each is checked again
        (same file by fingerprint, not on a removable or network drive) just before deletion.
        Returns the exports deleted.
        """
        found = self._find(nickname)
        if found is None:
            raise LogNotFound()
        name, file_id = found
        self._remove_files(file_id)
        removed = []
        for record in also_remove:
            if isinstance(record, ExportRecord) and export_still_ours(record):
                with contextlib.suppress(FileNotFoundError):
                    record.path.unlink()
                    removed.append(record.path)
        self._forget(name)
        return removed

    # -- restore: the backup's passphrase first, then the new name and passphrase ---------------

    @storage_errors
    def check_backup(
        self, backup_file: Path, backup_passphrase: str, progress: Progress | None = None
    ) -> CheckedBackup:
        """Open a backup read-only and check everything in it; slow for big files (use a thread).

        Raises WrongPassphrase, BackupDamaged (nothing a log holds) or LogTooNew; `progress`
        is called with (done, total) steps. Close the result, or pass it to restore_checked.
        """
        return check_backup(Path(backup_file), backup_passphrase, progress)

    @storage_errors
    def restore_checked(
        self, checked: CheckedBackup, nickname: str, new_passphrase: str
    ) -> ContactLog:
        """Make a new log from a checked backup (the backup file is never changed)."""
        try:
            name = check_nickname(nickname)
            check_new_passphrase(new_passphrase, name)
            if self._find(name) is not None:
                raise LogExists()
            file_id, path = self._new_file()
            key = self._new_key(new_passphrase)
            try:
                conn = connect(str(path), key)
                try:
                    apply_migrations(conn)
                finally:
                    conn.close()
                checked.copy_into(path, key)
            except BaseException:
                self._remove_files(file_id)
                raise
        finally:
            checked.close()
        conn = connect(str(path), key)
        check_key(conn)
        set_durable_pragmas(conn)
        self._make_private(file_id)
        self._register(name, file_id)
        return ContactLog(name, path, conn, self.kdf)

    def restore_backup(
        self,
        backup_file: Path,
        backup_passphrase: str,
        nickname: str,
        new_passphrase: str,
        progress: Progress | None = None,
    ) -> ContactLog:
        """check_backup then restore_checked, in one call (name and passphrase checked first)."""
        name = check_nickname(nickname)
        check_new_passphrase(new_passphrase, name)
        if self._find(name) is not None:
            raise LogExists()
        if not Path(backup_file).is_file():
            raise LogNotFound()
        checked = self.check_backup(backup_file, backup_passphrase, progress)
        return self.restore_checked(checked, name, new_passphrase)
