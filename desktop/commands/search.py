"""Search sub-commands (placeholder until the index package lands)."""

from __future__ import annotations

import argparse


def register(sub: argparse._SubParsersAction) -> None:
    """Add the search sub-commands (none yet)."""
