"""Bundle size and bundled start-up, beside a bare PySide6 window frozen the same way.

Needs `make package` first (dist/checkin-help). The bare window (packaging/bare/) is built on
demand into build/bare/ and reused while its spec, script and packaging/qt_trim.py are unchanged.
Start-up is the wall time of `<program> --exit-when-ready` (process start to exit after the first
window is shown) on the offscreen platform, median of several runs after one warm-up.
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
BARE_DIR = BARE_BUILD / "dist" / "bare-window"
EXE_SUFFIX = ".exe" if sys.platform.startswith("win") else ""
RUNS = 7
SIZE_TARGET = 1.3
START_TARGET = 1.5


def folder_size(folder: Path) -> int:
    """Bytes in the files of a folder (links not followed, not counted twice)."""
    return sum(p.lstat().st_size for p in folder.rglob("*") if p.is_file() and not p.is_symlink())


def build_bare() -> Path:
    """The bare window bundle, rebuilt only when its inputs are newer than the last build."""
    exe = BARE_DIR / f"bare-window{EXE_SUFFIX}"
    inputs = [*BARE_SPEC_DIR.iterdir(), ROOT / "packaging" / "qt_trim.py"]
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
        str(BARE_BUILD / "work"),
        str(BARE_SPEC_DIR / "bare.spec"),
    ]
    subprocess.run(cmd, cwd=ROOT, check=True, stdout=subprocess.DEVNULL)
    return exe


def start_times(exe: Path, runs: int = RUNS) -> tuple[list[float], list[float]]:
    """Wall times and self-reported `ready <ms>` times of `exe --exit-when-ready`, in ms."""
    walls: list[float] = []
    readies: list[float] = []
    with tempfile.TemporaryDirectory(prefix="bench-bundle-") as tmp:
        env = dict(
            os.environ,
            QT_QPA_PLATFORM="offscreen",
            HOME=tmp,
            CHECKIN_HELP_DATA_DIR=str(Path(tmp) / "data"),
        )
        for n in range(runs + 1):
            start = time.perf_counter()
            result = subprocess.run(
                [str(exe), "--exit-when-ready"],
                env=env,
                capture_output=True,
                text=True,
                timeout=120,
                check=False,
            )
            wall = (time.perf_counter() - start) * 1000
            found = re.search(r"^ready (\d+)", result.stdout, re.MULTILINE)
            if result.returncode != 0 or not found:
                raise RuntimeError(f"{exe.name} --exit-when-ready failed: {result.stderr[-300:]}")
            if n:  # the first run warms the disk cache and font cache
                walls.append(wall)
                readies.append(float(found.group(1)))
    return walls, readies


def run() -> list[Row]:
    """Size and start-up rows for the app bundle and the bare window."""
    app_exe = APP_DIR / f"checkin-help{EXE_SUFFIX}"
    if not app_exe.exists():
        return [Row("bundle", "app bundle", "not built: run `make package` first")]
    bare_exe = build_bare()
    app_size, bare_size = folder_size(APP_DIR), folder_size(BARE_DIR)
    app_wall, app_ready = start_times(app_exe)
    bare_wall, bare_ready = start_times(bare_exe)
    size_ratio = app_size / bare_size
    start_ratio = median(app_wall) / median(bare_wall)
    return [
        Row("bundle", "app folder size", f"{app_size / 1e6:.0f} MB"),
        Row("bundle", "bare PySide6 window folder size", f"{bare_size / 1e6:.0f} MB"),
        Row("bundle", "size, app / bare", f"{size_ratio:.2f}x", f"<= {SIZE_TARGET}x"),
        Row(
            "bundle",
            f"app start-up to ready and exit (median of {RUNS})",
            ms(median(app_wall)),
            f"ready at {ms(median(app_ready))}",
        ),
        Row(
            "bundle",
            f"bare start-up to ready and exit (median of {RUNS})",
            ms(median(bare_wall)),
            f"ready at {ms(median(bare_ready))}",
        ),
        Row("bundle", "start-up, app / bare", f"{start_ratio:.2f}x", f"<= {START_TARGET}x"),
    ]
