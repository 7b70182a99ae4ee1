"""Start-up and peak memory of the app beside a bare PySide6 window, and keystroke-to-results time.

Start-up: `python -m desktop --exit-when-ready` (window shown with the start page and the
question list, index open, then exit), median of several runs on the offscreen platform, beside
a tiny script that shows an empty QMainWindow and exits the same way, and beside the "floor"
(`packaging/bare/floor_window.py`: that window plus the search index opened and the first
screen's three widgets, nothing else). Memory: each process's peak resident set, taken in the
same runs. Targets: start-up within 2.0x the bare window, memory within 1.3x. Keystroke:
in-process, from a key press in the search box to the results list (and the previewed answer)
being updated, over every prefix of real queries.
"""

from __future__ import annotations

import os
import re
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

from benchmarks.common import Row, median, ms, percentile

ROOT = Path(__file__).resolve().parents[1]
RUNS = 11
START_TARGET = 2.0
MEMORY_TARGET = 1.3
# An empty window, shown; `ready <ms>` printed from the event loop (as the app does), then quit.
BARE_WINDOW = """
import sys, time
start = time.perf_counter()
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMainWindow
app = QApplication(sys.argv)
w = QMainWindow()
w.setWindowTitle("bare")
w.resize(1100, 720)
w.show()
def ready():
    print(f"ready {(time.perf_counter() - start) * 1000:.0f}", flush=True)
    app.quit()
QTimer.singleShot(0, ready)
sys.exit(app.exec())
"""
# The least any app meeting the start-up definition must do (the bare window, the search index
# opened, the first screen's three widgets): its ratio to the bare window is the floor under the
# app's. The same script is frozen for the bundle benchmark.
FLOOR_SCRIPT = ROOT / "packaging" / "bare" / "floor_window.py"
QUERIES = [
    "no me contestan",
    "cant go to my check in",
    "tobillera",
    "ICE took my passport",
    "anckle monittor",
    "cita muy lejos",
]


def _env(data_dir: Path) -> dict[str, str]:
    """Offscreen, private data folder, compiled bytecode kept (in a private cache folder).

    An installed app runs from compiled bytecode (pip compiles on install; the bundle ships
    .pyc). A developer's shell may set PYTHONDONTWRITEBYTECODE, and then every source file whose
    .pyc is missing or stale is compiled again on every start, which no user ever pays. So both
    processes write their bytecode under data_dir (the warm-up run fills it; the checkout stays
    clean) and read it from there.
    """
    env = dict(os.environ)
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    env.update(
        QT_QPA_PLATFORM="offscreen",
        CHECKIN_HELP_DATA_DIR=str(data_dir),
        PYTHONPYCACHEPREFIX=str(data_dir / "pycache"),
    )
    return env


@dataclass(frozen=True)
class Launch:
    """One run of a program up to its `ready` line."""

    launch_ms: float  # from starting the process to reading its `ready` line
    own_ms: float  # what the program reported: from its own code's first line to ready
    peak_mb: float | None  # its peak resident memory (None where the OS does not say)


def launch_until_ready(args: list[str], env: dict[str, str], cwd: Path = ROOT) -> Launch:
    """Run a program that prints `ready <ms>` and quits; time it and take its peak memory.

    Timed by this process, so interpreter start-up and every import count; the time the
    program then takes to exit does not (the person is already using the window by then).
    Peak memory is the program's `VmHWM` (Linux), read the moment its `ready` line arrives.
    (Not `wait4`'s `ru_maxrss`: a child counts the parent's memory at the fork in it.)
    """
    start = time.perf_counter()
    proc = subprocess.Popen(
        args, cwd=cwd, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True
    )
    assert proc.stdout is not None
    launch = own = peak_mb = None
    for line in proc.stdout:
        found = re.match(r"ready (\d+)", line)
        if found and launch is None:
            launch = (time.perf_counter() - start) * 1000
            peak_mb = _peak_mb(proc.pid)
            own = float(found.group(1))
    _, err = proc.communicate(timeout=120)
    if proc.returncode != 0 or launch is None or own is None:
        raise RuntimeError(f"{args} failed: {err.strip()[-500:]}")
    return Launch(launch, own, peak_mb)


def _peak_mb(pid: int) -> float | None:
    """A running process's peak resident memory in MB (None where /proc does not say)."""
    try:
        status = Path(f"/proc/{pid}/status").read_text(encoding="ascii")
    except OSError:
        return None
    found = re.search(r"^VmHWM:\s+(\d+) kB", status, re.M)
    return int(found.group(1)) / 1024 if found else None


def ratio_row(area: str, metric: str, value: float, bare: float, unit: str, target: str) -> Row:
    """A row showing value beside the bare window's, as a ratio."""
    text = ms(value) if unit == "ms" else f"{value:.0f} MB"
    return Row(area, metric, f"{text} ({value / bare:.2f}x bare)", target)


def peak(runs: list[Launch]) -> float:
    """The median peak memory of the runs that report one (0 when none does)."""
    known = [r.peak_mb for r in runs if r.peak_mb is not None]
    return median(known) if known else 0.0


