"""`pack` sub-commands: make, check, build, sign, verify, install, list and remove packs.

Thin wrappers over `index.packs`: a refused pack becomes one plain line and exit code 1
(CommandError), and nothing is written. See docs/PACKS.md.
"""

from __future__ import annotations

import argparse
import dataclasses
import getpass
import json
import os
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Any

from desktop.commands import CommandError

if TYPE_CHECKING:
    from index.packs.store import PackStore
    from index.packs.verify import LoadedPack

PASSWORD_ENV = "CHECKIN_HELP_KEY_PASSWORD"


def register(sub: argparse._SubParsersAction) -> None:
    """Add `pack` and its actions."""
    pack = sub.add_parser("pack", help="make, check, sign, install and remove information packs")
    acts = pack.add_subparsers(dest="action", metavar="ACTION", required=True)

    p = acts.add_parser("new", help="make a new pack folder with a manifest and an example")
    p.add_argument("dir", type=Path)
    p.add_argument("--id", default="my-pack", help="the pack's id (a-z, 0-9 and -)")
    p.set_defaults(func=cmd_new)

    p = acts.add_parser("from-html", help="make a pack folder from an FAQ page saved as HTML")
    p.add_argument("page", type=Path)
    p.add_argument("--out", type=Path, required=True, help="the new pack folder")
    p.add_argument("--id", default=None, help="the pack's id (default: from the page)")
    p.add_argument("--publisher", default=None, help="who wrote the page (default: from it)")
    p.set_defaults(func=cmd_from_html)

    p = acts.add_parser("check", help="check a pack folder (file:line: message)")
    p.add_argument("dir", type=Path)
    p.set_defaults(func=cmd_check)

    p = acts.add_parser("build", help="build a pack folder into a .chpack file")
    p.add_argument("dir", type=Path)
    p.add_argument("--out", type=Path, required=True, help="the .chpack file to write")
    p.add_argument("--sign", type=Path, default=None, metavar="KEYFILE", help="minisign key")
    p.add_argument(
        "--signature",
        type=Path,
        default=None,
        metavar="MINISIG",
        help="a signature made with minisign over the output of: pack manifest DIR",
    )
    p.set_defaults(func=cmd_build)

    p = acts.add_parser("manifest", help="print a pack folder's full manifest (to sign it)")
    p.add_argument("dir", type=Path)
    p.set_defaults(func=cmd_manifest)

    p = acts.add_parser("keygen", help="make a signing key pair (minisign format)")
    p.add_argument("--out", type=Path, default=Path("pack-signing"), help="PREFIX.key, .pub")
    p.set_defaults(func=cmd_keygen)

    p = acts.add_parser("verify", help="check a .chpack: publisher, key, verified or not")
    p.add_argument("file", type=Path)
    p.set_defaults(func=cmd_verify)

    p = acts.add_parser("trust-key", help="trust a publisher's public key on this computer")
    p.add_argument("file", type=Path, help="the publisher's minisign .pub file")
    p.add_argument("--name", required=True, help="the publisher's name, shown on answers")
    p.set_defaults(func=cmd_trust_key)

    p = acts.add_parser("install", help="add a .chpack (a newer version replaces the older)")
    p.add_argument("file", type=Path)
    p.add_argument(
        "--allow-unsigned", action="store_true", help="staff: add a pack that is not verified"
    )
    p.set_defaults(func=cmd_install)

    p = acts.add_parser("list", help="list the packs")
    p.add_argument("--json", action="store_true", help="print JSON")
    p.set_defaults(func=cmd_list)

    for name, text in (
        ("remove", "remove an installed pack"),
        ("disable", "turn a pack off"),
        ("enable", "turn a pack back on"),
    ):
        p = acts.add_parser(name, help=text)
        p.add_argument("id")
        p.set_defaults(func=cmd_remove if name == "remove" else cmd_enable, enable=name == "enable")


def _store() -> PackStore:
    from desktop.core.packs import pack_store
    from desktop.core.paths import resolve_paths

    return pack_store(resolve_paths())


def _fail(exc: Exception) -> CommandError:
    return CommandError(str(exc))


def cmd_new(ns: argparse.Namespace) -> int:
    """`pack new DIR`."""
    from index.packs.folder import scaffold
    from index.packs.manifest import PackError

    try:
        scaffold(ns.dir, ns.id)
    except PackError as exc:
        raise _fail(exc) from exc
    print(
        f"Made {ns.dir}: fill in manifest.json and write the articles, then: "
        f"checkin-help pack check {ns.dir}"
    )
    return 0


