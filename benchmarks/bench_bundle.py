"""Bundle size and bundled start-up, beside a bare PySide6 window frozen the same way.

Needs `make package` first (dist/checkin-help). The bare window and the start-up floor
(packaging/bare/: `bare.spec`, `floor.spec`) are built on demand into build/bare/ and reused
while their inputs are unchanged. Start-up is the time from launching `<program>
--exit-when-ready` to its `ready` line (window shown, and for the app and the floor the search
index open), on the offscreen platform, median of several interleaved runs after one warm-up;
the same measure as `bench_startup`'s.
Targets: app size within 1.3x and start-up within 1.5x of the bare window.
"""

from __future__ import annotations

import os
import re
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from benchmarks.common import Row, median, ms

ROOT = Path(__file__).resolve().parents[1]
APP_DIR = ROOT / "dist" / "checkin-help"
BARE_SPEC_DIR = ROOT / "packaging" / "bare"
BARE_BUILD = ROOT / "build" / "bare"
EXE_SUFFIX = ".exe" if sys.platform.startswith("win") else ""
RUNS = 7
SIZE_TARGET = 1.3
START_TARGET = 1.5


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


def start_times(exes: list[Path], runs: int = RUNS) -> list[tuple[list[float], list[float]]]:
    """For each program: launch-to-ready times of `exe --exit-when-ready`, and its `ready <ms>`.

    The programs run in turn, round after round, so a busy moment of the machine hits all of
    them alike. Launch to ready is timed by this process, from starting the program to reading
    its `ready` line, so the bootloader, Python's start and every import count; the time the
    program then takes to exit does not (the person is already using the window by then). The
    self-reported figure starts when the program's own code starts, after the bootloader.
    """
    results: list[tuple[list[float], list[float]]] = [([], []) for _ in exes]
    with tempfile.TemporaryDirectory(prefix="bench-bundle-") as tmp:
        env = dict(
            os.environ,
            QT_QPA_PLATFORM="offscreen",
            HOME=tmp,
            CHECKIN_HELP_DATA_DIR=str(Path(tmp) / "data"),
        )
        for n in range(runs + 1):
            for exe, (launches, readies) in zip(exes, results, strict=True):
                launch, ready = _start_once(exe, env)
                if n:  # the first round warms the disk cache and font cache
                    launches.append(launch)
                    readies.append(ready)
    return results


def _start_once(exe: Path, env: dict[str, str]) -> tuple[float, float]:
    """One run of `exe --exit-when-ready`: (launch to ready line, self-reported ms)."""
    start = time.perf_counter()
    proc = subprocess.Popen(
        [str(exe), "--exit-when-ready"],
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    assert proc.stdout is not None
    launch = None
    found = None
    for line in proc.stdout:
        if found is None:
            found = re.match(r"ready (\d+)", line)
            if found:
                launch = (time.perf_counter() - start) * 1000
    _, err = proc.communicate(timeout=120)
    if proc.returncode != 0 or found is None or launch is None:
        raise RuntimeError(f"{exe.name} --exit-when-ready failed: {err[-300:]}")
    return launch, float(found.group(1))


def run() -> list[Row]:
    """Size and start-up rows for the app bundle, the bare window and the floor."""
    app_exe = APP_DIR / f"checkin-help{EXE_SUFFIX}"
    if not app_exe.exists():
        return [Row("bundle", "app bundle", "not built: run `make package` first")]
    bare_exe = build_frozen("bare", [])
    floor_exe = build_frozen("floor", floor_inputs())
    app_size, bare_size = folder_size(APP_DIR), folder_size(bare_exe.parent)
    (app_launch, app_ready), (bare_launch, bare_ready), (floor_launch, floor_ready) = start_times(
        [app_exe, bare_exe, floor_exe]
    )
    size_ratio = app_size / bare_size
    bare_ms = median(bare_launch)
    return [
        Row("bundle", "app folder size", f"{app_size / 1e6:.0f} MB"),
        Row("bundle", "bare PySide6 window folder size", f"{bare_size / 1e6:.0f} MB"),
        Row("bundle", "size, app / bare", f"{size_ratio:.2f}x", f"<= {SIZE_TARGET}x"),
        Row(
            "bundle",
            f"bare start-up, launch to shown (median of {RUNS})",
            ms(bare_ms),
            f"own code: {ms(median(bare_ready))}",
        ),
        Row(
            "bundle",
            "floor start-up: bare + search index opened + search box, list, text pane",
            f"{ms(median(floor_launch))} ({median(floor_launch) / bare_ms:.2f}x bare)",
            f"own code: {ms(median(floor_ready))}",
        ),
        Row(
            "bundle",
            f"app start-up, launch to ready (median of {RUNS})",
            ms(median(app_launch)),
            f"own code: {ms(median(app_ready))}",
        ),
        Row(
            "bundle",
            "start-up, app / bare",
            f"{median(app_launch) / bare_ms:.2f}x",
            f"<= {START_TARGET}x",
        ),
    ]
