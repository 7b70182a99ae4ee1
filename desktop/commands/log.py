"""`checkin-help log ...`: the contact log for staff scripts and checks (a thin wrapper on the core).

The passphrase comes from CHECKIN_HELP_PASSPHRASE or is asked for without echo; it is never a
command-line argument (other users of the PC could read it in the process list).
"""

from __future__ import annotations

import argparse
import getpass
import json
import os
import sys
from datetime import datetime
from pathlib import Path

from desktop.commands import CommandError

PASSPHRASE_ENV = "CHECKIN_HELP_PASSPHRASE"
BACKUP_PASSPHRASE_ENV = "CHECKIN_HELP_BACKUP_PASSPHRASE"


def register(sub: argparse._SubParsersAction) -> None:
    """Add `log new|add|list|export|delete|restore`."""
    log = sub.add_parser("log", help="the private contact log (new, add, list, export, delete)")
    log_sub = log.add_subparsers(dest="log_command", metavar="ACTION", required=True)

    def with_log(p: argparse.ArgumentParser, required: bool = True) -> argparse.ArgumentParser:
        p.add_argument("--log", required=required, metavar="NICKNAME", help="the log's nickname")
        return p

    p = with_log(log_sub.add_parser("new", help="create a new encrypted log"))
    p.set_defaults(func=cmd_new)

    p = with_log(log_sub.add_parser("add", help="record an attempt; prints the new entry's id"))
    p.add_argument(
        "--when", default="now", help="date and time, e.g. 2026-11-26 14:05 (default: now)"
    )
    p.add_argument(
        "--method", default="phone", help="phone, email, website, in person, letter, other"
    )
    p.add_argument("--contact", default="", help="number, address or site")
    p.add_argument("--outcome", required=True, help="e.g. 'no answer', 'voicemail left', 'spoke'")
    p.add_argument("--office", default="")
    p.add_argument("--person", default="", help="person spoken to")
    p.add_argument(
        "--appointment", default=None, help="appointment date and time, if one was given"
    )
    p.add_argument("--notes", default="")
    p.add_argument("--attach", action="append", default=[], metavar="FILE", help="picture or PDF")
    p.set_defaults(func=cmd_add)

    p = with_log(
        log_sub.add_parser("list", help="print the entries (no --log: the nicknames)"), False
    )
    p.add_argument("--json", action="store_true", help="machine-readable output")
    p.set_defaults(func=cmd_list)

    p = with_log(log_sub.add_parser("export", help="write a PDF record, a CSV file or a backup"))
    group = p.add_mutually_exclusive_group(required=True)
    group.add_argument("--pdf", type=Path, metavar="FILE")
    group.add_argument("--csv", type=Path, metavar="FILE")
    group.add_argument("--backup", type=Path, metavar="FILE")
    p.set_defaults(func=cmd_export)

    p = with_log(log_sub.add_parser("restore", help="make a log from a backup file"))
    p.add_argument("--from", dest="source", type=Path, required=True, metavar="FILE")
    p.set_defaults(func=cmd_restore)

    p = with_log(log_sub.add_parser("delete", help="delete a log and every file of it"))
    p.add_argument("--yes", action="store_true", help="do not ask for confirmation")
    p.set_defaults(func=cmd_delete)


def _store():  # type: ignore[no-untyped-def]
    from desktop.core.contact_log import LogStore
    from desktop.core.paths import resolve_paths

    return LogStore(resolve_paths().logs_dir)


def _passphrase(env: str, prompt: str, confirm: bool = False) -> str:
    """The passphrase from the environment, else asked for without echo."""
    value = os.environ.get(env)
    if value:
        return value
    if not sys.stdin.isatty():
        raise CommandError(f"no passphrase: set {env} or run this in a terminal")
    first = getpass.getpass(prompt)
    if confirm and getpass.getpass("Type it again: ") != first:
        raise CommandError("the two passphrases are not the same")
    return first


def _open(nickname: str):  # type: ignore[no-untyped-def]
    from desktop.core.contact_log import ContactLogError

    try:
        return _store().open(nickname, _passphrase(PASSPHRASE_ENV, "Passphrase: "))
    except ContactLogError as exc:
        raise CommandError(str(exc)) from exc


def _parse_when(text: str, what: str) -> datetime:
    if text.strip().lower() == "now":
        return datetime.now().astimezone()
    try:
        return datetime.fromisoformat(text.strip())
    except ValueError as exc:
        raise CommandError(f"{what}: use a date like 2026-11-26 14:05 (got {text!r})") from exc


def cmd_new(ns: argparse.Namespace) -> int:
    """Create a log."""
    from desktop.core.contact_log import ContactLogError

    passphrase = _passphrase(
        PASSPHRASE_ENV, "New passphrase (it cannot be recovered): ", confirm=True
    )
    try:
        _store().create(ns.log, passphrase).close()
    except ContactLogError as exc:
        raise CommandError(str(exc)) from exc
    print(f"created log {ns.log!r}. Keep the passphrase safe: it cannot be recovered.")
    return 0