def cmd_from_html(ns: argparse.Namespace) -> int:
    """`pack from-html PAGE --out DIR`."""
    from index.packs.from_html import pack_from_html
    from index.packs.manifest import PackError

    try:
        result = pack_from_html(ns.page, ns.out, pack_id=ns.id, publisher=ns.publisher)
    except PackError as exc:
        raise _fail(exc) from exc
    print(f"Made {result.folder}: {result.articles} articles from {ns.page.name}")
    print(f"  publisher: {result.publisher}")
    print(f"  updated:   {result.as_of_text or '(the page states no date)'}")
    print(f"  source:    {result.source_url or '(the page does not record its address)'}")
    for warning in result.warnings:
        print(f"  warning: {warning}")
    print("Check manifest.json (licence, source_url) before building the pack.")
    return 0


def cmd_check(ns: argparse.Namespace) -> int:
    """`pack check DIR`: every problem as file:line: message (exit 1), or one OK line."""
    from index.packs.folder import check_folder, folder_contents

    problems = check_folder(ns.dir)
    if problems:
        for problem in problems:
            print(problem)
        print(f"{len(problems)} problem(s) found.", file=sys.stderr)
        return 1
    contents = folder_contents(ns.dir)
    print(f"OK: {len(contents.article_names)} articles in {ns.dir}, no problems.")
    return 0


def _read_secret_key(path: Path) -> Any:
    from index.packs.sign import SignatureError, parse_secret_key

    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise CommandError(f"cannot read the key {path}: {exc}") from exc
    try:
        return parse_secret_key(text)
    except SignatureError as exc:
        if "password" not in str(exc):
            raise CommandError(f"{path}: {exc}") from exc
    password = os.environ.get(PASSWORD_ENV)
    if password is None:
        if not sys.stdin.isatty():
            raise CommandError(f"{path} is encrypted: give its password in {PASSWORD_ENV}")
        password = getpass.getpass(f"Password for {path}: ")
    try:
        return parse_secret_key(text, password.encode("utf-8"))
    except SignatureError as exc:
        raise CommandError(f"{path}: {exc}") from exc


def cmd_build(ns: argparse.Namespace) -> int:
    """`pack build DIR --out FILE [--sign KEYFILE]`."""
    from index.packs.folder import build_pack
    from index.packs.manifest import PackError

    if ns.sign is not None and ns.signature is not None:
        raise CommandError("give either --sign or --signature, not both")
    key = _read_secret_key(ns.sign) if ns.sign is not None else None
    sig_text = None
    if ns.signature is not None:
        try:
            sig_text = ns.signature.read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError) as exc:
            raise CommandError(f"cannot read {ns.signature}: {exc}") from exc
    try:
        contents = build_pack(ns.dir, ns.out, key, sig_text)
    except PackError as exc:
        raise _fail(exc) from exc
    m = contents.manifest
    signed = (
        f"signed with key {key.public_key().id_hex}"
        if key
        else "signature added"
        if sig_text
        else "not signed"
    )
    print(f"Built {ns.out}: {m.id} {m.version}, {len(contents.article_names)} articles, {signed}")
    return 0


def cmd_manifest(ns: argparse.Namespace) -> int:
    """`pack manifest DIR`: the exact manifest bytes a signature must cover."""
    from index.packs.folder import folder_contents
    from index.packs.manifest import PackError

    try:
        contents = folder_contents(ns.dir)
    except PackError as exc:
        raise _fail(exc) from exc
    sys.stdout.flush()
    sys.stdout.buffer.write(contents.manifest_bytes)
    sys.stdout.buffer.flush()
    return 0


