"""A damaged log is reported plainly, kept aside byte-for-byte, and the other logs keep working."""

from __future__ import annotations

import shutil
from datetime import UTC, datetime
from pathlib import Path

import pytest

from desktop.core.contact_log import (
    EntryDraft,
    LogCorrupt,
    LogStore,
    Method,
    Outcome,
    WrongPassphrase,
)

NOW = datetime(2026, 11, 26, 15, 0, tzinfo=UTC)
PAGE = 4096


def _fill(store: LogStore, nickname: str, passphrase: str, n: int = 40) -> None:
    with store.create(nickname, passphrase) as log:
        for i in range(n):
            log.add(
                EntryDraft(
                    when=datetime(2026, 1, 1, 8, i % 60, tzinfo=UTC),
                    method=Method.PHONE,
                    outcome=Outcome.NO_ANSWER,
                    notes=f"entry {i} " + "padding " * 60,
                ),
                now=NOW,
            )


def _damage(path: Path, offset: int) -> None:
    data = bytearray(path.read_bytes())
    for i in range(64):
        data[offset + i] ^= 0xA5
    path.write_bytes(bytes(data))


@pytest.fixture
def store(tmp_path: Path) -> LogStore:
    s = LogStore(tmp_path / "logs")
    _fill(s, "Damaged", "first passphrase")
    _fill(s, "Healthy", "second passphrase", n=3)
    return s


def test_damaged_page_reported_and_kept_aside_untouched(store: LogStore) -> None:
    [db] = [p for p in store.files_of("Damaged") if p.suffix == ".db"]
    assert db.stat().st_size > 4 * PAGE
    _damage(db, 3 * PAGE + 200)
    original = db.read_bytes()
    with pytest.raises(LogCorrupt) as err:
        store.open("Damaged", "first passphrase")
    kept = err.value.kept_at
    assert kept.read_bytes() == original
    assert kept.parent.name == "damaged"
    assert "damaged" in str(err.value)
    assert "Damaged" not in store.list_logs(), "the nickname is free for a restore"
    assert not db.exists()
    with store.open("Healthy", "second passphrase") as other:
        assert other.count() == 3
        assert other.integrity_ok()
    # Nothing ever writes to the kept copy again.
    assert kept.read_bytes() == original


def test_damaged_log_with_crash_left_wal_is_kept_with_its_wal(
    store: LogStore, tmp_path: Path
) -> None:
    log = store.open("Damaged", "first passphrase")
    log.add(
        EntryDraft(when=NOW, method=Method.EMAIL, outcome=Outcome.EMAIL_SENT, notes="in wal"),
        now=NOW,
    )
    db = log.path
    wal = Path(str(db) + "-wal")
    # Copy the files as a crash would leave them: committed work only in the WAL.
    snap = tmp_path / "snap"
    snap.mkdir()
    shutil.copy(db, snap / "db")
    shutil.copy(wal, snap / "wal")
    log.close()
    shutil.copy(snap / "db", db)
    shutil.copy(snap / "wal", wal)
    assert wal.stat().st_size > 0
    _damage(db, 2 * PAGE + 300)
    db_bytes, wal_bytes = db.read_bytes(), wal.read_bytes()
    with pytest.raises(LogCorrupt) as err:
        store.open("Damaged", "first passphrase")
    kept = sorted(err.value.kept_at.parent.iterdir())
    assert [p.read_bytes() for p in kept] == [db_bytes, wal_bytes]


def test_damaged_first_page_looks_like_a_wrong_passphrase_and_is_not_touched(
    store: LogStore,
) -> None:
    [db] = [p for p in store.files_of("Damaged") if p.suffix == ".db"]
    _damage(db, 100)
    original = db.read_bytes()
    with pytest.raises(WrongPassphrase):
        store.open("Damaged", "first passphrase")
    assert db.read_bytes() == original
    assert "Damaged" in store.list_logs()


@pytest.mark.parametrize("keep", [0, 3 * PAGE + 17])
def test_empty_or_truncated_file_is_reported_and_kept(store: LogStore, keep: int) -> None:
    [db] = [p for p in store.files_of("Damaged") if p.suffix == ".db"]
    data = db.read_bytes()[:keep]
    db.write_bytes(data)
    with pytest.raises(LogCorrupt) as err:
        store.open("Damaged", "first passphrase")
    assert err.value.kept_at.read_bytes() == data
    with store.open("Healthy", "second passphrase") as other:
        assert other.count() == 3
