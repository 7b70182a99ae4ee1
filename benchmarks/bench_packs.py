"""Information-pack benchmarks: a generated 500-article pack built, signed, installed and
searched beside the built-in pack (the issue's targets: install < 10 s, search p99 < 10 ms)."""

from __future__ import annotations

import json
import shutil
import tempfile
import time
from pathlib import Path

from benchmarks.bench_search import CONTENT, _generate_corpus, _queries
from benchmarks.common import Row, median, ms, percentile, time_calls

ARTICLES = 500


def _pack_folder(folder: Path) -> None:
    """A pack folder of generated articles with a manifest."""
    _generate_corpus(folder, ARTICLES)
    manifest = {
        "format": "checkin-help-pack",
        "format_version": 1,
        "id": "bench-generated",
        "title": "Generated benchmark pack",
        "publisher": "Benchmark",
        "language": "en",
        "version": "1",
        "as_of": "2026-11",
        "taken": "2026-11-26",
        "licence": "generated",
    }
    (folder / "manifest.json").write_text(json.dumps(manifest), encoding="utf-8")


def run() -> list[Row]:
    """Build, sign, install (verify + index) and search a 500-article pack."""
    from desktop.core.library import HelpLibrary
    from index.build import ensure_library_index
    from index.packs.folder import build_pack
    from index.packs.sign import generate_key
    from index.packs.store import PackStore

    work = Path(tempfile.mkdtemp(prefix="bench-packs-"))
    rows: list[Row] = []
    try:
        _pack_folder(work / "folder")
        key = generate_key()
        keys = work / "keys"
        keys.mkdir()
        (keys / "Bench.pub").write_text(key.public_key().file_text(), encoding="utf-8")
        start = time.perf_counter()
        build_pack(work / "folder", work / "bench.chpack", key)
        rows.append(
            Row(
                "packs",
                f"build + sign ({ARTICLES} articles)",
                ms((time.perf_counter() - start) * 1000),
            )
        )
        size = (work / "bench.chpack").stat().st_size
        rows.append(Row("packs", f"pack size ({ARTICLES} articles)", f"{size / 1024:.0f} KiB"))

        store = PackStore(work / "store", [keys], CONTENT)
        start = time.perf_counter()
        store.install(work / "bench.chpack")
        installed = time.perf_counter()
        active = store.load().active
        ensure_library_index(active.library, None, work / "cache")
        done = time.perf_counter()
        rows.append(Row("packs", "install: verify + copy", ms((installed - start) * 1000)))
        rows.append(
            Row(
                "packs",
                "install: verify + copy + index (with built-in)",
                ms((done - start) * 1000),
                "< 10 s",
            )
        )

        alone = PackStore(work / "empty-store", [keys], CONTENT)
        rows.append(
            Row(
                "packs",
                "load packs at start (built-in only) median",
                ms(median(time_calls(alone.load, 5))),
            )
        )
        rows.append(
            Row(
                "packs",
                f"load packs at start (+{ARTICLES}) median",
                ms(median(time_calls(store.load, 5))),
            )
        )

        library = HelpLibrary(active.library, packs=active)
        library.open_index(CONTENT, work / "none", work / "cache")
        queries = _queries()[:300] or ["passport", "ankle monitor"]
        times = [t for q in queries for t in time_calls(lambda q=q: library.search(q, limit=10), 1)]
        rows.append(Row("packs", f"search median (built-in + {ARTICLES})", ms(median(times))))
        rows.append(
            Row(
                "packs", f"search p99 (built-in + {ARTICLES})", ms(percentile(times, 99)), "< 10 ms"
            )
        )
        library.close()
        rows += _startup_rows(work / "bench.chpack", keys)
        return rows
    finally:
        shutil.rmtree(work, ignore_errors=True)


# The app started to ready in a child process, then its peak memory (Linux: KiB).
START_AND_MEASURE = """
import resource, sys
from desktop.app import run_gui
code = run_gui(exit_when_ready=True)
print("maxrss", resource.getrusage(resource.RUSAGE_SELF).ru_maxrss, flush=True)
sys.exit(code)
"""
STARTS = 5


def _startup_rows(pack: Path, keys: Path) -> list[Row]:
    """App start-up and peak memory with the built-in pack alone and with the 500-article pack."""
    import subprocess
    import sys

    from benchmarks.bench_startup import ROOT, _env
    from index.packs.store import PackStore

    def measure(data: Path) -> tuple[float, float]:
        times, peaks = [], []
        for n in range(STARTS + 1):  # the first start builds the index cache and bytecode
            proc = subprocess.run(
                [sys.executable, "-c", START_AND_MEASURE],
                cwd=ROOT,
                env=_env(data),
                capture_output=True,
                text=True,
                timeout=300,
            )
            if proc.returncode != 0:
                raise RuntimeError(proc.stderr[-500:])
            ready = next(line for line in proc.stdout.splitlines() if line.startswith("ready"))
            peak = next(line for line in proc.stdout.splitlines() if line.startswith("maxrss"))
            if n:
                times.append(float(ready.split()[1]))
                peaks.append(int(peak.split()[1]) / 1024)
        return median(times), median(peaks)

    work = Path(tempfile.mkdtemp(prefix="bench-packs-start-"))
    try:
        alone_ms, alone_mb = measure(work / "alone")
        store = PackStore(work / "with-pack" / "packs", [keys], None)
        shutil.copytree(keys, work / "with-pack" / "keys")
        store.install(pack)
        pack_ms, pack_mb = measure(work / "with-pack")
    finally:
        shutil.rmtree(work, ignore_errors=True)
    return [
        Row("packs", f"app start to ready, built-in only (median of {STARTS})", ms(alone_ms)),
        Row(
            "packs",
            f"app start to ready, + {ARTICLES}-article pack (median of {STARTS})",
            f"{ms(pack_ms)} ({pack_ms / alone_ms:.2f}x)",
            "<= 1.2x",
        ),
        Row("packs", "peak memory at ready, built-in only", f"{alone_mb:.0f} MB"),
        Row(
            "packs",
            f"peak memory at ready, + {ARTICLES}-article pack",
            f"{pack_mb:.0f} MB (+{pack_mb - alone_mb:.0f} MB)",
            "<= +20 MB",
        ),
    ]