def cmd_keygen(ns: argparse.Namespace) -> int:
    """`pack keygen`: PREFIX.key (secret, unencrypted, owner-only) and PREFIX.pub."""
    from index.packs.sign import generate_key, secret_key_text

    secret, public = Path(f"{ns.out}.key"), Path(f"{ns.out}.pub")
    for path in (secret, public):
        if path.exists():
            raise CommandError(f"{path} exists; choose another --out")
    key = generate_key()
    fd = os.open(secret, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    with os.fdopen(fd, "w", encoding="utf-8") as f:
        f.write(secret_key_text(key))
    public.write_text(key.public_key().file_text(), encoding="utf-8")
    print(
        f"Made {secret} (keep it secret, offline if you can) and {public} "
        f"(key {key.public_key().id_hex}: give it to the clinics)"
    )
    return 0


def _trust_text(pack: LoadedPack) -> str:
    from index.packs.verify import BUILTIN, UNKNOWN_KEY, VERIFIED

    t = pack.trust
    if t.status == VERIFIED:
        return f"verified: signed by {t.signer} (key {t.key_id})"
    if t.status == BUILTIN:
        return "verified: built into this program"
    if t.status == UNKNOWN_KEY:
        return f"NOT verified: signed by key {t.key_id}, which this computer does not trust"
    return "NOT verified: not signed"


def cmd_verify(ns: argparse.Namespace) -> int:
    """`pack verify FILE`: exit 0 when verified, 1 when not verified or refused."""
    from index.packs.manifest import PackError

    try:
        pack = _store().inspect(ns.file)
    except PackError as exc:
        raise _fail(exc) from exc
    m = pack.manifest
    print(f"{m.id} {m.version}: {m.title}")
    print(f"  publisher: {m.publisher} ({m.language})")
    print(f"  as of:     {m.as_of_text or m.as_of}; copy taken {m.taken}")
    print(f"  articles:  {len(pack.library.articles)}")
    print(f"  {_trust_text(pack)}")
    return 0 if pack.trust.verified else 1


def cmd_trust_key(ns: argparse.Namespace) -> int:
    """`pack trust-key FILE --name NAME`: copy a public key into this computer's key folder."""
    from desktop.core.pack_keys import KeyFileError, KeyNameError, trust_key

    try:
        key = trust_key(_store(), ns.file, ns.name)
    except (KeyFileError, KeyNameError) as exc:
        raise CommandError(str(exc)) from exc
    print(f"Trusted key {key.key_id} as {ns.name!r} on this computer ({key.path.parent}).")
    return 0


def cmd_install(ns: argparse.Namespace) -> int:
    """`pack install FILE [--allow-unsigned]`."""
    from index.packs.manifest import PackError

    try:
        pack = _store().install(ns.file, allow_unsigned=ns.allow_unsigned)
    except PackError as exc:
        raise _fail(exc) from exc
    m = pack.manifest
    print(
        f"Installed {m.id} {m.version} ({len(pack.library.articles)} articles; "
        f"{_trust_text(pack)})."
    )
    _index_active_packs()
    return 0


def _index_active_packs() -> None:
    """Build the search index of the packs now active, showing progress on stderr."""
    from desktop.core.paths import resolve_paths
    from index.build import IndexBuildError, ensure_library_index

    paths = resolve_paths()
    library = _store().load().active.library
    last = [-1]

    def progress(done: int, total: int) -> None:
        """Show how far indexing is, in steps of 10 %."""
        percent = 100 * done // max(total, 1)
        if percent // 10 != last[0] and sys.stderr.isatty():
            last[0] = percent // 10
            print(f"\rIndexing {done}/{total} articles...", end="", file=sys.stderr, flush=True)

    try:
        ensure_library_index(library, paths.bundled_index_dir, paths.index_cache_dir, progress)
    except IndexBuildError as exc:  # the packs are in place; the app rebuilds it at start
        print(f"checkin-help: the search index was not rebuilt: {exc}", file=sys.stderr)
    if last[0] >= 0:
        print(file=sys.stderr)


def pack_rows(store: PackStore) -> list[dict[str, Any]]:
    """One dict per pack (built-in and installed, then refused files): what `pack list` shows."""
    from desktop.core.packs import pack_summaries

    summaries, refused = pack_summaries(store)
    rows: list[dict[str, Any]] = [
        {**dataclasses.asdict(s), "verified": s.verified} for s in summaries
    ]
    rows += [
        {"file": f, "refused": reason, "active": False, "verified": False} for f, reason in refused
    ]
    return rows


def cmd_list(ns: argparse.Namespace) -> int:
    """`pack list [--json]`."""
    from index.packs.manifest import PackError

    try:
        rows = pack_rows(_store())
    except PackError as exc:
        raise _fail(exc) from exc
    if ns.json:
        sys.stdout.write(json.dumps(rows, ensure_ascii=False, indent=1) + "\n")
        return 0
    for r in rows:
        if "refused" in r:
            print(f"REFUSED {r['file']}: {r['refused']}")
            continue
        state = "active" if r["active"] else ("disabled" if r["disabled"] else "not in use")
        label = "verified" if r["verified"] else "NOT verified"
        built = " (built-in)" if r["builtin"] else ""
        print(
            f"{r['id']} {r['version']}{built}  {r['title']}  [{r['publisher']}, "
            f"{r['language']}, as of {r['as_of']}, {label}, {state}]"
        )
    return 0


def cmd_remove(ns: argparse.Namespace) -> int:
    """`pack remove ID`."""
    from index.packs.manifest import PackError

    try:
        _store().remove(ns.id)
    except PackError as exc:
        raise _fail(exc) from exc
    print(f"Removed {ns.id}.")
    _index_active_packs()
    return 0


def cmd_enable(ns: argparse.Namespace) -> int:
    """`pack enable ID` / `pack disable ID`."""
    from index.packs.manifest import PackError

    try:
        _store().set_enabled(ns.id, ns.enable)
    except PackError as exc:
        raise _fail(exc) from exc
    print(f"{'Enabled' if ns.enable else 'Disabled'} {ns.id}.")
    return 0