def startup_rows() -> list[Row]:
    """Median start-up and peak memory of the app, the floor and a bare window, side by side."""
    with tempfile.TemporaryDirectory(prefix="bench-startup-") as tmp:
        env = _env(Path(tmp))
        programs = {
            "app": [sys.executable, "-m", "desktop", "--exit-when-ready"],
            "bare": [sys.executable, "-c", BARE_WINDOW],
            # Run as `-c` from the checkout, like the app's `-m`: modules found the same way.
            "floor": [sys.executable, "-c", FLOOR_SCRIPT.read_text("utf-8"), "--exit-when-ready"],
        }
        # Warm-up: builds the index cache when the checkout has no bundled index, compiles the
        # bytecode of all three, fills the OS cache.
        for args in programs.values():
            launch_until_ready(args, env)
        runs: dict[str, list[Launch]] = {name: [] for name in programs}
        for _ in range(RUNS):  # interleaved, so machine noise hits all alike
            for name, args in programs.items():
                runs[name].append(launch_until_ready(args, env))
    start = {name: median([r.launch_ms for r in rs]) for name, rs in runs.items()}
    memory = {name: peak(rs) for name, rs in runs.items()}
    rows = [
        Row(
            "startup", f"bare PySide6 window, launch to shown (median of {RUNS})", ms(start["bare"])
        ),
        ratio_row(
            "startup",
            "floor: bare window + search index opened + search box, list, text pane",
            start["floor"],
            start["bare"],
            "ms",
            "",
        ),
        ratio_row(
            "startup",
            f"checkin-help --exit-when-ready, launch to ready (median of {RUNS})",
            start["app"],
            start["bare"],
            "ms",
            f"<= {START_TARGET}x bare",
        ),
    ]
    if memory["bare"]:
        rows += [
            Row(
                "memory",
                "bare PySide6 window, peak resident memory once shown",
                f"{memory['bare']:.0f} MB",
            ),
            ratio_row(
                "memory",
                "floor, peak resident memory once ready",
                memory["floor"],
                memory["bare"],
                "MB",
                "",
            ),
            ratio_row(
                "memory",
                "checkin-help, peak resident memory once ready",
                memory["app"],
                memory["bare"],
                "MB",
                f"<= {MEMORY_TARGET}x bare",
            ),
        ]
    return rows


def keystroke_rows(data_dir: Path | None = None, label: str = "") -> list[Row]:
    """Key press to results shown, median and p99 over every prefix of the sample queries.

    `data_dir`: a data folder with installed information packs (`benchmarks.bench_packs`):
    the window then shows the active packs, as the app does; `label` names them in the rows.
    """
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    with tempfile.TemporaryDirectory(prefix="bench-keys-") as tmp:
        previous = os.environ.get("CHECKIN_HELP_DATA_DIR")
        os.environ["CHECKIN_HELP_DATA_DIR"] = str(data_dir or tmp)
        from PySide6.QtTest import QTest
        from PySide6.QtWidgets import QApplication

        from desktop.core.library import HelpLibrary
        from desktop.core.packs import pack_store
        from desktop.core.paths import resolve_paths
        from desktop.core.settings import SettingsStore
        from desktop.ui.main_window import MainWindow

        existing = QApplication.instance()
        app = existing if isinstance(existing, QApplication) else QApplication([])
        paths = resolve_paths()
        store_of_packs = pack_store(paths) if data_dir is not None else None
        library = HelpLibrary.load_content(paths.content_dir, store_of_packs)
        library.open_index(paths.content_dir, paths.bundled_index_dir, paths.index_cache_dir)
        store = SettingsStore(Path(tmp) / "settings.json")
        window = MainWindow(library, store, store.load())
        window.show()
        # As the app does once the window shows (desktop.app.warm_up_search, in the thread pool).
        library.warm_up()
        QTest.qWait(300)
        updated: list[bool] = []
        window.resultsUpdated.connect(lambda: updated.append(True))
        times: list[float] = []
        search_only: list[float] = []
        for _ in range(3):
            for query in QUERIES:
                window.search_box.clear()
                window.search_box.flush()
                app.processEvents()
                for ch in query:
                    updated.clear()
                    start = time.perf_counter()
                    QTest.keyClick(window.search_box, ch)
                    while not updated:
                        app.processEvents()
                    # Paint what changed, as the screen would.
                    window.results.viewport().repaint()
                    window.answer.viewport().repaint()
                    times.append((time.perf_counter() - start) * 1000)
                    search_only.append(window.search.last_search_ms)
        window.close()
        library.close()
        if previous is None:
            os.environ.pop("CHECKIN_HELP_DATA_DIR", None)
        else:
            os.environ["CHECKIN_HELP_DATA_DIR"] = previous
    area = "packs" if data_dir is not None else "keystroke"
    return [
        Row(
            area,
            f"key press to results painted{label}, median ({len(times)} keys)",
            ms(median(times)),
            "<= 16 ms",
        ),
        Row(
            area, f"key press to results painted{label}, p99", ms(percentile(times, 99)), "<= 16 ms"
        ),
        Row(area, f"search + list + answer update{label}, median", ms(median(search_only))),
    ]


def run() -> list[Row]:
    """All rows of this benchmark."""
    return startup_rows() + keystroke_rows()


if __name__ == "__main__":
    from benchmarks.common import print_table

    print_table(run())
