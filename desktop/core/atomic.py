"""The one way the app writes a file: atomically, privately, and patient with antivirus.

Readers see the old file or the whole new one, never half of it: the bytes go to a hidden
temporary file beside the target (same folder, so the rename is atomic), are flushed to disk,
then renamed over the target. Files are created 0600 and folders 0700 where the OS has modes.
"""

from __future__ import annotations

import contextlib
import os
import secrets
import time
from pathlib import Path

# Windows refuses to replace a file that antivirus or the search indexer holds open for a moment.
RETRY_ON_PERMISSION = os.name == "nt"
REPLACE_ATTEMPTS = 10
REPLACE_PAUSE = 0.05
PRIVATE_FILE = 0o600
PRIVATE_DIR = 0o700


def fsync_dir(folder: Path) -> None:
    """Make a rename durable (POSIX); Windows has no directory handles to sync."""
    if os.name == "nt":
        return
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def temp_path_for(path: Path) -> Path:
    """A hidden temporary name beside `path` (same folder, so os.replace is atomic)."""
    return path.with_name(f".{path.name}.{secrets.token_hex(4)}.tmp")


def replace(src: Path, dst: Path) -> None:
    """os.replace, retried for about half a second when Windows says the file is in use."""
    for attempt in range(REPLACE_ATTEMPTS):
        try:
            os.replace(src, dst)
            return
        except PermissionError:
            if not RETRY_ON_PERMISSION or attempt == REPLACE_ATTEMPTS - 1:
                raise
            time.sleep(REPLACE_PAUSE)


def make_private_dir(folder: Path) -> Path:
    """Create `folder` (and parents) if needed; make it 0700 on POSIX. Returns the folder."""
    folder = Path(folder)
    folder.mkdir(parents=True, exist_ok=True, mode=PRIVATE_DIR)
    if os.name != "nt":
        with contextlib.suppress(OSError):
            folder.chmod(PRIVATE_DIR)
    return folder


def make_private(path: Path) -> None:
    """Make an existing file readable by its owner only (0600) on POSIX; best effort."""
    if os.name != "nt":
        with contextlib.suppress(OSError):
            Path(path).chmod(PRIVATE_FILE)


def create_private_file(path: Path) -> Path:
    """Create a new, empty 0600 file (SQLite then writes a new database into it, and gives its
    -wal and -shm files the same mode). Raises FileExistsError if it exists."""
    fd = os.open(
        path, os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0), PRIVATE_FILE
    )
    os.close(fd)
    return Path(path)


def write_bytes(path: Path, data: bytes) -> None:
    """Write `data` to `path` atomically, as a 0600 file; raises OSError, leaves no temp file."""
    path = Path(path)
    tmp = temp_path_for(path)
    try:
        fd = os.open(
            tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0), PRIVATE_FILE
        )
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
            fh.flush()
            os.fsync(fh.fileno())
        replace(tmp, path)
        fsync_dir(path.parent)
    except BaseException:
        with contextlib.suppress(OSError):
            tmp.unlink()
        raise


def write_text(path: Path, text: str) -> None:
    """Write UTF-8 text atomically (see write_bytes)."""
    write_bytes(path, text.encode("utf-8"))


def secure_remove(path: Path) -> None:
    """Overwrite a file with zeros, flush it, then delete it (best effort on SSDs and journals)."""
    path = Path(path)
    try:
        size = path.stat().st_size
        with open(path, "r+b") as fh:
            chunk = b"\0" * (1 << 20)
            left = size
            while left > 0:
                left -= fh.write(chunk[: min(left, len(chunk))])
            fh.flush()
            os.fsync(fh.fileno())
    except FileNotFoundError:
        return
    except OSError:
        pass  # a read-only file is still removed below
    with contextlib.suppress(FileNotFoundError):
        path.unlink()
