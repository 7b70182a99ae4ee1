"""Crash test: a child adds entries and acknowledges each after commit; we SIGKILL it at random
moments, many rounds; every acknowledged entry must survive intact and the log must stay healthy."""

from __future__ import annotations

import os
import random
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest

from desktop.core.contact_log import LogStore

PASSPHRASE = "sigkill test passphrase"
ROUNDS = 24

CHILD = r"""
import sys
from datetime import UTC, datetime, timedelta
from desktop.core.contact_log import EntryDraft, KdfParams, LogStore, Method, NewAttachment, Outcome, LogNotFound

logs_dir, passphrase, round_no = sys.argv[1], sys.argv[2], int(sys.argv[3])
store = LogStore(logs_dir, KdfParams(10))  # a cheap key derivation: this test is about crashes
try:
    log = store.open("Crash", passphrase)
except LogNotFound:
    log = store.create("Crash", passphrase)
now = datetime.now(UTC)
i = 0
while True:
    tag = f"r{round_no}-i{i}"
    atts = (NewAttachment(tag + ".pdf", b"%PDF-1.4\n" + tag.encode() * 50 + b"\n%%EOF\n"),) if i % 4 == 0 else ()
    entry_id = log.add(
        EntryDraft(
            when=now - timedelta(minutes=i),
            method=Method.PHONE,
            outcome=Outcome.NO_ANSWER,
            contact="1-833-383-1465",
            notes=tag + " " + "x" * (i % 300),
            attachments=atts,
        ),
        now=now,
    )
    print(entry_id, tag, flush=True)
    i += 1
"""


def _expected_notes(tag: str) -> str:
    i = int(tag.split("-i")[1])
    return (tag + " " + "x" * (i % 300)).strip()  # the store strips outer spaces


def _run_round(logs_dir: Path, round_no: int, rng: random.Random, acked: dict[int, str]) -> None:
    env = dict(os.environ, PYTHONPATH=str(Path(__file__).resolve().parents[2]))
    proc = subprocess.Popen(
        [sys.executable, "-c", CHILD, str(logs_dir), PASSPHRASE, str(round_no)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        env=env,
    )
    lines: list[bytes] = []
    first = threading.Event()

    def reader() -> None:
        assert proc.stdout is not None
        for line in proc.stdout:
            lines.append(line)
            first.set()

    t = threading.Thread(target=reader, daemon=True)
    t.start()
    if round_no % 6 == 5:
        # Some rounds are killed while the child is still starting up or opening the log.
        time.sleep(rng.uniform(0.05, 0.6))
    else:
        if not first.wait(30):
            proc.kill()
            stderr = proc.stderr.read().decode(errors="replace") if proc.stderr else ""
            pytest.fail("the child never acknowledged an entry:\n" + stderr[-2000:])
        time.sleep(rng.uniform(0.0, 0.25))
    proc.kill()  # SIGKILL on POSIX: no clean-up, no atexit, no flush of anything uncommitted
    proc.wait(10)
    t.join(10)
    for line in lines:
        if line.endswith(b"\n"):  # a line cut by the kill was never acknowledged
            entry_id, tag = line.decode().split()
            assert int(entry_id) not in acked, "an acknowledged id was reused"
            acked[int(entry_id)] = tag


@pytest.mark.slow
@pytest.mark.timeout(120)
def test_acknowledged_entries_survive_sigkill(tmp_path: Path) -> None:
    logs_dir = tmp_path / "logs"
    rng = random.Random(4)
    acked: dict[int, str] = {}
    deadline = time.monotonic() + 60
    rounds = 0
    while rounds < ROUNDS and time.monotonic() < deadline:
        _run_round(logs_dir, rounds, rng, acked)
        rounds += 1
    assert rounds >= 8 and len(acked) >= 20, (rounds, len(acked))
    store = LogStore(logs_dir)
    assert store.list_logs() == ["Crash"]
    with store.open("Crash", PASSPHRASE) as log:
        assert log.integrity_ok()
        for entry_id, tag in acked.items():
            entry = log.entry(entry_id)
            assert entry.notes == _expected_notes(tag)
            if int(tag.split("-i")[1]) % 4 == 0:
                [att] = entry.attachments
                assert (
                    log.attachment_data(att.id) == b"%PDF-1.4\n" + tag.encode() * 50 + b"\n%%EOF\n"
                )
        # Unacknowledged work may or may not be there, but nothing is half-written.
        for entry in log.entries():
            assert entry.notes == _expected_notes(entry.notes.split()[0])
