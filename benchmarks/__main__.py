"""Run every `benchmarks/bench_*.py` module and print one table of their rows.

Each module exposes `run() -> list[Row]`. Pass module names (e.g. `search`) to run only those.
"""

from __future__ import annotations

import importlib
import sys
from pathlib import Path

from benchmarks.common import Row, print_table


def main(argv: list[str]) -> int:
    """Run the selected benchmark modules (all by default) and print the table."""
    if argv[:1] == ["soak"]:  # minutes long, its own table: `make soak`
        from benchmarks.bench_soak import main as soak

        return soak(argv[1:])
    here = Path(__file__).parent
    names = argv or sorted(
        p.stem.removeprefix("bench_") for p in here.glob("bench_*.py") if p.stem != "bench_soak"
    )
    rows: list[Row] = []
    for name in names:
        module = importlib.import_module(f"benchmarks.bench_{name}")
        print(f"running {name} ...", file=sys.stderr, flush=True)
        rows.extend(module.run())
    print_table(rows)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
