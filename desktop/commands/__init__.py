"""Command-line sub-commands: thin wrappers that turn core exceptions into one plain line.

Each module here exposes `register(subparsers)`, adding its sub-commands with `set_defaults(func=...)`.
A handler returns the process exit code and raises `CommandError` for a plain-language failure.
"""

from __future__ import annotations


class CommandError(Exception):
    """A failure to report as one plain line on stderr, with an exit code."""

    def __init__(self, message: str, exit_code: int = 1) -> None:
        super().__init__(message)
        self.exit_code = exit_code
