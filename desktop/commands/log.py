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

    p = with_log(
        log_sub.add_parser(
            "export",
            help="write a PDF record, a CSV file or a backup (a folder: a default file name)",
        )
    )
    group = p.add_mutually_exclusive_group(required=True)
    group.add_argument("--pdf", type=Path, metavar="FILE", help="not encrypted")
    group.add_argument("--csv", type=Path, metavar="FILE", help="not encrypted")
    group.add_argument(
        "--backup", type=Path, metavar="FILE", help="encrypted with its own passphrase"
    )
    p.set_defaults(func=cmd_export)

    p = with_log(log_sub.add_parser("restore", help="make a log from a backup file"))
    p.add_argument("--from", dest="source", type=Path, required=True, metavar="FILE")
    p.set_defaults(func=cmd_restore)

    p = with_log(log_sub.add_parser("delete", help="delete a log's own files from this computer"))
    p.add_argument("--yes", action="store_true", help="do not ask for confirmation")
    p.add_argument(
        "--also-exports",
        action="store_true",
        help="also delete the backups, CSV and PDF files saved from it that are still the same"
        " files, on this computer's own drives (never on a USB stick or network drive)",
    )
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


def _new_passphrase(env: str, prompt: str, nickname: str, field: str) -> str:
    """A new passphrase (asked twice on a terminal), refused with the reasons when it is weak."""
    from desktop.core.contact_log import ContactLogError
    from desktop.core.passphrase import check_new_passphrase

    value = os.environ.get(env)
    interactive = not value
    if interactive:
        if not sys.stdin.isatty():
            raise CommandError(f"no passphrase: set {env} or run this in a terminal")
        value = getpass.getpass(prompt)
    try:
        check_new_passphrase(value or "", nickname, field)
    except ContactLogError as exc:
        raise CommandError(
            f"{exc} Try four or more ordinary words, for example: {_example_passphrase()!r}"
        ) from exc
    if interactive and getpass.getpass("Type it again: ") != value:
        raise CommandError("the two passphrases are not the same")
    return value or ""


def _example_passphrase() -> str:
    from desktop.core.passphrase import generate_passphrase

    return generate_passphrase("en")


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
    from desktop.core.contact_log import ContactLogError, nickname_warnings

    for code in nickname_warnings(ns.log):
        what = "an A-number" if code == "looks_like_a_number" else "a full name"
        print(
            f"note: the name {ns.log!r} looks like {what}. Log names are stored unencrypted on"
            " this computer; a nickname only you recognise is safer.",
            file=sys.stderr,
        )
    passphrase = _new_passphrase(
        PASSPHRASE_ENV, "New passphrase (it cannot be recovered): ", ns.log, "passphrase"
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


def _target(path: Path, nickname: str, kind: str) -> Path:
    """The file to write: `path`, or a default name inside it when it is a folder."""
    from desktop.core.log_files import default_export_name

    return path / default_export_name(nickname, kind) if path.is_dir() else path


def cmd_export(ns: argparse.Namespace) -> int:
    """Write a PDF record, a CSV file or an encrypted backup."""
    from desktop.core.contact_log import ContactLogError

    log = _open(ns.log)
    try:
        if ns.csv:
            target = _target(ns.csv, log.nickname, "csv")
            log.export_csv(target)
        elif ns.backup:
            target = _target(ns.backup, log.nickname, "backup")
            backup_pass = _new_passphrase(
                BACKUP_PASSPHRASE_ENV,
                "Passphrase for the backup file: ",
                log.nickname,
                "backup_passphrase",
            )
            log.export_backup(target, backup_pass)
        else:
            # Only this path needs Qt (QTextDocument + QPdfWriter), on the offscreen platform.
            from desktop.ui.contact_log.record import write_record_pdf

            target = _target(ns.pdf, log.nickname, "pdf")
            write_record_pdf(log, target)
            log.record_export(target, "pdf")
    except ContactLogError as exc:
        raise CommandError(str(exc)) from exc
    except OSError as exc:
        raise CommandError(
            f"could not write {exc.filename or 'the file'}: {exc.strerror or exc}"
        ) from exc
    finally:
        log.close()
    print(f"wrote {target}")
    if not ns.backup:
        print(
            "note: this file is not protected by the passphrase; anyone who can open it can"
            " read it.",
            file=sys.stderr,
        )
    return 0


def cmd_restore(ns: argparse.Namespace) -> int:
    """Make a new log from a backup file: its passphrase and checks first, then the new log."""
    from desktop.core.contact_log import ContactLogError, LogExists, LogNotFound
    from desktop.core.log_model import check_nickname

    store = _store()
    try:
        name = check_nickname(ns.log)
        if store.exists(name):
            raise LogExists()
        if not ns.source.is_file():
            raise LogNotFound()
    except LogNotFound as exc:
        raise CommandError(f"no backup file at {ns.source}") from exc
    except ContactLogError as exc:
        raise CommandError(str(exc)) from exc
    backup_pass = _passphrase(BACKUP_PASSPHRASE_ENV, "Passphrase of the backup file: ")
    try:
        checked = store.check_backup(ns.source, backup_pass)
    except ContactLogError as exc:
        raise CommandError(str(exc)) from exc
    try:
        new_pass = _new_passphrase(
            PASSPHRASE_ENV, "Passphrase for the restored log: ", name, "passphrase"
        )
        store.restore_checked(checked, name, new_pass).close()
    except ContactLogError as exc:
        raise CommandError(str(exc)) from exc
    finally:
        checked.close()
    print(f"restored log {name!r} ({checked.entry_count} entries)")
    return 0


def cmd_delete(ns: argparse.Namespace) -> int:
    """Delete a log's own files (its passphrase is required); exports only with --also-exports."""
    from desktop.core.contact_log import ContactLogError

    log = _open(ns.log)
    try:
        exports = log.deletable_exports() if ns.also_exports else []
    finally:
        log.close()
    if not ns.yes:
        if not sys.stdin.isatty():
            raise CommandError("add --yes to delete without a question")
        question = f"Delete the log {ns.log!r} from this computer"
        if exports:
            question += " and these files saved from it:\n  " + "\n  ".join(
                str(r.path) for r in exports
            )
        answer = input(question + "\nType yes: ")
        if answer.strip().lower() != "yes":
            print("nothing deleted")
            return 1
    try:
        removed = _store().delete(ns.log, also_remove=exports)
    except ContactLogError as exc:
        raise CommandError(str(exc)) from exc
    print(f"deleted log {ns.log!r}")
    for path in removed:
        print(f"deleted {path}")
    return 0
