"""Contact log timings: key derivation, unlock, add one entry, list and export 1,000 entries."""

from __future__ import annotations

import tempfile
from datetime import UTC, datetime, timedelta
from pathlib import Path

from benchmarks.common import Row, median, ms, percentile, time_calls
from desktop.core import log_keys
from desktop.core.contact_log import EntryDraft, LogStore, Method, Outcome

PASSPHRASE = "timing test passphrase of words"
N = 1000


def _draft(i: int, now: datetime) -> EntryDraft:
    return EntryDraft(
        when=now - timedelta(hours=i),
        method=Method.PHONE,
        outcome=Outcome.NO_ANSWER if i % 3 else Outcome.VOICEMAIL_LEFT,
        contact="1-833-383-1465",
        office="ERO field office",
        notes=f"Attempt {i}: called at opening time, waited on hold, no answer. " * 2,
    )


def run() -> list[Row]:
    """Measure the contact log on a temporary folder (nothing personal, deleted afterwards)."""
    rows: list[Row] = []
    kdf = log_keys.DEFAULT_KDF
    salt = log_keys.new_salt(kdf)
    derive = time_calls(lambda: log_keys.derive_key(PASSPHRASE, salt, kdf), 5)
    rows.append(
        Row(
            "log",
            f"unlock key derivation (scrypt n=2^{kdf.logn}, r=8, {128 * 8 * (1 << kdf.logn) >> 20} MiB), median",
            ms(median(derive)),
            ">= 300 ms here, ~500 ms on an old PC",
        )
    )
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        store = LogStore(folder / "logs")
        now = datetime.now(UTC)
        log = store.create("bench", PASSPHRASE)
        adds = []
        for i in range(N):
            adds.extend(time_calls(lambda i=i: log.add(_draft(i, now), now=now), 1))
        log.close()
        rows.append(
            Row(
                "log",
                f"add one entry (commit, synchronous=FULL), median of {N}",
                ms(median(adds)),
                "< 50 ms",
            )
        )
        rows.append(Row("log", "add one entry, p95", ms(percentile(adds, 95)), ""))

        def unlock() -> None:
            store.open("bench", PASSPHRASE).close()

        unlocks = time_calls(unlock, 5)
        rows.append(
            Row(
                "log",
                f"unlock a log of {N} entries (key derivation + integrity check), median",
                ms(median(unlocks)),
                "< 1.5 s",
            )
        )
        log = store.open("bench", PASSPHRASE)
        lists = time_calls(log.entries, 10)
        rows.append(Row("log", f"list {N} entries, median", ms(median(lists)), "< 200 ms"))
        csvs = time_calls(lambda: log.export_csv(folder / "out.csv"), 5)
        rows.append(Row("log", f"export {N} entries to CSV, median", ms(median(csvs)), "< 500 ms"))
        backups = time_calls(
            lambda: log.export_backup(folder / "out.clbackup", "backup passphrase of words"), 3
        )
        rows.append(
            Row("log", f"encrypted backup of {N} entries, median", ms(median(backups)), "< 2 s")
        )
        checks = time_calls(
            lambda: store.check_backup(
                folder / "out.clbackup", "backup passphrase of words"
            ).close(),
            3,
        )
        rows.append(
            Row(
                "log",
                f"check a backup of {N} entries before restore (key + every value), median",
                ms(median(checks)),
                "< 3 s",
            )
        )
        try:
            pdfs = _time_pdf(log, folder)
            rows.append(
                Row("log", f"record PDF of {N} entries, median", ms(median(pdfs)), "< 10 s")
            )
        except ImportError:
            rows.append(Row("log", "record PDF", "skipped (no Qt)", ""))
        log.close()
        size = sum(p.stat().st_size for p in (folder / "logs").glob("*.db"))
        rows.append(Row("log", f"log file size with {N} entries", f"{size / 1024:.0f} KiB", ""))
    return rows


def _time_pdf(log, folder: Path) -> list[float]:  # type: ignore[no-untyped-def]
    from desktop.ui.contact_log.record import write_record_pdf

    return time_calls(lambda: write_record_pdf(log, folder / "out.pdf"), 2)
