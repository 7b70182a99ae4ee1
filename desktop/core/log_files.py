"""Which files belong to a log, and which exports of it may be deleted with it.

A log's files are named by exact pattern from its 16-hex-digit file id: `<id>.db` and SQLite's
`-wal`, `-shm` and `-journal` beside it, the copies kept before a schema upgrade
(`<id>.v<N>-before-upgrade`), and the temporary file of a key upgrade (`<id>.db-rekey`). Nothing
else in the folder is ever taken for a log file: no globbing on a prefix.

Exports (backups, CSV, PDF) are the person's property. The log remembers where it saved them
with a fingerprint (a backup's SQLCipher salt, the SHA-256 of a CSV or PDF), so that deleting the
log can offer to delete an export only while it is still the very file the app wrote, and never
one on a removable or network drive.
"""

from __future__ import annotations

import hashlib
import os
import re
import secrets
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path

from desktop.core.log_keys import read_salt

DB_SUFFIX = ".db"
FILE_ID = re.compile(r"[0-9a-f]{16}")
LOG_FILE = re.compile(r"([0-9a-f]{16})\.db")
SQLITE_SIDE_FILES = ("-wal", "-shm", "-journal")
REKEY_SUFFIX = ".db-rekey"
EXPORT_KINDS = ("backup", "csv", "pdf")
MAX_SCHEMA_COPIES = 20
# File systems that live on another machine.
_NETWORK_FS = {
    "nfs",
    "nfs4",
    "cifs",
    "smb3",
    "smbfs",
    "sshfs",
    "fuse.sshfs",
    "9p",
    "afpfs",
    "webdav",
    "davfs",
    "fuse.rclone",
    "ceph",
    "glusterfs",
}


def is_file_id(text: str) -> bool:
    """True for a file id the app makes (16 lowercase hex digits)."""
    return FILE_ID.fullmatch(text) is not None


def own_file_names(file_id: str) -> list[str]:
    """Every name a file of this log can have in the logs folder (exact names, no patterns)."""
    if not is_file_id(file_id):
        raise ValueError("not a log file id")
    db = file_id + DB_SUFFIX
    names = [db, *(db + side for side in SQLITE_SIDE_FILES), file_id + REKEY_SUFFIX]
    names += [f"{file_id}.v{n}-before-upgrade" for n in range(1, MAX_SCHEMA_COPIES + 1)]
    return names


def own_files(logs_dir: Path, file_id: str) -> list[Path]:
    """The files of this log that exist in the logs folder."""
    return [logs_dir / n for n in own_file_names(file_id) if (logs_dir / n).is_file()]


def schema_copies(logs_dir: Path, file_id: str) -> list[Path]:
    """The copies kept before schema upgrades (readable with the passphrase of that time)."""
    return [p for p in own_files(logs_dir, file_id) if p.name.endswith("-before-upgrade")]


def log_ids_in(logs_dir: Path) -> list[str]:
    """File ids of the log databases in the folder (only names of the app's own pattern)."""
    if not logs_dir.is_dir():
        return []
    ids = []
    for entry in sorted(os.listdir(logs_dir)):
        match = LOG_FILE.fullmatch(entry)
        if match and (logs_dir / entry).is_file():
            ids.append(match.group(1))
    return ids


@dataclass(frozen=True)
class ExportRecord:
    """A file this log saved outside the logs folder: where, what kind, when, and its fingerprint."""

    path: Path
    kind: str
    made_at: datetime
    fingerprint: str | None


def fingerprint(path: Path, kind: str) -> str:
    """A backup's SQLCipher salt (hex) or a CSV/PDF file's SHA-256; raises OSError."""
    if kind == "backup":
        return read_salt(path).hex()
    digest = hashlib.sha256()
    with open(path, "rb") as fh:
        for block in iter(lambda: fh.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def _mount_of(path: str, mountinfo: str) -> tuple[str, str, str]:
    """(mount point, file system type, source) of the longest mount containing `path`."""
    best = ("/", "", "")
    for line in mountinfo.splitlines():
        parts = line.split()
        if " - " not in line or len(parts) < 5:
            continue
        mount = parts[4].replace("\\040", " ")
        tail = line.split(" - ", 1)[1].split()
        fstype, source = (tail + ["", ""])[:2]
        inside = path == mount or path.startswith(mount.rstrip("/") + "/")
        if inside and len(mount) >= len(best[0]):
            best = (mount, fstype, source)
    return best


def on_removable_or_network_drive(
    path: str | Path, *, windows: bool | None = None, mountinfo: str | None = None
) -> bool:
    """True when a path is on a USB stick, memory card, CD, or a network share (or unknown)."""
    windows = os.name == "nt" if windows is None else windows
    text = str(path)
    if windows:
        norm = text.replace("/", "\\")
        if norm.startswith("\\\\"):
            return True  # UNC: \\server\share
        if not re.match(r"^[A-Za-z]:\\", norm):
            return True
        if os.name != "nt":
            return False  # a drive letter seen from a test on POSIX: a fixed drive
        import ctypes

        drive_type = ctypes.windll.kernel32.GetDriveTypeW(norm[:3])  # type: ignore[attr-defined]
        # 3 = fixed disk, 6 = RAM disk; 2 removable, 4 remote, 5 CD-ROM, 0/1 unknown.
        return drive_type not in (3, 6)
    absolute = os.path.abspath(text)
    if mountinfo is None:
        if absolute.startswith("/Volumes/"):
            return True  # macOS mounts external and network volumes there
        try:
            mountinfo = Path("/proc/self/mountinfo").read_text(encoding="utf-8")
        except OSError:
            return False
    mount, fstype, source = _mount_of(absolute, mountinfo)
    if fstype in _NETWORK_FS or source.startswith("//"):
        return True
    return mount.startswith(("/media/", "/run/media/", "/mnt/")) or _removable_block(source)


def _removable_block(source: str) -> bool:
    """True when a /dev/sdX1 source is a removable disk (sysfs says so)."""
    match = re.fullmatch(r"/dev/([a-z]+)\d*", source)
    if not match:
        return False
    try:
        return Path(f"/sys/block/{match.group(1)}/removable").read_text().strip() == "1"
    except OSError:
        return False


def export_still_ours(record: ExportRecord) -> bool:
    """True when an export may be deleted: it exists, is the very file written, on a fixed drive."""
    if not record.fingerprint or not record.path.is_absolute():
        return False
    try:
        if not record.path.is_file() or on_removable_or_network_drive(record.path):
            return False
        return fingerprint(record.path, record.kind) == record.fingerprint
    except OSError:
        return False


EXPORT_SUFFIXES = {"backup": ".clbackup", "csv": ".csv", "pdf": ".pdf"}


def default_export_name(nickname: str, kind: str, today: date | None = None) -> str:
    """A default file name no two people share: the nickname's initial, a random tag, the date.

    For example `contact-log-M-3f9c-2026-11-30.clbackup`; the initial is left out when it is not
    a plain letter or digit.
    """
    initial = (nickname or "").strip()[:1].upper()
    prefix = "contact-log-" + (initial + "-" if initial.isascii() and initial.isalnum() else "")
    day = (today or date.today()).isoformat()
    return f"{prefix}{secrets.token_hex(2)}-{day}{EXPORT_SUFFIXES[kind]}"
