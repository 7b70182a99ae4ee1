"""Shared helpers for the benchmarks: a result row, timing, percentiles, the table printer."""

from __future__ import annotations

import statistics
import time
from collections.abc import Callable
from dataclasses import dataclass


@dataclass(frozen=True)
class Row:
    """One measured figure, with the target it is judged against (free text, may be empty)."""

    area: str
    metric: str
    value: str
    target: str = ""


def time_calls(fn: Callable[[], object], repeat: int) -> list[float]:
    """Call fn `repeat` times; return each call's duration in milliseconds."""
    out = []
    for _ in range(repeat):
        start = time.perf_counter()
        fn()
        out.append((time.perf_counter() - start) * 1000)
    return out


def percentile(values: list[float], pct: float) -> float:
    """The pct-th percentile (nearest rank) of values."""
    ordered = sorted(values)
    k = max(0, min(len(ordered) - 1, round(pct / 100 * len(ordered) + 0.5) - 1))
    return ordered[k]


def median(values: list[float]) -> float:
    """The median of values."""
    return statistics.median(values)


def ms(value: float) -> str:
    """Format milliseconds for the table."""
    return f"{value:.2f} ms" if value < 100 else f"{value:.0f} ms"


def print_table(rows: list[Row]) -> None:
    """Print rows as an aligned Markdown table (pasteable into the README)."""
    header = Row("area", "metric", "value", "target")
    cols = list(zip(*[(r.area, r.metric, r.value, r.target) for r in [header, *rows]], strict=True))
    widths = [max(len(c) for c in col) for col in cols]

    def line(r: Row) -> str:
        cells = (r.area, r.metric, r.value, r.target)
        return "| " + " | ".join(c.ljust(w) for c, w in zip(cells, widths, strict=True)) + " |"

    print(line(header))
    print("|" + "|".join("-" * (w + 2) for w in widths) + "|")
    for r in rows:
        print(line(r))
