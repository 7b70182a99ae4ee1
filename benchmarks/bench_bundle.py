"""Bundle size and bundled start-up, beside a bare PySide6 window frozen the same way.

Needs `make package` first (dist/checkin-help). The bare window and the start-up floor
(packaging/bare/: `bare.spec`, `floor.spec`) are built on demand into build/bare/ and reused
while their inputs are unchanged. Start-up is the time from launching `<program>
--exit-when-ready` to its `ready` line (window shown, and for the app and the floor the search
index open), on the offscreen platform, median of several interleaved runs after one warm-up;
the same measure as `bench_startup`'s, with each program's peak memory from the same runs.
Targets: app size within 1.3x, start-up within 2.0x and peak memory within 1.3x of the bare
window.
"""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
from pathlib import Path

from benchmarks.bench_startup import (
    MEMORY_TARGET,
    START_TARGET,
    Launch,
    launch_until_ready,
    peak,
    ratio_row,
)
from benchmarks.common import Row, median, ms

ROOT = Path(__file__).resolve().parents[1]
APP_DIR = ROOT / "dist" / "checkin-help"
BARE_SPEC_DIR = ROOT / "packaging" / "bare"
BARE_BUILD = ROOT / "build" / "bare"
EXE_SUFFIX = ".exe" if sys.platform.startswith("win") else ""
RUNS = 7
SIZE_TARGET = 1.3


def folder_size(folder: Path) -> int:
    """Bytes in the files of a folder (links not followed, not counted twice)."""
    return sum(p.lstat().st_size for p in folder.rglob("*") if p.is_file() and not p.is_symlink())


def build_frozen(name: str, extra_inputs: list[Path]) -> Path:
    """packaging/bare/<name>.spec frozen into build/bare/, unless newer than all its inputs."""
    exe = BARE_BUILD / "dist" / f"{name}-window" / f"{name}-window{EXE_SUFFIX}"
    inputs = [*BARE_SPEC_DIR.iterdir(), ROOT / "packaging" / "qt_trim.py", *extra_inputs]
    newest = max(p.stat().st_mtime for p in inputs if p.is_file())
    if exe.exists() and exe.stat().st_mtime >= newest:
        return exe
    cmd = [
        sys.executable,
        "-m",
        "PyInstaller",
        "--noconfirm",
        "--log-level",
        "ERROR",
        "--distpath",
        str(BARE_BUILD / "dist"),
        "--workpath",
        str(BARE_BUILD / "work" / name),
        str(BARE_SPEC_DIR / f"{name}.spec"),
    ]
    subprocess.run(cmd, cwd=ROOT, check=True, stdout=subprocess.DEVNULL)
    return exe


def floor_inputs() -> list[Path]:
    """What the floor bundle is made of besides its spec: the index and the code opening it."""
    return [
        *(ROOT / "build" / "search-index").iterdir(),
        *(ROOT / "index").glob("*.py"),
        *(ROOT / "desktop" / "core").glob("*.py"),
    ]


def start_runs(exes: list[Path], runs: int = RUNS) -> list[list[Launch]]:
    """For each program: `runs` runs of `exe --exit-when-ready` (time to ready, peak memory).

    The programs run in turn, round after round, so a busy moment of the machine hits all of
    them alike; the first round warms the disk and font caches and is not counted. The
    self-reported figure (`own_ms`) starts when the program's own code starts, after the
    bootloader.
    """
    results: list[list[Launch]] = [[] for _ in exes]
    with tempfile.TemporaryDirectory(prefix="bench-bundle-") as tmp:
        env = dict(
            os.environ,
            QT_QPA_PLATFORM="offscreen",
            HOME=tmp,
            CHECKIN_HELP_DATA_DIR=str(Path(tmp) / "data"),
        )
        for n in range(runs + 1):
            for exe, launches in zip(exes, results, strict=True):
                launch = launch_until_ready([str(exe), "--exit-when-ready"], env, cwd=Path(tmp))
                if n:
                    launches.append(launch)
    return results


def run() -> list[Row]:
    """Size and start-up rows for the app bundle, the bare window and the floor."""
    app_exe = APP_DIR / f"checkin-help{EXE_SUFFIX}"
    if not app_exe.exists():
        return [Row("bundle", "app bundle", "not built: run `make package` first")]
    bare_exe = build_frozen("bare", [])
    floor_exe = build_frozen("floor", floor_inputs())
    app_size, bare_size = folder_size(APP_DIR), folder_size(bare_exe.parent)
    app_runs, bare_runs, floor_runs = start_runs([app_exe, bare_exe, floor_exe])

    def launch(runs: list[Launch]) -> float:
        return median([r.launch_ms for r in runs])

    def own(runs: list[Launch]) -> str:
        return f"own code: {ms(median([r.own_ms for r in runs]))}"

    size_ratio = app_size / bare_size
    bare_ms = launch(bare_runs)
    rows = [
        Row("bundle", "app folder size", f"{app_size / 1e6:.0f} MB"),
        Row("bundle", "bare PySide6 window folder size", f"{bare_size / 1e6:.0f} MB"),
        Row("bundle", "size, app / bare", f"{size_ratio:.2f}x", f"<= {SIZE_TARGET}x"),
        Row(
            "bundle",
            f"bare start-up, launch to shown (median of {RUNS})",
            ms(bare_ms),
            own(bare_runs),
        ),
        ratio_row(
            "bundle",
            "floor start-up: bare + search index opened + search box, list, text pane",
            launch(floor_runs),
            bare_ms,
            "ms",
            own(floor_runs),
        ),
        ratio_row(
            "bundle",
            f"app start-up, launch to ready (median of {RUNS})",
            launch(app_runs),
            bare_ms,
            "ms",
            f"<= {START_TARGET}x bare; {own(app_runs)}",
        ),
    ]
    if peak(bare_runs):
        rows += [
            Row("bundle", "bare window, peak resident memory", f"{peak(bare_runs):.0f} MB"),
            ratio_row(
                "bundle", "floor, peak resident memory", peak(floor_runs), peak(bare_runs), "MB", ""
            ),
            ratio_row(
                "bundle",
                "app, peak resident memory once ready",
                peak(app_runs),
                peak(bare_runs),
                "MB",
                f"<= {MEMORY_TARGET}x bare",
            ),
        ]
    return rows
