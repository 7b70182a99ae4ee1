"""Composition root: builds the services once and hands them to the windows."""

from __future__ import annotations

import sys
from collections.abc import Sequence


def run_gui(argv: Sequence[str]) -> int:
    """Start the desktop app (not built yet: say so plainly)."""
    print("checkin-help: the desktop app is not built yet; use a sub-command (see --help).", file=sys.stderr)
    return 2
