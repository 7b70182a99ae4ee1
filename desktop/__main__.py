"""Entry point: the desktop app by default, sub-commands for scripts (search, build-index, log, ...).

One argparse parser holds every flag and command: an unknown flag exits 2 with the usage line,
and `checkin-help --help` lists them all.
"""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Sequence

from desktop import __version__
from desktop.commands import CommandError, log, pack, search


def build_parser() -> argparse.ArgumentParser:
    """The full command-line parser: the app's flags and every sub-command."""
    parser = argparse.ArgumentParser(
        prog="checkin-help",
        description="Offline help for ICE and ISAP check-ins. With no command, starts the app.",
        epilog="Run 'checkin-help COMMAND --help' for a command's own options.",
    )
    parser.add_argument(
        "--self-test",
        action="store_true",
        help="check that this installation works (offline, no window), print one line and exit",
    )
    parser.add_argument(
        "--exit-when-ready",
        action="store_true",
        help="start the app, print 'ready <ms>' once the window shows its content, then quit",
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    search.register(sub)
    log.register(sub)
    pack.register(sub)
    return parser


def _configure_stdio() -> None:
    """Make stdout/stderr UTF-8 so any query or content prints on every platform."""
    for stream in (sys.stdout, sys.stderr):
        reconfigure = getattr(stream, "reconfigure", None)
        if reconfigure is not None:
            reconfigure(encoding="utf-8", errors="replace")


def main(argv: Sequence[str] | None = None) -> int:
    """Run the app or a sub-command; return the exit code."""
    _configure_stdio()
    ns = build_parser().parse_args(sys.argv[1:] if argv is None else list(argv))
    if ns.command is None:
        if ns.self_test:
            from desktop.selftest import run_self_test

            return run_self_test()
        from desktop.app import run_gui

        return run_gui(exit_when_ready=ns.exit_when_ready)
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
