"""Contact log sub-commands (placeholder until the log store lands)."""

from __future__ import annotations

import argparse


def register(sub: argparse._SubParsersAction) -> None:
    """Add the log sub-commands (none yet)."""
