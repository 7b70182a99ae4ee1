"""Entry point: the desktop app by default, sub-commands for scripts (search, build-index, log, ...)."""

from __future__ import annotations

import argparse
import importlib
import os
import sys
from collections.abc import Sequence

from desktop.commands import CommandError

# Sub-command modules, imported only when the command line names a sub-command, so that
# starting the GUI does not pay for them.
COMMAND_MODULES = ("desktop.commands.search", "desktop.commands.log", "desktop.commands.pack")


def build_parser() -> argparse.ArgumentParser:
    """The full command-line parser with every sub-command registered."""
    parser = argparse.ArgumentParser(
        prog="checkin-help",
        description="Offline help for ICE and ISAP check-ins. With no command, starts the app.",
    )
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    for name in COMMAND_MODULES:
        importlib.import_module(name).register(sub)
    return parser


def _command_names(parser: argparse.ArgumentParser) -> set[str]:
    """Names of the registered sub-commands."""
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            return set(action.choices)
    return set()


def _configure_stdio() -> None:
    """Make stdout/stderr UTF-8 so any query or content prints on every platform."""
    for stream in (sys.stdout, sys.stderr):
        reconfigure = getattr(stream, "reconfigure", None)
        if reconfigure is not None:
            reconfigure(encoding="utf-8", errors="replace")


def main(argv: Sequence[str] | None = None) -> int:
    """Run the app or a sub-command; return the exit code."""
    args = list(sys.argv[1:] if argv is None else argv)
    _configure_stdio()
    if not args or args[0].startswith("-") and args[0] not in ("-h", "--help"):
        from desktop.app import run_gui

        return run_gui(args)
    parser = build_parser()
    if args[0] not in _command_names(parser) and args[0] not in ("-h", "--help"):
        print(
            f"checkin-help: unknown command {args[0]!r} (see checkin-help --help)", file=sys.stderr
        )
        return 2
    ns = parser.parse_args(args)
    try:
        return int(ns.func(ns) or 0)
    except CommandError as exc:
        print(f"checkin-help: {exc}", file=sys.stderr)
        return exc.exit_code
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:
        return 0
    except Exception as exc:  # noqa: BLE001 - the CLI promises one plain line, never a traceback
        if os.environ.get("CHECKIN_HELP_DEBUG"):
            raise
        print(f"checkin-help: unexpected error: {exc}", file=sys.stderr)
        return 1


if __name__ == "__main__":
    sys.exit(main())
