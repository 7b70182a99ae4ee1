"""Information-pack benchmarks: generated packs of 500 and 5,000 articles built, signed,
installed and searched beside the built-in pack. The issue's targets, with 500 articles:
install < 10 s with progress, search p99 < 10 ms, keystroke to results < 16 ms, start-up
<= 1.2x and memory <= +20 MB of the built-in pack alone; with 5,000: search p99 < 50 ms."""

from __future__ import annotations

import json
import shutil
import tempfile
import time
from pathlib import Path

from benchmarks.bench_search import CONTENT, _generate_corpus, _queries
from benchmarks.common import Row, median, ms, percentile, time_calls

ARTICLES = 500
LARGE = 5000


def _pack_folder(folder: Path, articles: int = ARTICLES) -> None:
    """A pack folder of generated articles with a manifest."""
    _generate_corpus(folder, articles)
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


def _search_rows(library: object, articles: int, target: str) -> list[Row]:
    """Search median and p99 over the sample queries (`library`: an open HelpLibrary)."""
    queries = _queries()[:300] or ["passport", "ankle monitor"]
    # What the app does in the thread pool once its window shows (desktop.app.warm_up_search):
    # the language lists, dictionaries and everyday tables are read before the first search.
    library.warm_up()  # type: ignore[attr-defined]
    for query in queries[:20]:  # warm the caches a person's first searches warm
        library.search(query, limit=10)  # type: ignore[attr-defined]
    times = [
        t
        for q in queries
        for t in time_calls(lambda q=q: library.search(q, limit=10), 1)  # type: ignore[attr-defined]
    ]
    return [
        Row("packs", f"search median (built-in + {articles})", ms(median(times))),
        Row("packs", f"search p99 (built-in + {articles})", ms(percentile(times, 99)), target),
    ]


def _install_and_index(work: Path, pack: Path, keys: Path) -> tuple[float, float, int, object]:
    """Install a pack into a new data folder and index the active packs, as `pack install` and
    Add information pack do: (verify + copy ms, total ms, progress updates, the data folder)."""
    from index.build import ensure_library_index
    from index.packs.store import PackStore

    data = work / "data"
    shutil.copytree(keys, data / "keys")
    store = PackStore(data / "packs", [data / "keys"], CONTENT)
    updates: list[tuple[int, int]] = []
    start = time.perf_counter()
    store.install(pack)
    installed = time.perf_counter()
    active = store.load().active
    ensure_library_index(
        active.library, None, data / "cache" / "search-index", lambda d, t: updates.append((d, t))
    )
    done = time.perf_counter()
    return (installed - start) * 1000, (done - start) * 1000, len(updates), data


def run() -> list[Row]:
    """Build, sign, install (verify + index) and search a 500- and a 5,000-article pack."""
    from desktop.core.library import HelpLibrary
    from desktop.core.packs import pack_store
    from desktop.core.paths import resolve_paths
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

        copy_ms, total_ms, updates, data = _install_and_index(
            work / "install", work / "bench.chpack", keys
        )
        rows.append(Row("packs", "install: verify + copy", ms(copy_ms)))
        rows.append(
            Row(
                "packs",
                "install: verify + copy + index (with built-in)",
                f"{ms(total_ms)} ({updates} progress updates)",
                "< 10 s, with progress",
            )
        )

        alone = PackStore(work / "empty-store", [keys], CONTENT)
        store = pack_store(resolve_paths({"CHECKIN_HELP_DATA_DIR": str(data)}))
        for label, target in (("built-in only", alone), (f"+{ARTICLES}", store)):
            rows.append(
                Row(
                    "packs",
                    f"load packs at start ({label}) median",
                    ms(median(time_calls(target.load, 5))),
                )
            )
        paths = resolve_paths({"CHECKIN_HELP_DATA_DIR": str(data)})
        library = HelpLibrary.load_content(paths.content_dir, store)
        library.open_index(CONTENT, work / "none", paths.index_cache_dir)
        rows += _search_rows(library, ARTICLES, "< 10 ms")
        library.close()

        from benchmarks.bench_startup import keystroke_rows

        rows += keystroke_rows(data, f" (built-in + {ARTICLES})")
        rows += _startup_rows(work / "bench.chpack", keys)
        rows += _large_rows(work / "large", keys, key)
        return rows
    finally:
        shutil.rmtree(work, ignore_errors=True)


def _large_rows(work: Path, keys: Path, key: object) -> list[Row]:
    """Install, index and search a 5,000-article pack beside the built-in one."""
    from desktop.core.library import HelpLibrary
    from desktop.core.packs import pack_store
    from desktop.core.paths import resolve_paths
    from index.packs.folder import build_pack

    _pack_folder(work / "folder", LARGE)
    build_pack(work / "folder", work / "large.chpack", key)  # type: ignore[arg-type]
    size = (work / "large.chpack").stat().st_size
    _, total_ms, updates, data = _install_and_index(work / "install", work / "large.chpack", keys)
    paths = resolve_paths({"CHECKIN_HELP_DATA_DIR": str(data)})
    store = pack_store(paths)
    library = HelpLibrary.load_content(paths.content_dir, store)
    library.open_index(CONTENT, work / "none", paths.index_cache_dir)
    rows = [
        Row("packs", f"pack size ({LARGE} articles)", f"{size / 1024:.0f} KiB"),
        Row(
            "packs",
            f"install: verify + copy + index (built-in + {LARGE})",
            f"{ms(total_ms)} ({updates} progress updates)",
        ),
        Row(
            "packs", f"load packs at start (+{LARGE}) median", ms(median(time_calls(store.load, 3)))
        ),
        *_search_rows(library, LARGE, "< 50 ms"),
    ]
    library.close()
    return rows


# The app started to ready in a child process, then its peak memory in KiB: Linux's VmHWM, the
# peak of this program alone (ru_maxrss keeps the parent's peak across fork and exec, and this
# benchmark's process has just indexed thousands of articles).
START_AND_MEASURE = """
import re, resource, sys
from desktop.app import run_gui
code = run_gui(exit_when_ready=True)
try:
    with open("/proc/self/status", encoding="ascii") as f:
        peak = int(re.search(r"VmHWM:\\s+(\\d+)", f.read()).group(1))
except (OSError, AttributeError):
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
print("maxrss", peak, flush=True)
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