def cmd_add(ns: argparse.Namespace) -> int:
    """Add an entry; print its id only after the transaction committed."""
    from desktop.core.contact_log import (
        ContactLogError,
        EntryDraft,
        NewAttachment,
        parse_method,
        parse_outcome,
    )

    try:
        attachments = tuple(NewAttachment(Path(f).name, Path(f).read_bytes()) for f in ns.attach)
    except OSError as exc:
        raise CommandError(f"cannot read attachment: {exc.strerror or exc}") from exc
    try:
        draft = EntryDraft(
            when=_parse_when(ns.when, "--when"),
            method=parse_method(ns.method),
            outcome=parse_outcome(ns.outcome),
            contact=ns.contact,
            office=ns.office,
            person=ns.person,
            appointment=_parse_when(ns.appointment, "--appointment") if ns.appointment else None,
            notes=ns.notes,
            attachments=attachments,
        )
    except ContactLogError as exc:
        raise CommandError(str(exc)) from exc
    log = _open(ns.log)
    try:
        entry_id = log.add(draft)
    except ContactLogError as exc:
        raise CommandError(str(exc)) from exc
    finally:
        log.close()
    print(entry_id, flush=True)
    return 0


def _entry_json(e) -> dict[str, object]:  # type: ignore[no-untyped-def]
    return {
        "id": e.id,
        "when": e.when.isoformat(),
        "method": e.method.value,
        "contact": e.contact,
        "office": e.office,
        "person": e.person,
        "outcome": e.outcome.value,
        "appointment": e.appointment.isoformat() if e.appointment else None,
        "notes": e.notes,
        "attachments": [
            {"id": a.id, "name": a.name, "type": a.mime, "size": a.size} for a in e.attachments
        ],
        "made_at": e.made_at.isoformat(),
        "updated_at": e.updated_at.isoformat() if e.updated_at else None,
    }


def cmd_list(ns: argparse.Namespace) -> int:
    """Print the entries of a log, or the nicknames when no log is named."""
    if not ns.log:
        names = _store().list_logs()
        print(json.dumps(names, ensure_ascii=False) if ns.json else "\n".join(names))
        return 0
    log = _open(ns.log)
    try:
        entries = log.entries()
    finally:
        log.close()
    if ns.json:
        print(json.dumps([_entry_json(e) for e in entries], ensure_ascii=False, indent=1))
        return 0
    for e in entries:
        where = f" {e.contact}" if e.contact else ""
        notes = f" - {e.notes.splitlines()[0]}" if e.notes else ""
        print(
            f"{e.id:>5}  {e.when:%Y-%m-%d %H:%M}  {e.method.value}{where}: {e.outcome.value}{notes}"
        )
    print(f"{len(entries)} entries")
    return 0


def cmd_export(ns: argparse.Namespace) -> int:
    """Write a PDF record, a CSV file or an encrypted backup."""
    from desktop.core.contact_log import ContactLogError

    log = _open(ns.log)
    try:
        if ns.csv:
            log.export_csv(ns.csv)
            target = ns.csv
        elif ns.backup:
            backup_pass = _passphrase(
                BACKUP_PASSPHRASE_ENV, "Passphrase for the backup file: ", True
            )
            log.export_backup(ns.backup, backup_pass)
            target = ns.backup
        else:
            # Only this path needs Qt (QTextDocument + QPdfWriter), on the offscreen platform.
            from desktop.ui.contact_log.record import write_record_pdf

            write_record_pdf(log, ns.pdf)
            target = ns.pdf
    except ContactLogError as exc:
        raise CommandError(str(exc)) from exc
    except OSError as exc:
        raise CommandError(
            f"could not write {exc.filename or 'the file'}: {exc.strerror or exc}"
        ) from exc
    finally:
        log.close()
    print(f"wrote {target}")
    return 0


def cmd_restore(ns: argparse.Namespace) -> int:
    """Make a new log from a backup file."""
    from desktop.core.contact_log import ContactLogError

    backup_pass = _passphrase(BACKUP_PASSPHRASE_ENV, "Passphrase of the backup file: ")
    new_pass = _passphrase(PASSPHRASE_ENV, "Passphrase for the restored log: ", confirm=True)
    try:
        _store().restore_backup(ns.source, backup_pass, ns.log, new_pass).close()
    except ContactLogError as exc:
        raise CommandError(str(exc)) from exc
    print(f"restored log {ns.log!r}")
    return 0


def cmd_delete(ns: argparse.Namespace) -> int:
    """Delete a log (its passphrase is required) and every file of it, backups it made included."""
    from desktop.core.contact_log import ContactLogError

    log = _open(ns.log)
    try:
        backups = log.made_backups()
    finally:
        log.close()
    if not ns.yes:
        if not sys.stdin.isatty():
            raise CommandError("add --yes to delete without a question")
        answer = input(f"Delete the log {ns.log!r} and {len(backups)} backup file(s)? Type yes: ")
        if answer.strip().lower() != "yes":
            print("nothing deleted")
            return 1
    try:
        _store().delete(ns.log, also_remove=backups)
    except ContactLogError as exc:
        raise CommandError(str(exc)) from exc
    print(f"deleted log {ns.log!r}")
    return 0
