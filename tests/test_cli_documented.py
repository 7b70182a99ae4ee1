"""Every command-line sub-command (and `log` action) is shown in the README, as sqlite-utils does."""

from __future__ import annotations

import argparse
from pathlib import Path

from desktop.__main__ import build_parser

README = Path(__file__).resolve().parents[1] / "README.md"


def _subcommands(parser: argparse.ArgumentParser) -> dict[str, argparse.ArgumentParser]:
    """The sub-parsers of parser, by name."""
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            return dict(action.choices)
    return {}


def test_every_command_is_documented_in_the_readme() -> None:
    text = README.read_text(encoding="utf-8")
    commands = _subcommands(build_parser())
    assert commands, "no sub-commands registered"
    missing = []
    for name, sub in commands.items():
        nested = _subcommands(sub)
        for usage in [f"checkin-help {name} {action}" for action in nested] or [
            f"checkin-help {name}"
        ]:
            if usage not in text:
                missing.append(usage)
    assert missing == []


def test_every_flag_is_documented_in_the_readme() -> None:
    """The app's own flags (the one parser's), as `checkin-help --flag`."""
    text = README.read_text(encoding="utf-8")
    flags = [o for a in build_parser()._actions for o in a.option_strings if o.startswith("--")]
    assert {"--exit-when-ready", "--self-test", "--help"} <= set(flags)
    assert [f for f in flags if f"checkin-help {f}" not in text] == []
