"""Staff PIN timings: one check of the right PIN (what staff wait for, and a guesser per try)."""

from __future__ import annotations

import tempfile
from pathlib import Path

from benchmarks.common import Row, median, ms, time_calls
from desktop.core import staff
from desktop.core.staff import StaffPin


def run() -> list[Row]:
    """Set a PIN in a temporary folder and time checking it."""
    cost = staff.DEFAULT_COST
    with tempfile.TemporaryDirectory() as tmp:
        pin = StaffPin(Path(tmp))
        pin.set_pin("246813")
        checks = time_calls(lambda: pin.check("246813"), 5)
    return [
        Row(
            "staff",
            f"staff PIN check (scrypt n=2^{cost.logn}, r={cost.r}, {cost.memory >> 20} MiB), median",
            ms(median(checks)),
            "0.1-0.5 s: a moment for staff, slow for a guesser",
        )
    ]
